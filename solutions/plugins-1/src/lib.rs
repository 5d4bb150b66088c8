//! A registry of plugins: trait objects registered by name, looked up,
//! listed in the order they were registered, and called.
//!
//! Go's registries are a package-level `map[string]Plugin` filled by
//! `Register` from `init` functions, which panics on a duplicate name; a
//! map's order is random, so a listing sorts or is random. Here the
//! registry is a value you build, a duplicate is an error the caller can
//! handle, and the listing keeps the registration order.
//!
//! Run the tests with `cargo test -p plugins-1`; ask for a hint with
//! `cargo course hint plugins-1`.

use std::collections::HashMap;
use std::fmt;

/// What every plugin can do: Go's
/// `type Plugin interface { Name() string; Run(string) string }`.
pub trait Plugin {
    /// The name the plugin is registered and found by.
    fn name(&self) -> &str;
    /// Runs the plugin on `input`.
    fn run(&self, input: &str) -> String;
}

/// What [`Registry`] refused.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum RegistryError {
    /// A plugin of this name is registered already.
    Duplicate {
        /// The name.
        name: String,
    },
    /// No plugin of this name is registered.
    Unknown {
        /// The name.
        name: String,
    },
}

impl fmt::Display for RegistryError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            RegistryError::Duplicate { name } => {
                write!(f, "a plugin named {name:?} is registered already")
            }
            RegistryError::Unknown { name } => write!(f, "no plugin named {name:?}"),
        }
    }
}

impl std::error::Error for RegistryError {}

/// Plugins by name, in the order they were registered.
#[derive(Default)]
pub struct Registry {
    /// The plugins, in registration order.
    plugins: Vec<Box<dyn Plugin>>,
    /// Each name's position in `plugins`.
    by_name: HashMap<String, usize>,
}

impl Registry {
    /// An empty registry.
    pub fn new() -> Self {
        Self::default()
    }

    /// Registers `plugin` under its name. A name that is registered
    /// already is refused, and the plugin registered first stays.
    pub fn register(&mut self, plugin: Box<dyn Plugin>) -> Result<(), RegistryError> {
        let name = plugin.name().to_owned();
        if self.by_name.contains_key(&name) {
            return Err(RegistryError::Duplicate { name });
        }
        self.by_name.insert(name, self.plugins.len());
        self.plugins.push(plugin);
        Ok(())
    }

    /// The plugin registered as `name`, if any.
    pub fn get(&self, name: &str) -> Option<&dyn Plugin> {
        self.by_name
            .get(name)
            .map(|&index| self.plugins[index].as_ref())
    }

    /// Runs the plugin registered as `name` on `input`.
    pub fn call(&self, name: &str, input: &str) -> Result<String, RegistryError> {
        let plugin = self.get(name).ok_or_else(|| RegistryError::Unknown {
            name: name.to_owned(),
        })?;
        Ok(plugin.run(input))
    }

    /// The registered names, in the order they were registered.
    pub fn names(&self) -> Vec<&str> {
        self.plugins.iter().map(|plugin| plugin.name()).collect()
    }

    /// How many plugins are registered.
    pub fn len(&self) -> usize {
        self.plugins.len()
    }

    /// Whether no plugin is registered.
    pub fn is_empty(&self) -> bool {
        self.plugins.is_empty()
    }
}
