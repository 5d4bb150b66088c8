// compile_fail: E0277
// A newtype gets none of the traits of the type it wraps: `Duration` is
// `Debug`, `Timeout` is not, until it derives it.
//
//   error[E0277]: `Timeout` doesn't implement `Debug`

use std::time::Duration;

// ANCHOR: no_debug
struct Timeout(Duration);

fn main() {
    let timeout = Timeout(Duration::from_millis(1500));
    println!("Timeout: {timeout:?}");
}
// ANCHOR_END: no_debug
