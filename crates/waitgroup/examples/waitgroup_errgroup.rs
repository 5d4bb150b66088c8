//! errgroup in tokio: the first error cancels the rest. The port of
//! `go/waitgroup_errgroup/main.go`, with `waitgroup::group::Group`.

use std::sync::Arc;
use std::sync::atomic::{AtomicI64, Ordering};
use std::time::Duration;
use waitgroup::group::Group;

/// Counts a job as running from its creation until it is dropped, however it
/// ends: returned, or aborted at an `.await`.
struct Running(Arc<AtomicI64>);

impl Running {
    fn new(count: &Arc<AtomicI64>) -> Self {
        count.fetch_add(1, Ordering::SeqCst);
        Running(Arc::clone(count))
    }
}

impl Drop for Running {
    fn drop(&mut self) {
        self.0.fetch_sub(1, Ordering::SeqCst);
    }
}

// ANCHOR: main
#[tokio::main(flavor = "current_thread")]
async fn main() {
    let running = Arc::new(AtomicI64::new(0));
    let mut group = Group::new();
    for job in 1..=3 {
        let running = Running::new(&running);
        group.spawn(move |_token| async move {
            let _running = running;
            if job == 2 {
                return Err(format!("job {job}: disk full"));
            }
            // No need to watch the token: the group aborts this sleep.
            tokio::time::sleep(Duration::from_secs(1)).await;
            Ok(())
        });
    }
    match group.wait().await {
        Ok(()) => println!("wait: <nil>"),
        Err(err) => println!("wait: {err}"),
    }
    println!("jobs still running: {}", running.load(Ordering::SeqCst));
}
// ANCHOR_END: main
