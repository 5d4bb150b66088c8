// compile_fail: E0382
// This file must NOT compile: it is a `compile_fail` doc test of the `values`
// crate (see src/lib.rs), shown in the book.
//
//   error[E0382]: borrow of moved value: `alice`

struct Person {
    name: String,
    age: u32,
}

// ANCHOR: moved
fn birthday_by_value(mut p: Person) {
    p.age += 1;
}

fn main() {
    let alice = Person {
        name: "Alice".to_owned(),
        age: 30,
    };
    birthday_by_value(alice); // alice is moved into the function...
    println!("{} is {}", alice.name, alice.age); // ...so it cannot be used here
}
// ANCHOR_END: moved
