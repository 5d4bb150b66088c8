// compile_fail: E0308
// Two newtypes around one f64 do not mix: a Fahrenheit is not a Celsius.
//
//   error[E0308]: mismatched types

#[derive(Debug)]
struct Celsius(f64);
struct Fahrenheit(f64);

// ANCHOR: mix
fn report(c: Celsius) {
    println!("{c:?}");
}

fn main() {
    let fever = Fahrenheit(101.3);
    report(fever);
}
// ANCHOR_END: mix
