// compile_fail: #[derive(Stringer)] needs variants without fields
// A variant that carries data has no single name to print: the derive
// refuses it, at the variant.
use codegen::Stringer;

// ANCHOR: fields
#[derive(Stringer)]
enum Dose {
    Once,
    Every { hours: u32 },
}
// ANCHOR_END: fields

fn main() {}
