//! Walking a string by bytes, by chars (Go's runes) with their byte
//! offsets, and as a `Vec<char>` (Go's `[]rune`). The port of
//! `go/strings_range/main.go`.

fn main() {
    // ANCHOR: bytes
    let s = "Go语言";
    let bytes: Vec<String> = s
        .bytes()
        .enumerate()
        .map(|(i, b)| format!("{i}:{b:x}"))
        .collect();
    println!("bytes: {}", bytes.join(" "));
    // ANCHOR_END: bytes

    // ANCHOR: runes
    let runes: Vec<String> = s.char_indices().map(|(i, c)| format!("{i}:{c}")).collect();
    println!("runes: {}", runes.join(" "));
    // ANCHOR_END: runes

    // ANCHOR: lengths
    let title = "Go语言字符串遍历";
    println!("len: {} runes: {}", title.len(), title.chars().count());
    println!("len(\"中文\"): {}", "中文".len());
    // ANCHOR_END: lengths

    // ANCHOR: rune_slice
    let mut rs: Vec<char> = title.chars().collect(); // 4 bytes per char
    println!("rs[2]: {} of {}", rs[2], rs.len());
    rs[0] = 'g';
    let changed: String = rs.iter().collect();
    println!("{changed} and still {title}");
    // ANCHOR_END: rune_slice
}
