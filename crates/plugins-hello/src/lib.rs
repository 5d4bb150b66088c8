//! The plugin that `crates/plugins` loads at run time: a `cdylib` whose
//! interface is four `extern "C"` functions, the only ABI a Rust library
//! can promise to a program built by another compiler version (Rust's own
//! ABI is not stable between compilers, or even between two builds).
//!
//! The interface, version 1:
//!
//! | symbol | C signature | what |
//! |---|---|---|
//! | `plugin_abi_version` | `uint32_t (void)` | 1; the host checks it before anything else |
//! | `plugin_name` | `const char *(void)` | a static NUL-terminated name, never freed |
//! | `plugin_greet` | `char *(const char *who)` | a greeting the host must give back to `plugin_free_string`; NULL on a NULL `who` |
//! | `plugin_free_string` | `void (char *)` | frees what `plugin_greet` returned, with the allocator that made it |
//!
//! The host (`plugins::loaded`) builds this file with `rustc` in its build
//! script, so its tests and examples always load the current version.

use std::ffi::{CStr, CString, c_char};
use std::ptr;

/// The version of the interface above.
pub const ABI_VERSION: u32 = 1;

// ANCHOR: exports
/// The version of the interface this plugin implements.
#[unsafe(no_mangle)]
pub extern "C" fn plugin_abi_version() -> u32 {
    ABI_VERSION
}

/// The plugin's name: a pointer to static bytes ending in NUL, valid for as
/// long as the library stays loaded.
#[unsafe(no_mangle)]
pub extern "C" fn plugin_name() -> *const c_char {
    c"hello".as_ptr()
}

/// A greeting for `who`, allocated here: the caller owns it and must hand
/// it back to [`plugin_free_string`], not free it with its own allocator.
/// NULL when `who` is NULL.
///
/// # Safety
///
/// `who` is NULL or points to a NUL-terminated string that stays valid and
/// unchanged during the call.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn plugin_greet(who: *const c_char) -> *mut c_char {
    if who.is_null() {
        return ptr::null_mut();
    }
    // SAFETY: `who` is not NULL, and the caller promises it is a
    // NUL-terminated string that lives through this call.
    let who = unsafe { CStr::from_ptr(who) }.to_string_lossy();
    // A NUL inside `who` cannot reach here (it would have ended the
    // string), so `CString::new` cannot fail; NULL if it ever did.
    CString::new(format!("hello, {who}!")).map_or(ptr::null_mut(), CString::into_raw)
}

/// Frees a string that [`plugin_greet`] returned. NULL is ignored.
///
/// # Safety
///
/// `text` is NULL or a pointer that `plugin_greet` returned and that has
/// not been freed yet.
#[unsafe(no_mangle)]
pub unsafe extern "C" fn plugin_free_string(text: *mut c_char) {
    if !text.is_null() {
        // SAFETY: the caller promises `text` came from `CString::into_raw`
        // in `plugin_greet` and is freed once.
        drop(unsafe { CString::from_raw(text) });
    }
}
// ANCHOR_END: exports

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn greets_and_frees() {
        let greeting = unsafe { plugin_greet(c"gopher".as_ptr()) };
        // SAFETY: `plugin_greet` returned a live NUL-terminated string.
        let text = unsafe { CStr::from_ptr(greeting) }
            .to_str()
            .unwrap()
            .to_owned();
        // SAFETY: `greeting` came from `plugin_greet` and is freed once.
        unsafe { plugin_free_string(greeting) };
        assert_eq!(text, "hello, gopher!");
        assert!(unsafe { plugin_greet(ptr::null()) }.is_null());
        assert_eq!(plugin_abi_version(), ABI_VERSION);
    }
}
