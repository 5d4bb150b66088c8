//! select-2: `merge_all` over any number of crossbeam channels. Each test
//! also checks, with `leakcheck`, that no thread is left behind.

use crossbeam_channel::{Receiver, bounded, unbounded};
use select_2::merge_all;
use std::thread;

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
                    tx.send(i * 1000 + k).unwrap();
                }
            });
            (rx, handle)
        })
        .unzip()
}

graded::tests! {
    /// Every value once, tagged with its channel, each channel's values in order.
    fn merges_every_value_with_its_source_in_order() {
        let _no_leaks = leakcheck::Guard::serial();
        for _ in 0..30 {
            let (receivers, handles) = producers(8, |i| 10 + i * 5);
            let merged = merge_all(receivers);
            for i in 0..8 {
                let from_i: Vec<usize> =
                    merged.iter().filter(|(src, _)| *src == i).map(|&(_, v)| v).collect();
                let expected: Vec<usize> = (0..10 + i * 5).map(|k| i * 1000 + k).collect();
                assert_eq!(from_i, expected, "channel {i}");
            }
            assert_eq!(merged.len(), (0..8).map(|i| 10 + i * 5).sum::<usize>());
            for handle in handles {
                handle.join().unwrap();
            }
        }
    }

    /// Channels that close early do not stop the others.
    fn keeps_going_after_some_channels_close() {
        let _no_leaks = leakcheck::Guard::serial();
        let (receivers, handles) = producers(5, |i| if i % 2 == 0 { 0 } else { 50 });
        let merged = merge_all(receivers);
        assert_eq!(merged.len(), 100);
        assert!(merged.iter().all(|(src, _)| src % 2 == 1));
        for handle in handles {
            handle.join().unwrap();
        }
    }

    /// Buffered values of a closed channel are still delivered.
    fn drains_buffered_values_of_closed_channels() {
        let _no_leaks = leakcheck::Guard::serial();
        let (tx, rx) = unbounded();
        for v in 0..3 {
            tx.send(v).unwrap();
        }
        drop(tx);
        let (_other_tx, other) = bounded::<i32>(0);
        drop(_other_tx);
        assert_eq!(merge_all(vec![other, rx]), [(1, 0), (1, 1), (1, 2)]);
    }

    /// No channels at all: nothing to wait for.
    fn no_channels_merge_to_nothing() {
        let _no_leaks = leakcheck::Guard::serial();
        assert!(merge_all(Vec::<Receiver<u8>>::new()).is_empty());
    }
}
