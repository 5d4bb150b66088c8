// compile_fail: E0599
// This file must NOT compile: Go's nil map is, in Rust, a map that may not
// be there, `Option<HashMap>`, and an `Option` has no map methods.

use std::collections::HashMap;

// ANCHOR: nil_map_write
fn main() {
    let mut counts: Option<HashMap<&str, u32>> = None;
    // Go: counts["go"]++ on a nil map panics at run time
    *counts.entry("go").or_insert(0) += 1;
}
// ANCHOR_END: nil_map_write
