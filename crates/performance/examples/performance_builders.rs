//! Counts what each way of building a string allocates. The port of
//! `go/performance_builders/main.go`.

use performance::builders::{format_each, joined, plus_assign, with_capacity, write_each};

/// A way of building the string.
type Build = fn(&[&str]) -> String;

#[global_allocator]
static ALLOC: allocount::Counting = allocount::Counting;

fn main() {
    let owned: Vec<String> = (0..100).map(|i| format!("part{i}")).collect();
    let parts: Vec<&str> = owned.iter().map(String::as_str).collect();
    // ANCHOR: count
    let ways: [(&str, Build); 4] = [
        ("s += p", plus_assign),
        ("format!", format_each),
        ("write!", write_each),
        ("with_capacity", with_capacity),
    ];
    for (name, build) in ways {
        let (built, seen) = allocount::count(|| build(&parts));
        println!(
            "{name:<18} {:>4} allocations for {} parts, {} bytes",
            seen.count,
            parts.len(),
            built.len()
        );
    }
    // ANCHOR_END: count
    let (_, seen) = allocount::count(|| joined(&parts));
    println!("{:<18} {:>4} allocation", "join", seen.count);
}
