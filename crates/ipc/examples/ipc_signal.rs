//! IPC by signal: a child sends this process SIGUSR1 with `kill`.

// ANCHOR: main
fn main() -> std::io::Result<()> {
    let signal = ipc::signal::signal_from_child()?;
    println!(
        "signal: got SIGUSR1 from the child: {}",
        signal == libc::SIGUSR1
    );
    Ok(())
}
// ANCHOR_END: main
