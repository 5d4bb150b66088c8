//! Builds the plugin in `crates/plugins-hello` as a shared library in
//! `OUT_DIR`, with the same `rustc` that builds this crate, and tells the
//! crate where it is (`env!("PLUGINS_HELLO_PATH")`). So `cargo test -p
//! plugins` and `cargo run -p plugins --example plugins_load` always load
//! the current plugin, with no second cargo run and no path guessed in
//! `target/`. The plugin has no dependencies, so `rustc` alone builds it.

use std::env;
use std::path::PathBuf;
use std::process::Command;

fn main() {
    let source =
        PathBuf::from(env::var("CARGO_MANIFEST_DIR").unwrap()).join("../plugins-hello/src/lib.rs");
    println!("cargo::rerun-if-changed={}", source.display());
    let out_dir = PathBuf::from(env::var("OUT_DIR").unwrap());
    let library = out_dir.join(format!(
        "{}plugins_hello{}",
        env::consts::DLL_PREFIX,
        env::consts::DLL_SUFFIX
    ));
    let rustc = env::var("RUSTC").unwrap_or_else(|_| "rustc".to_owned());
    let status = Command::new(rustc)
        .args(["--edition", "2024", "--crate-type", "cdylib"])
        .args(["--crate-name", "plugins_hello", "-C", "debuginfo=0"])
        .arg("-o")
        .arg(&library)
        .arg(&source)
        .status()
        .expect("build.rs: could not run rustc to build crates/plugins-hello");
    assert!(
        status.success(),
        "build.rs: rustc failed to build crates/plugins-hello"
    );
    println!("cargo::rustc-env=PLUGINS_HELLO_PATH={}", library.display());
}
