//! select-5: a select loop that switches a branch off once its channel closes.

use tokio::sync::mpsc;

/// One value from either channel.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Event {
    /// A value from the numbers channel.
    Number(i64),
    /// A value from the words channel.
    Word(String),
}

/// Every value of both channels, in the order they arrive, until both have
/// closed. A closed tokio channel is always ready (with `None`): its branch
/// is switched off with an `, if` precondition so the loop does not spin,
/// and an `else` arm ends the loop when both are off.
pub async fn merge_until_both_close(
    mut numbers: mpsc::Receiver<i64>,
    mut words: mpsc::Receiver<String>,
) -> Vec<Event> {
    let (mut numbers_open, mut words_open) = (true, true);
    let mut events = Vec::new();
    loop {
        tokio::select! {
            n = numbers.recv(), if numbers_open => match n {
                Some(n) => events.push(Event::Number(n)),
                None => numbers_open = false,
            },
            w = words.recv(), if words_open => match w {
                Some(w) => events.push(Event::Word(w)),
                None => words_open = false,
            },
            else => return events,
        }
    }
}
