//! `stringer!`: a `macro_rules!` macro that writes an enum and its
//! `Display`, what Go's `stringer` writes for a type of int constants.
//!
//! A `macro_rules!` macro matches the tokens it is given against patterns
//! (`$name:ident`, `$( ... ),*` for a repetition) and expands to the code
//! of the first arm that matches, where the macro is called, before type
//! checking. It needs no crate of its own and no dependency.

/// Declares a fieldless enum with the given variants and a `Display` that
/// writes each variant's name: Go's `stringer -type=Pill`, done by the
/// compiler.
///
/// ```
/// codegen::stringer! {
///     /// Pills, as in stringer's documentation.
///     pub enum Pill { Placebo, Aspirin }
/// }
/// assert_eq!(Pill::Aspirin.to_string(), "Aspirin");
/// ```
// ANCHOR: macro
#[macro_export]
macro_rules! stringer {
    ($(#[$meta:meta])* $vis:vis enum $name:ident { $($variant:ident),+ $(,)? }) => {
        $(#[$meta])*
        #[derive(Debug, Clone, Copy, PartialEq, Eq)]
        $vis enum $name {
            $($variant),+
        }

        impl ::core::fmt::Display for $name {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(match self {
                    $(Self::$variant => stringify!($variant)),+
                })
            }
        }
    };
}
// ANCHOR_END: macro
