//! Counting words with many threads and one `Mutex<HashMap>`: Go's map plus
//! `sync.Mutex`, where the lock owns the map.

use std::collections::HashMap;
use std::sync::Mutex;
use std::thread;

/// Counts every whitespace-separated word in `texts`, splitting the texts
/// among `threads` threads (at least one) that all add into one shared map.
pub fn count_words(texts: &[&str], threads: usize) -> HashMap<String, usize> {
    let counts = Mutex::new(HashMap::new());
    let per_thread = texts.len().div_ceil(threads.max(1)).max(1);
    thread::scope(|scope| {
        for chunk in texts.chunks(per_thread) {
            let counts = &counts;
            scope.spawn(move || {
                // Count locally, then merge under one short lock.
                let mut local: HashMap<String, usize> = HashMap::new();
                for word in chunk.iter().flat_map(|text| text.split_whitespace()) {
                    *local.entry(word.to_owned()).or_default() += 1;
                }
                let mut counts = counts.lock().unwrap();
                for (word, n) in local {
                    *counts.entry(word).or_default() += n;
                }
            });
        }
    });
    counts.into_inner().unwrap()
}
