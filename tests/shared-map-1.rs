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

graded::tests! {
    /// A few lines on two threads give the counts of a plain loop.
    fn counts_every_word() {
        let texts = ["a rose is a rose", "is a rose", "a rose"];
        let counts = count_words(&texts, 2);
        assert_eq!(counts["a"], 4);
        assert_eq!(counts["rose"], 4);
        assert_eq!(counts["is"], 2);
        assert_eq!(counts.len(), 3);
    }

    /// 400 texts on 1, 3, 8 and 1000 threads: the same counts every time.
    fn counts_match_a_plain_loop_on_any_number_of_threads() {
        let owned: Vec<String> = (0..400).map(|i| format!("w{} w{} common", i % 17, i % 5)).collect();
        let texts: Vec<&str> = owned.iter().map(String::as_str).collect();
        let expected = sequential(&texts);
        for threads in [1, 3, 8, 1000] {
            assert_eq!(count_words(&texts, threads), expected, "{threads} threads");
        }
    }

    /// No texts, or zero threads asked for: no panic, an empty or full count.
    fn handles_no_texts_and_zero_threads() {
        assert!(count_words(&[], 4).is_empty());
        assert_eq!(count_words(&["x y x"], 0), sequential(&["x y x"]));
    }
}
