//! The port of go/escape_gcflags. Go's program asks the compiler where each
//! function's values live; rustc has no such report, and needs none: the
//! types say it. This port runs each function under the counting allocator
//! and prints "heap" when the call allocated, "stack" when it did not.

use escape::shapes::{boxed_counter, new_point, new_point_boxed, sum_fixed, sum_sized};

#[global_allocator]
static ALLOC: allocount::Counting = allocount::Counting;

// ANCHOR: main
fn where_it_lives<R>(name: &str, f: impl FnOnce() -> R) {
    let (result, seen) = allocount::count(f);
    drop(result);
    let place = if seen.count == 0 { "stack" } else { "heap" };
    println!("{name}: {place}");
}

fn main() {
    where_it_lives("NewPoint", new_point);
    where_it_lives("NewPointPtr", new_point_boxed);
    where_it_lives("SumFixed", sum_fixed);
    where_it_lives("SumSized", || sum_sized(100));
    where_it_lives("Counter", boxed_counter);
}
// ANCHOR_END: main
