//! Graded tests for channels-1: ping-pong over rendezvous channels.
//! Each test also checks, with `leakcheck`, that no thread is left behind.

use channels_1::{Ball, player, rally};
use std::sync::mpsc::{self, Receiver, RecvTimeoutError, SyncSender, sync_channel};
use std::thread;
use std::time::Duration;

/// How long a test waits for a ball, or for a player to return, before it
/// fails with a message.
const PATIENCE: Duration = Duration::from_secs(2);

fn ball(hits: &[&'static str]) -> Ball {
    Ball {
        hits: hits.to_vec(),
    }
}

/// A player on a thread of its own; its result comes back on a channel, so
/// that the test can wait for it with a time limit (a `join` cannot time out).
struct Table {
    result: Receiver<thread::Result<usize>>,
    thread: thread::JoinHandle<()>,
}

impl Table {
    fn start(name: &'static str, from: Receiver<Ball>, to: SyncSender<Ball>) -> Self {
        let (report, result) = mpsc::channel();
        let thread = thread::spawn(move || {
            let outcome = std::panic::catch_unwind(std::panic::AssertUnwindSafe(move || {
                player(name, from, to)
            }));
            let _ = report.send(outcome);
        });
        Table { result, thread }
    }

    /// The number of balls the player says it passed on; `why` says what
    /// should have made it return.
    fn passed(self, why: &str) -> usize {
        let passed = match self.result.recv_timeout(PATIENCE) {
            Ok(Ok(passed)) => passed,
            Ok(Err(_)) => panic!("the player panicked (see its message above), though {why}"),
            Err(_) => panic!(
                "the player did not return within {PATIENCE:?}, though {why}: it may have \
                 deadlocked"
            ),
        };
        self.thread.join().expect("the player's thread panicked");
        passed
    }
}

/// `rally(laps)`, run on a thread of its own so that a rally that never ends
/// fails with a message.
fn rally_within(laps: usize) -> Ball {
    let (report, result) = mpsc::channel();
    let thread = thread::spawn(move || {
        let _ = report.send(rally(laps));
    });
    let ball = match result.recv_timeout(PATIENCE) {
        Ok(ball) => ball,
        Err(RecvTimeoutError::Disconnected) => {
            panic!("rally({laps}) panicked (see its message above)")
        }
        Err(RecvTimeoutError::Timeout) => panic!(
            "rally({laps}) did not return within {PATIENCE:?}: it may have deadlocked. Close \
             the serve channel (drop it) before joining the players: ping's loop ends only \
             when its input is closed, and pong's only when ping has dropped its sender"
        ),
    };
    thread.join().expect("rally's thread panicked");
    ball
}

graded::tests! {
    /// A player appends its own name to the ball and sends it on.
    fn player_hits_the_ball_and_passes_it_on() {
        let _no_leaks = leakcheck::Guard::serial();
        let (serve, from) = sync_channel(0);
        let (to, back) = sync_channel(0);
        let table = Table::start("ping", from, to);

        serve
            .send(ball(&["pong"]))
            .expect("the player should receive the ball");
        let returned = back
            .recv_timeout(PATIENCE)
            .expect("the player should pass the ball on");
        assert_eq!(
            returned,
            ball(&["pong", "ping"]),
            "the player should append its own name to the ball's hits, and keep the earlier ones"
        );

        drop(serve);
        assert_eq!(
            table.passed("its input was closed"),
            1,
            "the player passed one ball on and should return 1"
        );
    }

    /// Balls are passed on in the order they arrive, each hit exactly once.
    fn player_passes_balls_on_in_order() {
        let _no_leaks = leakcheck::Guard::serial();
        let (serve, from) = sync_channel(0);
        let (to, back) = sync_channel(5); // room for every ball: the player never waits for us
        let table = Table::start("pong", from, to);

        let served = [["a"], ["b"], ["c"], ["d"], ["e"]];
        for hits in &served {
            serve
                .send(ball(hits))
                .expect("the player should receive every ball until its input is closed");
        }
        drop(serve);
        assert_eq!(
            table.passed("its input was closed"),
            5,
            "the player passed five balls on and should return 5"
        );
        for hits in &served {
            let returned = back
                .recv_timeout(PATIENCE)
                .expect("every ball should be passed on");
            assert_eq!(
                returned,
                ball(&[hits[0], "pong"]),
                "every ball should be passed on once, hit once, in the order it arrived"
            );
        }
    }

    /// When its incoming channel closes, the player returns and drops its
    /// sender, so the next player sees the channel closed too.
    fn player_closes_its_side_when_the_table_closes() {
        let _no_leaks = leakcheck::Guard::serial();
        let (serve, from) = sync_channel(0);
        let (to, back) = sync_channel(0);
        let table = Table::start("ping", from, to);

        for _ in 0..2 {
            serve
                .send(Ball::default())
                .expect("the player should receive every ball until its input is closed");
            back.recv_timeout(PATIENCE)
                .expect("the player should pass every ball on");
        }
        drop(serve); // close(serve)
        assert_eq!(
            back.recv_timeout(PATIENCE),
            Err(RecvTimeoutError::Disconnected),
            "the player should drop its sender once its input is closed",
        );
        assert_eq!(
            table.passed("its input was closed"),
            2,
            "the player passed two balls on and should return 2"
        );
    }

    /// A send to a player who has left fails: the player stops at once
    /// (it receives no more balls) instead of panicking, and does not count
    /// the ball it could not pass on.
    fn player_stops_when_the_next_player_has_left() {
        let _no_leaks = leakcheck::Guard::serial();
        let (serve, from) = sync_channel(0);
        let (to, back) = sync_channel::<Ball>(0);
        drop(back); // the next player has left the table
        let table = Table::start("ping", from, to);

        serve
            .send(Ball::default())
            .expect("the player should receive the ball");
        // A rendezvous send waits until the player takes the ball or drops
        // its receiver: it fails only if the player has stopped.
        assert!(
            serve.send(Ball::default()).is_err(),
            "the player took another ball after its send failed: it should stop (break) as \
             soon as the next player has left, and drop its receiver",
        );
        let passed = table.passed("its send failed (the next player had left)");
        assert_eq!(
            passed, 0,
            "the player could not pass its only ball on: it should count only the sends that \
             succeeded"
        );
    }

    /// A rally of n laps is 2n hits, ping and pong in turn: the same ball goes
    /// round every lap; both players' threads end (rally joins them).
    fn rally_alternates_ping_and_pong() {
        let _no_leaks = leakcheck::Guard::serial();
        for laps in [0, 1, 2, 7] {
            let expected: Vec<&str> = ["ping", "pong"].repeat(laps);
            let got = rally_within(laps);
            assert!(
                got.hits == expected,
                "rally({laps}) should return one ball hit {} times, ping and pong in turn \
                 (serve the ball that came back, every lap), but its hits were {:?}",
                2 * laps,
                got.hits
            );
        }
        for _ in 0..50 {
            let hits = rally_within(3).hits.len();
            assert_eq!(hits, 6, "rally(3) should return a ball hit 6 times");
        }
    }
}
