//! Stop taking jobs, then drain every job already accepted: no job lost. The
//! port of `go/shutdown_quit/main.go`, with `shutdown::drain`.

use shutdown::drain::run_until_shutdown;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use tokio::sync::mpsc;
use tokio_util::sync::CancellationToken;

// ANCHOR: main
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let (jobs, queue) = mpsc::channel(4);
    let quit = CancellationToken::new();
    let processed = Arc::new(AtomicUsize::new(0));

    let producer = tokio::spawn({
        let quit = quit.clone();
        async move {
            let mut accepted = 0;
            // A send fails once the pool has closed its queue: the job was not
            // taken, and the producer knows it.
            for id in 0.. {
                if jobs.send(id).await.is_err() {
                    break;
                }
                accepted += 1;
                if accepted == 25 {
                    quit.cancel(); // time to stop (a signal, a deadline, ...)
                }
            }
            accepted
        }
    });

    let counter = Arc::clone(&processed);
    let ran = run_until_shutdown(queue, quit, move |_job| {
        let counter = Arc::clone(&counter);
        async move {
            counter.fetch_add(1, Ordering::SeqCst);
        }
    })
    .await;
    let accepted = producer.await.expect("the producer does not panic");
    let processed = processed.load(Ordering::SeqCst);
    println!(
        "no job lost: {}",
        processed == accepted && ran == accepted && accepted >= 25
    );
    println!("workers stopped: 3");
}
// ANCHOR_END: main
