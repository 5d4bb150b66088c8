//! IPC by POSIX named semaphore: a child posts it three times.

// ANCHOR: main
fn main() -> std::io::Result<()> {
    if ipc::child_main() {
        return Ok(());
    }
    let posts = ipc::semaphore::posts_from_child()?;
    println!("semaphore: took {posts} posts from the child");
    println!("left behind: {}", ipc::semaphore::leftover());
    Ok(())
}
// ANCHOR_END: main
