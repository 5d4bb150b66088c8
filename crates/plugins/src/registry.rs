//! Plugins compiled in: a trait, the types that implement it, and one
//! static list of them, written by hand.
//!
//! Go programs usually register plugins from `init` functions into a
//! package-level map (`sql.Register`, `image.RegisterFormat`): each
//! package registers itself when it is linked in, and duplicates panic at
//! start-up. Rust has no `init`: none of a program's code runs before
//! `main` unless a crate arranges it. So the list is written out where the
//! program is put together ([`PLUGINS`]); to collect entries from many
//! crates instead, `linkme` gathers them into one slice at link time and
//! `inventory` registers them from constructors that run before `main`. A name written twice is a bug that [`find`] would hide (the
//! first wins), so a test checks the names are unique with
//! [`first_duplicate`].

// ANCHOR: trait
/// What every plugin can do: Go's
/// `type Plugin interface { Name() string; Run(string) string }`.
///
/// `Sync` because the plugins live in a `static`, which every thread can
/// reach.
pub trait Plugin: Sync {
    /// The name the plugin is found by.
    fn name(&self) -> &str;
    /// Runs the plugin on `input`.
    fn run(&self, input: &str) -> String;
}
// ANCHOR_END: trait

// ANCHOR: plugins
/// Upper-cases its input.
pub struct Upper;

impl Plugin for Upper {
    fn name(&self) -> &str {
        "upper"
    }
    fn run(&self, input: &str) -> String {
        input.to_uppercase()
    }
}

/// Reverses its input, char by char.
pub struct Reverse;

impl Plugin for Reverse {
    fn name(&self) -> &str {
        "reverse"
    }
    fn run(&self, input: &str) -> String {
        input.chars().rev().collect()
    }
}
// ANCHOR_END: plugins

// ANCHOR: static_list
/// Every compiled-in plugin: the program's `init` registrations, in one
/// place. Adding a plugin is adding a line here.
pub static PLUGINS: &[&dyn Plugin] = &[&Upper, &Reverse];

/// The plugin called `name`, if there is one.
pub fn find(name: &str) -> Option<&'static dyn Plugin> {
    PLUGINS.iter().copied().find(|plugin| plugin.name() == name)
}
// ANCHOR_END: static_list

// ANCHOR: first_duplicate
/// The first name that two plugins of `plugins` share: what Go's `Register`
/// panics on at start-up. Rust has no start-up code to run the check in,
/// so a test runs it on [`PLUGINS`].
pub fn first_duplicate<'a>(plugins: &[&'a dyn Plugin]) -> Option<&'a str> {
    plugins.iter().enumerate().find_map(|(i, plugin)| {
        let name = plugin.name();
        plugins[..i]
            .iter()
            .any(|earlier| earlier.name() == name)
            .then_some(name)
    })
}
// ANCHOR_END: first_duplicate

/// The plugins' names, sorted (Go's example sorts its map's keys).
pub fn names() -> Vec<&'static str> {
    let mut names: Vec<&str> = PLUGINS.iter().map(|plugin| plugin.name()).collect();
    names.sort_unstable();
    names
}
