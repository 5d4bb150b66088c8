//! Graded tests for channels-1: ping-pong over rendezvous channels.
//! Each test also checks, with `leakcheck`, that no thread is left behind.

use channels_1::{Ball, player, rally};
use std::sync::mpsc::{RecvTimeoutError, sync_channel};
use std::thread;
use std::time::Duration;

/// How long a test waits for a ball before it fails with a message.
const PATIENCE: Duration = Duration::from_secs(2);

fn ball(hits: &[&'static str]) -> Ball {
    Ball {
        hits: hits.to_vec(),
    }
}

graded::tests! {
    /// A player appends its own name to the ball and sends it on.
    fn player_hits_the_ball_and_passes_it_on() {
        let _no_leaks = leakcheck::Guard::serial();
        let (serve, from) = sync_channel(0);
        let (to, back) = sync_channel(0);
        let table = thread::spawn(move || player("ping", from, to));

        serve
            .send(ball(&["pong"]))
            .expect("the player should receive the ball");
        let returned = back
            .recv_timeout(PATIENCE)
            .expect("the player should pass the ball on");
        assert_eq!(returned, ball(&["pong", "ping"]));

        drop(serve);
        assert_eq!(table.join().expect("the player panicked"), 1);
    }

    /// Balls are passed on in the order they arrive, each hit exactly once.
    fn player_passes_balls_on_in_order() {
        let _no_leaks = leakcheck::Guard::serial();
        let (serve, from) = sync_channel(0);
        let (to, back) = sync_channel(5); // room for every ball: the player never waits for us
        let table = thread::spawn(move || player("pong", from, to));

        let served = [["a"], ["b"], ["c"], ["d"], ["e"]];
        for hits in &served {
            serve
                .send(ball(hits))
                .expect("the player should receive every ball");
        }
        drop(serve);
        assert_eq!(table.join().expect("the player panicked"), 5);
        for hits in &served {
            let returned = back
                .recv_timeout(PATIENCE)
                .expect("every ball should be passed on");
            assert_eq!(returned, ball(&[hits[0], "pong"]));
        }
    }

    /// When its incoming channel closes, the player returns and drops its
    /// sender, so the next player sees the channel closed too.
    fn player_closes_its_side_when_the_table_closes() {
        let _no_leaks = leakcheck::Guard::serial();
        let (serve, from) = sync_channel(0);
        let (to, back) = sync_channel(0);
        let table = thread::spawn(move || player("ping", from, to));

        for _ in 0..2 {
            serve
                .send(Ball::default())
                .expect("the player should receive the ball");
            back.recv_timeout(PATIENCE)
                .expect("the player should pass the ball on");
        }
        drop(serve); // close(serve)
        assert_eq!(
            back.recv_timeout(PATIENCE),
            Err(RecvTimeoutError::Disconnected),
            "the player should drop its sender once its input is closed",
        );
        assert_eq!(table.join().expect("the player panicked"), 2);
    }

    /// A send to a player who has left fails: the player stops instead of
    /// panicking, and does not count the ball it could not pass on.
    fn player_stops_when_the_next_player_has_left() {
        let _no_leaks = leakcheck::Guard::serial();
        let (serve, from) = sync_channel(0);
        let (to, back) = sync_channel::<Ball>(0);
        drop(back); // the next player has left the table
        let table = thread::spawn(move || player("ping", from, to));

        serve
            .send(Ball::default())
            .expect("the player should receive the ball");
        let passed = table
            .join()
            .expect("the player should not panic when `to` is closed");
        assert_eq!(passed, 0);
        assert!(
            serve.send(Ball::default()).is_err(),
            "the player should have stopped receiving",
        );
    }

    /// A rally of n laps is 2n hits, ping and pong in turn; both players'
    /// threads end (rally joins them).
    fn rally_alternates_ping_and_pong() {
        let _no_leaks = leakcheck::Guard::serial();
        for laps in [0, 1, 2, 7] {
            let expected: Vec<&str> = ["ping", "pong"].repeat(laps);
            assert_eq!(rally(laps), Ball { hits: expected }, "{laps} laps");
        }
        for _ in 0..50 {
            assert_eq!(rally(3).hits.len(), 6);
        }
    }
}
