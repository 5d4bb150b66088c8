//! `cargo course watch` driven as a person would, in a real terminal: tmux
//! runs it, `send-keys` types, `capture-pane` reads the screen. It must react
//! to a save within two seconds, survive a solution that hangs, move on when
//! an exercise passes, and quit on `q`.
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

#[test]
fn watch_reacts_to_saves_survives_a_hang_and_quits_on_its_key() {
    if Command::new("tmux").arg("-V").output().is_err() {
        eprintln!("skipped: tmux is not installed (apt-get install tmux); .ci/run installs it");
        return;
    }
    let base = support::scratch("watch");
    let root = trusted(&base);
    let tmux = Tmux {
        socket: format!("course-watch-{}", std::process::id()),
        session: "watch".to_owned(),
    };
    let command = format!(
        "NO_COLOR=1 CARGO={} {} watch; sleep 0",
        std::env::var("CARGO").unwrap_or_else(|_| "cargo".into()),
        env!("CARGO_BIN_EXE_course")
    );
    tmux.run(&[
        "new-session",
        "-d",
        "-s",
        &tmux.session,
        "-x",
        "110",
        "-y",
        "40",
        "-c",
        root.to_str().expect("utf-8 path"),
        &command,
    ])
    .expect("tmux starts");
    let mut log = String::new();
    let mut keep = |title: &str, screen: String| {
        log.push_str(&format!("==== {title} ====\n{}\n", screen.trim_end()));
    };

    // The first check of the stub: it fails (the build takes a moment).
    tmux.wait_for("Watching e-1", Duration::from_secs(30));
    tmux.wait_for("0/2 graded tests pass", Duration::from_secs(120));
    keep("start", tmux.screen());

    // A failing save: seen within two seconds, then its failure shown.
    let mine = root.join("exercises/e-1/src/lib.rs");
    write(&mine, "pub fn answer() -> u32 {\n    41\n}\n");
    let reacted = tmux.wait_for("change seen", Duration::from_secs(10));
    assert!(
        reacted < Duration::from_secs(2),
        "reacted after {reacted:?}"
    );
    let failed = tmux.wait_for("left: 41", Duration::from_secs(60));
    keep(
        &format!("after a failing save (reacted in {reacted:?}, result in {failed:?})"),
        tmux.screen(),
    );

    // A passing save: solved, and on to the next exercise.
    write(&mine, SOLVED);
    let reacted = tmux.wait_for("change seen", Duration::from_secs(10));
    assert!(
        reacted < Duration::from_secs(2),
        "reacted after {reacted:?}"
    );
    let passed = tmux.wait_for("on to e-2", Duration::from_secs(60));
    keep(
        &format!("after a passing save (reacted in {reacted:?}, result in {passed:?})"),
        tmux.screen(),
    );

    // A solution that hangs: reported as a time-out, and watch goes on.
    write(
        &root.join("exercises/e-2/src/lib.rs"),
        "pub fn answer() -> u32 {\n    let (_tx, rx) = std::sync::mpsc::channel::<u32>();\n    rx.recv().unwrap()\n}\n",
    );
    tmux.wait_for("timed out", Duration::from_secs(60));
    keep("after a hanging save", tmux.screen());
    tmux.run(&["send-keys", "-t", &tmux.session, "h"]);
    tmux.wait_for("Hint 1/2", Duration::from_secs(5));

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
    fs::create_dir_all(screens_dir()).expect("screens dir");
    fs::write(screens_dir().join("watch.txt"), log).expect("save screens");
    let _ = fs::remove_dir_all(&base);
}
