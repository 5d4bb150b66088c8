//! The watchdog behind every graded test.
//!
//! A graded test must never hang: a learner's channel that nobody closes, a
//! lock that is never released or a `join` on a thread that never ends would
//! otherwise freeze `cargo test` with no word about why. Every test in
//! `tests/<exercise>.rs` is therefore written inside [`tests!`], which runs its
//! body on a thread of its own and fails it, by name, once its time limit has
//! passed:
//!
//! ```text
//! graded: time limit exceeded: `sends_every_ball_back` did not finish within 3s: it may have deadlocked.
//! Still running when the time was up:
//!   - the test's thread `sends_every_ball_back`, blocked in std::sync::mpsc::Receiver<T>::recv
//!       at exercises/channels-1/src/lib.rs:42:17  (channels_1::play)
//!       at tests/channels-1.rs:20:9  (channels_1::sends_every_ball_back::{{closure}})
//! ```
//!
//! The report names each thread of the learner's code still running and the
//! frames of its stack that are in the exercise's `src/` or its tests file
//! (on Linux; see the `stacks` module), never the harness's own lines.
//!
//! The thread that overran is left behind (a thread cannot be killed safely);
//! the test binary still ends, because the process exits once the harness is
//! done.
//!
//! # Example
//!
//! ```
//! graded::tests! {
//!     /// The doubled value comes back.
//!     fn doubles() {
//!         assert_eq!(2 * 21, 42);
//!     }
//! }
//! ```
//!
//! The limit is [`DEFAULT_LIMIT`], or the milliseconds in the environment
//! variable [`LIMIT_ENV`] (`cargo course` sets it from `course.toml`).

use std::any::Any;
use std::panic;
use std::sync::{Mutex, PoisonError, mpsc};
use std::thread;
use std::time::Duration;

mod stacks;

#[doc(hidden)]
pub use stacks::Origin;

/// How long a graded test may run when [`LIMIT_ENV`] does not say otherwise.
pub const DEFAULT_LIMIT: Duration = Duration::from_secs(3);

/// The environment variable that sets every test's limit, in milliseconds.
pub const LIMIT_ENV: &str = "GRADED_TIMEOUT_MS";

/// The first words of the failure that a test which overran its limit reports;
/// `cargo course` looks for them to tell a time-out from a failed assertion.
pub const TIMEOUT_MARKER: &str = "graded: time limit exceeded";

/// The environment variable through which a grader asks for each test's
/// result on a channel of its own: it names a file, and the test process's
/// standard input carries a secret that the grader chose for this run.
///
/// A test passes, for `cargo course`, only when this file holds the line
/// `<secret> passed <name>`, which the harness writes after the test's body
/// returned. The harness reads the secret before the body starts, so code
/// under test finds standard input at its end and cannot learn it: printing
/// libtest's own lines (`test x ... ok`) passes nothing. Without this
/// variable (a plain `cargo test`) nothing is read and nothing is written.
pub const RESULT_ENV: &str = "GRADED_RESULT_FILE";

/// The first words of the line a passed test writes to [`RESULT_ENV`]'s file,
/// after the secret.
pub const PASSED: &str = "passed";

/// Where a passed test's line goes, and the secret that proves it.
struct Channel {
    file: std::path::PathBuf,
    secret: String,
}

/// Taken by the first test of the process, before its body runs: a second
/// call (a test body that calls [`run`] itself) gets nothing.
static CHANNEL_TAKEN: std::sync::atomic::AtomicBool = std::sync::atomic::AtomicBool::new(false);

fn take_channel() -> Option<Channel> {
    use std::io::Read;
    use std::sync::atomic::Ordering;
    let file = std::env::var_os(RESULT_ENV)?;
    if CHANNEL_TAKEN.swap(true, Ordering::SeqCst) {
        return None;
    }
    let mut secret = String::new();
    // At most a line: the grader writes the secret and closes its end.
    std::io::stdin()
        .take(256)
        .read_to_string(&mut secret)
        .ok()?;
    let secret = secret.trim().to_owned();
    // No other process of this user (a child the test started, say) may
    // read this one's memory, where the secret now is: a process that is
    // not dumpable has its /proc/<pid>/mem owned by root. Code inside this
    // process still can; the grader's capability check keeps `std::fs` and
    // `unsafe` out of the exercises not granted them.
    // (Linux only: grading runs on Linux; elsewhere there is no grader.)
    // SAFETY: prctl(PR_SET_DUMPABLE, 0) takes plain integers and changes
    // only this process's dumpable flag; no memory is passed.
    #[cfg(target_os = "linux")]
    unsafe {
        libc::prctl(libc::PR_SET_DUMPABLE, 0, 0, 0, 0);
    }
    (!secret.is_empty()).then(|| Channel {
        file: file.into(),
        secret,
    })
}

