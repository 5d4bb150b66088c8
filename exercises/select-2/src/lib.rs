//! select-2: merging any number of channels until every one has closed.

use crossbeam_channel::Receiver;

/// Every value of every receiver, as it arrives, tagged with the index of
/// the receiver it came from; returns once all of them are closed. Blocks
/// in one `Select` (no busy polling), and stops watching a channel once it
/// has closed.
pub fn merge_all<T>(receivers: Vec<Receiver<T>>) -> Vec<(usize, T)> {
    // TODO: `select!` needs its channels written out; for a number known only
    // at run time use `crossbeam_channel::Select`: add each receiver with
    // `sel.recv(&rx)`, then loop on `sel.select()`, complete the operation
    // with `op.recv(&receivers[op.index()])`, and when that says the channel
    // is closed, `sel.remove(index)` it (Go would set it to nil). Stop when
    // none is left open.
    todo!()
}
