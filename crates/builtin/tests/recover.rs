//! What `catch_unwind` catches, and the payloads the standard library's
//! own panics carry.

use builtin::recover::{panic_message, safely};
use std::panic::{self, AssertUnwindSafe};

fn message_of<R>(f: impl FnOnce() -> R + panic::UnwindSafe) -> String {
    match panic::catch_unwind(f) {
        Ok(_) => "no panic".to_owned(),
        Err(payload) => panic_message(&*payload),
    }
}

// ANCHOR: runtime_panics
#[test]
fn runtime_errors_are_panics_with_a_message() {
    let v = std::hint::black_box(vec![1, 2, 3]);
    let i = std::hint::black_box(5);
    assert_eq!(
        message_of(|| v[i]),
        "index out of bounds: the len is 3 but the index is 5"
    );
    let zero = std::hint::black_box(0);
    assert_eq!(message_of(|| 1 / zero), "attempt to divide by zero");
    let none: Option<i32> = std::hint::black_box(None);
    assert_eq!(
        message_of(|| none.unwrap()),
        "called `Option::unwrap()` on a `None` value"
    );
}
// ANCHOR_END: runtime_panics

#[test]
fn formatted_and_non_string_payloads() {
    let n = 3;
    assert_eq!(message_of(|| panic!("bad {n}")), "bad 3");
    assert_eq!(
        message_of(|| panic::panic_any(42)),
        "a panic without a message"
    );
    // a literal message is a &'static str, a formatted one a String
    let literal = panic::catch_unwind(|| panic!("literal")).unwrap_err();
    assert!(literal.downcast_ref::<&str>().is_some());
    let formatted = panic::catch_unwind(|| panic!("bad {n}")).unwrap_err();
    assert!(formatted.downcast_ref::<String>().is_some());
}

// ANCHOR: assert_unwind_safe
#[test]
fn assert_unwind_safe_lets_a_closure_borrow_mutably() {
    let mut stack = vec![7];
    let result = safely(AssertUnwindSafe(|| {
        stack.pop();
        stack.pop().unwrap();
    }));
    assert!(result.is_err());
    // the first pop happened before the panic:
    // the caller sees the change half done
    assert!(stack.is_empty());
}
// ANCHOR_END: assert_unwind_safe

#[test]
fn safely_is_ok_without_a_panic() {
    assert_eq!(safely(|| {}), Ok(()));
}

// ANCHOR: thread_panic
#[test]
fn a_panic_in_a_thread_ends_only_that_thread() {
    // Go: a panic no goroutine recovers ends the
    // whole program. Rust: it ends the thread, and
    // join hands its payload to whoever joins
    let handle = std::thread::spawn(|| {
        let empty: Vec<i32> = Vec::new();
        empty[0]
    });
    let payload = handle.join().unwrap_err();
    assert_eq!(
        panic_message(&*payload),
        "index out of bounds: the len is 0 but the index is 0"
    );
}
// ANCHOR_END: thread_panic
