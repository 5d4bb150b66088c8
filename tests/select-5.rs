//! select-5: a select loop that switches off a closed channel's branch, on
//! a paused clock. The clock moves only when every task waits: a loop that
//! spins on a closed channel stops it, and the senders' timers never fire.
//! So each call is also bounded by one second of real time, counted on a
//! helper thread. Each test also checks, with `leakcheck`, that no task or
//! thread is left behind.

use leakcheck::run_paused as paused;
use select_5::{Event, merge_until_both_close};
use std::sync::mpsc as std_mpsc;
use std::time::Duration;
use tokio::sync::{mpsc, oneshot};
use tokio::time::{Instant, sleep};

fn ms(n: u64) -> Duration {
    Duration::from_millis(n)
}

/// Sends each word after its gap, then closes the channel.
fn words_at(gaps_and_words: Vec<(u64, &'static str)>) -> mpsc::Receiver<String> {
    let (tx, rx) = mpsc::channel(1);
    tokio::spawn(async move {
        for (gap, w) in gaps_and_words {
            sleep(ms(gap)).await;
            if tx.send(w.to_owned()).await.is_err() {
                return; // the merge has gone: the test's checks say so
            }
        }
    });
    rx
}

/// Sends each number after its gap, then closes the channel.
fn numbers_at(gaps_and_numbers: Vec<(u64, i64)>) -> mpsc::Receiver<i64> {
    let (tx, rx) = mpsc::channel(1);
    tokio::spawn(async move {
        for (gap, n) in gaps_and_numbers {
            sleep(ms(gap)).await;
            if tx.send(n).await.is_err() {
                return; // the merge has gone: the test's checks say so
            }
        }
    });
    rx
}

fn word(w: &str) -> Event {
    Event::Word(w.to_owned())
}

/// `merge_until_both_close`, failing if it has not returned after one
/// second of real time (the paused clock cannot time a loop that never waits).
async fn merge(numbers: mpsc::Receiver<i64>, words: mpsc::Receiver<String>) -> Vec<Event> {
    let limit = Duration::from_secs(1);
    let (fired_tx, fired) = oneshot::channel::<()>();
    let (stop, stopped) = std_mpsc::channel::<()>();
    let timer = std::thread::spawn(move || {
        if stopped.recv_timeout(limit) == Err(std_mpsc::RecvTimeoutError::Timeout) {
            let _ = fired_tx.send(());
        }
    });
    let events = tokio::select! {
        // The timer first: a loop that spins uses up the task's budget.
        biased;
        _ = fired => panic!(
            "merge_until_both_close did not return within {limit:?} of real time, and the \
             paused clock stood still: the loop never waits. A closed channel's `recv()` is \
             ready at once with `None`, every time, so a branch left on for it spins: switch it \
             off with `, if numbers_open` (and `, if words_open`), Go's nil channel"
        ),
        events = merge_until_both_close(numbers, words) => events,
    };
    drop(stop);
    timer
        .join()
        .expect("the real-time limit's helper thread panicked");
    events
}

graded::tests! {
    /// Values come out in the order they arrive, from both channels.
    fn merges_both_channels_in_arrival_order() {
        paused(async {
            let numbers = numbers_at(vec![(10, 1), (20, 2)]); // at 10, 30
            let words = words_at(vec![(20, "a"), (20, "b")]); // at 20, 40
            let start = Instant::now();
            let events = merge(numbers, words).await;
            assert_eq!(
                events,
                [Event::Number(1), word("a"), Event::Number(2), word("b")],
                "not every value, in the order they arrived (10, 20, 30, 40 ms): wait on both \
                 channels at once in one `select!`, not on one channel and then the other"
            );
            assert_eq!(
                start.elapsed(),
                ms(40),
                "both channels had closed at 40 ms: return then, through the `else` arm"
            );
        });
    }

    /// Several values in a row from one channel are not held back by the other.
    fn one_channel_can_deliver_several_values_in_a_row() {
        paused(async {
            let numbers = numbers_at(vec![(10, 1), (10, 2), (10, 3)]); // at 10, 20, 30
            let words = words_at(vec![(40, "a")]); // at 40
            let events = merge(numbers, words).await;
            assert_eq!(
                events,
                [Event::Number(1), Event::Number(2), Event::Number(3), word("a")],
                "three numbers came before the first word, but they did not come out first: \
                 `select!` takes whichever branch is ready (`join!` would wait for one of each)"
            );
        });
    }

    /// After the numbers close, words that come later still arrive.
    fn keeps_receiving_after_one_channel_closes() {
        paused(async {
            let numbers = numbers_at(vec![(0, 7)]);
            let words = words_at(vec![(50, "late"), (50, "later")]);
            let events = merge(numbers, words).await;
            assert_eq!(
                events,
                [Event::Number(7), word("late"), word("later")],
                "the words sent after the numbers had closed were lost: a closed channel must \
                 only switch off its own branch, the loop ends when both are closed"
            );
        });
    }

    /// The same the other way round: the words close first.
    fn keeps_receiving_after_the_other_channel_closes() {
        paused(async {
            let numbers = numbers_at(vec![(50, 1), (50, 2)]);
            let words = words_at(vec![]);
            let events = merge(numbers, words).await;
            assert_eq!(
                events,
                [Event::Number(1), Event::Number(2)],
                "the numbers sent after the words had closed were lost: a closed channel must \
                 only switch off its own branch, the loop ends when both are closed"
            );
        });
    }

    /// Values still buffered in a channel whose senders are gone are all received.
    fn values_buffered_in_a_closed_channel_still_arrive() {
        paused(async {
            let (numbers_tx, numbers) = mpsc::channel(4);
            for n in [1, 2] {
                numbers_tx.send(n).await.expect("the receiver is alive");
            }
            drop(numbers_tx);
            let words = words_at(vec![(10, "a")]);
            let events = merge(numbers, words).await;
            assert_eq!(
                events,
                [Event::Number(1), Event::Number(2), word("a")],
                "the numbers still buffered when their senders were dropped were lost: a closed \
                 tokio channel delivers what it holds, and only `recv()` returning `None` says \
                 it is done (`is_closed()` is true as soon as the senders are gone, values or \
                 not): switch the branch off on `None`"
            );
        });
    }

    /// Both closed from the start: returns (no panic from an all-disabled select).
    fn returns_when_both_are_closed_from_the_start() {
        paused(async {
            let (_, numbers) = mpsc::channel::<i64>(1);
            let (_, words) = mpsc::channel::<String>(1);
            assert!(
                merge(numbers, words).await.is_empty(),
                "two channels closed from the start, yet values came out"
            );
        });
    }
}
