//! Go's one `for`, in its four forms, as Rust's `loop`, `while` and `for`.
//!
//! | Go                          | Rust                          |
//! |-----------------------------|-------------------------------|
//! | `for { ... }`               | `loop { ... }`                |
//! | `for cond { ... }`          | `while cond { ... }`          |
//! | `for i := 0; i < n; i++`    | `for i in 0..n`               |
//! | `for i, v := range s`       | `for (i, v) in s.iter().enumerate()` |

/// How many steps the Collatz sequence from `n` takes to reach 1: Go's
/// `for n != 1 { ... }` is a `while`.
///
/// # Panics
///
/// When `n` is 0, which never reaches 1.
///
/// ```
/// assert_eq!(control_flow::loops::collatz_steps(6), 8);
/// ```
// ANCHOR: collatz
pub fn collatz_steps(mut n: u64) -> u32 {
    assert!(n != 0, "the Collatz sequence from 0 never reaches 1");
    let mut steps = 0;
    while n != 1 {
        n = if n.is_multiple_of(2) {
            n / 2
        } else {
            3 * n + 1
        };
        steps += 1;
    }
    steps
}
// ANCHOR_END: collatz

// ANCHOR: power
/// The smallest power of two that is at least `n`. A `loop` is an
/// expression: `break p` ends it with the value `p`.
///
/// ```
/// assert_eq!(control_flow::loops::power_of_two_at_least(5), 8);
/// assert_eq!(control_flow::loops::power_of_two_at_least(8), 8);
/// ```
pub fn power_of_two_at_least(n: u64) -> u64 {
    let mut p = 1;
    loop {
        if p >= n {
            break p;
        }
        p *= 2;
    }
}
// ANCHOR_END: power

/// `from`, `from - step`, ... down to 1: Go's
/// `for i := from; i > 0; i -= step` is a range, reversed and stepped.
///
/// # Panics
///
/// When `step` is 0 (`step_by` refuses it; Go's loop would never end).
///
/// ```
/// assert_eq!(control_flow::loops::countdown(10, 3), [10, 7, 4, 1]);
/// ```
// ANCHOR: countdown
pub fn countdown(from: u32, step: usize) -> Vec<u32> {
    (1..=from).rev().step_by(step).collect()
}
// ANCHOR_END: countdown

// ANCHOR: retry
/// Calls `attempt` until it succeeds or `max_attempts` calls have failed,
/// and returns the last result with the number of calls (it calls at least
/// once, even for a `max_attempts` of 0). Go would write a
/// `goto retry`, or a `for`; Rust has no `goto`, and a `loop` that breaks
/// with the result says the same.
pub fn retry<T, E>(
    max_attempts: u32,
    mut attempt: impl FnMut() -> Result<T, E>,
) -> (Result<T, E>, u32) {
    let mut calls = 0;
    loop {
        calls += 1;
        let result = attempt();
        if result.is_ok() || calls >= max_attempts {
            break (result, calls);
        }
    }
}
// ANCHOR_END: retry
