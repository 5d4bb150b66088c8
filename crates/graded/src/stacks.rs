//! What a test that overran its limit was doing: which of its threads were
//! still running, and where in the learner's code each was blocked.
//!
//! On Linux the watchdog lists the process's threads (`/proc/self/task`),
//! sends each a real-time signal whose handler captures the thread's own
//! backtrace, and keeps the frames that are in the exercise's sources or
//! in its graded tests file. Elsewhere, or when a stack cannot be read, the
//! report names the test's thread and says no more.

use std::fmt::Write as _;

/// Where a graded test's code lives: its tests file (as `file!()` names it)
/// and its package's directory (`CARGO_MANIFEST_DIR`), whose `src/` is the
/// code under test.
#[derive(Debug, Clone, Copy)]
pub struct Origin {
    pub test_file: &'static str,
    pub package_dir: &'static str,
}

/// One thread of the process, as seen when the time was up.
#[derive(Debug, Clone)]
pub(crate) struct Thread {
    /// Its name for Rust (`thread::Builder::name`), when it has one.
    pub name: Option<String>,
    /// The kernel's state letter: `R` running, `S` sleeping, …
    pub state: char,
    /// Its backtrace as std prints one, when it could be captured.
    pub trace: Option<String>,
}

/// The lines that say, for the report of `name`'s time-out, which threads
/// were still running and where; `others` are the names of the other graded
/// tests running in this process, whose threads are theirs.
pub(crate) fn report(name: &str, origin: Option<&Origin>, others: &[&str]) -> String {
    describe(name, origin, others, &threads(others))
}

#[cfg(target_os = "linux")]
fn threads(others: &[&str]) -> Vec<Thread> {
    linux::threads(others)
}

#[cfg(not(target_os = "linux"))]
fn threads(_others: &[&str]) -> Vec<Thread> {
    Vec::new()
}

/// How many frames of one thread are shown, and how many threads.
const FRAMES: usize = 4;
const THREADS: usize = 6;

/// The report, from the threads seen (testable without a process to look at).
pub(crate) fn describe(
    name: &str,
    origin: Option<&Origin>,
    others: &[&str],
    threads: &[Thread],
) -> String {
    let matcher = Matcher::new(origin);
    let mut shown: Vec<(bool, String)> = Vec::new();
    for thread in threads {
        let own = thread.name.as_deref() == Some(name);
        if thread
            .name
            .as_deref()
            .is_some_and(|n| !own && others.contains(&n))
        {
            continue;
        }
        let frames = thread.trace.as_deref().map(parse).unwrap_or_default();
        let frames = after_the_handler(&frames);
        let first = frames.iter().position(|f| matcher.ours(f));
        if first.is_none() && !own {
            // Not the learner's: a runtime's worker, the harness.
            continue;
        }
        let who = match &thread.name {
            _ if own => format!("the test's thread `{name}`"),
            Some(other) => format!("thread `{other}`"),
            None => "an unnamed thread".to_owned(),
        };
        let mut text = String::new();
        let doing = if thread.state == 'R' {
            "still running (a loop that never ends?)".to_owned()
        } else {
            match first.and_then(|i| i.checked_sub(1)).map(|i| &frames[i]) {
                Some(callee) => format!("blocked in {}", short(&callee.symbol)),
                None => "blocked".to_owned(),
            }
        };
        let _ = writeln!(text, "  - {who}, {doing}");
        match first {
            Some(first) => {
                for frame in frames[first..]
                    .iter()
                    .filter(|f| matcher.ours(f))
                    .take(FRAMES)
                {
                    let at = matcher.shown(frame.location.as_deref().unwrap_or("?"));
                    let _ = writeln!(text, "      at {at}  ({})", short(&frame.symbol));
                }
            }
            None if thread.trace.is_some() => {
                let _ = writeln!(
                    text,
                    "      no frame of {} is on its stack: it waits inside a library or runtime \
                     (an `.await` that never completes?)",
                    matcher.sources_shown()
                );
            }
            None => {
                let _ = writeln!(text, "      (its stack could not be read)");
            }
        }
        shown.push((own, text));
    }
    // The test's own thread first.
    shown.sort_by_key(|(own, _)| !own);
    let mut out = String::new();
    if shown.is_empty() {
        let _ = writeln!(
            out,
            "The test's thread `{name}` was still running; where it waited could not be read."
        );
        return out;
    }
    out.push_str("Still running when the time was up:\n");
    let more = shown.len().saturating_sub(THREADS);
    for (_, text) in shown.into_iter().take(THREADS) {
        out.push_str(&text);
    }
    if more > 0 {
        let _ = writeln!(out, "  … and {more} more threads");
    }
    out
}

