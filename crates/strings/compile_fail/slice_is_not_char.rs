// compile_fail: E0308
// Cutting out the three bytes of 语 gives a str, not a char: a slice of a
// string is always a string. Shown in the book; `s[2..5].chars().next()` or
// `s.chars().nth(2)` is the char.
//
//   error[E0308]: mismatched types

fn main() {
    // ANCHOR: slice
    let s = "Go语言";
    let yu: char = s[2..5];
    // ANCHOR_END: slice
    println!("{yu}");
}
