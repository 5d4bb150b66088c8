//! What the chapter says about supertraits and blanket impls, each a test.

use embedding::supertraits::{Queue, ReadWriter, Reader, Writer, drain, echo};

// ANCHOR: blanket
/// A type that implements both supertraits is a `ReadWriter` by the blanket
/// impl, without naming it, as a Go type satisfies an embedded interface.
#[test]
fn both_supertraits_make_a_read_writer() {
    /// Reads "x" a number of times, and keeps what it is given.
    struct Tape {
        left: u32,
        written: Vec<String>,
    }

    impl Reader for Tape {
        fn read(&mut self) -> Option<String> {
            self.left = self.left.checked_sub(1)?;
            Some("x".to_owned())
        }
    }

    impl Writer for Tape {
        fn write(&mut self, s: &str) {
            self.written.push(s.to_owned());
        }
    }

    // no `impl ReadWriter for Tape` anywhere
    let mut tape = Tape {
        left: 3,
        written: vec![],
    };
    assert_eq!(echo(&mut tape, "hi"), Some("x".to_owned()));
    assert_eq!(tape.written, ["hi"]);
    assert_eq!(drain(&mut tape), ["x", "x"]);
}
// ANCHOR_END: blanket

// ANCHOR: bounds
/// A bound on the subtrait lets a function call the supertraits' methods;
/// a `&mut dyn ReadWriter` upcasts to a `&mut dyn Reader`.
#[test]
fn a_read_writer_is_a_reader_and_a_writer() {
    fn copy_back<T: ReadWriter>(rw: &mut T) -> usize {
        let lines = drain(rw); // T: Reader
        for line in &lines {
            rw.write(line); // T: Writer
        }
        lines.len()
    }

    let mut queue = Queue::default();
    queue.write("a");
    queue.write("b");
    assert_eq!(copy_back(&mut queue), 2);

    let rw: &mut dyn ReadWriter = &mut queue;
    let r: &mut dyn Reader = rw; // trait upcasting (Rust 1.86)
    assert_eq!(drain(r), ["a", "b"]);
}
// ANCHOR_END: bounds
