//! Graded tests for bounded-2: the crawler fetches every page from a local
//! HTTP server and never has more than `limit` connections open; the server
//! itself measures how many are open at once. No internet: the server runs
//! in the test on 127.0.0.1, port 0.

use std::io::{BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex};
use std::thread::{self, JoinHandle};
use std::time::Duration;

use bounded_2::{crawl, fetch};

/// How long a connection waits for its wave to fill before it is answered
/// anyway (so a crawler that opens fewer connections still finishes).
const WAVE_PATIENCE: Duration = Duration::from_millis(100);

#[derive(Default)]
struct Counts {
    open: usize,
    max_open: usize,
    served: usize,
    /// Connections numbered from 1 as they open; those up to `released` may
    /// be answered.
    tickets: usize,
    released: usize,
}

/// A tiny HTTP/1.0 server that counts open connections. Each connection is
/// held until `wave` connections are open at once (or [`WAVE_PATIENCE`]
/// passed): a crawler that keeps `wave` open is answered at once, one that
/// opens more is caught by the count.
struct Server {
    addr: SocketAddr,
    counts: Arc<(Mutex<Counts>, Condvar)>,
    stop: Arc<AtomicBool>,
    acceptor: Option<JoinHandle<()>>,
}

impl Server {
    fn start(wave: usize) -> Server {
        let listener = TcpListener::bind("127.0.0.1:0").expect("bind 127.0.0.1:0");
        let addr = listener.local_addr().unwrap();
        let counts = Arc::new((Mutex::new(Counts::default()), Condvar::new()));
        let stop = Arc::new(AtomicBool::new(false));
        let acceptor = {
            let (counts, stop) = (Arc::clone(&counts), Arc::clone(&stop));
            thread::spawn(move || {
                let mut handlers = Vec::new();
                for stream in listener.incoming() {
                    if stop.load(Ordering::SeqCst) {
                        break;
                    }
                    let Ok(stream) = stream else { continue };
                    let counts = Arc::clone(&counts);
                    handlers.push(thread::spawn(move || serve(stream, &counts, wave)));
                }
                for handler in handlers {
                    handler.join().unwrap();
                }
            })
        };
        Server {
            addr,
            counts,
            stop,
            acceptor: Some(acceptor),
        }
    }

    fn max_open(&self) -> usize {
        self.counts.0.lock().unwrap().max_open
    }

    fn served(&self) -> usize {
        self.counts.0.lock().unwrap().served
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        let _ = TcpStream::connect(self.addr); // wake the accept loop
        if let Some(acceptor) = self.acceptor.take() {
            let _ = acceptor.join();
        }
    }
}

fn serve(mut stream: TcpStream, counts: &(Mutex<Counts>, Condvar), wave: usize) {
    let (lock, changed) = counts;
    let ticket = {
        let mut c = lock.lock().unwrap();
        c.open += 1;
        c.max_open = c.max_open.max(c.open);
        c.tickets += 1;
        if c.open >= wave {
            c.released = c.tickets;
            changed.notify_all();
        }
        c.tickets
    };
    let mut request_line = String::new();
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let _ = reader.read_line(&mut request_line);
    loop {
        let mut header = String::new();
        match reader.read_line(&mut header) {
            Ok(0) | Err(_) => break,
            Ok(_) if header == "\r\n" => break,
            Ok(_) => {}
        }
    }
    {
        let c = lock.lock().unwrap();
        let _ = changed
            .wait_timeout_while(c, WAVE_PATIENCE, |c| c.released < ticket)
            .unwrap();
    }
    let path = request_line.split(' ').nth(1).unwrap_or("").to_owned();
    let response = if request_line.starts_with("GET ") && path.starts_with("/page/") {
        let body = format!("page {}", &path["/page/".len()..]);
        format!(
            "HTTP/1.0 200 OK\r\nContent-Length: {}\r\n\r\n{body}",
            body.len()
        )
    } else {
        "HTTP/1.0 404 Not Found\r\nContent-Length: 9\r\n\r\nnot found".to_owned()
    };
    let _ = stream.write_all(response.as_bytes());
    let mut c = lock.lock().unwrap();
    c.open -= 1;
    c.served += 1;
    // Closing the stream (dropped here) ends the response: HTTP/1.0.
}

/// Runs `body` on a current-thread runtime with I/O, one test at a time, and
/// checks that it left no task behind.
fn run<F: std::future::Future>(body: F) -> F::Output {
    let _serial = leakcheck::serial();
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a tokio runtime");
    runtime.block_on(async {
        let options = leakcheck::Options::new()
            .grace(Duration::from_millis(250))
            .runtime(&tokio::runtime::Handle::current());
        leakcheck::verify_async_with(options, body).await
    })
}

fn pages(n: usize) -> Vec<String> {
    (0..n).map(|i| format!("/page/{i}")).collect()
}

graded::tests! {
    /// `fetch` returns the body of a page.
    fn fetch_returns_the_body_of_a_page() {
        let server = Server::start(1);
        let body = run(fetch(server.addr, "/page/7"));
        assert_eq!(body.expect("a 200 response"), "page 7");
    }

    /// `fetch` turns a status other than 200 into an error naming it.
    fn fetch_reports_a_missing_page_as_an_error() {
        let server = Server::start(1);
        let err = run(fetch(server.addr, "/nowhere")).expect_err("a 404 is an error");
        assert!(err.to_string().contains("404"), "the error should name the status: {err}");
    }

    /// Every page is fetched, once, and the results keep the order of the
    /// paths.
    fn every_page_is_fetched_in_order() {
        let server = Server::start(4);
        let mut paths = pages(12);
        paths.insert(5, "/missing".to_owned());
        let results = run(crawl(server.addr, paths, 4));
        assert_eq!(results.len(), 13);
        for (i, result) in results.iter().enumerate() {
            match (i, result) {
                (5, Err(_)) => {}
                (5, Ok(body)) => panic!("/missing should be an error, got {body:?}"),
                (i, Ok(body)) => assert_eq!(body, &format!("page {}", if i < 5 { i } else { i - 1 })),
                (i, Err(err)) => panic!("page at {i} failed: {err}"),
            }
        }
        assert_eq!(server.served(), 13, "one connection per path");
    }

    /// The server never sees more than `limit` connections at once, and it
    /// sees `limit` (the crawler uses what it is allowed).
    fn never_more_than_limit_connections_at_once() {
        for limit in [1, 3, 5] {
            let server = Server::start(limit);
            let results = run(crawl(server.addr, pages(15), limit));
            assert!(results.iter().all(Result::is_ok), "every page loads");
            let max = server.max_open();
            assert!(max <= limit, "limit {limit}: the server saw {max} connections open at once");
            assert_eq!(max, limit, "limit {limit}: the crawler should keep {limit} connections busy");
        }
    }
}
