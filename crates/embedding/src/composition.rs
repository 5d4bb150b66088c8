//! Composition: the "embedded" value is a field, and the outer type forwards
//! to it the methods it wants to offer.
//!
//! Go's `type Dog struct { Animal; Breed string }` promotes every field and
//! method of `Animal`. Rust's [`Dog`] holds an [`Animal`] in a field named
//! `animal` and offers exactly the methods it writes: [`Dog::hello`]
//! forwards to the animal, [`Dog::sound`] is Dog's own, and the animal's
//! `sound` is still there as `dog.animal().sound()`, Go's
//! `d.Animal.Sound()`.
//!
//! ```
//! use embedding::composition::{Animal, Dog};
//!
//! let rex = Dog::new(Animal::new("Rex"), "collie");
//! assert_eq!(rex.hello(), "I am Rex"); // forwarded
//! assert_eq!(rex.sound(), "woof"); // Dog's own
//! assert_eq!(rex.animal().sound(), "..."); // the Animal's, by its path
//! ```
//!
//! Forwarding by hand is more to write than Go's promotion, and that is the
//! point: the outer type's interface is what it says, and a method added to
//! `Animal` later does not appear on `Dog` unless `Dog` asks for it.

// ANCHOR: animal
/// An animal with a name: the type Go would embed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Animal {
    name: String,
}

impl Animal {
    /// An animal called `name`.
    pub fn new(name: &str) -> Animal {
        Animal {
            name: name.to_owned(),
        }
    }

    /// The animal's name.
    pub fn name(&self) -> &str {
        &self.name
    }

    /// `"I am <name>"`.
    pub fn hello(&self) -> String {
        format!("I am {}", self.name)
    }

    /// What an animal says when nobody knows better: `"..."`.
    pub fn sound(&self) -> &'static str {
        "..."
    }
}
// ANCHOR_END: animal

// ANCHOR: dog
/// A dog: an [`Animal`] in a field, and a breed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Dog {
    animal: Animal,
    breed: String,
}

impl Dog {
    /// A dog that is `animal`, of `breed`.
    pub fn new(animal: Animal, breed: &str) -> Dog {
        Dog {
            animal,
            breed: breed.to_owned(),
        }
    }

    /// The animal inside: Go's `d.Animal`.
    pub fn animal(&self) -> &Animal {
        &self.animal
    }

    /// The dog's breed.
    pub fn breed(&self) -> &str {
        &self.breed
    }

    /// Forwarded to the animal: Go would promote it.
    pub fn hello(&self) -> String {
        self.animal.hello()
    }

    /// Dog's own: in Go this would shadow the promoted `Animal.Sound`.
    pub fn sound(&self) -> &'static str {
        "woof"
    }
}
// ANCHOR_END: dog
