// compile_fail: E0116
// Methods go only on the crate's own types, as in Go.
//
//   error[E0116]: cannot define inherent `impl` for a type outside of the crate where the type is defined

use std::time::Duration;

// ANCHOR: inherent
impl Duration {
    fn half(self) -> Duration {
        self / 2
    }
}
// ANCHOR_END: inherent

fn main() {
    println!("{:?}", Duration::from_secs(3));
}
