// compile_fail: unused `Result` that must be used
// errcheck (in golangci-lint) reports a Go error that is dropped. rustc's
// `unused_must_use` lint is a warning by default; this crate raises it to
// `deny`, and the dropped `Result` stops the build.

// ANCHOR: deny
#![deny(unused_must_use)]

fn save(text: &str) -> Result<(), String> {
    if text.is_empty() {
        return Err("nothing to save".to_owned());
    }
    Ok(())
}

fn main() {
    save("");
}
// ANCHOR_END: deny
