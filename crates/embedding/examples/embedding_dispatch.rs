//! Go's embedding pitfall, and what a trait's default method does instead.
//! The port of `go/embedding_dispatch/main.go`: the first half writes Go's
//! embedding out (a field and a forwarding method) and prints Go's
//! surprising line; the second half is the Rust way, a trait whose default
//! `describe` calls the implementor's `sound`.

// ANCHOR: types
// Go's shape, written out: Dog forwards
// describe to its Animal.
struct Animal {
    name: String,
}

impl Animal {
    fn sound(&self) -> &'static str {
        "..."
    }

    fn describe(&self) -> String {
        // self is an Animal: Animal::sound
        format!("{} says {}", self.name, self.sound())
    }
}

struct Dog {
    animal: Animal,
}

impl Dog {
    fn sound(&self) -> &'static str {
        "woof"
    }

    fn describe(&self) -> String {
        self.animal.describe()
    }
}
// ANCHOR_END: types

// ANCHOR: fix
trait Speaker {
    fn name(&self) -> &str;

    // A default method: a type may keep
    // it or write its own.
    fn sound(&self) -> &'static str {
        "..."
    }

    // self is whatever type implements
    // Speaker: its own sound is called.
    fn describe(&self) -> String {
        format!("{} says {}", self.name(), self.sound())
    }
}

struct Puppy {
    name: String,
}

impl Speaker for Puppy {
    fn name(&self) -> &str {
        &self.name
    }

    fn sound(&self) -> &'static str {
        "woof"
    }
}
// ANCHOR_END: fix

fn main() {
    // ANCHOR: main
    let d = Dog {
        animal: Animal {
            name: "Rex".to_owned(),
        },
    };
    println!("{}", d.sound());
    // Go's surprise, spelled out: the
    // Animal describes itself.
    println!("{}", d.describe());
    let p = Puppy {
        name: "Rex".to_owned(),
    };
    // The default method calls Puppy's sound.
    println!("{}", p.describe());
    // ANCHOR_END: main
}
