//! A cancellation token cancelled by SIGTERM or SIGINT. The program sends
//! itself SIGTERM (with the `kill` command) to show it. The port of
//! `go/shutdown_signal/main.go`.

use std::process::Command;
use std::time::Duration;
use tokio::signal::unix::{SignalKind, signal};
use tokio_util::sync::CancellationToken;

// ANCHOR: main
#[tokio::main(flavor = "current_thread")]
async fn main() -> std::io::Result<()> {
    // signal.NotifyContext: register first, then cancel a token on arrival.
    let mut terminate = signal(SignalKind::terminate())?;
    let mut interrupt = signal(SignalKind::interrupt())?;
    let token = CancellationToken::new();
    let cancel = token.clone();
    tokio::spawn(async move {
        tokio::select! {
            _ = terminate.recv() => {}
            _ = interrupt.recv() => {}
        }
        cancel.cancel();
    });

    let worker = tokio::spawn({
        let token = token.clone();
        async move {
            let mut tick = tokio::time::interval(Duration::from_millis(1));
            while token.run_until_cancelled(tick.tick()).await.is_some() {}
        }
    });

    // What `kill -TERM <pid>` from outside would do.
    let pid = std::process::id().to_string();
    let status = Command::new("kill").args(["-TERM", &pid]).status()?;
    assert!(status.success(), "kill -TERM {pid} failed");
    worker.await.expect("the worker does not panic");
    println!("received SIGTERM; worker stopped");
    Ok(())
}
// ANCHOR_END: main
