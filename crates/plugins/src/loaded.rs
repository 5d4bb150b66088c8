//! A plugin loaded at run time: Go's `plugin.Open` and `Lookup`, with
//! `libloading` on a `cdylib` (`crates/plugins-hello`) that exports
//! `extern "C"` functions.
//!
//! What Go checks for you and Rust does not: Go refuses to open a plugin
//! built with other versions of the packages the two share, and `Lookup`
//! returns a `Symbol` whose type assertion fails cleanly. `libloading`
//! finds a symbol by name only: nothing checks that the function has the
//! signature this side declares, which is why every `get` is `unsafe`. The
//! interface is kept small and C-shaped (integers, pointers, NUL-terminated
//! strings), it carries a version that is checked first, and memory is
//! freed by the side that allocated it.

use std::ffi::{CStr, CString, c_char};
use std::fmt;
use std::path::Path;

use libloading::Library;

use crate::registry::Plugin;

/// The version of the plugin interface this host speaks.
pub const ABI_VERSION: u32 = 1;

/// Where the build script put the plugin built from `crates/plugins-hello`.
pub const HELLO_PLUGIN: &str = env!("PLUGINS_HELLO_PATH");

/// Why a library could not be loaded as a plugin.
#[derive(Debug)]
pub enum LoadError {
    /// The library could not be opened (`dlopen` failed): Go's
    /// `plugin.Open` error.
    Open(libloading::Error),
    /// A symbol of the interface is missing: Go's `Lookup` error.
    Missing {
        /// The symbol looked for.
        symbol: &'static str,
        /// What `dlsym` said.
        error: libloading::Error,
    },
    /// The library speaks another version of the interface.
    Version {
        /// What it said.
        found: u32,
    },
    /// Its name is not UTF-8.
    BadName,
}

impl fmt::Display for LoadError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            LoadError::Open(e) => write!(f, "cannot open the plugin: {e}"),
            LoadError::Missing { symbol, .. } => write!(f, "the plugin has no `{symbol}`"),
            LoadError::Version { found } => {
                write!(
                    f,
                    "the plugin speaks version {found}, this host {ABI_VERSION}"
                )
            }
            LoadError::BadName => f.write_str("the plugin's name is not UTF-8"),
        }
    }
}

impl std::error::Error for LoadError {}

type GreetFn = unsafe extern "C" fn(*const c_char) -> *mut c_char;
type FreeFn = unsafe extern "C" fn(*mut c_char);

// ANCHOR: loaded
/// A plugin library that is loaded, its interface checked.
pub struct LoadedPlugin {
    name: String,
    greet: GreetFn,
    free_string: FreeFn,
    // The two function pointers above point into this library: it must
    // outlive them. It is private and dropped with them, never before.
    library: Library,
}
// ANCHOR_END: loaded

/// Looks `symbol` up in `library` as a value of type `T`.
///
/// # Safety
///
/// `T` must be the type the library gave `symbol` (a function pointer of
/// the right signature), and the result must not outlive `library`.
unsafe fn lookup<T: Copy>(library: &Library, symbol: &'static str) -> Result<T, LoadError> {
    // SAFETY: the caller promises `T` is the symbol's real type.
    let found = unsafe { library.get::<T>(symbol) };
    found
        .map(|found| *found)
        .map_err(|error| LoadError::Missing { symbol, error })
}

impl LoadedPlugin {
    // ANCHOR: open
    /// Opens the library at `path` and checks it is a plugin of interface
    /// version [`ABI_VERSION`]: Go's `plugin.Open` then `Lookup`.
    pub fn open(path: impl AsRef<Path>) -> Result<Self, LoadError> {
        // SAFETY: opening a library runs its initialisers. The plugins
        // this host loads are Rust cdylibs such as crates/plugins-hello,
        // whose only initialisers are the standard library's.
        let library = unsafe { Library::new(path.as_ref()) }.map_err(LoadError::Open)?;
        // SAFETY: every plugin of the interface exports these symbols with
        // these signatures (see crates/plugins-hello); the version is read
        // first, so a plugin of another version is refused before anything
        // else of it is used. The pointers are kept beside the library.
        let (version, name, greet, free_string) = unsafe {
            let version: extern "C" fn() -> u32 = lookup(&library, "plugin_abi_version")?;
            let found = version();
            if found != ABI_VERSION {
                return Err(LoadError::Version { found });
            }
            let name: extern "C" fn() -> *const c_char = lookup(&library, "plugin_name")?;
            let greet: GreetFn = lookup(&library, "plugin_greet")?;
            let free_string: FreeFn = lookup(&library, "plugin_free_string")?;
            (found, name, greet, free_string)
        };
        debug_assert_eq!(version, ABI_VERSION);
        // SAFETY: version 1 says `plugin_name` returns static NUL-terminated
        // bytes, valid while the library is loaded; they are copied here.
        let name = unsafe { CStr::from_ptr(name()) }
            .to_str()
            .map_err(|_| LoadError::BadName)?
            .to_owned();
        Ok(LoadedPlugin {
            name,
            greet,
            free_string,
            library,
        })
    }
    // ANCHOR_END: open

    // ANCHOR: greet
    /// Calls the plugin's `plugin_greet`; `None` if `who` holds a NUL byte
    /// (a C string cannot) or the plugin returned NULL.
    pub fn greet(&self, who: &str) -> Option<String> {
        let who = CString::new(who).ok()?;
        // SAFETY: `who` is a NUL-terminated string that lives through the
        // call, and the library behind `greet` is loaded (it is `self`'s).
        let greeting = unsafe { (self.greet)(who.as_ptr()) };
        if greeting.is_null() {
            return None;
        }
        // SAFETY: a non-NULL result is a NUL-terminated string that the
        // plugin allocated and that stays valid until it is freed below.
        let text = unsafe { CStr::from_ptr(greeting) }
            .to_string_lossy()
            .into_owned();
        // SAFETY: `greeting` came from `plugin_greet` and is freed once, by
        // the plugin's own allocator (not this side's `CString::from_raw`).
        unsafe { (self.free_string)(greeting) };
        Some(text)
    }
    // ANCHOR_END: greet

    /// Whether the library exports `symbol`: Go's `p.Lookup(name)` with
    /// only its error looked at.
    pub fn exports(&self, symbol: &str) -> bool {
        // SAFETY: the address found is never read or called, so any type
        // will do for it.
        unsafe { self.library.get::<*const u8>(symbol) }.is_ok()
    }
}

// ANCHOR: as_plugin
/// A loaded plugin is a plugin like the compiled-in ones: a registry can
/// hold both behind `&dyn Plugin`.
impl Plugin for LoadedPlugin {
    fn name(&self) -> &str {
        &self.name
    }
    fn run(&self, input: &str) -> String {
        self.greet(input).unwrap_or_default()
    }
}
// ANCHOR_END: as_plugin
