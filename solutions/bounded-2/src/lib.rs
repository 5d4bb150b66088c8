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
use std::sync::Arc;
use tokio::io::{AsyncReadExt, AsyncWriteExt};
use tokio::net::TcpStream;
use tokio::sync::Semaphore;
use tokio::task::JoinSet;

/// Fetches `path` from the HTTP server at `server` with one HTTP/1.0 `GET`,
/// and returns the body of a `200` response.
///
/// Any other status is an error of kind `io::ErrorKind::Other` whose message
/// holds the status line.
pub async fn fetch(server: SocketAddr, path: &str) -> io::Result<String> {
    let mut stream = TcpStream::connect(server).await?;
    let request = format!("GET {path} HTTP/1.0\r\nHost: {server}\r\n\r\n");
    stream.write_all(request.as_bytes()).await?;
    let mut response = String::new();
    stream.read_to_string(&mut response).await?;
    let (head, body) = response
        .split_once("\r\n\r\n")
        .ok_or_else(|| io::Error::new(io::ErrorKind::InvalidData, "no end of headers"))?;
    let status = head.lines().next().unwrap_or_default();
    if status.split(' ').nth(1) == Some("200") {
        Ok(body.to_owned())
    } else {
        Err(io::Error::other(format!("{path}: {status}")))
    }
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
    assert!(limit > 0, "crawl: a limit of 0 would fetch nothing");
    let permits = Arc::new(Semaphore::new(limit));
    let mut fetches = JoinSet::new();
    let count = paths.len();
    for (index, path) in paths.into_iter().enumerate() {
        let permit = Arc::clone(&permits)
            .acquire_owned()
            .await
            .expect("the semaphore is never closed");
        fetches.spawn(async move {
            let result = fetch(server, &path).await;
            drop(permit); // the connection is closed by now
            (index, result)
        });
    }
    let mut results: Vec<Option<io::Result<String>>> =
        std::iter::repeat_with(|| None).take(count).collect();
    while let Some(joined) = fetches.join_next().await {
        match joined {
            Ok((index, result)) => results[index] = Some(result),
            Err(err) => std::panic::resume_unwind(err.into_panic()),
        }
    }
    results
        .into_iter()
        .map(|r| r.expect("every fetch reported"))
        .collect()
}
