//! Sets of tags: common, first repeated, missing.
//!
//! Go writes a set as `map[string]struct{}`; Rust has `HashSet`. A set
//! answers "have I seen this?" in one step, where a scan of a list answers
//! it in one step per item, and a list keeps its duplicates. Neither a Go
//! map nor a `HashSet` iterates in a fixed order, so every list returned
//! here is put in a stated order.
//!
//! Run the tests with `cargo test -p maps-2`; ask for a hint with
//! `cargo course hint maps-2`.

/// The tags that are in both `a` and `b`, each once, sorted.
pub fn common_tags(a: &[&str], b: &[&str]) -> Vec<String> {
    // TODO: in Go you would put `b` in a `map[string]struct{}`, range over
    // `a`, and then sort the result, because ranging over a map gives no
    // fixed order (a `HashSet` gives none either). Each common tag appears
    // once, even when `a` has it twice.
    todo!()
}

/// The first item that is a repeat of an earlier one, in reading order:
/// for `["a", "b", "b", "a"]` it is `"b"`, whose second occurrence comes
/// first. `None` when every item is distinct.
pub fn first_repeated<'a>(items: &[&'a str]) -> Option<&'a str> {
    // TODO: Go's `seen := map[string]struct{}{}` and one loop: `if _, ok :=
    // seen[it]; ok { return it, true }`, then `seen[it] = struct{}{}`. Go
    // returns `("", false)` when there is no repeat; return `None`.
    todo!()
}

/// The tags of `required` that are not in `present`, each once, in the
/// order they first appear in `required`.
pub fn missing_tags(required: &[&str], present: &[&str]) -> Vec<String> {
    // TODO: in Go, a set of `present` and a range over `required` (a
    // slice: its order is fixed), with a second set for the tags already
    // reported, so that a tag required twice is reported once.
    todo!()
}
