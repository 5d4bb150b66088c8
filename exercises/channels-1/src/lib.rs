//! Ping-pong over rendezvous channels.
//!
//! Two players pass one ball back and forth. Every channel is a rendezvous
//! (`sync_channel(0)`, Go's `make(chan Ball)`): a player's send completes only
//! when the other side takes the ball, so exactly one player holds it at a time.
//!
//! Run the tests with `cargo test -p channels-1`; ask for a hint with
//! `cargo course hint channels-1`.

use std::sync::mpsc::{Receiver, SyncSender};

/// A ball in play: who hit it, in order.
#[derive(Debug, Default, Clone, PartialEq, Eq)]
pub struct Ball {
    /// The names of the players who hit it, oldest first.
    pub hits: Vec<&'static str>,
}

/// Plays one side of the table.
///
/// Hits every ball that arrives on `from` (appends `name` to its hits) and
/// passes it on through `to`, until `from` is closed; then returns how many
/// balls it passed on. If `to` is closed (the next player has left), it stops
/// at once. Either way `to` is dropped on return, which closes the channel to
/// the next player.
pub fn player(name: &'static str, from: Receiver<Ball>, to: SyncSender<Ball>) -> usize {
    // TODO: receive balls from `from` until it is closed (a `for` loop over a
    // Receiver does that, like Go's `for ball := range from`). Push `name` onto
    // each ball's hits and send it on `to`. If that send fails, the next
    // player is gone: stop. Return how many balls were sent on successfully.
    todo!()
}

/// Plays `laps` laps and returns the ball.
///
/// The caller serves to "ping", "ping" hits to "pong", "pong" hits back to
/// the caller: one lap, two hits. Both players run on threads of their own,
/// joined before this returns.
pub fn rally(laps: usize) -> Ball {
    // TODO: make three rendezvous channels with
    // `std::sync::mpsc::sync_channel(0)`: caller -> ping, ping -> pong,
    // pong -> caller. Spawn `player("ping", ..)` and `player("pong", ..)` with
    // `std::thread::spawn`. Starting from `Ball::default()`, send the ball to
    // ping and receive it back from pong, `laps` times. Then drop your sender
    // so that both players stop, join both threads, and return the ball.
    todo!()
}
