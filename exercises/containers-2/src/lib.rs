//! The last N log lines: a ring buffer of fixed capacity that, once full,
//! writes each new line over the oldest one.
//!
//! In Go you might keep them in a `container/ring` of N slots (`r.Value =
//! line; r = r.Next()`), whose `Do` then also visits the slots that were
//! never written, as `nil`. Build the ring yourself on a `Vec` of N slots.
//!
//! Run the tests with `cargo test -p containers-2`; ask for a hint with
//! `cargo course hint containers-2`.

/// The last `capacity` lines pushed, oldest first.
#[derive(Debug, Clone)]
pub struct LastLines {
    // TODO: Go's ring is N linked slots and a pointer to the oldest one.
    // Keep N slots in a `Vec<String>` instead, with the index of the slot
    // that holds the oldest line and the number of slots in use.
}

impl LastLines {
    /// An empty ring of `capacity` slots. With a capacity of 0 it keeps no
    /// line at all.
    pub fn new(capacity: usize) -> LastLines {
        // TODO: Go's `ring.New(capacity)`, but with empty strings for
        // Go's nil `Value`s, no line in use, the oldest at slot 0.
        todo!()
    }

    /// Adds `line` as the newest line. When the ring is full, the oldest
    /// line is dropped to make room: its slot gets the new line, and the
    /// next slot holds the oldest line from now on.
    pub fn push(&mut self, line: &str) {
        // TODO: Go's `r.Value = line; r = r.Next()`, with the count that Go's
        // ring does not keep: while there is room, write the first free slot
        // after the lines in use; once full, write over the oldest and move
        // the oldest one slot on, wrapping around at the end (`%`).
        todo!()
    }

    /// The lines, oldest first.
    pub fn lines(&self) -> Vec<&str> {
        // TODO: Go's `r.Do(...)` from the oldest slot, but only over the
        // slots in use: Go's Do also visits the nil ones.
        todo!()
    }

    /// The line pushed last, or `None` if there is none.
    pub fn newest(&self) -> Option<&str> {
        // TODO: Go's `r.Prev().Value`, or `None` instead of Go's nil.
        todo!()
    }

    /// How many lines the ring holds: the number pushed, up to the capacity.
    pub fn len(&self) -> usize {
        // TODO: Go's ring has no such count (`r.Len()` is the number of
        // slots); here it is the number of slots in use.
        todo!()
    }

    /// Whether the ring holds no line.
    pub fn is_empty(&self) -> bool {
        // TODO: `len() == 0`.
        todo!()
    }

    /// How many lines the ring can hold.
    pub fn capacity(&self) -> usize {
        // TODO: Go's `r.Len()`: the number of slots.
        todo!()
    }
}
