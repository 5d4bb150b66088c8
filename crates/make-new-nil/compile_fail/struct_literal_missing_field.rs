// compile_fail: E0063
// This file must NOT compile: a Rust struct literal sets every field, where
// Go's `Options{Name: "api", Retries: 3}` sets the ones it leaves out to
// their zero values.

// ANCHOR: missing_field
struct Options {
    name: String,
    retries: u32,
    verbose: bool,
}

fn main() {
    // Go: Options{Name: "api", Retries: 3}
    let api = Options {
        name: "api".to_owned(),
        retries: 3,
    };
    println!("{} {} {}", api.name, api.retries, api.verbose);
}
// ANCHOR_END: missing_field
