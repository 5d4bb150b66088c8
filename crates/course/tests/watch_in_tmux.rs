//! `cargo course watch` driven as a person would, in a real terminal: tmux
//! runs it, `send-keys` types, `capture-pane` reads the screen. A save must
//! show its result within two seconds once the exercise was built (the
//! build included), saving another exercise's file must switch to it, `n`
//! must go to the next unsolved one, `h` must give the hints in steps; it
//! must survive a solution that hangs (naming where it waits), move on when
//! an exercise passes, start at the exercise named, and quit on `q`.
//!
//! The screens it saw are saved under target/course/watch-screens/.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

mod support;

use support::{SOLVED, trusted, write};

struct Tmux {
    socket: String,
    session: String,
}

impl Tmux {
    fn run(&self, args: &[&str]) -> Option<String> {
        let output = Command::new("tmux")
            .args(["-L", &self.socket])
            .args(args)
            .stdin(Stdio::null())
            .output()
            .ok()?;
        output
            .status
            .success()
            .then(|| String::from_utf8_lossy(&output.stdout).into_owned())
    }

    fn screen(&self) -> String {
        self.run(&["capture-pane", "-p", "-t", &self.session])
            .unwrap_or_default()
    }

    /// Polls the screen until it shows `text`; the screen has no event to
    /// wait on, so this is a bounded poll that fails loudly.
    fn wait_for(&self, text: &str, limit: Duration) -> Duration {
        let started = Instant::now();
        loop {
            if self.screen().contains(text) {
                return started.elapsed();
            }
            assert!(
                started.elapsed() < limit,
                "the screen never showed {text:?} within {limit:?}; it shows:\n{}",
                self.screen()
            );
            std::thread::sleep(Duration::from_millis(20));
        }
    }

    fn alive(&self) -> bool {
        self.run(&["has-session", "-t", &self.session]).is_some()
    }
}

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.run(&["kill-server"]);
    }
}

fn screens_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../target/course/watch-screens")
}

/// Starts `cargo course watch ARGS` in a tmux session of its own, in `root`.
fn start_watch(root: &Path, socket: &str, args: &str) -> Tmux {
    let tmux = Tmux {
        socket: socket.to_owned(),
        session: "watch".to_owned(),
    };
    let command = format!(
        "NO_COLOR=1 CARGO={} {} watch {args}; sleep 0",
        std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()),
        env!("CARGO_BIN_EXE_course")
    );
    tmux.run(&[
        "new-session",
        "-d",
        "-s",
        &tmux.session,
        "-x",
        "130",
        "-y",
        "45",
        "-c",
        root.to_str().expect("utf-8 path"),
        &command,
    ])
    .expect("tmux starts");
    tmux
}

/// How long a save may take to show its result, build included, once the
/// exercise has been built once (the promise, on a 2-core machine).
const WARM_RESULT: Duration = Duration::from_secs(2);

