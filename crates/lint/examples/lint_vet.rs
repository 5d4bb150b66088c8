//! The port of go/lint_vet: runs the checker on a file with bugs that
//! compile, then runs the code. Go's twin runs `go vet` on a Go file; this
//! runs clippy (its default groups and levels, as `cargo clippy` does) on
//! clippybugs/bugs.rs and prints each finding as `file:line: level: message
//! [lint]`.

// The buggy file, compiled into this example so that it can run: clippy's
// findings in it are what the example shows, not what the crate allows.
#[allow(
    clippy::almost_swapped,
    clippy::needless_range_loop,
    clippy::needless_return
)]
#[path = "../clippybugs/bugs.rs"]
mod bugs;

// ANCHOR: main
fn main() {
    let dir = env!("CARGO_MANIFEST_DIR");
    match lint::clippy::check(dir.as_ref(), "clippybugs/bugs.rs", &[]) {
        Ok(findings) => findings.iter().for_each(|f| println!("{f}")),
        Err(err) => println!("clippy did not run: {err}"),
    }
    println!("sorted_pair(3, 1) = {:?}", bugs::sorted_pair(3, 1));
    println!("total(&[1, 2, 3]) = {}", bugs::total(&[1, 2, 3]));
}
// ANCHOR_END: main
