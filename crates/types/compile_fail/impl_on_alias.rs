// compile_fail: E0390
// An alias is the type it names: `impl Meters` is `impl f64`, an inherent
// impl on a primitive type.
//
//   error[E0390]: cannot define inherent `impl` for primitive types

// ANCHOR: alias_impl
type Meters = f64;

impl Meters {
    fn to_feet(self) -> f64 {
        self / 0.3048
    }
}
// ANCHOR_END: alias_impl

fn main() {
    let height: Meters = 2.0;
    println!("{height}");
}
