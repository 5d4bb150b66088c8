//! Graded tests for bounded-2: the crawler fetches every page from a local
//! HTTP server and never has more than `limit` connections open; the server
//! itself measures how many are open at once. No internet: the server runs
//! in the test on 127.0.0.1, port 0. One test holds every connection open
//! until it lets that one go, to check that the crawler is a sliding window:
//! a new connection opens as soon as any one closes.

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::sync::atomic::{AtomicBool, Ordering};
use std::sync::{Arc, Condvar, Mutex, MutexGuard, mpsc};
use std::thread::{self, JoinHandle};
use std::time::{Duration, Instant};

use bounded_2::{crawl, fetch};

/// How long a connection waits for its wave to fill before it is answered
/// anyway (so a crawler that opens fewer connections still finishes).
const WAVE_PATIENCE: Duration = Duration::from_millis(100);

/// How long the server waits for the end of a request's headers.
const HEADER_PATIENCE: Duration = Duration::from_millis(200);

/// How long the test waits for the crawler to do what it should.
const PATIENCE: Duration = Duration::from_secs(1);

/// How connections are answered.
#[derive(Clone, Copy)]
enum Answer {
    /// Held until this many are open at once (or [`WAVE_PATIENCE`] passed).
    Waves(usize),
    /// Held until the test lets that path go ([`Server::let_go`]).
    WhenLetGo,
}

#[derive(Default)]
struct Counts {
    open: usize,
    max_open: usize,
    served: usize,
    /// Connections numbered from 1 as they open; those up to `released` may
    /// be answered.
    tickets: usize,
    released: usize,
    /// [`Answer::WhenLetGo`]: the paths whose request came and who wait.
    held: BTreeSet<String>,
    /// [`Answer::WhenLetGo`]: the paths the test let go.
    let_go: BTreeSet<String>,
    /// The server is stopping: answer everyone.
    stopping: bool,
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
        Server::answering(Answer::Waves(wave))
    }

    fn answering(answer: Answer) -> Server {
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
                    handlers.push(thread::spawn(move || serve(stream, &counts, answer)));
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
        locked(&self.counts.0).max_open
    }

    fn served(&self) -> usize {
        locked(&self.counts.0).served
    }

    /// Waits until `ready` holds, at most [`PATIENCE`]; fails with `why`.
    /// Checks on every change that no more than `limit` connections are open.
    fn wait_for(
        &self,
        limit: usize,
        why: &str,
        ready: impl Fn(&Counts) -> bool,
    ) -> MutexGuard<'_, Counts> {
        let (lock, changed) = &*self.counts;
        let deadline = Instant::now() + PATIENCE;
        let mut counts = locked(lock);
        loop {
            let open = counts.open;
            if open > limit {
                drop(counts);
                panic!("{open} connections were open at once with a limit of {limit}");
            }
            if ready(&counts) {
                return counts;
            }
            let left = deadline.saturating_duration_since(Instant::now());
            if left.is_zero() {
                let held = counts.held.clone();
                drop(counts);
                panic!("{why} (the server holds the connections for {held:?})");
            }
            counts = changed
                .wait_timeout(counts, left)
                .unwrap_or_else(|poisoned| poisoned.into_inner())
                .0;
        }
    }

    /// Checks that no more than `limit` connections open for a while.
    fn no_new_connection(&self, limit: usize) {
        let (lock, changed) = &*self.counts;
        let counts = locked(lock);
        let (counts, _) = changed
            .wait_timeout_while(counts, Duration::from_millis(30), |c| c.open <= limit)
            .unwrap_or_else(|poisoned| poisoned.into_inner());
        let open = counts.open;
        drop(counts);
        assert!(
            open <= limit,
            "{open} connections were open at once with a limit of {limit}"
        );
    }

    /// [`Answer::WhenLetGo`]: answers the connection for `path`.
    fn let_go(&self, path: &str) {
        let (lock, changed) = &*self.counts;
        locked(lock).let_go.insert(path.to_owned());
        changed.notify_all();
    }
}

impl Drop for Server {
    fn drop(&mut self) {
        self.stop.store(true, Ordering::SeqCst);
        if let Ok(mut counts) = self.counts.0.lock() {
            counts.stopping = true; // answer whoever is still held
        }
        self.counts.1.notify_all();
        let _ = TcpStream::connect(self.addr); // wake the accept loop
        if let Some(acceptor) = self.acceptor.take() {
            let _ = acceptor.join();
        }
    }
}

/// Locks the counts, whether or not a test's panic poisoned them.
fn locked(lock: &Mutex<Counts>) -> MutexGuard<'_, Counts> {
    lock.lock().unwrap_or_else(|poisoned| poisoned.into_inner())
}

