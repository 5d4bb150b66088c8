//! IPC by FIFO: the parent gets a message from a child process, then
//! checks that nothing is left behind.

// ANCHOR: main
fn main() -> std::io::Result<()> {
    if ipc::child_main() {
        return Ok(());
    }
    let got = ipc::fifo::through_fifo("hello through a fifo")?;
    println!("FIFO: got {got:?} from the child");
    println!("left behind: {}", ipc::fifo::leftover());
    Ok(())
}
// ANCHOR_END: main