/// One frame of a backtrace.
#[derive(Debug, Clone, PartialEq, Eq)]
struct Frame {
    symbol: String,
    /// `path:line:column`, normalised (no `./`, no `..`).
    location: Option<String>,
}

/// The frames of a backtrace as std's `Display` prints it:
/// `  3: crate::function` lines, each followed by its `at path:line:col`.
fn parse(trace: &str) -> Vec<Frame> {
    let mut frames: Vec<Frame> = Vec::new();
    for line in trace.lines() {
        let line = line.trim();
        if let Some(at) = line.strip_prefix("at ") {
            if let Some(frame) = frames.last_mut()
                && frame.location.is_none()
            {
                frame.location = Some(normalise(at));
            }
        } else if let Some((number, symbol)) = line.split_once(": ")
            && !number.is_empty()
            && number.chars().all(|c| c.is_ascii_digit())
        {
            frames.push(Frame {
                symbol: symbol_name(symbol),
                location: None,
            });
        }
    }
    frames
}

/// A symbol as the full format prints it (`0x55d0 - a::b::h0123…`) without
/// its address and its hash.
fn symbol_name(printed: &str) -> String {
    let printed = printed.trim();
    let name = match printed.split_once(" - ") {
        Some((address, name)) if address.starts_with("0x") => name,
        _ => printed,
    };
    let name = match name.rsplit_once("::h") {
        Some((path, hash)) if hash.len() == 16 && hash.chars().all(|c| c.is_ascii_hexdigit()) => {
            path
        }
        _ => name,
    };
    name.trim().to_owned()
}

/// The frames below the signal handler that captured them.
fn after_the_handler(frames: &[Frame]) -> &[Frame] {
    match frames
        .iter()
        .rposition(|f| f.symbol.contains("stacks::linux::on_signal"))
    {
        Some(handler) => &frames[handler + 1..],
        None => frames,
    }
}

/// `./a/b/../../tests/x.rs:3:4` as `tests/x.rs:3:4`.
fn normalise(path: &str) -> String {
    let absolute = path.starts_with('/');
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." if parts.last().is_some_and(|p| *p != "..") => {
                parts.pop();
            }
            other => parts.push(other),
        }
    }
    let joined = parts.join("/");
    if absolute {
        format!("/{joined}")
    } else {
        joined
    }
}

/// A symbol without its crate-internal noise, at most one line's worth.
fn short(symbol: &str) -> String {
    let symbol = symbol.trim();
    if symbol.chars().count() > 90 {
        let cut: String = symbol.chars().take(87).collect();
        format!("{cut}…")
    } else {
        symbol.to_owned()
    }
}

/// Tells the learner's frames (the package's `src/` and the tests file) from
/// the rest.
struct Matcher {
    /// `exercises/<name>/src/`.
    sources: Option<String>,
    /// `tests/<name>.rs:`.
    test_file: Option<String>,
    /// The course's root (two above the package), whose prefix is left out
    /// of the paths shown.
    root: Option<String>,
}

