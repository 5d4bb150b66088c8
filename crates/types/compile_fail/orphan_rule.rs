// compile_fail: E0117
// A foreign trait for a foreign type: refused by the orphan rule.
//
//   error[E0117]: only traits defined in the current crate can be implemented for types defined outside of the crate

use std::fmt;
use std::time::Duration;

// ANCHOR: orphan
impl fmt::Display for Duration {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{} ms", self.as_millis())
    }
}
// ANCHOR_END: orphan

fn main() {
    println!("{}", Duration::from_millis(1500));
}
