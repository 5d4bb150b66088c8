//! select-3: a pipeline that stops cleanly. Each test joins every stage
//! thread: a stage that ignores the cancel keeps the join waiting, and the
//! watchdog reports the test as deadlocked. Each test also checks, with
//! `leakcheck`, that no thread is left behind (a stage without a handle too).

use crossbeam_channel::{RecvTimeoutError, bounded};
use select_3::squares;
use std::time::Duration;

graded::tests! {
    /// The squares of `from, from + 1, ...`, in order.
    fn yields_the_squares_in_order() {
        let _no_leaks = leakcheck::Guard::serial();
        let (_cancel, done) = bounded::<()>(0);
        let (out, handles) = squares(&done, 3);
        let got: Vec<u64> = out.iter().take(5).collect();
        assert_eq!(got, [9, 16, 25, 36, 49]);
        assert!(handles.len() >= 2, "one thread per stage: a generator and a squarer");
    }

    /// Cancel while the output is held but unread: every stage thread ends.
    fn cancel_stops_stages_blocked_on_a_send() {
        let _no_leaks = leakcheck::Guard::serial();
        for _ in 0..50 {
            let (cancel, done) = bounded::<()>(0);
            let (out, handles) = squares(&done, 1);
            assert_eq!(out.recv().unwrap(), 1);
            drop(cancel); // the output stays open: only `done` can free the stages
            for handle in handles {
                handle.join().unwrap();
            }
            // Every stage is gone: the output is closed, nothing is left in it.
            assert_eq!(
                out.recv_timeout(Duration::from_secs(10)),
                Err(RecvTimeoutError::Disconnected)
            );
        }
    }

    /// Dropping the output, without any cancel, also ends every stage.
    fn dropping_the_output_stops_the_pipeline() {
        let _no_leaks = leakcheck::Guard::serial();
        for _ in 0..50 {
            let (_cancel, done) = bounded::<()>(0);
            let (out, handles) = squares(&done, 1);
            assert_eq!(out.iter().take(2).collect::<Vec<_>>(), [1, 4]);
            drop(out);
            for handle in handles {
                handle.join().unwrap();
            }
        }
    }

    /// Cancelled before anything is read: still no thread left behind.
    fn cancel_before_the_first_value_stops_every_stage() {
        let _no_leaks = leakcheck::Guard::serial();
        let (cancel, done) = bounded::<()>(0);
        let (_out, handles) = squares(&done, 1);
        drop(cancel);
        for handle in handles {
            handle.join().unwrap();
        }
    }
}
