//! Closures made in a loop: the port of `go/variables_loop/main.go`. To
//! print what Go 1.19 prints, the port has to ask for one shared variable by
//! name; written the plain way, each closure keeps its own iteration's value.

use std::cell::RefCell;
use std::rc::Rc;

use variables::loops::{call_all, callbacks, callbacks_sharing_one_variable};

/// Go 1.19's `&name` in a `range` loop, written out: one `name` for the
/// whole loop, which every "pointer" shares and the loop overwrites.
fn pointers_to_one_variable(names: &[&str]) -> Vec<Rc<RefCell<String>>> {
    let name = Rc::new(RefCell::new(String::new()));
    let mut ptrs = Vec::new();
    for next in names {
        *name.borrow_mut() = (*next).to_owned();
        ptrs.push(Rc::clone(&name));
    }
    ptrs
}

/// Print a row of values the way the Go program does: each followed by a
/// space, then the label.
fn print_row(values: &[String], label: &str) {
    for value in values {
        print!("{value} ");
    }
    println!("<- {label}");
}

fn main() {
    // ANCHOR: main
    let shared = call_all(&callbacks_sharing_one_variable());
    let shared: Vec<String> = shared.iter().map(i32::to_string).collect();
    print_row(&shared, "callbacks");

    let ptrs = pointers_to_one_variable(&["ann", "bo", "cy"]);
    let names: Vec<String> = ptrs.iter().map(|p| p.borrow().clone()).collect();
    print_row(&names, "pointers");

    let own = call_all(&callbacks());
    let own: Vec<String> = own.iter().map(i32::to_string).collect();
    print_row(&own, "with i := i");
    // ANCHOR_END: main
}
