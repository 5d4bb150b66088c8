//! Go's promoted fields and methods, written out in Rust: a field holds the
//! "embedded" value, and each method the outer type offers is forwarded to
//! it by hand. The port of `go/embedding_promoted/main.go`.

// ANCHOR: types
struct Animal {
    name: String,
}

impl Animal {
    fn hello(&self) -> String {
        format!("I am {}", self.name)
    }

    fn sound(&self) -> String {
        "...".to_owned()
    }
}

// Dog has an Animal, in a field with a
// name: nothing is promoted.
struct Dog {
    animal: Animal,
    breed: String,
}

impl Dog {
    // Delegation, written out.
    fn hello(&self) -> String {
        self.animal.hello()
    }

    fn sound(&self) -> String {
        "woof".to_owned()
    }
}
// ANCHOR_END: types

// ANCHOR: logger
trait Logger {
    fn log(&self, msg: &str);
}

struct Prefixed {
    prefix: String,
}

impl Logger for Prefixed {
    fn log(&self, msg: &str) {
        println!("{}{msg}", self.prefix);
    }
}

// Any Logger, boxed: Go's embedded
// interface is a field like any other.
struct Service {
    logger: Box<dyn Logger>,
    name: String,
}

impl Service {
    fn start(&self) {
        self.logger.log(&format!("{} started", self.name));
    }
}

// A Service is a Logger only if it says
// so, and forwards the call itself.
impl Logger for Service {
    fn log(&self, msg: &str) {
        self.logger.log(msg);
    }
}

fn announce(l: &dyn Logger, msg: &str) {
    l.log(msg);
}
// ANCHOR_END: logger

// ANCHOR: nil_logger
// Go's nil interface value is an Option in
// Rust, and its None case is written out:
// where Go's call panics, this prints what
// Go's recover prints.
fn start_safely(logger: Option<&dyn Logger>, name: &str) {
    match logger {
        Some(logger) => logger.log(&format!("{name} started")),
        None => println!("panic: runtime error: invalid memory address or nil pointer dereference"),
    }
}
// ANCHOR_END: nil_logger

fn main() {
    // ANCHOR: main
    let d = Dog {
        animal: Animal {
            name: "Rex".to_owned(),
        },
        breed: "collie".to_owned(),
    };
    // the field by its full path
    println!("{} {}", d.animal.name, d.breed);
    // Dog's forwarding method
    println!("{}", d.hello());
    // Dog's own sound
    println!("{}", d.sound());
    // the Animal's, through the field
    println!("{}", d.animal.sound());
    // ANCHOR_END: main

    // ANCHOR: main_logger
    let svc = Service {
        logger: Box::new(Prefixed {
            prefix: "[svc] ".to_owned(),
        }),
        name: "api".to_owned(),
    };
    svc.start();
    announce(&svc, "a Service is a Logger");
    // ANCHOR_END: main_logger

    // ANCHOR: main_nil
    // Rust has no nil: `Service { name }` is
    // E0063. The Option says "maybe none".
    start_safely(None, "db");
    // ANCHOR_END: main_nil
}
