//! Tri-colour marking, step by step, on a graph of objects given as
//! adjacency lists (object `i` points to `edges[i]`).
//!
//! White: not reached yet (garbage if it stays white). Grey: reached, its
//! pointers not scanned yet. Black: reached and scanned. Marking shades the
//! roots grey, then repeatedly takes one grey object, shades what it points
//! to and blackens it, until nothing is grey; sweeping frees what is white.
//! At every step no black object points to a white one (the tri-colour
//! invariant), which is what lets Go run these steps between the program's
//! own work, with a write barrier keeping the invariant when the program
//! changes a pointer.

use std::collections::VecDeque;
use std::fmt;

/// The colour of one object during a collection.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Color {
    /// Not reached (yet).
    White,
    /// Reached, its pointers not scanned yet.
    Grey,
    /// Reached and scanned.
    Black,
}

impl fmt::Display for Color {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Color::White => "white",
            Color::Grey => "grey",
            Color::Black => "black",
        })
    }
}

/// One marking in progress over a fixed graph.
#[derive(Debug, Clone)]
pub struct Marking {
    edges: Vec<Vec<usize>>,
    colors: Vec<Color>,
    grey: VecDeque<usize>,
}

impl Marking {
    /// Starts marking `edges` from `roots`: every object white, the roots
    /// grey.
    ///
    /// ```
    /// use gc::marking::{Color, Marking};
    /// let mut m = Marking::start(vec![vec![1], vec![], vec![2]], &[0]);
    /// while m.step() {}
    /// assert_eq!(m.colors(), [Color::Black, Color::Black, Color::White]);
    /// ```
    pub fn start(edges: Vec<Vec<usize>>, roots: &[usize]) -> Marking {
        let mut marking = Marking {
            colors: vec![Color::White; edges.len()],
            edges,
            grey: VecDeque::new(),
        };
        for &root in roots {
            marking.shade(root);
        }
        marking
    }

    // ANCHOR: step
    /// Shades a white object grey; a grey or black one is left alone.
    fn shade(&mut self, object: usize) {
        if self.colors[object] == Color::White {
            self.colors[object] = Color::Grey;
            self.grey.push_back(object);
        }
    }

    /// Scans one grey object: shades what it points to, then blackens it.
    /// Returns `false` when nothing was grey (marking is over).
    pub fn step(&mut self) -> bool {
        let Some(object) = self.grey.pop_front() else {
            return false;
        };
        for target in self.edges[object].clone() {
            self.shade(target);
        }
        self.colors[object] = Color::Black;
        true
    }
    // ANCHOR_END: step

    /// Each object's colour, by index.
    pub fn colors(&self) -> &[Color] {
        &self.colors
    }

    /// Whether no black object points to a white one.
    pub fn invariant_holds(&self) -> bool {
        self.edges.iter().enumerate().all(|(from, targets)| {
            self.colors[from] != Color::Black
                || targets.iter().all(|&to| self.colors[to] != Color::White)
        })
    }

    /// The white objects: what a sweep after a finished marking frees.
    pub fn garbage(&self) -> Vec<usize> {
        (0..self.colors.len())
            .filter(|&i| self.colors[i] == Color::White)
            .collect()
    }
}
