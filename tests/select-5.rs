//! select-5: a select loop that switches off a closed channel's branch, on
//! a paused clock. The clock moves only when every task waits: a loop that
//! spins on a closed channel stops it, the senders' timers never fire, and
//! the watchdog reports the test as deadlocked. Each test also checks, with
//! `leakcheck`, that no task or thread is left behind.

use leakcheck::run_paused as paused;
use select_5::{Event, merge_until_both_close};
use std::time::Duration;
use tokio::sync::mpsc;
use tokio::time::sleep;

fn ms(n: u64) -> Duration {
    Duration::from_millis(n)
}

fn words_at(times_and_words: Vec<(u64, &'static str)>) -> mpsc::Receiver<String> {
    let (tx, rx) = mpsc::channel(1);
    tokio::spawn(async move {
        for (gap, w) in times_and_words {
            sleep(ms(gap)).await;
            tx.send(w.to_owned()).await.unwrap();
        }
    });
    rx
}

fn numbers_at(times_and_numbers: Vec<(u64, i64)>) -> mpsc::Receiver<i64> {
    let (tx, rx) = mpsc::channel(1);
    tokio::spawn(async move {
        for (gap, n) in times_and_numbers {
            sleep(ms(gap)).await;
            tx.send(n).await.unwrap();
        }
    });
    rx
}

fn word(w: &str) -> Event {
    Event::Word(w.to_owned())
}

graded::tests! {
    /// Values come out in the order they arrive, from both channels.
    fn merges_both_channels_in_arrival_order() {
        paused(async {
            let numbers = numbers_at(vec![(10, 1), (20, 2)]); // at 10, 30
            let words = words_at(vec![(20, "a"), (20, "b")]); // at 20, 40
            let events = merge_until_both_close(numbers, words).await;
            assert_eq!(events, [Event::Number(1), word("a"), Event::Number(2), word("b")]);
        });
    }

    /// After the numbers close, words that come later still arrive.
    fn keeps_receiving_after_one_channel_closes() {
        paused(async {
            let numbers = numbers_at(vec![(0, 7)]);
            let words = words_at(vec![(50, "late"), (50, "later")]);
            let events = merge_until_both_close(numbers, words).await;
            assert_eq!(events, [Event::Number(7), word("late"), word("later")]);
        });
    }

    /// The same the other way round: the words close first.
    fn keeps_receiving_after_the_other_channel_closes() {
        paused(async {
            let numbers = numbers_at(vec![(50, 1), (50, 2)]);
            let words = words_at(vec![]);
            let events = merge_until_both_close(numbers, words).await;
            assert_eq!(events, [Event::Number(1), Event::Number(2)]);
        });
    }

    /// Both closed from the start: returns (no panic from an all-disabled select).
    fn returns_when_both_are_closed_from_the_start() {
        paused(async {
            let (_, numbers) = mpsc::channel::<i64>(1);
            let (_, words) = mpsc::channel::<String>(1);
            assert!(merge_until_both_close(numbers, words).await.is_empty());
        });
    }
}
