//! The Go generator, ported: a program that writes the Go source of a
//! `String` method. A generator is a program that prints code; `build.rs`
//! is the same kind of program, run by cargo, writing Rust. The port of
//! `go/codegen_generate/main.go`.

use codegen::generate::go_string_method;

fn main() {
    // ANCHOR: run
    let names = ["Placebo", "Aspirin", "Ibuprofen", "Paracetamol"];
    print!("{}", go_string_method("Pill", &names));
    // ANCHOR_END: run
}
