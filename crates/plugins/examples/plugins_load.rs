//! A plugin loaded at run time (the port of `go/plugins_load`): the build
//! script compiled `crates/plugins-hello` into a shared library; this opens
//! it with `libloading`, checks its interface and calls it.

use plugins::loaded::{ABI_VERSION, HELLO_PLUGIN, LoadedPlugin};
use plugins::registry::Plugin;

fn main() -> Result<(), plugins::loaded::LoadError> {
    // ANCHOR: open
    let plugin = LoadedPlugin::open(HELLO_PLUGIN)?;
    println!(
        "loaded plugin: {} (interface version {ABI_VERSION})",
        plugin.name()
    );
    for who in ["gopher", "世界"] {
        let greeting = plugin.greet(who).unwrap_or_default();
        println!("greet({who:?}): {greeting}");
    }
    println!("exports {:?}: {}", "Missing", plugin.exports("Missing"));
    // ANCHOR_END: open
    Ok(())
}
