//! Ping-pong over rendezvous channels.
//!
//! Two players pass one ball back and forth. Every channel is a rendezvous
//! (`sync_channel(0)`, Go's `make(chan Ball)`): a player's send completes only
//! when the other side takes the ball, so exactly one player holds it at a time.

use std::sync::mpsc::{Receiver, SyncSender, sync_channel};
use std::thread;

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
    let mut passed = 0;
    for mut ball in from {
        ball.hits.push(name);
        if to.send(ball).is_err() {
            break; // the next player has left the table
        }
        passed += 1;
    }
    passed
}

/// Plays `laps` laps and returns the ball.
///
/// The caller serves to "ping", "ping" hits to "pong", "pong" hits back to
/// the caller: one lap, two hits. Both players run on threads of their own,
/// joined before this returns.
pub fn rally(laps: usize) -> Ball {
    let (serve, ping_from) = sync_channel(0);
    let (ping_to, pong_from) = sync_channel(0);
    let (pong_to, back) = sync_channel(0);
    let ping = thread::spawn(move || player("ping", ping_from, ping_to));
    let pong = thread::spawn(move || player("pong", pong_from, pong_to));

    let mut ball = Ball::default();
    for _ in 0..laps {
        serve.send(ball).expect("ping is at the table");
        ball = back.recv().expect("pong is at the table");
    }
    // Closing the serve channel ends ping's loop; ping then drops its sender,
    // which ends pong's loop.
    drop(serve);
    let ping_hits = ping.join().expect("ping panicked");
    let pong_hits = pong.join().expect("pong panicked");
    debug_assert_eq!((ping_hits, pong_hits), (laps, laps));
    ball
}
