//! Counting and grouping with a map.
//!
//! In Go, `counts[w]++` and `groups[k] = append(groups[k], w)` work on a
//! missing key because it reads as the zero value (0, a nil slice). A Rust
//! map has no zero value to read: the entry API says what a missing key
//! starts as. The results are `BTreeMap`s, which iterate (and print) in key
//! order, where a Go map or a `HashMap` has no fixed order.
//!
//! Run the tests with `cargo test -p maps-1`; ask for a hint with
//! `cargo course hint maps-1`.

use std::collections::{BTreeMap, HashMap};

/// How many times each word occurs in `text`. Words are separated by
/// whitespace and counted in lowercase: "The" and "the" are one word.
pub fn word_counts(text: &str) -> BTreeMap<String, usize> {
    // TODO: this is Go's `for _, w := range strings.Fields(text) {
    // counts[strings.ToLower(w)]++ }`. A Rust map has no zero value for a
    // missing word: ask for one with the entry API, and add 1 to what is
    // there (an `insert` of 1 replaces the count instead).
    todo!()
}

/// The words grouped by their first character, each group in the order of
/// `words`. Empty words have no first character and are skipped.
pub fn group_by_first_letter(words: &[&str]) -> BTreeMap<char, Vec<String>> {
    // TODO: this is Go's `groups[c] = append(groups[c], w)`, where a
    // missing key reads as a nil slice. Here push onto the Vec that is *in*
    // the map (the entry API gives you a `&mut Vec<String>`); pushing onto
    // a copy of it changes nothing in the map.
    todo!()
}

/// Adds every count of `more` to `totals`: a word already in `totals` gets
/// the sum, a new word gets its count.
pub fn add_counts(totals: &mut HashMap<String, usize>, more: &HashMap<String, usize>) {
    // TODO: this is Go's `for w, n := range more { totals[w] += n }`.
    // `totals` is the caller's map, borrowed mutably: add to its counts,
    // do not replace them.
    todo!()
}

/// The word with the highest count and its count; of words with the same
/// highest count, the first in alphabetical order. `None` when there are
/// no words.
pub fn most_common(counts: &BTreeMap<String, usize>) -> Option<(String, usize)> {
    // TODO: Go would range over a map in random order and need a tie
    // rule; a BTreeMap iterates in alphabetical order, so keep the first
    // word that beats every count before it. Return `None` for no words,
    // not Go's zero values `("", 0)`.
    todo!()
}
