//! A bounded parallel pipeline. The port of `go/select_bounded/main.go`.

use select::concurrent::map_bounded;

fn main() {
    // ANCHOR: main
    let runtime = tokio::runtime::Builder::new_current_thread()
        .build()
        .unwrap();
    let squares = runtime.block_on(map_bounded(
        (1..=9).collect(),
        3,
        |v: u32| async move { v * v },
    ));
    let items: Vec<String> = squares.iter().map(u32::to_string).collect();
    println!("[{}]", items.join(" ")); // Go's fmt.Println of a slice
    // ANCHOR_END: main
}