fn report_passed(channel: Option<Channel>, name: &str) {
    use std::io::Write;
    let Some(channel) = channel else { return };
    let written = std::fs::OpenOptions::new()
        .append(true)
        .open(&channel.file)
        .and_then(|mut file| writeln!(file, "{} {PASSED} {name}", channel.secret));
    if let Err(err) = written {
        panic!(
            "graded: the test passed but its result could not be written to {}: {err}",
            channel.file.display()
        );
    }
}

/// The time limit in force: [`LIMIT_ENV`] when it holds a whole number of
/// milliseconds, [`DEFAULT_LIMIT`] otherwise.
pub fn limit() -> Duration {
    std::env::var(LIMIT_ENV)
        .ok()
        .and_then(|ms| ms.trim().parse::<u64>().ok())
        .map_or(DEFAULT_LIMIT, Duration::from_millis)
}

/// Runs `body` on a thread named `name` and waits for it at most [`limit()`].
///
/// A panic in `body` (a failed assertion, a `todo!()`) fails the test as if it
/// had happened on the test's own thread. A body still running when the limit
/// passes fails the test with a message that names it and says it may have
/// deadlocked.
pub fn run<F>(name: &'static str, body: F)
where
    F: FnOnce() + Send + 'static,
{
    run_within(name, limit(), body);
}

/// [`run`] with an explicit limit.
pub fn run_within<F>(name: &'static str, limit: Duration, body: F)
where
    F: FnOnce() + Send + 'static,
{
    run_from(name, limit, None, body);
}

/// [`run`] for a test declared in [`tests!`], which says where its code
/// lives, so that a time-out can name the learner's frames.
#[doc(hidden)]
pub fn run_test<F>(name: &'static str, origin: Origin, body: F)
where
    F: FnOnce() + Send + 'static,
{
    run_from(name, limit(), Some(origin), body);
}

/// The names of the graded tests whose bodies run in this process now: a
/// time-out's report leaves their threads out.
static RUNNING: Mutex<Vec<&'static str>> = Mutex::new(Vec::new());

/// The advice every time-out ends with.
const ADVICE: &str = "Look for a wait that can never end: a receive on a channel that nobody \
                      sends to or closes, a send into a full channel that nobody drains, a lock \
                      that is never released, a `join` on a thread that never returns.";

fn run_from<F>(name: &'static str, limit: Duration, origin: Option<Origin>, body: F)
where
    F: FnOnce() + Send + 'static,
{
    // Before the body: the code under test never sees the secret.
    let channel = take_channel();
    let (done_tx, done_rx) = mpsc::channel::<()>();
    let worker = thread::Builder::new()
        .name(name.to_owned())
        .spawn(move || {
            body();
            // The receiver is gone only if the watchdog already gave up.
            let _ = done_tx.send(());
        })
        .unwrap_or_else(|err| panic!("graded: could not start a thread for `{name}`: {err}"));
    RUNNING
        .lock()
        .unwrap_or_else(PoisonError::into_inner)
        .push(name);
    let finished = || {
        let mut running = RUNNING.lock().unwrap_or_else(PoisonError::into_inner);
        if let Some(i) = running.iter().position(|n| *n == name) {
            running.swap_remove(i);
        }
    };

    match done_rx.recv_timeout(limit) {
        Ok(()) => {
            finished();
            if let Err(payload) = worker.join() {
                panic::resume_unwind(payload);
            }
            report_passed(channel, name);
        }
        // The sender was dropped without a send: the body panicked.
        Err(mpsc::RecvTimeoutError::Disconnected) => {
            finished();
            match worker.join() {
                Err(payload) => panic::resume_unwind(payload),
                Ok(()) => unreachable!("the body finished without reporting"),
            }
        }
        Err(mpsc::RecvTimeoutError::Timeout) => {
            let others: Vec<&str> = RUNNING
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .iter()
                .copied()
                .filter(|n| *n != name)
                .collect();
            let threads = stacks::report(name, origin.as_ref(), &others);
            let message = format!(
                "{TIMEOUT_MARKER}: `{name}` did not finish within {limit:?}: it may have \
                 deadlocked.\n{threads}{ADVICE}"
            );
            // Said here rather than by a panic, whose hook would name this
            // file's line as where it happened; the unwinding fails the test.
            eprintln!("{message}");
            panic::resume_unwind(Box::new(message));
        }
    }
}

/// The package whose graded tests are running, for [`note_loom_models_at_exit`].
static LOOM_PACKAGE: std::sync::OnceLock<&'static str> = std::sync::OnceLock::new();

/// The note a loom exercise's test binary prints at its end: its normal tests
/// are not the whole grade.
pub fn loom_note(package: &str) -> String {
    let exercise = package.strip_suffix("-solution").unwrap_or(package);
    format!(
        "\nnote: {exercise} is graded by its loom models too, which `cargo test` does not run.\n\
         \x20     run both, as grading does:  cargo course check {exercise}\n\
         \x20     or the models alone:        RUSTFLAGS=\"--cfg loom\" CARGO_TARGET_DIR=target/loom \
         cargo test -p {package} --profile loom\n"
    )
}

extern "C" fn print_loom_note() {
    use std::io::Write;
    if let Some(package) = LOOM_PACKAGE.get() {
        // Nothing may unwind out of an atexit handler: write errors are ignored.
        let _ = std::io::stdout().write_all(loom_note(package).as_bytes());
        let _ = std::io::stdout().flush();
    }
}

/// Arranges for the test binary to print [`loom_note`] when it exits, after
/// libtest's summary. [`tests!`] calls it for blocks that start with
/// `loom_models;`; only the first call registers the note.
pub fn note_loom_models_at_exit(package: &'static str) {
    // Under `--cfg loom` the models are what runs: nothing to point at.
    if cfg!(loom) {
        return;
    }
    if LOOM_PACKAGE.set(package).is_ok() {
        // SAFETY: `print_loom_note` is an `extern "C" fn()` that takes no
        // arguments, touches only a `OnceLock` that is never reset and stdout,
        // and cannot unwind (it ignores every error); registering it once
        // (guarded by the `OnceLock`) is what atexit(3) allows from any thread.
        let registered = unsafe { libc::atexit(print_loom_note) };
        // Not fatal: the note is advice, the tests still run.
        let _ = registered;
    }
}

/// Runs the future `body` to completion on a fresh current-thread tokio
/// runtime (time enabled), under the same watchdog as [`run`].
#[cfg(feature = "tokio")]
pub fn run_async<F>(name: &'static str, body: F)
where
    F: std::future::Future<Output = ()> + Send + 'static,
{
    run(name, move || block_on(body));
}

/// [`run_async`] for a test declared in [`tests!`] (see [`run_test`]).
#[cfg(feature = "tokio")]
#[doc(hidden)]
pub fn run_async_test<F>(name: &'static str, origin: Origin, body: F)
where
    F: std::future::Future<Output = ()> + Send + 'static,
{
    run_test(name, origin, move || block_on(body));
}

#[cfg(feature = "tokio")]
fn block_on<F: std::future::Future<Output = ()>>(body: F) {
    tokio::runtime::Builder::new_current_thread()
        .enable_time()
        .build()
        .expect("graded: could not build a tokio runtime")
        .block_on(body);
}

/// The text of a panic payload, for reports.
pub fn panic_message(payload: &(dyn Any + Send)) -> &str {
    payload
        .downcast_ref::<&str>()
        .copied()
        .or_else(|| payload.downcast_ref::<String>().map(String::as_str))
        .unwrap_or("(a panic without a message)")
}

/// Declares graded tests, each run under the watchdog ([`run`]).
///
/// A loom exercise starts the block of its normal tests with `loom_models;`:
/// the test binary then ends by saying how to run the loom models
/// ([`loom_note`]), which `cargo test` alone does not.
///
/// Write each test as a plain `fn` (or, with the `tokio` feature, an
/// `async fn`), with doc comments saying what behaviour it checks:
///
/// ```
/// graded::tests! {
///     /// A value sent on a channel is the value received.
///     fn receives_what_was_sent() {
///         let (tx, rx) = std::sync::mpsc::channel();
///         tx.send(7).unwrap();
///         assert_eq!(rx.recv().unwrap(), 7);
///     }
/// }
/// ```
#[macro_export]
macro_rules! tests {
    (@loom $loom:literal;) => {};
    (
        @loom $loom:literal;
        $(#[$meta:meta])*
        fn $name:ident() $body:block
        $($rest:tt)*
    ) => {
        $(#[$meta])*
        #[test]
        fn $name() {
            if $loom {
                $crate::note_loom_models_at_exit(env!("CARGO_PKG_NAME"));
            }
            $crate::run_test(
                stringify!($name),
                $crate::Origin {
                    test_file: file!(),
                    package_dir: env!("CARGO_MANIFEST_DIR"),
                },
                move || $body,
            );
        }
        $crate::tests! { @loom $loom; $($rest)* }
    };
    (
        @loom $loom:literal;
        $(#[$meta:meta])*
        async fn $name:ident() $body:block
        $($rest:tt)*
    ) => {
        $(#[$meta])*
        #[test]
        fn $name() {
            if $loom {
                $crate::note_loom_models_at_exit(env!("CARGO_PKG_NAME"));
            }
            $crate::run_async_test(
                stringify!($name),
                $crate::Origin {
                    test_file: file!(),
                    package_dir: env!("CARGO_MANIFEST_DIR"),
                },
                async move $body,
            );
        }
        $crate::tests! { @loom $loom; $($rest)* }
    };
    // A block of a loom exercise's normal tests: the binary ends with a note
    // on how to run the loom models.
    (loom_models; $($rest:tt)*) => {
        $crate::tests! { @loom true; $($rest)* }
    };
    ($($rest:tt)*) => {
        $crate::tests! { @loom false; $($rest)* }
    };
}

#[cfg(test)]
mod unit {
    use super::*;
    use std::panic::catch_unwind;

    #[test]
    fn the_loom_note_names_the_exercise_and_both_commands() {
        let note = loom_note("cond-1-solution");
        assert!(note.contains("cargo course check cond-1"), "{note}");
        assert!(
            note.contains("cargo test -p cond-1-solution --profile loom"),
            "{note}"
        );
    }

    /// The child half of the test below: registers the note, then lets the
    /// harness finish.
    #[test]
    fn child_registers_the_loom_note() {
        if std::env::var_os("GRADED_NOTE_CHILD").is_some() {
            note_loom_models_at_exit("demo-1");
        }
    }

    #[test]
    fn the_loom_note_comes_after_the_harness_summary() {
        let me = std::env::current_exe().expect("the test binary's path");
        let output = std::process::Command::new(me)
            .args(["--exact", "unit::child_registers_the_loom_note"])
            .args(["--test-threads", "1"])
            .env("GRADED_NOTE_CHILD", "1")
            .output()
            .expect("the test binary runs again");
        let stdout = String::from_utf8_lossy(&output.stdout);
        let summary = stdout.find("test result: ok").expect("the harness summary");
        let note = stdout
            .find("note: demo-1 is graded by its loom models too")
            .unwrap_or_else(|| panic!("no loom note in:\n{stdout}"));
        assert!(note > summary, "the note must come last:\n{stdout}");
        assert!(output.status.success(), "{stdout}");
    }

    /// The child half of the test below: a body that tries to read the
    /// secret from standard input, then passes.
    #[test]
    fn child_reads_stdin_then_passes() {
        if std::env::var_os("GRADED_CHANNEL_CHILD").is_some() {
            run_within("reads_stdin", Duration::from_secs(5), || {
                use std::io::Read;
                let mut seen = String::new();
                let _ = std::io::stdin().read_to_string(&mut seen);
                println!("the body saw {seen:?}");
                #[cfg(target_os = "linux")]
                {
                    // SAFETY: PR_GET_DUMPABLE takes no pointer and only reads a flag.
                    let dumpable = unsafe { libc::prctl(libc::PR_GET_DUMPABLE, 0, 0, 0, 0) };
                    println!("dumpable: {dumpable}");
                }
            });
        }
    }

    #[test]
    fn a_pass_is_written_with_the_secret_and_the_body_never_sees_it() {
        use std::io::Write;
        let dir = std::env::temp_dir().join(format!("graded-channel-{}", std::process::id()));
        std::fs::create_dir_all(&dir).expect("a temporary directory");
        let file = dir.join("result");
        std::fs::write(&file, "").expect("an empty result file");
        let me = std::env::current_exe().expect("the test binary's path");
        let mut child = std::process::Command::new(me)
            .args([
                "--exact",
                "unit::child_reads_stdin_then_passes",
                "--nocapture",
            ])
            .env("GRADED_CHANNEL_CHILD", "1")
            .env(RESULT_ENV, &file)
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::piped())
            .spawn()
            .expect("the test binary runs again");
        let mut stdin = child.stdin.take().expect("piped stdin");
        stdin.write_all(b"s3cr3t\n").expect("the secret is written");
        drop(stdin);
        let output = child.wait_with_output().expect("the child ends");
        let stdout = String::from_utf8_lossy(&output.stdout);
        let written = std::fs::read_to_string(&file).expect("the result file");
        let _ = std::fs::remove_dir_all(&dir);
        assert!(output.status.success(), "the child failed:\n{stdout}");
        assert_eq!(
            written, "s3cr3t passed reads_stdin\n",
            "the pass must be written with the secret"
        );
        assert!(
            stdout.contains("the body saw \"\""),
            "the body must find standard input at its end:\n{stdout}"
        );
        assert!(
            cfg!(not(target_os = "linux")) || stdout.contains("dumpable: 0"),
            "no other process may read the secret from this one's memory:\n{stdout}"
        );
    }

    #[test]
    fn a_body_that_returns_passes() {
        run_within("returns", Duration::from_secs(5), || {});
    }

    #[test]
    fn a_panic_in_the_body_fails_with_its_own_message() {
        let payload = catch_unwind(|| {
            run_within("panics", Duration::from_secs(5), || panic!("wrong answer"));
        })
        .expect_err("the panic must reach the caller");
        assert_eq!(panic_message(&*payload), "wrong answer");
    }

    /// Waits for a value that nobody sends: what the report must point at.
    fn waits_for_nobody(rx: &mpsc::Receiver<()>) {
        let _ = rx.recv();
    }

    #[test]
    #[cfg(target_os = "linux")]
    fn a_time_out_names_each_blocked_thread_and_its_line() {
        let origin = Origin {
            test_file: file!(),
            package_dir: env!("CARGO_MANIFEST_DIR"),
        };
        let payload = catch_unwind(|| {
            run_from(
                "blocks_on_a_helper",
                Duration::from_millis(200),
                Some(origin),
                || {
                    let (_tx, rx) = mpsc::channel::<()>();
                    let helper = thread::Builder::new()
                        .name("helper".to_owned())
                        .spawn(|| {
                            let (_tx, rx) = mpsc::channel::<()>();
                            waits_for_nobody(&rx);
                        })
                        .expect("a helper thread");
                    waits_for_nobody(&rx);
                    let _ = helper.join();
                },
            );
        })
        .expect_err("the watchdog must fail the test");
        let message = panic_message(&*payload);
        assert!(message.starts_with(TIMEOUT_MARKER), "{message}");
        assert!(
            message.contains("the test's thread `blocks_on_a_helper`, blocked in"),
            "{message}"
        );
        assert!(message.contains("thread `helper`, blocked in"), "{message}");
        assert!(
            message.contains("std::sync::mpsc::Receiver<T>::recv"),
            "{message}"
        );
        assert!(
            message.contains("at crates/graded/src/lib.rs:")
                && message.contains("graded::unit::waits_for_nobody"),
            "{message}"
        );
        assert!(message.contains("Look for a wait"), "{message}");
    }

    #[test]
    fn a_body_that_never_ends_fails_with_the_deadlock_message() {
        let payload = catch_unwind(|| {
            run_within("waits_forever", Duration::from_millis(50), || {
                let (_tx, rx) = mpsc::channel::<()>();
                let _ = rx.recv();
            });
        })
        .expect_err("the watchdog must fail the test");
        let message = panic_message(&*payload);
        assert!(message.starts_with(TIMEOUT_MARKER), "{message}");
        assert!(message.contains("`waits_forever`"), "{message}");
        assert!(message.contains("may have deadlocked"), "{message}");
    }
}
