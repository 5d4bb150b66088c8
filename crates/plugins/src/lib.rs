//! Go's `plugin` package in Rust, two ways.
//!
//! - [`registry`]: plugins compiled into the program, each a type that
//!   implements the [`registry::Plugin`] trait, listed by hand in one
//!   static slice. This is what most Go programs mean by plugins too: a
//!   package whose `init` calls `Register` (`database/sql` drivers,
//!   `image` formats), with no `-buildmode=plugin` at all.
//! - [`loaded`]: a shared library opened at run time with `libloading`,
//!   Go's `plugin.Open` and `Lookup`. The library (`crates/plugins-hello`)
//!   exports `extern "C"` functions; every call into it is `unsafe`, with
//!   the reason it is sound written beside it.
//!
//! | Go | Rust |
//! |---|---|
//! | `type Plugin interface { Name() string; Run(string) string }` | `trait Plugin: Sync { fn name(&self) -> &str; fn run(&self, input: &str) -> String; }` |
//! | `func init() { Register(upper{}) }` | an entry in a `static PLUGINS: &[&dyn Plugin]` |
//! | `go build -buildmode=plugin` | `crate-type = ["cdylib"]` and `extern "C"` exports |
//! | `plugin.Open(path)` | `unsafe { libloading::Library::new(path) }` |
//! | `p.Lookup("Greet")` then `sym.(func(string) string)` | `unsafe { library.get::<unsafe extern "C" fn(..) -> ..>(c"plugin_greet") }` |
//! | (no unloading) | dropping the `Library` unloads it |
//!
//! The chapter is `book/src/plugins.md`; the Go originals are in `go/`.

pub mod loaded;
pub mod registry;
