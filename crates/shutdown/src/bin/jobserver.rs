//! The job server as a program: serves on 127.0.0.1 (a free port) until it
//! gets SIGTERM or SIGINT, then shuts down gracefully.
//!
//! Usage: `jobserver <work_ms> <grace_ms>` (e.g. `jobserver 50 2000`); with
//! no arguments it prints this usage and exits. It prints
//! `listening on <addr>` once ready, `shutting down on <signal>` when told to
//! stop (by then it no longer accepts), and finally one line per job
//! (`job <id> completed` or `job <id> abandoned`) and `summary ...`.

use shutdown::server::{Config, serve};
use std::io::Write;
use std::time::Duration;
use tokio::net::TcpListener;
use tokio::signal::unix::{SignalKind, signal};
use tokio_util::sync::CancellationToken;

const USAGE: &str = "usage: jobserver <work_ms> <grace_ms>   (stop it with SIGTERM or SIGINT)";

fn millis(arg: Option<String>) -> Duration {
    let ms = arg.and_then(|a| a.parse().ok());
    Duration::from_millis(ms.unwrap_or_else(|| panic!("{USAGE}")))
}

// ANCHOR: main
#[tokio::main(flavor = "current_thread")]
async fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1).peekable();
    if args.peek().is_none() {
        println!("{USAGE}");
        return Ok(());
    }
    let config = Config {
        work: millis(args.next()),
        grace: millis(args.next()),
    };
    // Register for the signals before saying we are ready: a SIGTERM that
    // came earlier would kill the process the default way.
    let mut terminate = signal(SignalKind::terminate())?;
    let mut interrupt = signal(SignalKind::interrupt())?;
    let listener = TcpListener::bind("127.0.0.1:0").await?;
    println!("listening on {}", listener.local_addr()?);
    std::io::stdout().flush()?;

    let shutdown = CancellationToken::new();
    let (signalled_tx, signalled) = tokio::sync::oneshot::channel();
    let trigger = shutdown.clone();
    tokio::spawn(async move {
        let name = tokio::select! {
            _ = terminate.recv() => "SIGTERM",
            _ = interrupt.recv() => "SIGINT",
        };
        let _ = signalled_tx.send(name);
        trigger.cancel();
    });
    let mut signalled = signalled;
    let summary = serve(listener, shutdown, config, move || {
        // The name was sent before the cancel that led here.
        let name = signalled.try_recv().unwrap_or("a signal");
        println!("shutting down on {name}: no longer accepting");
        let _ = std::io::stdout().flush();
    })
    .await;
    for id in &summary.completed {
        println!("job {id} completed");
    }
    for id in &summary.abandoned {
        println!("job {id} abandoned");
    }
    println!(
        "summary accepted={} completed={} abandoned={}",
        summary.accepted.len(),
        summary.completed.len(),
        summary.abandoned.len()
    );
    Ok(())
}
// ANCHOR_END: main
