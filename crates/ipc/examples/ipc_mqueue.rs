//! IPC by message queue: the parent gets a message from a child process, then
//! checks that nothing is left behind.

// ANCHOR: main
fn main() -> std::io::Result<()> {
    if ipc::child_main() {
        return Ok(());
    }
    let got = ipc::mqueue::from_child()?;
    println!("message queue: got {got:?} from the child");
    println!("left behind: {}", ipc::mqueue::leftover());
    Ok(())
}
// ANCHOR_END: main
