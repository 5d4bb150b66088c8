//! Interface embedding becomes a supertrait.
//!
//! Go's `type ReadWriter interface { Reader; Writer }` is an interface with
//! the methods of both, and every type with those methods satisfies it
//! without naming it. Rust's `trait ReadWriter: Reader + Writer {}` says
//! that a `ReadWriter` must also be a `Reader` and a `Writer` (they are its
//! *supertraits*), so a function that takes a `ReadWriter` may call the
//! methods of both. A Rust type implements a trait only by an `impl`, so the
//! line that gives Go's "every type with both methods" is a *blanket impl*:
//! [`ReadWriter`] is implemented for every `T: Reader + Writer`, once, here.
//!
//! ```
//! use embedding::supertraits::{Queue, ReadWriter, Reader, drain, echo};
//!
//! let mut queue = Queue::default(); // Reader and Writer, hence ReadWriter
//! assert_eq!(echo(&mut queue, "ping"), Some("ping".to_owned()));
//!
//! let rw: &mut dyn ReadWriter = &mut queue;
//! rw.write("a");
//! rw.write("b");
//! let r: &mut dyn Reader = rw; // upcasting: a ReadWriter is a Reader
//! assert_eq!(drain(r), ["a", "b"]);
//! ```
//!
//! Turning a `&mut dyn ReadWriter` into a `&mut dyn Reader`, as Go's
//! `var r Reader = rw` does, is *trait upcasting*, stable since Rust 1.86.

use std::collections::VecDeque;

// ANCHOR: traits
/// Something lines can be read from.
pub trait Reader {
    /// The next line, or `None` when there is none: Go's `(s, ok)`.
    fn read(&mut self) -> Option<String>;
}

/// Something lines can be written to.
pub trait Writer {
    /// Writes one line.
    fn write(&mut self, s: &str);
}

/// Both: `Reader` and `Writer` are its supertraits.
pub trait ReadWriter: Reader + Writer {}

/// Go's "any type with both methods": a
/// blanket impl, written once.
impl<T: Reader + Writer + ?Sized> ReadWriter for T {}
// ANCHOR_END: traits

// ANCHOR: queue
/// A queue of lines: it implements `Reader` and `Writer`, and so, by the
/// blanket impl, `ReadWriter`, without naming it.
#[derive(Debug, Default)]
pub struct Queue {
    lines: VecDeque<String>,
}

impl Writer for Queue {
    fn write(&mut self, s: &str) {
        self.lines.push_back(s.to_owned());
    }
}

impl Reader for Queue {
    fn read(&mut self) -> Option<String> {
        self.lines.pop_front()
    }
}
// ANCHOR_END: queue

// ANCHOR: functions
/// Writes `s`, then reads a line back:
/// it needs both halves.
pub fn echo(rw: &mut dyn ReadWriter, s: &str) -> Option<String> {
    rw.write(s);
    rw.read()
}

/// Reads every line there is: it needs
/// only a `Reader`.
pub fn drain(r: &mut dyn Reader) -> Vec<String> {
    let mut lines = Vec::new();
    while let Some(s) = r.read() {
        lines.push(s);
    }
    lines
}
// ANCHOR_END: functions
