//! A newtype has none of the wrapped type's methods; an alias is the same
//! type. The port of `go/types_methods/main.go`.

use std::any::TypeId;
use std::time::Duration;

use types::deadline::{Deadline, Timeout};

// ANCHOR: alias
/// `Duration` itself: Go's `type Wait = time.Duration`.
type Wait = Duration;
// ANCHOR_END: alias

fn main() {
    // ANCHOR: main
    let d = Duration::from_millis(1500);
    println!("time.Duration: {d:?}");
    // Timeout derives nothing: no Debug, no Display.
    // What is left is the number inside.
    let timeout = Timeout(d);
    println!("Timeout: {}", timeout.0.as_nanos());
    let wait: Wait = d;
    println!("Wait: {wait:?}");
    println!("Deadline: {}", Deadline(d));
    // ANCHOR_END: main

    // ANCHOR: same_type
    let duration = TypeId::of::<Duration>();
    println!(
        "Wait is time.Duration: {}",
        TypeId::of::<Wait>() == duration
    );
    println!(
        "Timeout is time.Duration: {}",
        TypeId::of::<Timeout>() == duration
    );
    // ANCHOR_END: same_type
}
