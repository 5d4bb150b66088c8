//! Counting and grouping with a map.
//!
//! In Go, `counts[w]++` and `groups[k] = append(groups[k], w)` work on a
//! missing key because it reads as the zero value (0, a nil slice). A Rust
//! map has no zero value to read: the entry API says what a missing key
//! starts as. The results are `BTreeMap`s, which iterate (and print) in key
//! order, where a Go map or a `HashMap` has no fixed order.

use std::collections::{BTreeMap, HashMap};

/// How many times each word occurs in `text`. Words are separated by
/// whitespace and counted in lowercase: "The" and "the" are one word.
pub fn word_counts(text: &str) -> BTreeMap<String, usize> {
    let mut counts = BTreeMap::new();
    for word in text.split_whitespace() {
        *counts.entry(word.to_lowercase()).or_insert(0) += 1;
    }
    counts
}

/// The words grouped by their first character, each group in the order of
/// `words`. Empty words have no first character and are skipped.
pub fn group_by_first_letter(words: &[&str]) -> BTreeMap<char, Vec<String>> {
    let mut groups: BTreeMap<char, Vec<String>> = BTreeMap::new();
    for word in words {
        if let Some(first) = word.chars().next() {
            groups.entry(first).or_default().push((*word).to_owned());
        }
    }
    groups
}

/// Adds every count of `more` to `totals`: a word already in `totals` gets
/// the sum, a new word gets its count.
pub fn add_counts(totals: &mut HashMap<String, usize>, more: &HashMap<String, usize>) {
    for (word, n) in more {
        *totals.entry(word.clone()).or_insert(0) += n;
    }
}

/// The word with the highest count and its count; of words with the same
/// highest count, the first in alphabetical order. `None` when there are
/// no words.
pub fn most_common(counts: &BTreeMap<String, usize>) -> Option<(String, usize)> {
    let mut best: Option<(&String, usize)> = None;
    for (word, &n) in counts {
        if best.is_none_or(|(_, most)| n > most) {
            best = Some((word, n));
        }
    }
    best.map(|(word, n)| (word.clone(), n))
}
