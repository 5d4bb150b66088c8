//! Loading the cdylib built from crates/plugins-hello, and refusing what is
//! not a plugin of this interface.

use plugins::loaded::{HELLO_PLUGIN, LoadError, LoadedPlugin};
use plugins::registry::Plugin;

#[test]
fn the_hello_plugin_loads_and_greets() {
    let plugin = LoadedPlugin::open(HELLO_PLUGIN).unwrap();
    assert_eq!(plugin.name(), "hello");
    assert_eq!(plugin.greet("gopher").as_deref(), Some("hello, gopher!"));
    assert_eq!(plugin.greet("世界").as_deref(), Some("hello, 世界!"));
    assert_eq!(plugin.greet("a\0b"), None, "a C string cannot hold a NUL");
    let as_dyn: &dyn Plugin = &plugin;
    assert_eq!(as_dyn.run("Rust"), "hello, Rust!");
}

#[test]
fn many_calls_free_what_they_allocate() {
    let plugin = LoadedPlugin::open(HELLO_PLUGIN).unwrap();
    for i in 0..10_000 {
        assert_eq!(plugin.greet(&i.to_string()), Some(format!("hello, {i}!")));
    }
}

#[test]
fn opening_it_twice_gives_two_handles_to_one_library() {
    let first = LoadedPlugin::open(HELLO_PLUGIN).unwrap();
    let second = LoadedPlugin::open(HELLO_PLUGIN).unwrap();
    drop(first);
    // dlopen counts references: the library stays while `second` holds it.
    assert_eq!(second.greet("again").as_deref(), Some("hello, again!"));
}

#[test]
fn a_missing_file_is_an_open_error() {
    let error = LoadedPlugin::open("/nonexistent/libnothing.so")
        .err()
        .unwrap();
    assert!(matches!(error, LoadError::Open(_)), "{error}");
}

#[test]
fn a_library_without_the_interface_is_refused() {
    // The C library is a shared library, but not a plugin.
    let error = LoadedPlugin::open("libc.so.6").err().unwrap();
    assert!(
        matches!(
            error,
            LoadError::Missing {
                symbol: "plugin_abi_version",
                ..
            }
        ),
        "{error}"
    );
    assert_eq!(error.to_string(), "the plugin has no `plugin_abi_version`");
}
