//! A `String` is Go's `strings.Builder`: it appends in place. And the
//! everyday functions of Go's `strings` package, as `str` methods. The port
//! of `go/strings_builder/main.go`.

fn main() {
    // ANCHOR: builder
    let words = ["Go", "语言", "字符串"];
    let out = strings::build::numbered(&words);
    let runes = out.chars().count();
    println!("{out} bytes: {} runes: {runes}", out.len());
    // ANCHOR_END: builder

    // ANCHOR: funcs
    let line = "  Go语言 字符串  遍历 ";
    let fields: Vec<&str> = line.split_whitespace().collect();
    println!("Fields: {} {}", fields.len(), fields.join("|"));
    let parts: Vec<&str> = "a,b,,c".split(',').collect();
    println!("Split: {} {}", parts.len(), parts.join("|"));
    println!(
        "Contains: {} HasPrefix: {}",
        line.contains("语言"),
        line.trim().starts_with("Go")
    );
    // find is a byte offset, as Go's Index; None where Go returns -1
    let index = line.find("语言").map_or(-1, |i| i as isize);
    println!("Index: {index} of {}", line.len());
    println!("ToUpper: {}", "go语言".to_uppercase());
    println!("Repeat: {}", "=".repeat(5));
    // Go's found bool is the Option
    if let Some((before, after)) = "key=value".split_once('=') {
        println!("Cut: {before} {after} true");
    }
    // ANCHOR_END: funcs
}
