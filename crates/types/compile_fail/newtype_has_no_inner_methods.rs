// compile_fail: E0599
// A newtype has none of the methods of the type it wraps.
//
//   error[E0599]: no method named `abs` found for struct `Celsius` in the current scope

struct Celsius(f64);

// ANCHOR: no_methods
fn main() {
    let frost = Celsius(-4.0);
    println!("{}", frost.abs());
}
// ANCHOR_END: no_methods
