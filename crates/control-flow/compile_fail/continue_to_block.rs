// compile_fail: E0696
// This file must NOT compile: it is a `compile_fail` doc test of the
// `control-flow` crate (see src/lib.rs), shown in the book.
//
//   error[E0696]: `continue` pointing to a labeled block

// ANCHOR: continue_block
fn main() {
    let n = 7;
    let kind = 'check: {
        if n % 2 == 0 {
            continue 'check; // a block is not a loop: there is no next round
        }
        "odd"
    };
    println!("{kind}");
}
// ANCHOR_END: continue_block
