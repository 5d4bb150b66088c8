//! select-2: `merge_all` over any number of crossbeam channels. Each call
//! runs on a helper thread and is waited for with a time limit, so that a
//! merge that never returns fails with a message instead of hanging. Each
//! test also checks, with `leakcheck`, that no thread is left behind.

use crossbeam_channel::{Receiver, RecvTimeoutError, bounded, unbounded};
use select_2::merge_all;
use std::thread;
use std::time::Duration;

/// Generous: a correct merge of these tests takes milliseconds.
const LIMIT: Duration = Duration::from_secs(1);

/// `count` producers; producer `i` sends `len(i)` values `i * 1000 + k` on a
/// rendezvous channel, then closes it.
fn producers(
    count: usize,
    len: fn(usize) -> usize,
) -> (Vec<Receiver<usize>>, Vec<thread::JoinHandle<()>>) {
    (0..count)
        .map(|i| {
            let (tx, rx) = bounded(0);
            let handle = thread::spawn(move || {
                for k in 0..len(i) {
                    tx.send(i * 1000 + k).unwrap_or_else(|_| {
                        panic!(
                            "merge_all dropped channel {i} while it was still open: it returned \
                             before every channel had closed"
                        )
                    });
                }
            });
            (rx, handle)
        })
        .unzip()
}

fn join_all(handles: Vec<thread::JoinHandle<()>>) {
    for handle in handles {
        if let Err(payload) = handle.join() {
            std::panic::resume_unwind(payload);
        }
    }
}

/// The thread's time on a CPU so far, if the OS says (Linux): in
/// nanoseconds from `schedstat`, else in clock ticks (assumed 100 Hz) from
/// `stat`'s user and system times.
fn cpu_time_of_this_thread() -> Option<Duration> {
    if let Ok(schedstat) = std::fs::read_to_string("/proc/thread-self/schedstat") {
        let nanos = schedstat.split_whitespace().next()?.parse().ok()?;
        return Some(Duration::from_nanos(nanos));
    }
    let stat = std::fs::read_to_string("/proc/thread-self/stat").ok()?;
    // After the name in parentheses: state is field 3, utime 14, stime 15.
    let fields: Vec<&str> = stat.rsplit_once(')')?.1.split_whitespace().collect();
    let ticks: u64 = fields.get(11)?.parse::<u64>().ok()? + fields.get(12)?.parse::<u64>().ok()?;
    Some(Duration::from_millis(ticks * 10))
}

/// What `merge_all` returned, and the CPU time its thread used.
type Outcome<T> = (Vec<(usize, T)>, Option<Duration>);

/// A running `merge_all`.
struct Merge<T> {
    result: Receiver<Outcome<T>>,
    thread: thread::JoinHandle<()>,
}

fn spawn_merge<T: Send + 'static>(receivers: Vec<Receiver<T>>) -> Merge<T> {
    let (done, result) = bounded(1);
    let thread = thread::spawn(move || {
        let before = cpu_time_of_this_thread();
        let merged = merge_all(receivers);
        let cpu = cpu_time_of_this_thread()
            .zip(before)
            .map(|(after, before)| after - before);
        let _ = done.send((merged, cpu));
    });
    Merge { result, thread }
}

impl<T> Merge<T> {
    /// Asserts that the merge has not returned yet (within `wait`).
    fn assert_still_running(&self, wait: Duration, why: &str) {
        match self.result.recv_timeout(wait) {
            Err(RecvTimeoutError::Timeout) => {}
            Ok(_) => panic!("merge_all returned while {why}"),
            Err(RecvTimeoutError::Disconnected) => {
                panic!("merge_all panicked while {why} (see its message above)")
            }
        }
    }

    /// Waits for the result (and the CPU time used).
    fn finish(self) -> Outcome<T> {
        let out = match self.result.recv_timeout(LIMIT) {
            Ok(out) => out,
            Err(RecvTimeoutError::Disconnected) => {
                panic!("merge_all panicked (see its message above)")
            }
            Err(RecvTimeoutError::Timeout) => panic!(
                "merge_all did not return within {LIMIT:?} after every channel had closed: it \
                 may have deadlocked, or be spinning. Take a closed channel out of the `Select` \
                 (`sel.remove(index)`), count it, and stop when none is open; with no channels \
                 at all there is nothing to wait for"
            ),
        };
        self.thread
            .join()
            .expect("the thread running merge_all panicked");
        out
    }
}

fn merge_within_limit<T: Send + 'static>(receivers: Vec<Receiver<T>>) -> Vec<(usize, T)> {
    spawn_merge(receivers).finish().0
}

