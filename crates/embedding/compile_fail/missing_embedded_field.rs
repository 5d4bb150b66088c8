// compile_fail: E0063
// This file must NOT compile: every field must be given. It is a
// `compile_fail` doc test of the `embedding` crate, shown in the book.
//
//   error[E0063]: missing field `logger` in initializer of `Service`

trait Logger {
    fn log(&self, msg: &str);
}

// ANCHOR: missing
struct Service {
    logger: Box<dyn Logger>,
    name: String,
}

fn main() {
    // Go's Service{name: "api"} leaves the
    // embedded Logger nil; Rust refuses it.
    let svc = Service {
        name: "api".to_owned(),
    };
    svc.logger.log(&svc.name);
}
// ANCHOR_END: missing
