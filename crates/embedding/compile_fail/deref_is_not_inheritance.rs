// compile_fail: E0277
// This file must NOT compile: `Deref` passes no trait implementations on.
// It is a `compile_fail` doc test of the `embedding` crate, shown in the
// book.
//
//   error[E0277]: the trait bound `Manager: Greet` is not satisfied

use std::ops::Deref;

trait Greet {
    fn greet(&self) -> String;
}

struct Employee {
    name: String,
}

impl Greet for Employee {
    fn greet(&self) -> String {
        format!("hello from {}", self.name)
    }
}

// ANCHOR: generic
struct Manager {
    employee: Employee,
}

impl Deref for Manager {
    type Target = Employee;

    fn deref(&self) -> &Employee {
        &self.employee
    }
}

fn welcome<T: Greet>(t: &T) -> String {
    t.greet()
}

fn main() {
    let boss = Manager {
        employee: Employee {
            name: "Ann".to_owned(),
        },
    };
    // A method call derefs: this compiles.
    println!("{}", boss.greet());
    // A trait bound does not: E0277.
    println!("{}", welcome(&boss));
}
// ANCHOR_END: generic
