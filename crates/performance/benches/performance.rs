//! `cargo bench -p performance`: every benchmark of `suite`, timed in full.

mod suite;

// ANCHOR: main
fn main() {
    // Runs every `#[divan::bench]` of this binary; the command line can
    // filter them, as `go test -bench REGEXP` does.
    divan::main();
}
// ANCHOR_END: main
