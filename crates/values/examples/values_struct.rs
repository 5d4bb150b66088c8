//! A struct passed by value is moved, not copied; a `&mut` borrow lends it to
//! a function for a change the caller sees. The port of
//! `go/values_struct/main.go`.

// ANCHOR: person
#[derive(Clone)]
struct Person {
    name: String,
    age: u32,
}
// ANCHOR_END: person

// ANCHOR: by_value
fn birthday_by_value(mut p: Person) {
    p.age += 1; // changes this function's own Person, dropped when it returns
}

fn birthday(p: &mut Person) {
    p.age += 1; // changes the caller's Person, through the borrow
}
// ANCHOR_END: by_value

// ANCHOR: receivers
impl Person {
    /// Borrows the Person it is called on (`&self`), to read it, and returns
    /// a new one: the copy Go's value receiver makes, written out.
    fn older(&self) -> Person {
        let mut older = self.clone();
        older.age += 1;
        older
    }

    /// Borrows the Person it is called on mutably (`&mut self`): Go's
    /// pointer receiver.
    fn have_birthday(&mut self) {
        self.age += 1;
    }
}
// ANCHOR_END: receivers

// ANCHOR: constructor
impl Person {
    fn new(name: &str) -> Person {
        Person {
            name: name.to_owned(),
            age: 0,
        } // moved out to the caller: no pointer needed
    }
}
// ANCHOR_END: constructor

fn main() {
    // ANCHOR: main
    let mut alice = Person {
        name: "Alice".to_owned(),
        age: 30,
    };
    birthday_by_value(alice.clone()); // Go copies silently; Rust copies when told to
    println!("after a birthday on a copy: {}", alice.age);
    birthday(&mut alice);
    println!("after a birthday on alice: {}", alice.age);
    // ANCHOR_END: main

    // ANCHOR: main_receivers
    let older = alice.older();
    println!("older: {} alice: {}", older.age, alice.age);
    alice.have_birthday(); // Rust borrows &mut alice for the &mut self method
    println!("after the birthday method: {}", alice.age);
    // ANCHOR_END: main_receivers

    // ANCHOR: main_copy
    let mut bob = alice.clone(); // a copy of every field, the name's bytes included
    bob.name = "Bob".to_owned();
    println!("alice: {} bob: {}", alice.name, bob.name);
    // ANCHOR_END: main_copy

    // ANCHOR: main_constructor
    let mut carol = Person::new("Carol");
    carol.have_birthday();
    println!("new person: {} {}", carol.name, carol.age);
    // ANCHOR_END: main_constructor
}
