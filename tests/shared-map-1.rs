//! Graded tests for shared-map-1: counting words with threads and one
//! `Mutex<HashMap>`.

use shared_map_1::count_words;
use std::collections::HashMap;

fn sequential(texts: &[&str]) -> HashMap<String, usize> {
    let mut counts = HashMap::new();
    for word in texts.iter().flat_map(|t| t.split_whitespace()) {
        *counts.entry(word.to_owned()).or_default() += 1;
    }
    counts
}

/// The words whose counts differ from `expected`, for a message.
fn differences(got: &HashMap<String, usize>, expected: &HashMap<String, usize>) -> String {
    let mut words: Vec<&String> = got.keys().chain(expected.keys()).collect();
    words.sort();
    words.dedup();
    let wrong: Vec<String> = words
        .into_iter()
        .filter(|w| got.get(*w) != expected.get(*w))
        .take(5)
        .map(|w| {
            format!(
                "{w:?}: counted {}, expected {}",
                got.get(w).copied().unwrap_or(0),
                expected.get(w).copied().unwrap_or(0)
            )
        })
        .collect();
    wrong.join("; ")
}

graded::tests! {
    /// A few lines on two threads give the counts of a plain loop.
    fn counts_every_word() {
        let texts = ["a rose is a rose", "is a rose", "a rose"];
        let counts = count_words(&texts, 2);
        let expected = sequential(&texts);
        assert_eq!(
            counts,
            expected,
            "\"a rose is a rose\", \"is a rose\", \"a rose\" on 2 threads: {}",
            differences(&counts, &expected)
        );
    }

    /// Words are separated by any whitespace, as many as there are: runs of
    /// spaces, tabs and newlines (Go's `strings.Fields`, Rust's
    /// `split_whitespace`), and no empty word is counted.
    fn words_are_split_on_any_whitespace() {
        let texts = ["one  two\tthree\nfour", " one\t\ttwo ", "three\r\nfour  "];
        let counts = count_words(&texts, 2);
        let expected = sequential(&texts);
        assert_eq!(
            counts,
            expected,
            "texts with runs of spaces, tabs and newlines: {} (split with `split_whitespace`, not \
             on single spaces)",
            differences(&counts, &expected)
        );
    }

    /// 400 texts on 1, 3, 7, 8 and 1000 threads: the same counts every time
    /// (no text left out when the texts do not split evenly, and the counts
    /// of every thread added up, not overwritten).
    fn counts_match_a_plain_loop_on_any_number_of_threads() {
        let owned: Vec<String> = (0..400).map(|i| format!("w{} w{} common", i % 17, i % 5)).collect();
        let texts: Vec<&str> = owned.iter().map(String::as_str).collect();
        let expected = sequential(&texts);
        for threads in [1, 3, 7, 8, 1000] {
            let counts = count_words(&texts, threads);
            assert_eq!(
                counts,
                expected,
                "400 texts on {threads} threads: {} (a text left out of the split, or a thread's \
                 counts written over another's instead of added?)",
                differences(&counts, &expected)
            );
        }
    }

    /// Eight threads all counting the same word, over and over: no update
    /// is lost. Reading a count under one lock and writing it back under
    /// another lets two threads read the same count, and one `+1` vanishes.
    fn no_update_is_lost_when_every_thread_counts_the_same_word() {
        let text = vec!["same"; 2000].join(" ");
        let texts: Vec<&str> = vec![text.as_str(); 64];
        for round in 0..5 {
            let counts = count_words(&texts, 8);
            let same = counts.get("same").copied().unwrap_or(0);
            assert_eq!(
                same,
                64 * 2000,
                "round {round}: 8 threads counted \"same\" {same} times, not 128000: updates were \
                 lost. The read and the write of a count must happen under one lock (`entry` on \
                 the locked map), or count locally and merge"
            );
        }
    }

    /// No texts, or zero threads asked for: no panic, an empty or full count.
    fn handles_no_texts_and_zero_threads() {
        let none = count_words(&[], 4);
        assert!(none.is_empty(), "no texts give no counts, not {none:?}");
        let one = count_words(&["x y x"], 0);
        assert_eq!(
            one,
            sequential(&["x y x"]),
            "zero threads asked for: use one thread, and count \"x y x\" as x: 2, y: 1"
        );
    }
}
