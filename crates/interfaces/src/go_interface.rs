//! Go's interface value written out, to show why a nil pointer stored in an
//! interface is not a nil interface.
//!
//! A Go interface value is two words: the *type word* (which concrete type
//! it holds, and so which methods to call) and the *data word* (a pointer to
//! the value). `err == nil` is true only when the type word is nil too.
//! `return perr` with a nil `perr *ParseError` stores the type
//! `*ParseError` and a nil pointer: a non-nil `error`.
//!
//! [`GoInterface`] is that pair. Idiomatic Rust needs no such thing: a
//! `Box<dyn Error>` always points to a value, and "no error" is a separate
//! case, `None` or `Ok(())` (see [`crate::parse`]). The model is here to
//! print what the Go program prints.
//!
//! ```
//! use interfaces::go_interface::GoInterface;
//!
//! let nil_pointer: Option<u32> = None;
//! let err = GoInterface::holding("*main.ParseError", nil_pointer);
//! assert!(!err.is_nil()); // the type word is set
//! assert!(GoInterface::<u32>::nil().is_nil());
//! ```

// ANCHOR: model
/// A Go interface value: a type word and a data word.
/// `T` is what the data word points to; `None` in
/// `pointer` is a nil pointer.
pub struct GoInterface<T> {
    /// The dynamic type, as Go's `%T` prints it;
    /// `None` is the nil type word.
    pub type_name: Option<&'static str>,
    /// The data word.
    pub pointer: Option<T>,
}

impl<T> GoInterface<T> {
    /// Go's `== nil`: true only if no type is stored.
    pub fn is_nil(&self) -> bool {
        self.type_name.is_none()
    }
}
// ANCHOR_END: model

impl<T> GoInterface<T> {
    /// The nil interface, `var err error`.
    pub fn nil() -> GoInterface<T> {
        GoInterface {
            type_name: None,
            pointer: None,
        }
    }

    /// An interface holding a pointer of type `type_name`, nil or not: what
    /// `return perr` builds from a `perr *ParseError`.
    pub fn holding(type_name: &'static str, pointer: Option<T>) -> GoInterface<T> {
        GoInterface {
            type_name: Some(type_name),
            pointer,
        }
    }

    /// What Go's `%T` prints: the dynamic type, or `<nil>`.
    pub fn type_name(&self) -> &'static str {
        self.type_name.unwrap_or("<nil>")
    }
}

impl<T: std::fmt::Display> std::fmt::Display for GoInterface<T> {
    /// What Go's `%v` prints for an error: the `Error()` text, or `<nil>`
    /// when the pointer is nil (`fmt` recovers the nil dereference inside
    /// `Error()` and prints `<nil>`).
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match &self.pointer {
            Some(value) => value.fmt(f),
            None => f.write_str("<nil>"),
        }
    }
}
