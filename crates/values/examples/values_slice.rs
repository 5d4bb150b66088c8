//! A `Vec` owns its elements; a function borrows them as a slice: `&[i32]` to
//! read, `&mut [i32]` to write them, `&mut Vec<i32>` to grow the Vec. The
//! port of `go/values_slice/main.go`.

use values::print;

// ANCHOR: functions
fn double(s: &mut [i32]) {
    for v in s.iter_mut() {
        *v *= 2; // writes the caller's elements, through the borrow
    }
}

fn append_four(s: &[i32]) {
    // A `&[i32]` cannot grow. To append, this function must copy it into a
    // Vec of its own, which is what Go's append did here (the array was full).
    let mut s = s.to_vec();
    s.push(4);
    println!("inside the append: {}", print::slice(&s));
}

fn push_four(s: &mut Vec<i32>) {
    s.push(4); // grows the caller's Vec
}
// ANCHOR_END: functions

// ANCHOR: range_copy
#[allow(unused)] // rustc warns that `v` is changed and never read
fn tenfold_copies(s: &[i32]) {
    for mut v in s.iter().copied() {
        v *= 10; // v is a copy of the element: the change is lost
    }
}

fn tenfold(s: &mut [i32]) {
    for v in s {
        *v *= 10;
    }
}
// ANCHOR_END: range_copy

fn main() {
    // ANCHOR: main
    let mut s = vec![1, 2, 3];
    double(&mut s); // a `&mut Vec<i32>` is taken as a `&mut [i32]`
    println!("after double: {}", print::slice(&s));
    append_four(&s);
    println!("after the append: {} len {}", print::slice(&s), s.len());
    push_four(&mut s);
    println!(
        "after an append the caller keeps: {} len {}",
        print::slice(&s),
        s.len()
    );
    // ANCHOR_END: main

    // ANCHOR: main_range
    tenfold_copies(&s);
    println!("after tenfold on copies: {}", print::slice(&s));
    tenfold(&mut s);
    println!("after tenfold: {}", print::slice(&s));
    // ANCHOR_END: main_range
}
