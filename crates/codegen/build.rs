//! Runs before the crate is compiled: turns `status.txt` into Rust source
//! in `OUT_DIR`, which `src/status.rs` includes. Go's `go generate` runs
//! when a developer asks and its output is committed; a build script runs
//! on every build whose inputs changed, and its output is never committed.

#[allow(dead_code)] // the Go generator is the example's, not the build's
#[path = "src/generate.rs"]
mod generate;

use std::path::PathBuf;
use std::{env, fs};

// ANCHOR: main
fn main() {
    // rerun only when the table changes (a change to this script or to
    // the module it includes rebuilds and reruns it anyway)
    println!("cargo::rerun-if-changed=status.txt");
    let text = fs::read_to_string("status.txt").expect("status.txt is beside Cargo.toml");
    let table =
        generate::parse_status_table(&text).unwrap_or_else(|err| panic!("status.txt {err}"));
    let out = PathBuf::from(env::var_os("OUT_DIR").expect("cargo sets OUT_DIR"));
    fs::write(out.join("status.rs"), generate::status_table(&table)).expect("OUT_DIR is writable");
}
// ANCHOR_END: main
