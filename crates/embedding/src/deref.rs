//! `Deref` to a "parent" type: why it is not inheritance.
//!
//! [`Deref`] is how a smart pointer (`Box`, `Rc`, `String`, `MutexGuard`)
//! lends out what it points to: `*b`, and a `&Box<T>` accepted where a `&T`
//! is wanted (*deref coercion*). It is tempting to use it for Go's
//! embedding: [`Manager`] derefs to [`Employee`], and then
//! `manager.badge()` finds `Employee::badge`, because a method call derefs
//! its receiver until it finds the method. But that is all it does:
//!
//! - a `Manager` does not implement the traits `Employee` implements: a
//!   function `fn f<T: Greet>(t: &T)` refuses a `&Manager` (E0277, see
//!   `compile_fail/deref_is_not_inheritance.rs`), and so does a
//!   `&dyn Greet`;
//! - `Employee`'s methods run on the `Employee`, never on the `Manager`, so
//!   there is no overriding: Go's pitfall, kept;
//! - derives are not passed on: `Manager` is `Clone` or `Debug` only if it
//!   says so.
//!
//! The standard library's documentation of `Deref` warns that the compiler
//! inserts the calls silently, and to implement it only where deref
//! coercion is what you want. Use a field and forwarding methods
//! ([`composition`](crate::composition)), or a trait with default methods
//! ([`defaults`](crate::defaults)).
//!
//! ```
//! use embedding::deref::{Employee, Greet, Manager};
//!
//! let boss = Manager::new(Employee::new("Ann", 7), &["Bo"]);
//! assert_eq!(boss.badge(), "#7 Ann"); // Employee::badge, through Deref
//! assert_eq!(boss.greet(), "hello from Ann"); // found on the Employee
//! fn welcome<T: Greet>(t: &T) -> String {
//!     t.greet()
//! }
//! // welcome(&boss) is E0277; the Employee inside has to be named:
//! assert_eq!(welcome(&*boss), "hello from Ann");
//! ```

use std::ops::Deref;

// ANCHOR: employee
/// Something that greets.
pub trait Greet {
    /// A greeting.
    fn greet(&self) -> String;
}

/// An employee: a name and a badge number.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Employee {
    name: String,
    number: u32,
}

impl Employee {
    /// An employee called `name`, with badge `number`.
    pub fn new(name: &str, number: u32) -> Employee {
        Employee {
            name: name.to_owned(),
            number,
        }
    }

    /// `"#<number> <name>"`.
    pub fn badge(&self) -> String {
        format!("#{} {}", self.number, self.name)
    }
}

impl Greet for Employee {
    fn greet(&self) -> String {
        format!("hello from {}", self.name)
    }
}
// ANCHOR_END: employee

// ANCHOR: manager
/// A manager: an employee with reports. It derefs to its [`Employee`],
/// which is the pattern this module warns against.
pub struct Manager {
    employee: Employee,
    reports: Vec<String>,
}

impl Deref for Manager {
    type Target = Employee;

    fn deref(&self) -> &Employee {
        &self.employee
    }
}
// ANCHOR_END: manager

impl Manager {
    /// A manager who is `employee`, with these reports.
    pub fn new(employee: Employee, reports: &[&str]) -> Manager {
        Manager {
            employee,
            reports: reports.iter().map(|&r| r.to_owned()).collect(),
        }
    }

    /// The names of the manager's reports.
    pub fn reports(&self) -> &[String] {
        &self.reports
    }
}
