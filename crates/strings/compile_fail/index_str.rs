// compile_fail: E0277
// Go's s[i], in Rust: a str cannot be indexed by a number, because a
// number is a byte offset and a byte is not a character. Shown in the book;
// `s.as_bytes()[i]` (a u8) or `s.chars().nth(i)` (a char) is what compiles.
//
//   error[E0277]: the type `str` cannot be indexed by `{integer}`

fn main() {
    // ANCHOR: index
    let s = "Go语言";
    let third = s[2];
    // ANCHOR_END: index
    println!("{third}");
}
