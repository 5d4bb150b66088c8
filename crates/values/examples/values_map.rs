//! A `HashMap` has one owner; a function that should change it borrows it
//! mutably, and a copy is a `clone()`. The port of `go/values_map/main.go`.

use std::collections::HashMap;
use values::print;

// ANCHOR: functions
fn add_visit(visits: &mut HashMap<String, u32>, page: &str) {
    *visits.entry(page.to_owned()).or_insert(0) += 1; // the caller's map, through the borrow
}
// ANCHOR_END: functions

fn main() {
    // ANCHOR: main
    let mut visits = HashMap::new();
    add_visit(&mut visits, "/home");
    add_visit(&mut visits, "/home");
    add_visit(&mut visits, "/about");
    println!("after three visits: {}", print::map(&visits));

    let alias = &mut visits; // a borrow of the same map, not a copy
    alias.insert("/new".to_owned(), 1); // the borrow's last use: it ends here
    println!(
        "visits after a write through the alias: {}",
        print::map(&visits)
    );
    // ANCHOR_END: main

    // ANCHOR: copy
    let mut copied = visits.clone(); // a new map, with a copy of every key and value
    copied.insert("/home".to_owned(), 100);
    println!("visits: {} copied: {}", visits["/home"], copied["/home"]);
    // ANCHOR_END: copy
}
