//! Go's performance tools in Rust: benchmarks (`go test -bench`) with
//! divan, allocation counts (`testing.AllocsPerRun`, `-benchmem`) with the
//! course's counting allocator, and the three changes that most often remove
//! allocations: a vector made with its final capacity, a string built in one
//! buffer, and a pool of buffers reused from one request to the next.
//!
//! Each module is what the chapter's examples and benchmarks run:
//! [`growth`] (Go's `append` and `make([]T, 0, n)`), [`builders`] (Go's `+=`,
//! `fmt.Sprintf` and `strings.Builder`) and [`pool`] (Go's `sync.Pool`).

pub mod builders;
pub mod growth;
pub mod pool;
