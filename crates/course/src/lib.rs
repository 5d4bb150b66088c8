//! The course tool behind `cargo course`, as a library so that its parts
//! can be tested on their own; `cli.rs` is the command line.

pub mod api;
pub mod book;
pub mod cargo;
pub mod check;
pub mod cli;
pub mod golang;
pub mod grade;
pub mod health;
pub mod hints;
pub mod lock;
pub mod manifest;
pub mod mutants;
pub mod process;
pub mod progress;
pub mod reset;
pub mod runner;
pub mod serve;
pub mod status;
pub mod ui;
pub mod verify;
pub mod watch;

// The report formats and the sandbox live with grading; these paths stay.
pub use grade::{report, sandbox};
