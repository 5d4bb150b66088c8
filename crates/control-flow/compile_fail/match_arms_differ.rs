// compile_fail: E0308
// This file must NOT compile: it is a `compile_fail` doc test of the
// `control-flow` crate (see src/lib.rs), shown in the book.
//
//   error[E0308]: `match` arms have incompatible types

// ANCHOR: arms
fn main() {
    let code = 404;
    // A match is an expression: every arm gives a value of one type.
    let label = match code {
        200 => "ok",
        404 => 404,
        _ => "other",
    };
    println!("{label}");
}
// ANCHOR_END: arms
