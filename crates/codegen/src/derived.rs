//! An enum whose `Display` is written by a derive macro, `Stringer`, from
//! the proc-macro crate `codegen-derive`.

use crate::Stringer;

// ANCHOR: pill
/// Go's `type Pill int` and its constants, as a Rust enum: the derive
/// writes its `Display` and `VARIANTS`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Stringer)]
pub enum Pill {
    /// Go's `Placebo Pill = iota`.
    Placebo,
    /// 1.
    Aspirin,
    /// 2.
    Ibuprofen,
    /// 3.
    Paracetamol,
}
// ANCHOR_END: pill
