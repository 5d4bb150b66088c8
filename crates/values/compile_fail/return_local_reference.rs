// compile_fail: E0515
// This file must NOT compile: it is a `compile_fail` doc test of the `values`
// crate (see src/lib.rs), shown in the book.
//
//   error[E0515]: cannot return reference to local variable `p`

struct Person {
    name: String,
    age: u32,
}

// ANCHOR: dangling
fn new_person(name: &str) -> &Person {
    let p = Person {
        name: name.to_owned(),
        age: 0,
    };
    &p // p is dropped when the function returns: nothing may point to it then
}
// ANCHOR_END: dangling

fn main() {
    let carol = new_person("Carol");
    println!("{} {}", carol.name, carol.age);
}
