// compile_fail: #[derive(Stringer)] works only on an enum
// Go's stringer, given a type that is not a set of constants, stops with
// an error; the derive macro reports its error where rustc compiles the
// struct, pointing at its name.
use codegen::Stringer;

// ANCHOR: struct
#[derive(Stringer)]
struct Pill {
    name: String,
}
// ANCHOR_END: struct

fn main() {}
