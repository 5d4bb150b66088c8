//! What the chapter says about shadowing and closures, each a test.

use std::thread;

use variables::counters::{call_times, farewell, new_counter};
use variables::loops::{call_all, callbacks, callbacks_sharing_one_variable};
use variables::shadowing::{parse_port, parse_port_shadowed, port_from_config};

/// The Go-shaped port loses the error: the `err` the `if` assigns is a
/// shadow, and the outer one is returned.
#[test]
fn the_shadowed_error_is_lost() {
    let (port, err) = parse_port_shadowed("eighty", true);
    assert_eq!(port, 80);
    assert!(err.is_none());
}

/// The `Result` shape returns the error: there is no variable to shadow.
#[test]
fn the_result_shape_returns_the_error() {
    assert!(parse_port("eighty", true).is_err());
    assert_eq!(parse_port("8080", true), Ok(8080));
    assert_eq!(parse_port("ignored", false), Ok(80));
}

// ANCHOR: rebinding
#[test]
fn shadowing_rebinds_a_name_to_a_new_type() {
    let port = "8080";
    assert_eq!(port.len(), 4);
    // A new binding: the &str is out of reach from here on.
    let port: u16 = port.parse().unwrap();
    assert_eq!(port + 1, 8081);
    assert_eq!(port_from_config("port= 9090"), Ok(9090));
}
// ANCHOR_END: rebinding

/// An inner block's shadow ends with the block; the outer binding is back.
#[test]
fn a_shadow_ends_with_its_block() {
    let level = 1;
    {
        let level = level + 10;
        assert_eq!(level, 11);
    }
    assert_eq!(level, 1);
}

// ANCHOR: loop_callbacks
#[test]
fn each_closure_keeps_its_own_iteration() {
    assert_eq!(call_all(&callbacks()), [0, 1, 2]);
    // Go 1.19's one shared variable has to be asked for.
    let shared = callbacks_sharing_one_variable();
    assert_eq!(call_all(&shared), [3, 3, 3]);
}
// ANCHOR_END: loop_callbacks

// ANCHOR: threads
#[test]
fn threads_spawned_in_a_loop_get_their_own_value() {
    let handles: Vec<_> = (0..3).map(|i| thread::spawn(move || i * 10)).collect();
    let got: Vec<i32> = handles.into_iter().map(|h| h.join().unwrap()).collect();
    assert_eq!(got, [0, 10, 20]);
}
// ANCHOR_END: threads

/// Scoped threads may borrow the loop's data: the scope ends before it.
#[test]
fn scoped_threads_may_borrow() {
    let names = ["ann", "bo", "cy"];
    let lengths: Vec<usize> = thread::scope(|s| {
        let handles: Vec<_> = names
            .iter()
            .map(|name| s.spawn(move || name.len()))
            .collect();
        handles.into_iter().map(|h| h.join().unwrap()).collect()
    });
    assert_eq!(lengths, [3, 2, 2]);
}

// ANCHOR: counters
#[test]
fn each_counter_has_its_own_state() {
    let mut a = new_counter();
    let b = new_counter();
    assert_eq!((a(), a(), a()), (1, 2, 3));
    assert_eq!(call_times(b, 2), [1, 2]);
}
// ANCHOR_END: counters

/// A `move` closure copies a `Copy` value: later changes of the original
/// do not reach it.
#[test]
fn a_move_closure_copies_a_copy_value() {
    let mut x = 1;
    let read = move || x;
    x = 2;
    assert_eq!((read(), x), (1, 2));
}

/// An `FnOnce` is used up by its call.
#[test]
fn an_fn_once_gives_its_capture_away() {
    let bye = farewell("ann");
    assert_eq!(bye(), "bye, ann");
    // A second `bye()` here is E0382: use of moved value.
}

/// A closure is a value holding what it captured: a counter is the size of
/// its `i32`, with nothing on the heap.
#[test]
fn a_closure_is_as_big_as_what_it_captured() {
    let counter = new_counter();
    assert_eq!(size_of_val(&counter), size_of::<i32>());
}
