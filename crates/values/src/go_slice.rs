//! Go's slice header, written out in Rust, to show what its copies share.
//!
//! A Go slice is a header of three words: a pointer to an array, a length
//! and a capacity (the runtime's `slice` struct, `runtime/slice.go`).
//! Passing a slice, assigning it, or taking `append`'s result copies those
//! three words and never the array, so every copy reads and writes the same
//! elements. `append` writes into the array when the new length fits in the
//! capacity, and only otherwise allocates a new array, copies the elements
//! over and returns a header on it.
//!
//! [`GoSlice`] is that header. Its array is an `Rc<[Cell<i32>]>`: the `Rc`
//! is the shared ownership that Go's garbage collector gives every array (it
//! lives while any header or pointer refers to it), and the `Cell` is the
//! write through any copy that Go allows. Idiomatic Rust needs neither: a
//! `Vec<i32>` has one owner, and the borrow checker lets a write happen only
//! where no other reference can see it. The model is here to make Go's
//! behaviour visible, and to print what the Go program prints.
//!
//! ```
//! use values::go_slice::GoSlice;
//!
//! let s = GoSlice::make(3, 4); // s := make([]int, 3, 4)
//! let t = s.append(&[4]);      // t := append(s, 4): it fits, so t shares s's array
//! t.set(0, 100);               // t[0] = 100
//! assert_eq!(s.get(0), 100);   // ...and s sees it
//! assert!(s.shares_array_with(&t));
//! ```
//!
//! Two simplifications: a header here always starts at its array's first
//! element (Go's reslicing `s[i:j]` is left out), and a full array is
//! replaced by one of twice the capacity (or of the new length, if that is
//! more). Go 1.19 doubles too while the capacity is below 256, then grows by
//! less, and rounds the new array up to its allocator's size classes, so its
//! capacities can differ from the model's.

use std::cell::Cell;
use std::fmt;
use std::rc::Rc;

// ANCHOR: header
/// A Go `[]int`: a header on an array that other headers may share.
///
/// `Clone` copies the header, as Go's assignment does: the clone shares the
/// array.
#[derive(Clone)]
pub struct GoSlice {
    /// The backing array: every element up to the capacity.
    array: Rc<[Cell<i32>]>,
    /// How many elements of the array this header covers.
    len: usize,
}
// ANCHOR_END: header

/// A Go `*int` into a slice's array: `&s[i]`.
///
/// It keeps the whole array alive, as a Go pointer keeps its array from the
/// garbage collector, even after every slice has moved to a new array.
#[derive(Clone)]
pub struct GoPointer {
    array: Rc<[Cell<i32>]>,
    index: usize,
}

fn zeroed_array(cap: usize) -> Rc<[Cell<i32>]> {
    (0..cap).map(|_| Cell::new(0)).collect()
}

impl GoSlice {
    /// `make([]int, len, cap)`: `len` zeros, on an array of `cap`.
    ///
    /// # Panics
    ///
    /// If `len > cap`, as Go's `make` does.
    pub fn make(len: usize, cap: usize) -> GoSlice {
        assert!(len <= cap, "makeslice: len out of range");
        GoSlice {
            array: zeroed_array(cap),
            len,
        }
    }

    /// A slice literal, `[]int{1, 2, 3}`: its length and capacity are the
    /// number of values.
    ///
    /// ```
    /// let s = values::go_slice::GoSlice::from_values(&[1, 2, 3]);
    /// assert_eq!((s.len(), s.cap()), (3, 3));
    /// ```
    pub fn from_values(values: &[i32]) -> GoSlice {
        GoSlice {
            array: values.iter().copied().map(Cell::new).collect(),
            len: values.len(),
        }
    }

    /// `len(s)`.
    pub fn len(&self) -> usize {
        self.len
    }

    /// `len(s) == 0`.
    pub fn is_empty(&self) -> bool {
        self.len == 0
    }

    /// `cap(s)`: the length of the array the header points to.
    pub fn cap(&self) -> usize {
        self.array.len()
    }

    /// `s[i]`.
    ///
    /// # Panics
    ///
    /// If `i >= len(s)`, as Go does: the capacity beyond the length is not
    /// part of the slice.
    pub fn get(&self, i: usize) -> i32 {
        self.check(i);
        self.array[i].get()
    }

    /// `s[i] = value`: a write to the shared array, which every header on it
    /// sees.
    ///
    /// # Panics
    ///
    /// If `i >= len(s)`.
    pub fn set(&self, i: usize, value: i32) {
        self.check(i);
        self.array[i].set(value);
    }

    /// `&s[i]`: a pointer to the element, into this array.
    ///
    /// # Panics
    ///
    /// If `i >= len(s)`.
    pub fn addr(&self, i: usize) -> GoPointer {
        self.check(i);
        GoPointer {
            array: Rc::clone(&self.array),
            index: i,
        }
    }

    // ANCHOR: append
    /// `append(s, values...)`: a new header. If the values fit in the
    /// capacity, they are written into this array, past this header's
    /// length, and the new header shares the array; otherwise they go, with
    /// copies of this slice's elements, into a new array.
    pub fn append(&self, values: &[i32]) -> GoSlice {
        let len = self.len + values.len();
        if len <= self.cap() {
            for (slot, &value) in self.array[self.len..len].iter().zip(values) {
                slot.set(value); // visible to every other header on this array
            }
            return GoSlice {
                array: Rc::clone(&self.array),
                len,
            };
        }
        let array = zeroed_array(len.max(2 * self.cap()));
        let elements = self.array[..self.len].iter().map(Cell::get);
        for (slot, value) in array.iter().zip(elements.chain(values.iter().copied())) {
            slot.set(value);
        }
        GoSlice { array, len }
    }
    // ANCHOR_END: append

    /// Whether the two headers point to the same array, so that a write
    /// through one can show through the other.
    pub fn shares_array_with(&self, other: &GoSlice) -> bool {
        Rc::ptr_eq(&self.array, &other.array)
    }

    /// The elements, copied out.
    pub fn to_vec(&self) -> Vec<i32> {
        self.array[..self.len].iter().map(Cell::get).collect()
    }

    fn check(&self, i: usize) {
        assert!(
            i < self.len,
            "index out of range [{i}] with length {}",
            self.len
        );
    }
}

impl GoPointer {
    /// `*p`.
    pub fn get(&self) -> i32 {
        self.array[self.index].get()
    }

    /// `*p = value`.
    pub fn set(&self, value: i32) {
        self.array[self.index].set(value);
    }
}

/// Prints the slice as Go's `fmt.Println` does: `[1 2 3]`.
impl fmt::Display for GoSlice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&crate::print::slice(&self.to_vec()))
    }
}

impl fmt::Debug for GoSlice {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("GoSlice")
            .field("elements", &self.to_vec())
            .field("cap", &self.cap())
            .finish()
    }
}
