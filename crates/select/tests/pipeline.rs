//! The thread pipeline patterns: right values, and every stage stops on cancel.

use crossbeam_channel::{Receiver, bounded};
use select::pipeline::Stages;

fn squares(n: u64) -> Vec<u64> {
    (1..=n).map(|v| v * v).collect()
}

graded::tests! {
    /// A generator and a map stage deliver every value in order, then close.
    fn generator_and_stage_deliver_in_order() {
        let mut stages = Stages::new();
        let (_cancel, done) = bounded::<()>(0);
        let numbers = stages.generator(&done, 1..=20);
        let out: Vec<u64> = stages.map(&done, numbers, |v: u64| v * v).iter().collect();
        assert_eq!(out, squares(20));
        stages.join();
    }

    /// Closing done stops an endless pipeline whose stages are blocked on sends.
    fn cancel_stops_every_stage_even_blocked_ones() {
        for _ in 0..50 {
            let mut stages = Stages::new();
            let (cancel, done) = bounded::<()>(0);
            let numbers = stages.generator(&done, 1..);
            let doubled = stages.map(&done, numbers, |v: u64| v * 2);
            let out = stages.map(&done, doubled, |v: u64| v + 1);
            assert_eq!(out.iter().take(3).collect::<Vec<_>>(), [3, 5, 7]);
            drop(cancel); // `out` is still open, nobody reads it: only done can free them
            stages.join();
            drop(out);
        }
    }

    /// Fan-out over four workers then fan-in: every value once.
    fn fan_out_then_fan_in_delivers_every_value_once() {
        for _ in 0..20 {
            let mut stages = Stages::new();
            let (_cancel, done) = bounded::<()>(0);
            let numbers = stages.generator(&done, 1..=100);
            let workers = stages.fan_out(&done, numbers, 4, |v: u64| v * v);
            assert_eq!(workers.len(), 4);
            let mut out: Vec<u64> = stages.fan_in(&done, workers).iter().collect();
            out.sort_unstable();
            assert_eq!(out, squares(100));
            stages.join();
        }
    }

    /// Or-done closes its output when done closes, though its input never does.
    fn or_done_closes_on_cancel() {
        let mut stages = Stages::new();
        let (cancel, done) = bounded::<()>(0);
        let (_tx, never_closed) = bounded::<i32>(0);
        let out = stages.or_done(&done, never_closed);
        drop(cancel);
        assert_eq!(out.recv().ok(), None);
        stages.join();
    }

    /// Tee gives each value to both consumers, whichever reads first.
    fn tee_gives_every_value_to_both() {
        for _ in 0..20 {
            let mut stages = Stages::new();
            let (_cancel, done) = bounded::<()>(0);
            let numbers = stages.generator(&done, 1..=50);
            let (a, b) = stages.tee(&done, numbers);
            let reader = |rx: Receiver<i32>| std::thread::spawn(move || rx.iter().collect::<Vec<_>>());
            let (a, b) = (reader(b), reader(a)); // read in either order
            let expected: Vec<i32> = (1..=50).collect();
            assert_eq!(a.join().unwrap(), expected);
            assert_eq!(b.join().unwrap(), expected);
            stages.join();
        }
    }

    /// Tee blocked on a consumer that stopped reading still stops on cancel.
    fn tee_stops_on_cancel() {
        let mut stages = Stages::new();
        let (cancel, done) = bounded::<()>(0);
        let numbers = stages.generator(&done, 1..);
        let (a, _b) = stages.tee(&done, numbers);
        assert_eq!(a.recv().ok(), Some(1u32)); // b never reads: tee blocks
        drop(cancel);
        stages.join();
    }

    /// Bridge reads the streams one after another, as one stream.
    fn bridge_flattens_streams_in_order() {
        let mut stages = Stages::new();
        let (_cancel, done) = bounded::<()>(0);
        let (streams_tx, streams) = bounded(3);
        for i in 0..3 {
            let (tx, rx) = bounded(2);
            tx.send(2 * i).unwrap();
            tx.send(2 * i + 1).unwrap();
            streams_tx.send(rx).unwrap();
        }
        drop(streams_tx);
        let out: Vec<i32> = stages.bridge(&done, streams).iter().collect();
        assert_eq!(out, [0, 1, 2, 3, 4, 5]);
        stages.join();
    }
}
