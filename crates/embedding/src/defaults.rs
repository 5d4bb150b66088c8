//! A trait with default methods: shared code that calls the implementor's
//! own methods.
//!
//! In Go, shared code lives in an embedded struct, and its methods run on
//! that struct: `Animal.Describe` calls `Animal.Sound` even when the
//! `Animal` is embedded in a `Dog` with a `Sound` of its own. A Rust trait's
//! default method is written once, in the trait, and runs on the type that
//! implements the trait: `self.sound()` in [`Speaker::describe`] is the
//! implementor's `sound`, whether it kept the default or wrote its own.
//!
//! ```
//! use embedding::defaults::{Fish, Puppy, Speaker};
//!
//! let rex = Puppy::new("Rex");
//! let nemo = Fish::new("Nemo");
//! assert_eq!(rex.describe(), "Rex says woof"); // Puppy's own sound
//! assert_eq!(nemo.describe(), "Nemo says ..."); // the default sound
//! ```
//!
//! The same holds through a trait object, `&dyn Speaker`: the call goes
//! through the vtable of the value's real type.

// ANCHOR: speaker
/// Something with a name that can describe itself.
pub trait Speaker {
    /// The speaker's name: required, every type writes it.
    fn name(&self) -> &str;

    /// What it says: `"..."` unless the type writes its own.
    fn sound(&self) -> &'static str {
        "..."
    }

    /// `"<name> says <sound>"`, with the implementor's `name` and `sound`.
    fn describe(&self) -> String {
        format!("{} says {}", self.name(), self.sound())
    }
}
// ANCHOR_END: speaker

// ANCHOR: impls
/// A speaker that overrides `sound`.
pub struct Puppy {
    name: String,
}

impl Puppy {
    /// A puppy called `name`.
    pub fn new(name: &str) -> Puppy {
        Puppy {
            name: name.to_owned(),
        }
    }
}

impl Speaker for Puppy {
    fn name(&self) -> &str {
        &self.name
    }

    fn sound(&self) -> &'static str {
        "woof"
    }
}

/// A speaker that keeps the default `sound`.
pub struct Fish {
    name: String,
}

impl Fish {
    /// A fish called `name`.
    pub fn new(name: &str) -> Fish {
        Fish {
            name: name.to_owned(),
        }
    }
}

impl Speaker for Fish {
    fn name(&self) -> &str {
        &self.name
    }
}
// ANCHOR_END: impls