graded::tests! {
    /// Every value once, tagged with its channel, each channel's values in order.
    fn merges_every_value_with_its_source_in_order() {
        let _no_leaks = leakcheck::Guard::serial();
        for _ in 0..30 {
            let (receivers, handles) = producers(8, |i| 10 + i * 5);
            let merged = merge_within_limit(receivers);
            for i in 0..8 {
                let from_i: Vec<usize> =
                    merged.iter().filter(|(src, _)| *src == i).map(|&(_, v)| v).collect();
                let expected: Vec<usize> = (0..10 + i * 5).map(|k| i * 1000 + k).collect();
                assert_eq!(
                    from_i, expected,
                    "the values tagged with channel {i} are not exactly channel {i}'s values, in \
                     order: the tag must be the receiver's index in the vector (`op.index()` of a \
                     `Select` built once, whose indices do not shift when one is removed)"
                );
            }
            assert_eq!(
                merged.len(),
                (0..8).map(|i| 10 + i * 5).sum::<usize>(),
                "values were lost or duplicated"
            );
            join_all(handles);
        }
    }

    /// Channels that close early do not stop the others.
    fn keeps_going_after_some_channels_close() {
        let _no_leaks = leakcheck::Guard::serial();
        let (receivers, handles) = producers(5, |i| if i % 2 == 0 { 0 } else { 50 });
        let merged = merge_within_limit(receivers);
        assert_eq!(
            merged.len(),
            100,
            "channels 1 and 3 send 50 values each, but {} values came out: a closed channel \
             must not end the merge, only the last one",
            merged.len()
        );
        assert!(
            merged.iter().all(|(src, _)| src % 2 == 1),
            "a value was tagged with a channel that sent nothing (0, 2 or 4): the tag must be \
             the receiver's index in the vector"
        );
        join_all(handles);
    }

    /// A closed channel is taken out of the select: the merge waits for the open one.
    fn waits_for_an_open_channel_after_another_has_closed() {
        let _no_leaks = leakcheck::Guard::serial();
        for closed_at in [0, 1] {
            let (closed_tx, closed) = unbounded::<u32>();
            drop(closed_tx);
            let (tx, open) = unbounded();
            let receivers = if closed_at == 0 { vec![closed, open] } else { vec![open, closed] };
            let open_at = 1 - closed_at;
            let merge = spawn_merge(receivers);
            merge.assert_still_running(
                Duration::from_millis(100),
                &format!(
                    "channel {open_at} was still open (channel {closed_at} had closed): a closed \
                     channel stays ready for ever, so it must be removed from the `Select` \
                     (`sel.remove(index)`) and counted once; only when every channel has closed \
                     is the merge done"
                ),
            );
            for v in 0..20 {
                tx.send(v).expect("merge_all dropped a channel that was still open");
            }
            drop(tx);
            let (merged, _) = merge.finish();
            let expected: Vec<(usize, u32)> = (0..20).map(|v| (open_at, v)).collect();
            assert_eq!(
                merged, expected,
                "channel {open_at}'s values, sent after channel {closed_at} closed, did not come \
                 out tagged {open_at}, in order: the tag is the index in the vector; rebuilding \
                 the `Select` from the channels still open shifts the indices"
            );
        }
    }

    /// Whichever channel has a value is served: no waiting on one channel at a time.
    fn takes_a_value_from_whichever_channel_is_ready() {
        let _no_leaks = leakcheck::Guard::serial();
        let (first_tx, first) = bounded(0);
        let (second_tx, second) = bounded(0);
        let merge = spawn_merge(vec![first, second]);
        // Rendezvous: each send completes only when merge_all takes the value.
        let took_second = second_tx.send_timeout(1, Duration::from_secs(1));
        drop(second_tx);
        let took_first = first_tx.send_timeout(2, Duration::from_secs(1));
        drop(first_tx);
        let (merged, _) = merge.finish();
        assert!(
            took_second.is_ok(),
            "merge_all did not take the value waiting on channel 1 while channel 0 had nothing: \
             it waits on one channel at a time instead of on all of them in one `Select`"
        );
        assert!(took_first.is_ok(), "merge_all did not take the value waiting on channel 0");
        assert_eq!(
            merged,
            [(1, 1), (0, 2)],
            "the values must come out in the order they arrived, each tagged with its channel"
        );
    }

    /// While nothing is ready it blocks in the select: it does not burn the CPU.
    fn blocks_without_busy_polling_while_nothing_is_ready() {
        let _no_leaks = leakcheck::Guard::serial();
        let (tx, rx) = bounded::<u32>(0);
        let (other_tx, other) = bounded::<u32>(0);
        let merge = spawn_merge(vec![rx, other]);
        let idle = Duration::from_millis(300);
        merge.assert_still_running(idle, "both channels were open");
        drop(tx);
        drop(other_tx);
        let (merged, cpu) = merge.finish();
        assert!(merged.is_empty(), "nothing was sent, yet values came out");
        if let Some(cpu) = cpu {
            assert!(
                cpu < idle / 10,
                "merge_all used {cpu:?} of CPU time in {idle:?} with nothing to receive: it polls \
                 (`try_select`/`try_recv` in a loop, Go's `select` with `default`) instead of \
                 blocking in `sel.select()`"
            );
        }
    }

    /// Buffered values of a closed channel are still delivered.
    fn drains_buffered_values_of_closed_channels() {
        let _no_leaks = leakcheck::Guard::serial();
        let (tx, rx) = unbounded();
        for v in 0..3 {
            tx.send(v).expect("the receiver is alive");
        }
        drop(tx);
        let (other_tx, other) = bounded::<i32>(0);
        drop(other_tx);
        assert_eq!(
            merge_within_limit(vec![other, rx]),
            [(1, 0), (1, 1), (1, 2)],
            "a closed channel still delivers the values it holds (its `recv` gives `Err` only \
             once it is empty), each tagged with its index in the vector"
        );
    }

    /// No channels at all: nothing to wait for.
    fn no_channels_merge_to_nothing() {
        let _no_leaks = leakcheck::Guard::serial();
        assert!(
            merge_within_limit(Vec::<Receiver<u8>>::new()).is_empty(),
            "no channels, yet values came out"
        );
    }
}
