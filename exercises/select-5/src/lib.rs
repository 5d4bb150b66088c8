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
    // TODO: keep one `bool` per channel saying whether it is still open; in a
    // loop, `tokio::select!` on `numbers.recv(), if numbers_open` and
    // `words.recv(), if words_open`; on `None` set that flag to false; add an
    // `else => ...` arm, which runs when every branch is switched off.
    todo!()
}
