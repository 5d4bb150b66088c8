//! The double-signal pattern: the first signal asks for a graceful shutdown,
//! the second means "now".

use tokio::signal::unix::Signal;
use tokio_util::sync::CancellationToken;

// ANCHOR: second_signal
/// Waits for the first signal on `signals` and cancels `graceful` (drain,
/// finish, report); then waits for a second one and returns, so the caller
/// can exit at once (`std::process::exit(130)` after a second Ctrl-C).
///
/// Why it is needed: once tokio has installed its handler for a signal, the
/// default action (terminate) is gone for the rest of the process, even
/// after every `Signal` and `ctrl_c` future is dropped. Without a second
/// listener, a second Ctrl-C during a stuck drain does nothing at all.
pub async fn second_signal(signals: &mut Signal, graceful: &CancellationToken) {
    signals.recv().await;
    graceful.cancel();
    signals.recv().await;
}
// ANCHOR_END: second_signal
