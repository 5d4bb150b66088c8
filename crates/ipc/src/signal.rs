//! Signal: a number sent to a process, with no data. For: telling a process
//! to stop, reload or report (SIGTERM, SIGHUP, SIGUSR1).

use std::io;
use std::process::Command;

use signal_hook::consts::SIGUSR1;
use signal_hook::iterator::Signals;

// ANCHOR: signal
/// Registers for SIGUSR1, has a child `kill -USR1` this process, and returns
/// the signal that arrived.
pub fn signal_from_child() -> io::Result<i32> {
    // Register before the child starts, or the default action (exit) wins.
    let mut signals = Signals::new([SIGUSR1])?;
    let status = Command::new("kill")
        .args(["-USR1", &std::process::id().to_string()])
        .status()?;
    if !status.success() {
        return Err(io::Error::other(format!("kill failed: {status}")));
    }
    let signal = signals
        .forever()
        .next()
        .expect("the iterator ends only when closed");
    signals.handle().close();
    Ok(signal)
}
// ANCHOR_END: signal