impl Matcher {
    fn new(origin: Option<&Origin>) -> Matcher {
        let Some(origin) = origin else {
            return Matcher {
                sources: None,
                test_file: None,
                root: None,
            };
        };
        let dir = normalise(origin.package_dir);
        let last_two: Vec<&str> = dir.rsplit('/').take(2).collect();
        let sources = match last_two.as_slice() {
            [package, group] => format!("{group}/{package}/src/"),
            [package] => format!("{package}/src/"),
            _ => "src/".to_owned(),
        };
        Matcher {
            sources: Some(sources),
            test_file: Some(format!("{}:", normalise(origin.test_file))),
            root: Some(normalise(&format!("{}/../..", origin.package_dir))),
        }
    }

    /// A location as shown: relative to the course's root.
    fn shown(&self, at: &str) -> String {
        match &self.root {
            Some(root) => at
                .strip_prefix(root.as_str())
                .and_then(|rest| rest.strip_prefix('/'))
                .unwrap_or(at)
                .to_owned(),
            None => at.to_owned(),
        }
    }

    fn ours(&self, frame: &Frame) -> bool {
        let Some(at) = &frame.location else {
            return false;
        };
        match (&self.sources, &self.test_file) {
            (Some(sources), Some(test_file)) => at.contains(sources) || at.contains(test_file),
            // No origin: code of this workspace (relative paths), but not
            // the harness's.
            _ => !at.starts_with('/') && !at.contains("crates/graded/"),
        }
    }

    fn sources_shown(&self) -> String {
        self.sources
            .clone()
            .unwrap_or_else(|| "the code under test".to_owned())
    }
}

#[cfg(target_os = "linux")]
mod linux {
    //! Reading each thread's stack: a real-time signal, a handler that
    //! captures a backtrace on the thread it interrupts.

    use std::backtrace::Backtrace;
    use std::sync::atomic::{AtomicUsize, Ordering};
    use std::sync::{Mutex, OnceLock, PoisonError};
    use std::time::{Duration, Instant};

    use super::Thread;

    /// A backtrace taken by the handler, with the thread it was taken on.
    struct Captured {
        tid: i64,
        name: Option<String>,
        trace: Backtrace,
    }

    static CAPTURED: Mutex<Vec<Captured>> = Mutex::new(Vec::new());
    static ANSWERED: AtomicUsize = AtomicUsize::new(0);
    /// One report at a time (two tests of one process may time out at once).
    static REPORTING: Mutex<()> = Mutex::new(());
    static INSTALLED: OnceLock<bool> = OnceLock::new();

    /// How long the watchdog waits for every thread's handler to answer.
    const PATIENCE: Duration = Duration::from_secs(2);

    /// The signal: a real-time one, which neither std nor tokio nor
    /// signal-hook's usual users take.
    fn signal() -> libc::c_int {
        libc::SIGRTMIN() + 7
    }

    fn gettid() -> i64 {
        // SAFETY: gettid takes no argument and cannot fail.
        unsafe { libc::syscall(libc::SYS_gettid) }
    }

    extern "C" fn on_signal(_: libc::c_int) {
        // A thread that is panicking may be printing its own backtrace and
        // hold std's backtrace lock, which capturing takes: it is left alone
        // (it will be reported without its stack).
        if std::thread::panicking() {
            ANSWERED.fetch_add(1, Ordering::SeqCst);
            return;
        }
        // Nothing may unwind out of a signal handler.
        let _ = std::panic::catch_unwind(|| {
            let captured = Captured {
                tid: gettid(),
                name: std::thread::current().name().map(str::to_owned),
                trace: Backtrace::force_capture(),
            };
            CAPTURED
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .push(captured);
        });
        ANSWERED.fetch_add(1, Ordering::SeqCst);
    }

    fn install() -> bool {
        *INSTALLED.get_or_init(|| {
            // SAFETY: a zeroed `sigaction` is a valid empty one; the handler
            // is an `extern "C" fn(c_int)` that never unwinds, installed with
            // SA_RESTART so that the calls it interrupts go on as before.
            unsafe {
                let mut action: libc::sigaction = std::mem::zeroed();
                action.sa_sigaction = on_signal as extern "C" fn(libc::c_int) as usize;
                action.sa_flags = libc::SA_RESTART;
                libc::sigemptyset(&mut action.sa_mask);
                libc::sigaction(signal(), &action, std::ptr::null_mut()) == 0
            }
        })
    }

