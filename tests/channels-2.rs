//! Graded tests for channels-2: a generate → square → sum pipeline.
//! Each test also checks, with `leakcheck`, that no thread is left behind.

use channels_2::{generate, square, sum, sum_of_squares};
use std::sync::mpsc::{self, RecvTimeoutError, sync_channel};
use std::thread::{self, JoinHandle};
use std::time::Duration;

/// How long a test waits for a value, or for a call or thread to return,
/// before it fails with a message.
const PATIENCE: Duration = Duration::from_secs(2);

/// How long a test watches for something that must not happen.
const QUIET: Duration = Duration::from_millis(100);

/// How many values a stage may take or make ahead of a consumer that takes
/// none: far more than a bounded buffer between two stages allows.
const RUN_AHEAD_LIMIT: usize = 200;

/// Runs `work` on a thread of its own and returns its result, failing with
/// a message (`what` and `hint`) if it does not return within [`PATIENCE`].
fn within<R: Send + 'static>(
    what: &str,
    hint: &str,
    work: impl FnOnce() -> R + Send + 'static,
) -> R {
    let (report, result) = mpsc::channel();
    let thread = thread::spawn(move || {
        let _ = report.send(work());
    });
    match result.recv_timeout(PATIENCE) {
        Ok(value) => {
            thread.join().expect("a helper thread panicked");
            value
        }
        Err(RecvTimeoutError::Disconnected) => panic!("{what} panicked (see its message above)"),
        Err(RecvTimeoutError::Timeout) => {
            panic!("{what} did not return within {PATIENCE:?}: it may have deadlocked. {hint}")
        }
    }
}

/// Joins a stage's thread, failing with `why` if it does not end within
/// [`PATIENCE`] and with `panicked` if it panicked.
fn join_within(stage: JoinHandle<()>, why: &'static str, panicked: &'static str) {
    let joined = within("a stage's thread", why, move || stage.join().is_ok());
    assert!(joined, "{panicked}");
}

