//! A bounded crawler: fetch many pages from one server, at most `limit`
//! connections at a time.
//!
//! The note's crawler in Go starts a goroutine per URL and guards the fetch
//! with a buffered-channel semaphore. Here each page is a tokio task holding
//! an owned `Semaphore` permit for as long as its connection is open. The
//! HTTP is HTTP/1.0 by hand over a `TcpStream`: one request per connection,
//! and the server closes the connection after the body, so reading to the end
//! reads the whole response.
//!
//! Run the tests with `cargo test -p bounded-2`; ask for a hint with
//! `cargo course hint bounded-2`.

use std::io;
use std::net::SocketAddr;

/// Fetches `path` from the HTTP server at `server` with one HTTP/1.0 `GET`,
/// and returns the body of a `200` response.
///
/// Any other status is an error of kind `io::ErrorKind::Other` whose message
/// holds the status line.
pub async fn fetch(server: SocketAddr, path: &str) -> io::Result<String> {
    // TODO: `tokio::net::TcpStream::connect(server)`, write
    // "GET {path} HTTP/1.0\r\nHost: {server}\r\n\r\n" (`AsyncWriteExt::write_all`),
    // read the response to the end (`AsyncReadExt::read_to_string`), split it
    // at the first "\r\n\r\n" and check the status code on the first line.
    todo!()
}

/// Fetches every path from `server`, with at most `limit` connections open
/// at once, and returns each result in the order of `paths`.
///
/// # Panics
///
/// If `limit` is 0.
pub async fn crawl(
    server: SocketAddr,
    paths: Vec<String>,
    limit: usize,
) -> Vec<io::Result<String>> {
    // TODO: one task per path in a `JoinSet`, each holding an owned permit of
    // an `Arc<tokio::sync::Semaphore>` with `limit` permits (take it before
    // spawning) until its `fetch` has returned. Put the results back in order.
    todo!()
}
