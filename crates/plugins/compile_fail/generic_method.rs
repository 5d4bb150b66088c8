// compile_fail: E0038
// A Go interface method can take `any`; a trait method that is generic
// cannot be called through `dyn Plugin`, because a vtable holds one
// function per method, not one per type it could be called with. So a
// trait with a generic method cannot be made a trait object: registry
// traits take concrete types (`&str`, `&[u8]`, `&dyn Display`).
use std::fmt::Display;

// ANCHOR: generic
trait Plugin {
    fn name(&self) -> &str;
    fn run<T: Display>(&self, input: T) -> String;
}

struct Upper;

impl Plugin for Upper {
    fn name(&self) -> &str {
        "upper"
    }
    fn run<T: Display>(&self, input: T) -> String {
        input.to_string().to_uppercase()
    }
}

fn main() {
    let plugins: Vec<Box<dyn Plugin>> = vec![Box::new(Upper)];
    // ANCHOR_END: generic
    println!("{}", plugins.len());
}
