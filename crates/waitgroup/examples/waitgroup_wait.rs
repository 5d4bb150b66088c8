//! sync.WaitGroup: start threads, wait for all of them. The port of
//! `go/waitgroup_wait/main.go`: `thread::scope` and crossbeam's `WaitGroup`.

use waitgroup::latch::word_lengths;
use waitgroup::scoped::squares;

fn main() {
    let sq = squares(&[1, 2, 3, 4, 5]);
    let parts: Vec<String> = sq.iter().map(u64::to_string).collect();
    println!("squares: {}", parts.join(" "));
    let lengths: Vec<String> = word_lengths(&["wait", "group", "go"])
        .iter()
        .map(usize::to_string)
        .collect();
    println!("lengths: [{}]", lengths.join(" "));
}