fn serve(mut stream: TcpStream, counts: &(Mutex<Counts>, Condvar), answer: Answer) {
    let (lock, changed) = counts;
    let ticket = {
        let mut c = locked(lock);
        c.open += 1;
        c.max_open = c.max_open.max(c.open);
        c.tickets += 1;
        if let Answer::Waves(wave) = answer
            && c.open >= wave
        {
            c.released = c.tickets;
        }
        changed.notify_all();
        c.tickets
    };
    let _ = stream.set_read_timeout(Some(HEADER_PATIENCE));
    let mut request_line = String::new();
    let mut reader = BufReader::new(stream.try_clone().unwrap());
    let _ = reader.read_line(&mut request_line);
    let mut headers_ended = false;
    loop {
        let mut header = String::new();
        match reader.read_line(&mut header) {
            Ok(0) | Err(_) => break,
            Ok(_) if header == "\r\n" => {
                headers_ended = true;
                break;
            }
            Ok(_) => {}
        }
    }
    let path = request_line.split(' ').nth(1).unwrap_or("").to_owned();
    match answer {
        Answer::Waves(_) => {
            let c = locked(lock);
            let _ = changed
                .wait_timeout_while(c, WAVE_PATIENCE, |c| c.released < ticket && !c.stopping)
                .unwrap_or_else(|poisoned| poisoned.into_inner());
        }
        Answer::WhenLetGo => {
            let mut c = locked(lock);
            c.held.insert(path.clone());
            changed.notify_all();
            let mut c = changed
                .wait_while(c, |c| !c.let_go.contains(&path) && !c.stopping)
                .unwrap_or_else(|poisoned| poisoned.into_inner());
            c.held.remove(&path);
        }
    }
    let response = if !headers_ended {
        let body = "the request's headers never ended: end them with an empty line, \\r\\n";
        format!(
            "HTTP/1.0 400 No End Of Headers\r\nContent-Length: {}\r\n\r\n{body}",
            body.len()
        )
    } else if request_line.starts_with("GET ") && path.starts_with("/page/") {
        let body = format!("page {}", &path["/page/".len()..]);
        format!(
            "HTTP/1.0 200 OK\r\nContent-Length: {}\r\n\r\n{body}",
            body.len()
        )
    } else {
        "HTTP/1.0 404 Not Found\r\nContent-Length: 9\r\n\r\nnot found".to_owned()
    };
    let _ = stream.write_all(response.as_bytes());
    let mut c = locked(lock);
    c.open -= 1;
    c.served += 1;
    changed.notify_all();
    // Closing the stream (dropped here) ends the response: HTTP/1.0.
}

/// Runs `body` on a current-thread runtime with I/O, one test at a time, and
/// checks that it left no task behind.
fn run<F: std::future::Future>(body: F) -> F::Output {
    let _serial = leakcheck::serial();
    run_in_turn(body)
}

