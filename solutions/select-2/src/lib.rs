//! select-2: merging any number of channels until every one has closed.

use crossbeam_channel::{Receiver, Select};

/// Every value of every receiver, as it arrives, tagged with the index of
/// the receiver it came from; returns once all of them are closed. Blocks
/// in one `Select` (no busy polling), and stops watching a channel once it
/// has closed.
pub fn merge_all<T>(receivers: Vec<Receiver<T>>) -> Vec<(usize, T)> {
    let mut sel = Select::new();
    for rx in &receivers {
        sel.recv(rx);
    }
    let mut open = receivers.len();
    let mut merged = Vec::new();
    while open > 0 {
        let op = sel.select();
        let index = op.index();
        match op.recv(&receivers[index]) {
            Ok(v) => merged.push((index, v)),
            Err(_) => {
                // Go: set the channel to nil. Here: take it out of the Select.
                sel.remove(index);
                open -= 1;
            }
        }
    }
    merged
}
