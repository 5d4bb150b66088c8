// compile_fail: E0609
// This file must NOT compile: Rust promotes no fields. It is a
// `compile_fail` doc test of the `embedding` crate, shown in the book.
//
//   error[E0609]: no field `name` on type `Dog`

struct Animal {
    name: String,
}

// ANCHOR: field
struct Dog {
    animal: Animal,
}

fn main() {
    let d = Dog {
        animal: Animal {
            name: "Rex".to_owned(),
        },
    };
    // Go's d.Name; Rust wants d.animal.name
    println!("{}", d.name);
}
// ANCHOR_END: field
