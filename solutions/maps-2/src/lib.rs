//! Sets of tags: common, first repeated, missing.
//!
//! Go writes a set as `map[string]struct{}`; Rust has `HashSet`. A set
//! answers "have I seen this?" in one step, where a scan of a list answers
//! it in one step per item, and a list keeps its duplicates. Neither a Go
//! map nor a `HashSet` iterates in a fixed order, so every list returned
//! here is put in a stated order.

use std::collections::{BTreeSet, HashSet};

/// The tags that are in both `a` and `b`, each once, sorted.
pub fn common_tags(a: &[&str], b: &[&str]) -> Vec<String> {
    let in_b: HashSet<&str> = b.iter().copied().collect();
    let common: BTreeSet<&str> = a.iter().copied().filter(|tag| in_b.contains(tag)).collect();
    common.into_iter().map(str::to_owned).collect()
}

/// The first item that is a repeat of an earlier one, in reading order:
/// for `["a", "b", "b", "a"]` it is `"b"`, whose second occurrence comes
/// first. `None` when every item is distinct.
pub fn first_repeated<'a>(items: &[&'a str]) -> Option<&'a str> {
    let mut seen = HashSet::new();
    items.iter().copied().find(|item| !seen.insert(*item))
}

/// The tags of `required` that are not in `present`, each once, in the
/// order they first appear in `required`.
pub fn missing_tags(required: &[&str], present: &[&str]) -> Vec<String> {
    let present: HashSet<&str> = present.iter().copied().collect();
    let mut reported = HashSet::new();
    required
        .iter()
        .copied()
        .filter(|tag| !present.contains(tag) && reported.insert(*tag))
        .map(str::to_owned)
        .collect()
}
