//! Go and Rust, measured side by side: `cargo course bench`.
//!
//! The same workloads are written twice, in Go (`go/`, one file per
//! family) and in Rust ([`work`]); each side's worker runs one family and
//! prints a JSON line per case ([`record`]). The driver ([`run`]) builds
//! the Go worker, runs both sides interleaved for several rounds, and
//! reports each case's median and spread per side and the ratio Rust/Go
//! ([`report`]), as a terminal table, JSON lines, Markdown and SVG plots
//! ([`plot`]). The book's "Go and Rust, measured" shows a full run.

pub mod plan;
pub mod plot;
pub mod record;
pub mod report;
pub mod run;
pub mod stats;
pub mod work;
