//! What the chapter says about default methods, forwarding and `Deref`,
//! each a test.

use embedding::composition::{Animal, Dog};
use embedding::defaults::{Fish, Puppy, Speaker};
use embedding::deref::{Employee, Greet, Manager};

// ANCHOR: default_dispatch
/// A default method calls the implementor's version of the methods it
/// uses, directly and through a trait object: the opposite of Go's
/// promoted method, which calls the embedded type's own.
#[test]
fn a_default_method_calls_the_implementors_methods() {
    let rex = Puppy::new("Rex");
    let nemo = Fish::new("Nemo");
    assert_eq!(rex.describe(), "Rex says woof");
    assert_eq!(nemo.describe(), "Nemo says ...");

    let speakers: [&dyn Speaker; 2] = [&rex, &nemo];
    let lines: Vec<String> = speakers.iter().map(|s| s.describe()).collect();
    assert_eq!(lines, ["Rex says woof", "Nemo says ..."]);
}
// ANCHOR_END: default_dispatch

/// Forwarding is explicit: the outer method calls the field's, and the
/// inner value's own method is still there by its path.
#[test]
fn forwarding_reaches_the_field_and_shadowing_keeps_the_inner_method() {
    let rex = Dog::new(Animal::new("Rex"), "collie");
    assert_eq!(rex.hello(), "I am Rex");
    assert_eq!(rex.sound(), "woof");
    assert_eq!(rex.animal().sound(), "...");
    assert_eq!((rex.animal().name(), rex.breed()), ("Rex", "collie"));
}

// ANCHOR: deref
/// `Deref` gives the target's methods at a call site, trait methods
/// included, and a `&Manager` coerces to a `&Employee`; but the Manager
/// itself implements nothing: a generic function needs the Employee named.
#[test]
fn deref_lends_methods_but_not_trait_impls() {
    let boss = Manager::new(Employee::new("Ann", 7), &["Bo"]);
    assert_eq!(boss.badge(), "#7 Ann");
    assert_eq!(boss.greet(), "hello from Ann");

    fn badge_of(e: &Employee) -> String {
        e.badge()
    }
    // deref coercion: &Manager becomes &Employee
    assert_eq!(badge_of(&boss), "#7 Ann");

    fn welcome<T: Greet>(t: &T) -> String {
        t.greet()
    }
    // welcome(&boss) does not compile (E0277):
    // `Manager: Greet` is not satisfied.
    assert_eq!(welcome(&*boss), "hello from Ann");
    assert_eq!(boss.reports(), ["Bo"]);
}
// ANCHOR_END: deref

// ANCHOR: inherent_is_not_an_override
/// Go's shadowing, written in Rust: an inherent method with the trait
/// method's name wins at a direct call, but it is not an override, and the
/// trait's default `describe` still calls the trait's `sound`.
#[test]
fn an_inherent_method_of_the_same_name_is_not_an_override() {
    struct Cat;

    impl Cat {
        // not in the impl of Speaker
        fn sound(&self) -> &'static str {
            "meow"
        }
    }

    impl Speaker for Cat {
        fn name(&self) -> &str {
            "Tom"
        }
    }

    assert_eq!(Cat.sound(), "meow"); // the inherent method
    assert_eq!(Speaker::sound(&Cat), "..."); // the trait's
    assert_eq!(Cat.describe(), "Tom says ...");
}
// ANCHOR_END: inherent_is_not_an_override
