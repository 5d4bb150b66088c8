//! The note's asyncio crawler, ported: a tiny HTTP/1.0 site on 127.0.0.1 and
//! a client that fetches pages from it over raw TCP, many at a time.
//!
//! No internet and no HTTP crate: [`Server`] answers `GET` requests for a
//! handful of fixed pages after a deliberate `delay` (the "slow network" that
//! makes overlapping fetches worth it), and [`fetch`] writes the request and
//! parses the answer by hand. [`crawl`] is `asyncio.gather` over [`fetch`].

use std::io;
use std::net::SocketAddr;
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use tokio::io::{AsyncBufReadExt, AsyncReadExt, AsyncWriteExt, BufReader};
use tokio::net::{TcpListener, TcpStream};
use tokio::task::JoinHandle;

/// The test site: each path and its page. Any other path is a 404.
pub const SITE: &[(&str, &str)] = &[
    ("/", "Welcome to the crawler's test site"),
    ("/about", "About: a tiny site on 127.0.0.1"),
    ("/blog", "Blog: three posts about coroutines"),
    ("/contact", "Contact: nobody, it is a test"),
];

/// The body of a 404 answer.
pub const NOT_FOUND: &str = "not found";

/// The paths the crawler example fetches, one of them missing.
pub const CRAWL: &[&str] = &["/", "/about", "/blog", "/contact", "/missing"];

/// One fetched page.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    /// The path asked for.
    pub path: String,
    /// The HTTP status code of the answer.
    pub status: u16,
    /// The body, as text.
    pub body: String,
}

impl std::fmt::Display for Page {
    /// The line the crawlers print: `/about 200 31 bytes: About: ...`.
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(
            f,
            "{} {} {} bytes: {}",
            self.path,
            self.status,
            self.body.len(),
            self.body
        )
    }
}

// ANCHOR: server
/// A local HTTP/1.0 server for [`SITE`], started on 127.0.0.1 (a free port).
///
/// Each connection is served by a task of its own that waits `delay` before
/// it answers, so N fetches take about N × delay one after another and about
/// one delay when they overlap. Dropping the server stops accepting.
#[derive(Debug)]
pub struct Server {
    addr: SocketAddr,
    accept: JoinHandle<()>,
    in_flight: Arc<Counters>,
}

#[derive(Debug, Default)]
struct Counters {
    now: AtomicUsize,
    peak: AtomicUsize,
    served: AtomicUsize,
}

impl Server {
    /// Binds 127.0.0.1:0 and starts accepting; must be called in a runtime.
    pub async fn start(delay: Duration) -> io::Result<Server> {
        let listener = TcpListener::bind(("127.0.0.1", 0)).await?;
        let addr = listener.local_addr()?;
        let in_flight = Arc::new(Counters::default());
        let counters = Arc::clone(&in_flight);
        let accept = tokio::spawn(async move {
            while let Ok((stream, _)) = listener.accept().await {
                let counters = Arc::clone(&counters);
                tokio::spawn(async move {
                    // A client that hangs up early is its own business.
                    let _ = answer(stream, delay, &counters).await;
                });
            }
        });
        Ok(Server {
            addr,
            accept,
            in_flight,
        })
    }

    /// Where the server listens.
    pub fn addr(&self) -> SocketAddr {
        self.addr
    }

    /// The most requests that were ever waiting for their answer at once.
    pub fn peak_in_flight(&self) -> usize {
        self.in_flight.peak.load(Ordering::SeqCst)
    }

    /// How many requests have been answered.
    pub fn served(&self) -> usize {
        self.in_flight.served.load(Ordering::SeqCst)
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.accept.abort();
    }
}

/// Reads one request, waits `delay`, writes the page and closes.
async fn answer(stream: TcpStream, delay: Duration, counters: &Counters) -> io::Result<()> {
    let mut stream = BufReader::new(stream);
    let mut request_line = String::new();
    stream.read_line(&mut request_line).await?;
    // Skip the headers: they end with an empty line.
    let mut header = String::new();
    while stream.read_line(&mut header).await? > 2 {
        header.clear();
    }
    let path = request_line.split_whitespace().nth(1).unwrap_or("/");

    let now = counters.now.fetch_add(1, Ordering::SeqCst) + 1;
    counters.peak.fetch_max(now, Ordering::SeqCst);
    tokio::time::sleep(delay).await;
    counters.now.fetch_sub(1, Ordering::SeqCst);

    let (status, body) = match SITE.iter().find(|(p, _)| *p == path) {
        Some((_, body)) => ("200 OK", *body),
        None => ("404 Not Found", NOT_FOUND),
    };
    let response = format!(
        "HTTP/1.0 {status}\r\nContent-Type: text/plain\r\nContent-Length: {}\r\n\r\n{body}",
        body.len()
    );
    stream.get_mut().write_all(response.as_bytes()).await?;
    stream.get_mut().shutdown().await?;
    counters.served.fetch_add(1, Ordering::SeqCst);
    Ok(())
}
// ANCHOR_END: server

// ANCHOR: fetch
/// Fetches `path` from `addr` with one HTTP/1.0 request over raw TCP.
///
/// HTTP/1.0 closes the connection after the answer, so the whole response is
/// everything until end of stream: status line, headers, a blank line, body.
pub async fn fetch(addr: SocketAddr, path: &str) -> io::Result<Page> {
    let mut stream = TcpStream::connect(addr).await?;
    let request = format!("GET {path} HTTP/1.0\r\nHost: {addr}\r\n\r\n");
    stream.write_all(request.as_bytes()).await?;
    let mut response = String::new();
    stream.read_to_string(&mut response).await?;

    let bad = |what: &str| io::Error::new(io::ErrorKind::InvalidData, what.to_owned());
    let (head, body) = response
        .split_once("\r\n\r\n")
        .ok_or_else(|| bad("no blank line after the headers"))?;
    let status = head
        .split_whitespace()
        .nth(1)
        .and_then(|code| code.parse().ok())
        .ok_or_else(|| bad("no status code"))?;
    Ok(Page {
        path: path.to_owned(),
        status,
        body: body.to_owned(),
    })
}
// ANCHOR_END: fetch

// ANCHOR: crawl
/// Fetches every path at once and returns the results in the order asked:
/// `asyncio.gather(*(fetch(p) for p in paths))`.
///
/// Each fetch is a task; while one waits for the network the others run, so
/// the whole crawl takes about as long as the slowest fetch.
pub async fn crawl(addr: SocketAddr, paths: &[&str]) -> Vec<io::Result<Page>> {
    let tasks: Vec<JoinHandle<io::Result<Page>>> = paths
        .iter()
        .map(|path| {
            let path = path.to_string();
            tokio::spawn(async move { fetch(addr, &path).await })
        })
        .collect();
    let mut pages = Vec::with_capacity(tasks.len());
    for task in tasks {
        // A fetch that panicked is a bug: pass its panic on.
        pages.push(
            task.await
                .unwrap_or_else(|e| std::panic::resume_unwind(e.into_panic())),
        );
    }
    pages
}
// ANCHOR_END: crawl

/// What the crawlers print: one line per page, then a count.
pub fn report(pages: &[Page]) -> String {
    let mut out = String::new();
    for page in pages {
        out.push_str(&format!("{page}\n"));
    }
    let ok = pages.iter().filter(|p| p.status == 200).count();
    out.push_str(&format!(
        "fetched {} pages: {ok} ok, {} not found\n",
        pages.len(),
        pages.len() - ok
    ));
    out
}
