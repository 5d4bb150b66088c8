//! A reusable barrier from a `Mutex` and a `Condvar`: `n` threads wait until
//! all `n` have arrived, then all go on.
//!
//! std has one ([`std::sync::Barrier`]); this one shows how the generation
//! counter makes it reusable and immune to spurious wake-ups.
//!
//! ```
//! use cond::barrier::Barrier;
//! use std::thread;
//! let barrier = Barrier::new(3);
//! let leaders = thread::scope(|s| {
//!     let hs: Vec<_> = (0..3).map(|_| s.spawn(|| barrier.wait())).collect();
//!     hs.into_iter().map(|h| h.join().unwrap())
//!         .filter(|&leader| leader).count()
//! });
//! assert_eq!(leaders, 1); // exactly one thread is told it arrived last
//! ```

use crate::sync::{Condvar, Mutex};

/// `n` threads meet here, as many times as they like.
#[derive(Debug)]
pub struct Barrier {
    parties: usize,
    state: Mutex<Round>,
    all_here: Condvar,
}

#[derive(Debug)]
struct Round {
    arrived: usize,
    /// Bumped each time the last party arrives: a waiter waits for *its*
    /// round to end, so a wake-up from a later round cannot confuse it.
    generation: u64,
}

// ANCHOR: barrier
impl Barrier {
    /// A barrier for `parties` threads.
    ///
    /// # Panics
    ///
    /// If `parties` is 0.
    pub fn new(parties: usize) -> Self {
        assert!(parties > 0, "a Barrier needs at least one party");
        Self {
            parties,
            state: Mutex::new(Round {
                arrived: 0,
                generation: 0,
            }),
            all_here: Condvar::new(),
        }
    }

    /// Waits until `parties` threads have called `wait` in this round.
    /// Returns `true` on exactly one of them (the last to arrive).
    pub fn wait(&self) -> bool {
        let mut state = self.state.lock().unwrap();
        let round = state.generation;
        state.arrived += 1;
        if state.arrived == self.parties {
            state.arrived = 0;
            state.generation += 1;
            drop(state);
            self.all_here.notify_all(); // everyone in this round goes on
            return true;
        }
        while state.generation == round {
            state = self.all_here.wait(state).unwrap();
        }
        false
    }
}
// ANCHOR_END: barrier