graded::tests! {
    /// The generator sends every number in order, then closes its channel,
    /// and its thread ends.
    fn generate_sends_every_number_in_order_then_closes() {
        let _no_leaks = leakcheck::Guard::serial();
        let (numbers, generator) = generate(vec![3, 1, 4, 1, 5]);
        for expected in [3, 1, 4, 1, 5] {
            assert_eq!(
                numbers.recv_timeout(PATIENCE),
                Ok(expected),
                "the generator should send every number, in order"
            );
        }
        assert_eq!(
            numbers.recv_timeout(PATIENCE),
            Err(RecvTimeoutError::Disconnected),
            "the generator should close its channel after the last number",
        );
        join_within(
            generator,
            "the generator's thread should end after its last number",
            "the generator panicked",
        );
    }

    /// The squaring stage squares every value in order and closes its output
    /// only once its input is closed.
    fn square_squares_in_order_until_its_input_closes() {
        let _no_leaks = leakcheck::Guard::serial();
        let (input, numbers) = sync_channel(0);
        let (squares, squarer) = square(numbers);
        for n in [2, 0, 7] {
            input
                .send(n)
                .expect("the squarer should receive every value until its input closes");
            assert_eq!(
                squares.recv_timeout(PATIENCE),
                Ok(n * n),
                "the squarer should send the square of every value, in order"
            );
        }
        assert_eq!(
            squares.recv_timeout(QUIET),
            Err(RecvTimeoutError::Timeout),
            "the squarer's output should stay open (and quiet) while its input is open"
        );
        drop(input); // close the input
        assert_eq!(
            squares.recv_timeout(PATIENCE),
            Err(RecvTimeoutError::Disconnected),
            "the squarer should close its output once its input is closed",
        );
        join_within(
            squarer,
            "the squarer's thread should end once its input is closed",
            "the squarer panicked",
        );
    }

    /// The sink adds up every value and returns once the channel is closed.
    fn sum_adds_every_value_until_the_channel_closes() {
        let _no_leaks = leakcheck::Guard::serial();
        let (tx, rx) = sync_channel(4);
        let producer = thread::spawn(move || {
            for n in 1..=100 {
                if tx.send(n).is_err() {
                    break; // `sum` returned early: its assertion below says so
                }
            }
        });
        assert_eq!(
            sum(rx),
            5050,
            "sum should add up every value sent (1..=100) before the channel closes"
        );
        producer.join().expect("the producer panicked");
    }

    /// The sink waits through a pause: it returns only once the channel is
    /// closed, not as soon as no value is waiting.
    fn sum_waits_for_the_close_not_for_a_pause() {
        let _no_leaks = leakcheck::Guard::serial();
        let (tx, rx) = sync_channel(0);
        let (report, total) = mpsc::channel();
        let sink = thread::spawn(move || {
            let _ = report.send(sum(rx));
        });
        tx.send(1).expect("sum should receive the first value");
        assert_eq!(
            total.recv_timeout(QUIET),
            Err(RecvTimeoutError::Timeout),
            "sum returned while the channel was still open: it should wait for more values \
             until the channel closes (`iter()`, not `try_iter()`)"
        );
        tx.send(2).expect("sum should receive every value until the channel closes");
        drop(tx);
        assert_eq!(
            total.recv_timeout(PATIENCE),
            Ok(3),
            "sum should return the sum of every value (1 + 2) once the channel is closed"
        );
        sink.join().expect("the sink panicked");
    }

    /// The stages are bounded: with nobody taking their output, the
    /// generator and the squarer each stop a few values ahead instead of
    /// running on (an unbounded channel between stages grows without end).
    fn stages_run_only_a_bounded_buffer_ahead() {
        let _no_leaks = leakcheck::Guard::serial();
        let (pulled, taken) = mpsc::channel();
        let (numbers, generator) = generate((0..).inspect(move |_| {
            let _ = pulled.send(());
        }));
        let mut ahead = 0;
        while taken.recv_timeout(QUIET).is_ok() {
            ahead += 1;
            assert!(
                ahead < RUN_AHEAD_LIMIT,
                "the generator took {ahead} numbers from an endless iterator while nobody \
                 received any: its channel should be bounded (`sync_channel(BUFFER)`), so \
                 that it waits for the stage below"
            );
        }
        drop(numbers);
        join_within(
            generator,
            "the generator should stop once its receiver is dropped",
            "the generator should stop, not panic, when its receiver is gone",
        );

        // The squarer, fed by a rendezvous channel: each value it takes is one send here.
        let (input, numbers) = sync_channel(0);
        let (squares, squarer) = square(numbers);
        let mut fed = 0;
        loop {
            let (sent, done) = mpsc::channel();
            let feeder = {
                let input = input.clone();
                thread::spawn(move || {
                    let _ = sent.send(input.send(fed).is_ok());
                })
            };
            match done.recv_timeout(QUIET) {
                Ok(accepted) => {
                    assert!(accepted, "the squarer dropped its input while its output was open");
                    feeder.join().expect("a feeder thread panicked");
                    fed += 1;
                    assert!(
                        (fed as usize) < RUN_AHEAD_LIMIT,
                        "the squarer took {fed} values while nobody received its squares: \
                         its channel should be bounded (`sync_channel(BUFFER)`)"
                    );
                }
                Err(_) => {
                    // The squarer waits for room: release the waiting feeder.
                    drop(squares);
                    drop(input);
                    feeder.join().expect("a feeder thread panicked");
                    break;
                }
            }
        }
        join_within(
            squarer,
            "the squarer should stop once its receiver is dropped",
            "the squarer should stop, not panic, when its receiver is gone",
        );
    }

    /// The whole pipeline, many times over: the right sum every time.
    fn sum_of_squares_runs_the_whole_pipeline() {
        let _no_leaks = leakcheck::Guard::serial();
        let hint = "Call `sum` before joining the stages: with more values than the buffers \
                    hold, the stages wait for the sink, and a join before it never returns.";
        assert_eq!(
            within("sum_of_squares(vec![])", hint, || sum_of_squares(vec![])),
            0,
            "the sum of no squares"
        );
        assert_eq!(
            within("sum_of_squares(vec![3])", hint, || sum_of_squares(vec![3])),
            9,
            "the sum of the squares of [3]"
        );
        for n in 0..100_u64 {
            let expected = n * (n + 1) * (2 * n + 1) / 6;
            let got = within(&format!("sum_of_squares(1..={n})"), hint, move || {
                sum_of_squares((1..=n).collect())
            });
            assert_eq!(got, expected, "the sum of the squares of 1..={n}");
        }
    }

    /// Dropping the last receiver stops every stage, even one fed an endless
    /// generator: both threads end.
    fn dropping_the_consumer_stops_every_stage() {
        let _no_leaks = leakcheck::Guard::serial();
        let (numbers, generator) = within(
            "generate(0..)",
            "It should return at once and iterate in its thread: an endless iterator never \
             ends, so it cannot be collected first.",
            || generate(0..),
        );
        let (squares, squarer) = square(numbers);
        for expected in [0, 1, 4, 9] {
            assert_eq!(
                squares.recv_timeout(PATIENCE),
                Ok(expected),
                "the pipeline should send the squares of 0.., in order"
            );
        }
        drop(squares);
        join_within(
            squarer,
            "its receiver was dropped: a failed send means the stage below is gone, so the \
             squarer should return (which drops its input too)",
            "the squarer should stop, not panic, when its receiver is gone",
        );
        join_within(
            generator,
            "the squarer stopped and dropped its input: a failed send means the stage below \
             is gone, so the generator should return",
            "the generator should stop, not panic, when its receiver is gone",
        );
    }
}
