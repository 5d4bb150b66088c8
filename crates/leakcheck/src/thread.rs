//! Threads that say where they came from.
//!
//! A thread spawned with [`spawn`] is registered, with its name and the
//! place in the source that spawned it, for as long as its closure runs. A
//! leak report then reads "thread `worker-3` spawned at src/pool.rs:42 still
//! alive after 500ms" instead of only "thread `worker-3` (tid 4242)".

use std::panic::Location;
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use crate::os;
use crate::registry::{self, Kind, Registration};

/// Spawns a named OS thread, like `std::thread::Builder::new().name(name).spawn(f)`,
/// and tracks it until `f` returns or panics.
///
/// ```
/// let worker = leakcheck::thread::spawn("adder", || 2 + 2);
/// assert_eq!(worker.join().unwrap(), 4);
/// ```
///
/// # Panics
///
/// If the OS cannot create a thread, or `name` contains a NUL byte.
#[track_caller]
pub fn spawn<F, T>(name: impl Into<String>, f: F) -> JoinHandle<T>
where
    F: FnOnce() -> T + Send + 'static,
    T: Send + 'static,
{
    let name = name.into();
    let registration = Registration::new(Kind::Thread, name.clone(), Location::caller());
    std::thread::Builder::new()
        .name(name)
        .spawn(move || {
            registration.set_tid(os::current_tid());
            // Dropped when `f` returns or unwinds: the thread is done.
            let _running = registration;
            f()
        })
        .unwrap_or_else(|err| panic!("leakcheck: could not spawn a thread: {err}"))
}

/// How many threads spawned with [`spawn`] are still running their closure.
///
/// ```
/// let before = leakcheck::thread::running();
/// leakcheck::thread::spawn("quick", || ()).join().unwrap();
/// assert_eq!(leakcheck::thread::running(), before);
/// ```
pub fn running() -> usize {
    registry::count(Kind::Thread)
}

/// Waits up to `patience` for the number of [`running`] tracked threads to
/// fall to `target`, and returns how many run then. For programs that show a
/// leak: `settle(before, patience) - before` threads were left behind.
///
/// ```
/// use std::time::Duration;
///
/// let before = leakcheck::thread::running();
/// leakcheck::thread::spawn("short-lived", || ());
/// assert_eq!(leakcheck::thread::settle(before, Duration::from_secs(5)), before);
/// ```
pub fn settle(target: usize, patience: Duration) -> usize {
    let deadline = Instant::now() + patience;
    loop {
        let now = running();
        if now <= target || Instant::now() >= deadline {
            return now;
        }
        std::thread::sleep(Duration::from_millis(1));
    }
}
