//! crossbeam's `WaitGroup`: the closest thing to Go's.

use crossbeam_utils::sync::WaitGroup;
use std::sync::Mutex;
use std::thread;

// ANCHOR: latch
/// Runs one thread per word, each pushing the word's length, and waits for
/// them all with a crossbeam `WaitGroup`; returns the lengths, sorted.
///
/// There is no `Add` and no `Done`: each thread owns a clone of the group,
/// and dropping the clone is `Done`. `wait` consumes the caller's own clone,
/// so it cannot be called twice or forgotten in a `defer`.
pub fn word_lengths(words: &[&'static str]) -> Vec<usize> {
    static LENGTHS: Mutex<Vec<usize>> = Mutex::new(Vec::new());
    LENGTHS.lock().unwrap().clear();
    let wg = WaitGroup::new();
    for &word in words {
        let wg = wg.clone(); // wg.Add(1)
        thread::spawn(move || {
            LENGTHS.lock().unwrap().push(word.len());
            drop(wg); // wg.Done()
        });
    }
    wg.wait(); // wg.Wait()
    let mut lengths = LENGTHS.lock().unwrap().clone();
    lengths.sort_unstable();
    lengths
}
// ANCHOR_END: latch
