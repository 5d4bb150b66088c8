//! `string_enum!`: a `macro_rules!` macro that declares an enum together
//! with what Go's `stringer` (and a hand-written parse function beside it)
//! would generate: the text of each variant, parsing it back, the list of
//! every variant, and a checked conversion from an index.
//!
//! ```ignore
//! codegen_1::string_enum! {
//!     /// HTTP methods.
//!     pub enum Method { Get = "GET", Post = "POST" }
//! }
//! assert_eq!(Method::Post.to_string(), "POST");
//! assert_eq!("GET".parse::<Method>(), Ok(Method::Get));
//! assert_eq!(Method::ALL, [Method::Get, Method::Post]);
//! ```
//!
//! Run the tests with `cargo test -p codegen-1`; ask for a hint with
//! `cargo course hint codegen-1`.

use std::fmt;

/// What parsing a text that names no variant gives back.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ParseEnumError {
    /// The enum's name, as written in the macro call.
    pub type_name: &'static str,
    /// The text that matched no variant.
    pub input: String,
}

impl fmt::Display for ParseEnumError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "{:?} is not a {}", self.input, self.type_name)
    }
}

impl std::error::Error for ParseEnumError {}

/// Declares `enum $name { $($variant),+ }` from
/// `enum $name { $($variant = "text"),+ }`, and writes for it:
///
/// - `ALL`, every variant in declaration order, and `COUNT`, how many;
/// - `as_str` and `Display`, the variant's text, exactly as given;
/// - `FromStr`, which accepts exactly those texts (case included) and
///   gives a [`ParseEnumError`] for any other;
/// - `index` (the variant's position in `ALL`, from 0, like Go's `iota`)
///   and `from_index`, its inverse, `None` out of range.
#[macro_export]
macro_rules! string_enum {
    ($(#[$meta:meta])* $vis:vis enum $name:ident { $($variant:ident = $text:literal),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
        $vis enum $name {
            $($variant),+
        }

        // TODO: in Go, `stringer -type=Method` writes the String method in
        // a file of its own, and you write the parse function and the list
        // by hand. Here the macro writes them all, once for every enum it
        // is given: repeat over the variants with `$( ... ),+` and use
        // `$variant` and `$text` inside.
        impl $name {
            /// Every variant, in declaration order.
            pub const ALL: &'static [$name] = &[]; // TODO: every variant

            /// How many variants there are.
            pub const COUNT: usize = 0; // TODO: how many variants

            /// The variant's text, as given in the macro call.
            pub fn as_str(self) -> &'static str {
                todo!("string_enum!: as_str")
            }

            /// The variant's position in `ALL`, from 0.
            pub fn index(self) -> usize {
                todo!("string_enum!: index")
            }

            /// The variant at position `index` in `ALL`, or `None` out of range.
            pub fn from_index(index: usize) -> ::core::option::Option<Self> {
                let _ = index;
                todo!("string_enum!: from_index")
            }
        }

        impl ::core::fmt::Display for $name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                let _ = f;
                todo!("string_enum!: Display")
            }
        }

        impl ::core::str::FromStr for $name {
            type Err = $crate::ParseEnumError;

            fn from_str(input: &str) -> ::core::result::Result<Self, Self::Err> {
                let _ = input;
                todo!("string_enum!: FromStr")
            }
        }
    };
}
