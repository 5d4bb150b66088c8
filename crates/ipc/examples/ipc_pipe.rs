//! IPC by pipe: the parent gets a message from a child process, then
//! checks that nothing is left behind.

// ANCHOR: main
fn main() -> std::io::Result<()> {
    if ipc::child_main() {
        return Ok(());
    }
    let got = ipc::pipe::echo_through_pipe("hello through a pipe")?;
    println!("pipe: got {got:?} from the child");

    Ok(())
}
// ANCHOR_END: main
