// compile_fail: E0599
// This file must NOT compile: Rust promotes no methods. It is a
// `compile_fail` doc test of the `embedding` crate, shown in the book.
//
//   error[E0599]: no method named `hello` found for struct `Dog` in the current scope

struct Animal {
    name: String,
}

impl Animal {
    fn hello(&self) -> String {
        format!("I am {}", self.name)
    }
}

// ANCHOR: method
struct Dog {
    animal: Animal,
}

fn main() {
    let d = Dog {
        animal: Animal {
            name: "Rex".to_owned(),
        },
    };
    // Go's d.Hello(); Rust wants a forwarding
    // method, or d.animal.hello()
    println!("{}", d.hello());
}
// ANCHOR_END: method
