//! IPC by shared memory: the parent gets a message from a child process, then
//! checks that nothing is left behind.

// ANCHOR: main
fn main() -> std::io::Result<()> {
    if ipc::child_main() {
        return Ok(());
    }
    let got = ipc::shm::from_child()?;
    println!("shared memory: got {got:?} from the child");
    println!("left behind: {}", ipc::shm::leftover());
    Ok(())
}
// ANCHOR_END: main
