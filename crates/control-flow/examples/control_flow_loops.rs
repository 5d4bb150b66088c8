//! Go's four `for` forms and its `goto`, as `for`, `while`, `loop` and a
//! `loop` that breaks with a value. The port of
//! `go/control_flow_loops/main.go`.

use control_flow::loops::{collatz_steps, countdown, power_of_two_at_least, retry};
use control_flow::print;

fn main() {
    // ANCHOR: three_part
    for i in 0..3 {
        println!("i = {i}");
    }
    let down = countdown(10, 3); // (1..=10).rev().step_by(3)
    println!("down by 3: {}", print::slice(&down));
    // ANCHOR_END: three_part

    // ANCHOR: while
    println!("collatz steps from 6: {}", collatz_steps(6)); // a `while n != 1`
    // ANCHOR_END: while

    // ANCHOR: forever
    let mut p = 1;
    let p = loop {
        if p >= 100 {
            break p; // the loop's value
        }
        p *= 2;
    };
    println!("first power of two >= 100: {p}");
    assert_eq!(p, power_of_two_at_least(100));
    // ANCHOR_END: forever

    // ANCHOR: range
    for (i, v) in ["a", "b"].iter().enumerate() {
        println!("{i} {v}");
    }
    let runes: Vec<String> = "héllo"
        .char_indices() // Go's range over a string: byte offsets and chars
        .map(|(i, c)| format!("{i}:{c}"))
        .collect();
    println!("{}", print::slice(&runes));
    // ANCHOR_END: range

    // ANCHOR: continue
    let mut threes = Vec::new();
    for i in 1..=10 {
        if i % 3 != 0 {
            continue;
        }
        threes.push(i);
    }
    println!("multiples of 3: {}", print::slice(&threes));
    // ANCHOR_END: continue

    // ANCHOR: goto
    let mut calls = 0;
    let (result, attempts) = retry(3, || {
        calls += 1;
        if calls < 3 { Err("not yet") } else { Ok(calls) }
    });
    println!("attempts: {attempts}");
    assert_eq!(result, Ok(3));
    // ANCHOR_END: goto
}
