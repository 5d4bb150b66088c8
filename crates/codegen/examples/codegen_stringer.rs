//! An enum whose `Display` the compiler writes, with a derive macro
//! (`codegen::derived::Pill`) and with a `macro_rules!` macro (`Dose`
//! here): Go's stringer, run on every build. The port of
//! `go/codegen_stringer/main.go`.

use codegen::derived::Pill;

// ANCHOR: macro_rules
codegen::stringer! {
    /// How often a pill is taken.
    enum Dose { Once, Twice, Daily }
}
// ANCHOR_END: macro_rules

fn main() {
    // ANCHOR: use
    println!("{}", Pill::Aspirin);
    println!("{} is {}", Pill::Ibuprofen, Pill::Ibuprofen as i32);
    for p in Pill::VARIANTS {
        print!("{p} ");
    }
    println!();
    // ANCHOR_END: use
    assert_eq!(Dose::Twice.to_string(), "Twice");
    let _ = (Dose::Once, Dose::Daily);
}
