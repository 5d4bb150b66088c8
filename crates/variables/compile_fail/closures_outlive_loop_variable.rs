// compile_fail: E0597
// Closures that borrow the loop variable, kept after the loop: each `i`
// ends with its iteration, so the borrows would dangle.
//
//   error[E0597]: `i` does not live long enough

// ANCHOR: keep
fn main() {
    let mut funcs = Vec::new();
    for i in 0..3 {
        funcs.push(|| i * 10);
    }
    for f in &funcs {
        println!("{}", f());
    }
}
// ANCHOR_END: keep
