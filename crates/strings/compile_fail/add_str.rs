// compile_fail: E0369
// Go's s + t for two string literals, in Rust: `+` needs an owned String on
// its left, which it appends to (and takes). Shown in the book;
// `format!("{a}{b}")`, `a.to_owned() + b` or `[a, b].concat()` compiles.
//
//   error[E0369]: cannot add `&str` to `&str`

fn main() {
    // ANCHOR: add
    let greeting = "你好, ";
    let name = "Go";
    let line = greeting + name;
    // ANCHOR_END: add
    println!("{line}");
}
