//! select-3: a pipeline that stops cleanly. Each test joins every stage
//! thread, with a time limit: a stage that ignores the cancel (or a closed
//! output) is reported by name of the behaviour. Each test also checks, with
//! `leakcheck`, that no thread is left behind (a stage without a handle too).

use crossbeam_channel::{Receiver, RecvTimeoutError, bounded};
use select_3::squares;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

/// Generous: a stage that sees the cancel stops in microseconds.
const LIMIT: Duration = Duration::from_secs(1);

/// Joins every stage thread within [`LIMIT`]; otherwise fails with `why`.
/// (The failure unwinds the test, which drops the channel ends that a stuck
/// stage may wait on, so that it does not outlive the test.)
fn join_within(handles: Vec<JoinHandle<()>>, why: &str) {
    let deadline = Instant::now() + LIMIT;
    let (joined_tx, joined) = bounded(handles.len());
    // One joiner per stage, each reporting when its stage has ended.
    let joiners: Vec<JoinHandle<()>> = handles
        .into_iter()
        .map(|handle| {
            let joined_tx = joined_tx.clone();
            std::thread::spawn(move || {
                let _ = joined_tx.send(handle.join().is_ok());
            })
        })
        .collect();
    for _ in 0..joiners.len() {
        match joined.recv_deadline(deadline) {
            Ok(true) => {}
            Ok(false) => panic!("a stage thread panicked (see its message above)"),
            Err(_) => panic!("a stage thread did not stop within {LIMIT:?} {why}"),
        }
    }
    for joiner in joiners {
        joiner.join().expect("a joiner thread panicked");
    }
}

fn first_values(out: &Receiver<u64>, count: usize) -> Vec<u64> {
    (0..count)
        .map(|_| {
            out.recv_timeout(LIMIT).expect(
                "no square came out within the time limit: every stage must run on its own \
                 thread, the generator sending `from, from + 1, ...` and the squarer their squares",
            )
        })
        .collect()
}

graded::tests! {
    /// The squares of `from, from + 1, ...`, in order, on a rendezvous channel.
    fn yields_the_squares_in_order() {
        let _no_leaks = leakcheck::Guard::serial();
        let (cancel, done) = bounded::<()>(0);
        let (out, handles) = squares(&done, 3);
        assert_eq!(
            out.capacity(),
            Some(0),
            "the squares' channel must be a rendezvous channel (`bounded(0)`): with a buffer, a \
             stage computes ahead, and values made before a cancel are still there after it"
        );
        assert_eq!(first_values(&out, 5), [9, 16, 25, 36, 49], "not the squares of 3, 4, 5, ...");
        assert!(handles.len() >= 2, "one thread per stage: a generator and a squarer");
        drop(cancel);
        join_within(
            handles,
            "after the cancel: every send and receive must be in a `select!` with `recv(done)`",
        );
    }

    /// Cancel while the output is held but unread: every stage thread ends.
    fn cancel_stops_stages_blocked_on_a_send() {
        let _no_leaks = leakcheck::Guard::serial();
        for _ in 0..50 {
            let (cancel, done) = bounded::<()>(0);
            let (out, handles) = squares(&done, 1);
            assert_eq!(first_values(&out, 1), [1], "the first square of 1, 2, ... must be 1");
            drop(cancel); // the output stays open: only `done` can free the stages
            join_within(
                handles,
                "after the cancel, while the output was open but nobody read it: a stage blocked \
                 on a send sees the cancel only if the send is in a `select!` beside \
                 `recv(done)` (checking `done` first, then sending, blocks for ever)",
            );
            // Every stage is gone: the output is closed, nothing is left in it.
            assert_eq!(
                out.recv_timeout(LIMIT),
                Err(RecvTimeoutError::Disconnected),
                "after the cancel and the joins, the squares' channel must be closed and empty: \
                 no value made before the cancel may be left waiting in it"
            );
        }
    }

    /// Dropping the output, without any cancel, also ends every stage.
    fn dropping_the_output_stops_the_pipeline() {
        let _no_leaks = leakcheck::Guard::serial();
        for _ in 0..50 {
            let (_cancel, done) = bounded::<()>(0);
            let (out, handles) = squares(&done, 1);
            assert_eq!(first_values(&out, 2), [1, 4], "the squares of 1, 2 must be 1, 4");
            drop(out);
            join_within(
                handles,
                "after the output's receiver was dropped (no cancel): a send that fails \
                 (`Err`: the receiver is gone) must end that stage, and then the stage before \
                 it, whose send fails in turn",
            );
        }
    }

    /// Cancelled before anything is read: still no thread left behind.
    fn cancel_before_the_first_value_stops_every_stage() {
        let _no_leaks = leakcheck::Guard::serial();
        for _ in 0..50 {
            let (cancel, done) = bounded::<()>(0);
            let (_out, handles) = squares(&done, 1);
            drop(cancel);
            join_within(
                handles,
                "after a cancel before anything was read: every send and receive must be in a \
                 `select!` with `recv(done)`",
            );
        }
    }
}
