//! Labels: `break` in a `match` leaves the loop (Go's `break` in a switch
//! does not), `break 'label` and `continue 'label` reach outer loops, and a
//! labelled block ends with a value. The port of
//! `go/control_flow_labels/main.go`.

use std::sync::mpsc;

use control_flow::labels::{adds_before_quit, find, rows_without_negatives};
use control_flow::print;

fn main() {
    let commands = ["add", "add", "quit", "add"];

    // ANCHOR: break_switch
    // Go's loop, as Go runs it: its `break` left only the switch, so the
    // "quit" case did nothing. A `break` here would leave the loop.
    let mut adds = 0;
    for c in commands {
        match c {
            "quit" => {} // Go: `break`, which leaves the switch only
            "add" => adds += 1,
            _ => {}
        }
    }
    println!("adds counted with break: {adds}");
    // ANCHOR_END: break_switch

    // ANCHOR: break_label
    println!(
        "adds counted with break Commands: {}",
        adds_before_quit(&commands) // its `break` is in a match arm: it leaves the loop
    );
    // ANCHOR_END: break_label

    // ANCHOR: break_select
    // Go's select on a closed channel, as Go runs it: `break` left the
    // select, and the loop went round until its guard stopped it.
    let (tx, rx) = mpsc::sync_channel(2);
    tx.send(1).unwrap();
    tx.send(2).unwrap();
    drop(tx); // Go's close(ch)
    let (mut sum, mut rounds) = (0, 0);
    while rounds < 5 {
        rounds += 1;
        // On a closed channel, Go's `break` left only the select: nothing.
        if let Ok(v) = rx.recv() {
            sum += v;
        }
    }
    println!("select with break: rounds {rounds} sum {sum}");
    // ANCHOR_END: break_select

    // ANCHOR: break_select_label
    let (tx, rx) = mpsc::sync_channel(2);
    tx.send(1).unwrap();
    tx.send(2).unwrap();
    drop(tx);
    let (mut sum, mut rounds) = (0, 0);
    while rounds < 5 {
        rounds += 1;
        match rx.recv() {
            Ok(v) => sum += v,
            Err(mpsc::RecvError) => break, // leaves the while loop
        }
    }
    println!("select with break Receive: rounds {rounds} sum {sum}");
    // ANCHOR_END: break_select_label

    // ANCHOR: continue_label
    let grid = [vec![1, 2, 3], vec![4, -5, 6], vec![7, 8, 9]];
    for r in rows_without_negatives(&grid) {
        println!("row {r} has no negative number: {}", print::slice(&grid[r]));
    }
    // ANCHOR_END: continue_label

    // ANCHOR: search
    match find(&grid, 8) {
        Some((r, c)) => println!("found 8: true at [{r} {c}]"),
        None => println!("found 8: false at [0 0]"),
    }
    // ANCHOR_END: search
}
