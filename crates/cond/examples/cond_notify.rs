//! tokio's `Notify` (no Go twin: Go's async code is goroutines, which use
//! `sync.Cond` or a closed channel): a flag that three tasks wait on.

use cond::notify::Flag;
use std::sync::Arc;

fn main() {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap();
    runtime.block_on(async {
        // ANCHOR: main
        let flag = Flag::new();
        let waiters: Vec<_> = (1..=3)
            .map(|id| {
                let flag = Arc::clone(&flag);
                tokio::spawn(async move {
                    flag.wait().await;
                    id
                })
            })
            .collect();
        flag.set(); // notify_waiters, and the flag for tasks that come later
        let mut sum = 0;
        for waiter in waiters {
            sum += waiter.await.unwrap();
        }
        println!("all 3 tasks ran; sum of ids: {sum}");
        // ANCHOR_END: main
    });
}