    /// The kernel's state letter of thread `tid`.
    fn state(tid: i64) -> char {
        std::fs::read_to_string(format!("/proc/self/task/{tid}/stat"))
            .ok()
            .and_then(|stat| {
                let after = &stat[stat.rfind(')')? + 1..];
                after.trim_start().chars().next()
            })
            .unwrap_or('?')
    }

    /// The kernel's name of thread `tid` (at most 15 bytes of its name).
    fn comm(tid: i64) -> Option<String> {
        std::fs::read_to_string(format!("/proc/self/task/{tid}/comm"))
            .ok()
            .map(|comm| comm.trim_end_matches('\n').to_owned())
    }

    /// `name` as the kernel keeps it: its first 15 bytes.
    fn truncated(name: &str) -> &str {
        let mut end = name.len().min(15);
        while !name.is_char_boundary(end) {
            end -= 1;
        }
        &name[..end]
    }

    /// Every thread of the process but this one, the main one and those of
    /// the `others` graded tests running beside it, with its backtrace where
    /// its handler answered in time.
    pub(super) fn threads(others: &[&str]) -> Vec<Thread> {
        let _one = REPORTING.lock().unwrap_or_else(PoisonError::into_inner);
        let me = gettid();
        let pid = i64::from(std::process::id());
        let Ok(entries) = std::fs::read_dir("/proc/self/task") else {
            return Vec::new();
        };
        let theirs: Vec<&str> = others.iter().map(|n| truncated(n)).collect();
        let tids: Vec<i64> = entries
            .filter_map(Result::ok)
            .filter_map(|e| e.file_name().to_str()?.parse().ok())
            .filter(|&tid| tid != me && tid != pid)
            .filter(|&tid| comm(tid).is_none_or(|c| !theirs.contains(&c.as_str())))
            .collect();
        let states: Vec<(i64, char)> = tids.iter().map(|&tid| (tid, state(tid))).collect();
        let mut captured = Vec::new();
        if install() {
            CAPTURED
                .lock()
                .unwrap_or_else(PoisonError::into_inner)
                .clear();
            ANSWERED.store(0, Ordering::SeqCst);
            let mut sent = 0;
            for &tid in &tids {
                // SAFETY: tgkill takes plain integers; a thread that ended
                // since it was listed makes it fail with ESRCH, nothing more.
                if unsafe { libc::syscall(libc::SYS_tgkill, pid, tid, signal()) } == 0 {
                    sent += 1;
                }
            }
            let started = Instant::now();
            while ANSWERED.load(Ordering::SeqCst) < sent && started.elapsed() < PATIENCE {
                std::thread::sleep(Duration::from_millis(5));
            }
            // A handler that never answered may be stuck on std's backtrace
            // lock, which printing a backtrace takes too: then no stack is
            // printed at all, rather than a report that never comes.
            if ANSWERED.load(Ordering::SeqCst) >= sent {
                captured =
                    std::mem::take(&mut *CAPTURED.lock().unwrap_or_else(PoisonError::into_inner));
            }
        }
        states
            .into_iter()
            .map(|(tid, state)| {
                let mine = captured.iter().position(|c| c.tid == tid);
                match mine.map(|i| captured.swap_remove(i)) {
                    Some(c) => Thread {
                        name: c.name,
                        state,
                        // `{:#}`: every path whole, never made relative to
                        // the current directory (which differs between
                        // `cargo test` and `cargo course check`).
                        trace: Some(format!("{:#}", c.trace)),
                    },
                    None => Thread {
                        name: comm(tid),
                        state,
                        trace: None,
                    },
                }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const TRACE: &str = "   0: graded::stacks::linux::on_signal
             at /course/crates/graded/src/stacks.rs:300:9
   1: <unknown>
   2: std::sys::pal::unix::futex::futex_wait
             at /rustc/abc/library/std/src/sys/pal/unix/futex.rs:72:21
   3: std::sync::mpsc::Receiver<T>::recv
             at /rustc/abc/library/std/src/sync/mpsc.rs:846:9
   4: e_2::answer
             at /course/exercises/e-2/src/lib.rs:3:8
   5: e_2::answer_is_42::{{closure}}
             at /course/exercises/e-2/../../tests/e-2.rs:5:20
   6: graded::run_from::{{closure}}
             at /course/crates/graded/src/lib.rs:170:13
";

    const ORIGIN: Origin = Origin {
        test_file: "exercises/e-2/../../tests/e-2.rs",
        package_dir: "/course/exercises/e-2",
    };

    #[test]
    fn the_learners_frames_and_the_blocking_call_are_named() {
        let threads = [Thread {
            name: Some("answer_is_42".to_owned()),
            state: 'S',
            trace: Some(TRACE.to_owned()),
        }];
        let report = describe("answer_is_42", Some(&ORIGIN), &[], &threads);
        assert!(
            report.contains(
                "the test's thread `answer_is_42`, blocked in std::sync::mpsc::Receiver<T>::recv"
            ),
            "{report}"
        );
        assert!(
            report.contains("at exercises/e-2/src/lib.rs:3:8  (e_2::answer)"),
            "{report}"
        );
        assert!(report.contains("at tests/e-2.rs:5:20"), "{report}");
        assert!(!report.contains("crates/graded"), "{report}");
    }

    #[test]
    fn other_tests_threads_and_runtime_threads_are_left_out() {
        let threads = [
            Thread {
                name: Some("other_test".to_owned()),
                state: 'S',
                trace: Some(TRACE.to_owned()),
            },
            Thread {
                name: Some("tokio-runtime-worker".to_owned()),
                state: 'S',
                trace: Some("   0: tokio::park\n             at /r/tokio.rs:1:1\n".to_owned()),
            },
            Thread {
                name: None,
                state: 'R',
                trace: Some(TRACE.to_owned()),
            },
        ];
        let report = describe("mine", Some(&ORIGIN), &["other_test"], &threads);
        assert!(!report.contains("other_test"), "{report}");
        assert!(!report.contains("tokio"), "{report}");
        assert!(
            report.contains("an unnamed thread, still running"),
            "{report}"
        );
    }

    #[test]
    fn a_stack_that_cannot_be_read_still_names_the_thread() {
        let report = describe("t", Some(&ORIGIN), &[], &[]);
        assert!(report.contains("`t` was still running"), "{report}");
        let threads = [Thread {
            name: Some("t".to_owned()),
            state: 'S',
            trace: Some("   0: tokio::runtime::park\n             at /r/park.rs:1:1\n".to_owned()),
        }];
        let report = describe("t", Some(&ORIGIN), &[], &threads);
        assert!(
            report.contains("no frame of exercises/e-2/src/"),
            "{report}"
        );
    }

    #[test]
    fn symbols_lose_their_address_and_hash() {
        assert_eq!(
            symbol_name(
                "    0x56495bc52366 - std::sync::mpsc::Receiver<T>::recv::h3ece29be62b285c7"
            ),
            "std::sync::mpsc::Receiver<T>::recv"
        );
        assert_eq!(symbol_name("e_2::answer"), "e_2::answer");
        assert_eq!(symbol_name("a::hello"), "a::hello");
    }

    #[test]
    fn paths_are_normalised() {
        assert_eq!(normalise("./a/b/../../tests/x.rs:3:4"), "tests/x.rs:3:4");
        assert_eq!(normalise("/r/./lib/../std.rs"), "/r/std.rs");
        assert_eq!(normalise("../x.rs"), "../x.rs");
    }
}