#[test]
fn watch_reacts_to_saves_follows_the_learner_survives_a_hang_and_quits_on_its_key() {
    if Command::new("tmux").arg("-V").output().is_err() {
        eprintln!("skipped: tmux is not installed (apt-get install tmux); .ci/run installs it");
        return;
    }
    let base = support::scratch("watch");
    let root = trusted(&base);
    let tmux = start_watch(&root, &format!("course-watch-{}", std::process::id()), "");
    let mut log = String::new();
    let mut keep = |title: &str, screen: String| {
        log.push_str(&format!("==== {title} ====\n{}\n", screen.trim_end()));
    };

    // The first check of the stub: it fails (the first build takes a moment).
    tmux.wait_for("Watching e-1", Duration::from_secs(30));
    tmux.wait_for("0/2 graded tests pass", Duration::from_secs(120));
    keep("start", tmux.screen());

    // A failing save: seen at once, its result (build included) within 2 s.
    let mine = root.join("exercises/e-1/src/lib.rs");
    let saved = Instant::now();
    write(&mine, "pub fn answer() -> u32 {\n    41\n}\n");
    let reacted = tmux.wait_for("change seen", Duration::from_secs(10));
    tmux.wait_for("left: 41", Duration::from_secs(60));
    let failed = saved.elapsed();
    keep(
        &format!("after a failing save (reacted in {reacted:?}, result in {failed:?})"),
        tmux.screen(),
    );
    assert!(
        failed < WARM_RESULT,
        "a warm save showed its result after {failed:?}:\n{}",
        tmux.screen()
    );

    // A passing save: solved, and on to the next exercise, within 2 s too.
    let saved = Instant::now();
    write(&mine, SOLVED);
    tmux.wait_for("on to e-2", Duration::from_secs(60));
    let passed = saved.elapsed();
    keep(
        &format!("after a passing save (result in {passed:?})"),
        tmux.screen(),
    );
    assert!(passed < WARM_RESULT, "a warm save took {passed:?}");
    // The measured latency, for whoever runs this with --nocapture.
    eprintln!("watch: a failing save showed its result in {failed:?}, a passing one in {passed:?}");

    // Saving another exercise's file makes it the current one.
    write(
        &root.join("exercises/e-4/src/lib.rs"),
        "pub fn answer() -> u32 {\n    40\n}\n",
    );
    tmux.wait_for("switched to e-4", Duration::from_secs(10));
    tmux.wait_for("Watching e-4", Duration::from_secs(10));
    tmux.wait_for("left: 40", Duration::from_secs(60));
    keep("after saving another exercise", tmux.screen());

    // `n`: the next exercise not solved.
    tmux.run(&["send-keys", "-t", &tmux.session, "n"]);
    tmux.wait_for("Watching e-5", Duration::from_secs(10));
    tmux.wait_for("0/2 graded tests pass", Duration::from_secs(60));
    keep("after n", tmux.screen());

    // A solution that hangs: reported as a time-out that names the line
    // where the learner's code waits, and watch goes on.
    write(
        &root.join("exercises/e-2/src/lib.rs"),
        "pub fn answer() -> u32 {\n    let (_tx, rx) = std::sync::mpsc::channel::<u32>();\n    rx.recv().unwrap()\n}\n",
    );
    tmux.wait_for("Watching e-2", Duration::from_secs(10));
    tmux.wait_for("timed out", Duration::from_secs(60));
    tmux.wait_for("exercises/e-2/src/lib.rs:3:", Duration::from_secs(5));
    let screen = tmux.screen();
    keep("after a hanging save", screen.clone());
    assert!(
        screen.contains("blocked in std::sync::mpsc::Receiver"),
        "{screen}"
    );
    assert!(!screen.contains("crates/graded/src"), "{screen}");

    // `h`: the hints, one at a time.
    tmux.run(&["send-keys", "-t", &tmux.session, "h"]);
    tmux.wait_for("Hint 1 of 2 (e-2)", Duration::from_secs(5));
    tmux.run(&["send-keys", "-t", &tmux.session, "h"]);
    tmux.wait_for("Hint 2 of 2 (e-2)", Duration::from_secs(5));
    keep("after h h", tmux.screen());

    // The quit key ends it cleanly.
    tmux.run(&["send-keys", "-t", &tmux.session, "q"]);
    let started = Instant::now();
    while tmux.alive() {
        assert!(
            started.elapsed() < Duration::from_secs(5),
            "watch did not quit on q:\n{}",
            tmux.screen()
        );
        std::thread::sleep(Duration::from_millis(20));
    }
    drop(tmux);

    // `watch NAME` starts at NAME, solved or not.
    let tmux = start_watch(
        &root,
        &format!("course-watch-named-{}", std::process::id()),
        "e-1",
    );
    tmux.wait_for("Watching e-1", Duration::from_secs(30));
    tmux.wait_for("every graded test passes", Duration::from_secs(60));
    tmux.wait_for("Keys:", Duration::from_secs(5));
    let screen = tmux.screen();
    keep("watch e-1", screen.clone());
    assert!(
        screen.contains("Watching e-1") && !screen.contains("on to"),
        "it stays at the exercise asked for:\n{screen}"
    );
    tmux.run(&["send-keys", "-t", &tmux.session, "q"]);
    drop(tmux);

    fs::create_dir_all(screens_dir()).expect("screens dir");
    fs::write(screens_dir().join("watch.txt"), log).expect("save screens");
    let _ = fs::remove_dir_all(&base);
}
