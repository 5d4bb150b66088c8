//! The last N log lines: a ring buffer of fixed capacity that, once full,
//! writes each new line over the oldest one.
//!
//! In Go you might keep them in a `container/ring` of N slots (`r.Value =
//! line; r = r.Next()`), whose `Do` then also visits the slots that were
//! never written, as `nil`. Here the ring is a `Vec` of N slots with two
//! numbers: where the oldest line is, and how many lines there are.

/// The last `capacity` lines pushed, oldest first.
#[derive(Debug, Clone)]
pub struct LastLines {
    /// `capacity` slots, written in turn; a slot never written is empty.
    slots: Vec<String>,
    /// The slot of the oldest line.
    head: usize,
    /// How many slots hold a line: up to `capacity`.
    len: usize,
}

impl LastLines {
    /// An empty ring of `capacity` slots. With a capacity of 0 it keeps no
    /// line at all.
    pub fn new(capacity: usize) -> LastLines {
        LastLines {
            slots: vec![String::new(); capacity],
            head: 0,
            len: 0,
        }
    }

    /// Adds `line` as the newest line. When the ring is full, the oldest
    /// line is dropped to make room: its slot gets the new line, and the
    /// next slot holds the oldest line from now on.
    pub fn push(&mut self, line: &str) {
        let capacity = self.capacity();
        if capacity == 0 {
            return;
        }
        if self.len < capacity {
            let free = (self.head + self.len) % capacity;
            self.slots[free] = line.to_owned();
            self.len += 1;
        } else {
            self.slots[self.head] = line.to_owned();
            self.head = (self.head + 1) % capacity;
        }
    }

    /// The lines, oldest first.
    pub fn lines(&self) -> Vec<&str> {
        (0..self.len)
            .map(|i| self.slots[(self.head + i) % self.capacity()].as_str())
            .collect()
    }

    /// The line pushed last, or `None` if there is none.
    pub fn newest(&self) -> Option<&str> {
        let last = self.len.checked_sub(1)?;
        Some(self.slots[(self.head + last) % self.capacity()].as_str())
    }

    /// How many lines the ring holds: the number pushed, up to the capacity.
    pub fn len(&self) -> usize {
        self.len
    }

    /// Whether the ring holds no line.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// How many lines the ring can hold.
    pub fn capacity(&self) -> usize {
        self.slots.len()
    }
}