/// [`run`] for a test that already holds its turn ([`leakcheck::serial`]).
fn run_in_turn<F: std::future::Future>(body: F) -> F::Output {
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
        let body = run(fetch(server.addr, "/page/7"))
            .unwrap_or_else(|err| panic!("fetch of /page/7 (a 200 response) failed: {err}"));
        assert_eq!(
            body, "page 7",
            "fetch should return the body only: what follows the first empty line (\\r\\n\\r\\n)"
        );
    }

    /// `fetch` turns a status other than 200 into an error naming it.
    fn fetch_reports_a_missing_page_as_an_error() {
        let server = Server::start(1);
        let err = run(fetch(server.addr, "/nowhere"))
            .expect_err("a 404 response should be an error: check the status code on the first line");
        assert!(err.to_string().contains("404"), "the error should name the status: {err}");
    }

    /// Every page is fetched, once, and the results keep the order of the
    /// paths.
    fn every_page_is_fetched_in_order() {
        let server = Server::start(4);
        let mut paths = pages(12);
        paths.insert(5, "/missing".to_owned());
        let results = run(crawl(server.addr, paths, 4));
        assert_eq!(results.len(), 13, "13 paths should give 13 results");
        for (i, result) in results.iter().enumerate() {
            match (i, result) {
                (5, Err(_)) => {}
                (5, Ok(body)) => panic!("/missing should be an error, got {body:?}"),
                (i, Ok(body)) => {
                    let page = if i < 5 { i } else { i - 1 };
                    assert_eq!(
                        body,
                        &format!("page {page}"),
                        "result {i} should be page {page}: the results should keep the order of the paths"
                    );
                }
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
            if let Some(Err(err)) = results.iter().find(|r| r.is_err()) {
                panic!("limit {limit}: every page should load, but one failed: {err}");
            }
            let max = server.max_open();
            assert!(max <= limit, "limit {limit}: the server saw {max} connections open at once");
            assert_eq!(max, limit, "limit {limit}: the crawler should keep {limit} connections busy");
        }
    }

    /// A sliding window, not batches: the server holds each connection until
    /// the test lets it go, and as soon as any one of the `limit` open
    /// connections is answered, the next page is fetched while the others
    /// are still open; never more than `limit` at once.
    fn a_new_fetch_starts_as_soon_as_any_one_finishes() {
        const LIMIT: usize = 3;
        const PAGES: usize = 8;
        // The whole test is one turn: its server's threads outlive the crawl.
        let _serial = leakcheck::serial();
        let server = Server::answering(Answer::WhenLetGo);
        let addr = server.addr;
        let (done_tx, done) = mpsc::channel();
        let crawler = thread::spawn(move || {
            let _ = done_tx.send(run_in_turn(crawl(addr, pages(PAGES), LIMIT)));
        });
        let mut held: BTreeSet<String> = server
            .wait_for(LIMIT, "the first 3 fetches should start at once", |c| {
                c.held.len() == LIMIT
            })
            .held
            .clone();
        server.no_new_connection(LIMIT);
        let mut waiting = PAGES - LIMIT;
        let mut step = 0;
        while !held.is_empty() {
            let done = held.iter().nth((step + 1) % held.len()).expect("a held path").clone();
            held.remove(&done);
            server.let_go(&done);
            let others: Vec<_> = held.iter().cloned().collect();
            let counts = if waiting > 0 {
                waiting -= 1;
                server.wait_for(
                    LIMIT,
                    &format!(
                        "{done} was answered while {others:?} were still open, and no new fetch \
                         took its place: the crawler works in batches (a whole batch must end \
                         before the next starts) instead of a sliding window (each task holds a \
                         permit until its fetch returns; take the next permit as soon as any \
                         one is dropped)"
                    ),
                    |c| !c.held.contains(&done) && c.held.len() == LIMIT,
                )
            } else {
                server.wait_for(LIMIT, &format!("{done} was let go but never answered"), |c| {
                    !c.held.contains(&done)
                })
            };
            let now_held = counts.held.clone();
            drop(counts);
            assert!(
                held.is_subset(&now_held),
                "the connections for {others:?} were still held, but the server holds {now_held:?}"
            );
            held = now_held;
            server.no_new_connection(LIMIT);
            step += 1;
        }
        let results = done
            .recv_timeout(PATIENCE)
            .expect("crawl did not return once every page was answered");
        crawler.join().expect("the crawler thread panicked");
        for (i, result) in results.iter().enumerate() {
            match result {
                Ok(body) => assert_eq!(
                    body,
                    &format!("page {i}"),
                    "result {i} should be page {i}: the results should keep the order of the paths"
                ),
                Err(err) => panic!("page {i} failed: {err}"),
            }
        }
        assert_eq!(results.len(), PAGES, "{PAGES} paths should give {PAGES} results");
        let max = server.max_open();
        assert!(max <= LIMIT, "the server saw {max} connections open at once with a limit of {LIMIT}");
    }

    /// A limit of 0 panics at once (nothing could ever be fetched) instead of
    /// waiting forever for a permit.
    fn a_limit_of_zero_panics_instead_of_hanging() {
        let server = Server::start(1);
        let results = run(crawl(server.addr, pages(1), 1));
        assert!(
            matches!(results.as_slice(), [Ok(body)] if body == "page 0"),
            "one page with a limit of 1 should be fetched: {results:?}"
        );
        let runtime = tokio::runtime::Builder::new_current_thread()
            .enable_all()
            .build()
            .expect("a tokio runtime");
        let _in_runtime = runtime.enter();
        let mut zero = std::pin::pin!(crawl(server.addr, pages(1), 0));
        let mut context = std::task::Context::from_waker(std::task::Waker::noop());
        let polled = std::panic::catch_unwind(std::panic::AssertUnwindSafe(|| {
            zero.as_mut().poll(&mut context)
        }));
        match polled {
            Err(_) => {} // the panic we want
            Ok(std::task::Poll::Pending) => panic!(
                "with a limit of 0, crawl waits for a permit that can never come: it should panic \
                 at once (`assert!(limit > 0, ...)`)"
            ),
            Ok(std::task::Poll::Ready(results)) => {
                panic!("a limit of 0 should panic, but crawl returned {results:?}")
            }
        }
    }
}
