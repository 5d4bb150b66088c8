//! IPC by unix socket: the parent gets a message from a child process, then
//! checks that nothing is left behind.

// ANCHOR: main
fn main() -> std::io::Result<()> {
    if ipc::child_main() {
        return Ok(());
    }
    let got = ipc::socket::from_child()?;
    println!("unix socket: got {got:?} from the child");
    println!("left behind: {}", ipc::socket::leftover());
    Ok(())
}
// ANCHOR_END: main
