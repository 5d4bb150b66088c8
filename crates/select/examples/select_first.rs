//! First response wins; the other requests are cancelled. The port of
//! `go/select_first/main.go`.

use select::concurrent::first_response;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};

// ANCHOR: first
/// Counts, when dropped, one cancelled request.
struct CountOnDrop(Arc<AtomicUsize>);

impl Drop for CountOnDrop {
    fn drop(&mut self) {
        self.0.fetch_add(1, Ordering::SeqCst);
    }
}

/// Replica 2 answers; replicas 1 and 3 hang until they are cancelled. A
/// future needs no `ctx` to watch: aborting its task drops it, and dropping
/// runs the destructors of everything it holds.
async fn ask(replica: u32, cancelled: Arc<AtomicUsize>) -> String {
    if replica == 2 {
        return format!("replica {replica}");
    }
    let _guard = CountOnDrop(cancelled);
    std::future::pending().await
}
// ANCHOR_END: first

fn main() {
    // ANCHOR: main
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap();
    let cancelled = Arc::new(AtomicUsize::new(0));
    let replicas = (1..=3).map(|r| ask(r, Arc::clone(&cancelled))).collect();
    let first = runtime.block_on(first_response(replicas));
    println!("first answer: {}", first.unwrap());
    println!("cancelled: {}", cancelled.load(Ordering::SeqCst));
    // ANCHOR_END: main
}
