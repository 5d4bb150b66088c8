//! crossbeam's `select!` and `Select`, flume's `Selector`: Go's semantics.

use crossbeam_channel::{bounded, unbounded};
use select::threads::{
    Case, Waited, crossbeam_pick, first_ready, flume_pick, merge_two, merge_two_flume,
    recv_or_timeout, sum_until_quit, try_take,
};
use std::thread;
use std::time::Duration;

graded::tests! {
    /// `default` returns at once whether or not a value is there.
    fn default_takes_a_ready_value_and_never_blocks() {
        let (tx, rx) = bounded(1);
        assert_eq!(try_take(&rx), None);
        tx.send(5).unwrap();
        assert_eq!(try_take(&rx), Some(5));
        drop(tx);
        assert_eq!(try_take(&rx), None);
    }

    /// A value wins over the timeout; a silent channel times out; a closed one says so.
    fn recv_or_timeout_tells_value_timeout_and_close_apart() {
        let (tx, rx) = bounded(1);
        tx.send(1).unwrap();
        assert_eq!(recv_or_timeout(&rx, Duration::from_secs(60)), Ok(1));
        // Nobody sends: the outcome is a time-out however slow the machine.
        assert_eq!(recv_or_timeout(&rx, Duration::from_millis(1)), Err(Waited::TimedOut));
        drop(tx);
        assert_eq!(recv_or_timeout(&rx, Duration::from_secs(60)), Err(Waited::Closed));
    }

    /// The loop sums the work that came before quit, and stops when quit closes.
    fn for_select_stops_on_quit() {
        for _ in 0..50 {
            let (work_tx, work) = bounded(0);
            let (quit_tx, quit) = bounded::<()>(0);
            let producer = thread::spawn(move || {
                for i in 1..=4 {
                    work_tx.send(i).unwrap();
                }
                drop(quit_tx);
                work_tx // kept open: only quit can end the loop
            });
            assert_eq!(sum_until_quit(&work, &quit), 10);
            drop(producer.join().unwrap());
        }
    }

    /// A closed work channel ends the loop too.
    fn for_select_stops_when_work_closes() {
        let (work_tx, work) = unbounded();
        let (_quit_tx, quit) = bounded::<()>(0);
        work_tx.send(2).unwrap();
        drop(work_tx);
        assert_eq!(sum_until_quit(&work, &quit), 2);
    }

    /// Both channels drained whichever closes first; per-channel order kept.
    fn merges_switch_off_closed_channels() {
        for _ in 0..50 {
            let (a_tx, a) = bounded(0);
            let (b_tx, b) = bounded(0);
            let (fa_tx, fa) = flume::bounded(0);
            let (fb_tx, fb) = flume::bounded(0);
            let producers = [
                thread::spawn(move || (0..20).for_each(|v| a_tx.send(v).unwrap())),
                thread::spawn(move || (100..103).for_each(|v| b_tx.send(v).unwrap())),
                thread::spawn(move || (0..20).for_each(|v| fa_tx.send(v).unwrap())),
                thread::spawn(move || (100..103).for_each(|v| fb_tx.send(v).unwrap())),
            ];
            for mut merged in [merge_two(a, b), merge_two_flume(fa, fb)] {
                let from_a: Vec<i32> = merged.iter().copied().filter(|&v| v < 100).collect();
                assert_eq!(from_a, (0..20).collect::<Vec<_>>());
                merged.sort_unstable();
                let expected: Vec<i32> = (0..20).chain(100..103).collect();
                assert_eq!(merged, expected);
            }
            for producer in producers {
                producer.join().unwrap();
            }
        }
    }

    /// `Select` reports which receiver was ready, and closed ones as `None`.
    fn first_ready_names_the_ready_receiver() {
        let (_a_tx, a) = bounded::<i32>(1);
        let (b_tx, b) = bounded(1);
        let (c_tx, c) = bounded::<i32>(1);
        b_tx.send(8).unwrap();
        assert_eq!(first_ready(&[a.clone(), b.clone(), c.clone()]), Some((1, Some(8))));
        drop(c_tx);
        assert_eq!(first_ready(&[a, b, c]), Some((2, None)));
        assert_eq!(first_ready::<i32>(&[]), None);
    }

    // ANCHOR: flume_bias
    /// flume's `Selector`, built without `eventual-fairness`: with both
    /// channels ready, the first case wins every round. crossbeam's
    /// `select!`, like Go's, takes both.
    fn flume_selector_takes_the_first_ready_case_every_time() {
        const ROUNDS: usize = 1000;
        let (a_tx, a) = flume::unbounded();
        let (b_tx, b) = flume::unbounded();
        for i in 0..ROUNDS {
            a_tx.send(i).unwrap();
            b_tx.send(i).unwrap();
        }
        for _ in 0..ROUNDS {
            assert_eq!(flume_pick(&a, &b), Case::First);
        }
        // a is drained, b never touched: it was starved.
        assert!(a.is_empty());
        assert_eq!(b.len(), ROUNDS);

        let (a_tx, a) = unbounded();
        let (b_tx, b) = unbounded();
        let mut firsts = 0;
        for i in 0..ROUNDS {
            // Both ready on every round.
            a_tx.send(i).unwrap();
            b_tx.send(i).unwrap();
            if crossbeam_pick(&a, &b) == Case::First {
                firsts += 1;
            }
        }
        // At random: all 1000 the same way has probability 2^-999.
        assert!(0 < firsts && firsts < ROUNDS, "first case won {firsts} of {ROUNDS}");
    }
    // ANCHOR_END: flume_bias
}
