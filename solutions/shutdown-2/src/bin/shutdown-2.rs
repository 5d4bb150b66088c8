//! The program: `shutdown-2 [work_ms] [grace_ms]` (defaults 30 and 2000).
//! Prints `ready` once the signals are registered, then serves its standard
//! input until SIGTERM, SIGINT or the end of the input, and ends with
//! `summary accepted=<n> completed=<n> abandoned=<n>`.
//!
//! This file is the same in the exercise and the solution: the work is in
//! the library.

use shutdown_2::{Config, ShutdownSignal, serve};
use std::io;
use std::time::Duration;
use tokio::io::BufReader;

fn millis(arg: Option<String>, default: u64) -> Duration {
    Duration::from_millis(arg.and_then(|a| a.parse().ok()).unwrap_or(default))
}

fn main() -> io::Result<()> {
    let mut args = std::env::args().skip(1);
    let config = Config {
        work: millis(args.next(), 30),
        grace: millis(args.next(), 2000),
    };
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    let summary = runtime.block_on(async {
        let signal = ShutdownSignal::register()?;
        println!("ready");
        io::Result::Ok(serve(BufReader::new(tokio::io::stdin()), config, signal).await)
    })?;
    println!(
        "summary accepted={} completed={} abandoned={}",
        summary.accepted, summary.completed, summary.abandoned
    );
    // tokio's stdin reads on a blocking thread that may still be waiting for
    // a line: do not wait for it.
    runtime.shutdown_background();
    Ok(())
}
