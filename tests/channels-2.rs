//! Graded tests for channels-2: a generate → square → sum pipeline.
//! Each test also checks, with `leakcheck`, that no thread is left behind.

use channels_2::{generate, square, sum, sum_of_squares};
use std::sync::mpsc::{RecvTimeoutError, sync_channel};
use std::thread;
use std::time::Duration;

/// How long a test waits for a value before it fails with a message.
const PATIENCE: Duration = Duration::from_secs(2);

graded::tests! {
    /// The generator sends every number in order, then closes its channel,
    /// and its thread ends.
    fn generate_sends_every_number_in_order_then_closes() {
        let _no_leaks = leakcheck::Guard::serial();
        let (numbers, generator) = generate(vec![3, 1, 4, 1, 5]);
        for expected in [3, 1, 4, 1, 5] {
            assert_eq!(numbers.recv_timeout(PATIENCE), Ok(expected));
        }
        assert_eq!(
            numbers.recv_timeout(PATIENCE),
            Err(RecvTimeoutError::Disconnected),
            "the generator should close its channel after the last number",
        );
        generator.join().expect("the generator panicked");
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
                .expect("the squarer should receive every value");
            assert_eq!(squares.recv_timeout(PATIENCE), Ok(n * n));
        }
        drop(input); // close the input
        assert_eq!(
            squares.recv_timeout(PATIENCE),
            Err(RecvTimeoutError::Disconnected),
            "the squarer should close its output once its input is closed",
        );
        squarer.join().expect("the squarer panicked");
    }

    /// The sink adds up every value and returns once the channel is closed.
    fn sum_adds_every_value_until_the_channel_closes() {
        let _no_leaks = leakcheck::Guard::serial();
        let (tx, rx) = sync_channel(4);
        let producer = thread::spawn(move || {
            for n in 1..=100 {
                tx.send(n).unwrap();
            }
        });
        assert_eq!(sum(rx), 5050);
        producer.join().unwrap();
    }

    /// The whole pipeline, many times over: the right sum every time.
    fn sum_of_squares_runs_the_whole_pipeline() {
        let _no_leaks = leakcheck::Guard::serial();
        assert_eq!(sum_of_squares(vec![]), 0);
        assert_eq!(sum_of_squares(vec![3]), 9);
        for n in 0..100_u64 {
            let expected = n * (n + 1) * (2 * n + 1) / 6;
            assert_eq!(sum_of_squares((1..=n).collect()), expected, "1..={n}");
        }
    }

    /// Dropping the last receiver stops every stage, even one fed an endless
    /// generator: both threads end.
    fn dropping_the_consumer_stops_every_stage() {
        let _no_leaks = leakcheck::Guard::serial();
        let (numbers, generator) = generate(0..);
        let (squares, squarer) = square(numbers);
        for expected in [0, 1, 4, 9] {
            assert_eq!(squares.recv_timeout(PATIENCE), Ok(expected));
        }
        drop(squares);
        squarer
            .join()
            .expect("the squarer should stop, not panic, when its receiver is gone");
        generator
            .join()
            .expect("the generator should stop, not panic, when its receiver is gone");
    }
}
