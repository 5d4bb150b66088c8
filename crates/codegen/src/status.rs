//! HTTP status texts, generated at build time by `build.rs` from
//! `status.txt`: the file is written into `OUT_DIR` and included here, so
//! the table is data and the match is code the compiler checks.
//!
//! ```
//! use codegen::status::{STATUS_CODES, status_text};
//! assert_eq!(status_text(404), Some("Not Found"));
//! assert_eq!(status_text(999), None);
//! assert_eq!(STATUS_CODES.first(), Some(&200));
//! ```

// ANCHOR: include
include!(concat!(env!("OUT_DIR"), "/status.rs"));
// ANCHOR_END: include
