//! Graded tests for coroutines-1: the crawler, overlapping and bounded.

use std::io::{Read, Write};
use std::net::{SocketAddr, TcpListener, TcpStream};
use std::thread::JoinHandle;
use std::time::{Duration, Instant};

use coroutines::http::{NOT_FOUND, SITE, Server};
use coroutines_1::crawl;
use tokio::runtime::{Builder, Runtime};

/// The local site, served by a runtime of its own so that its tasks are not
/// counted among the crawler's.
struct Site {
    server: Server,
    _runtime: Runtime,
}

impl Site {
    fn start(delay: Duration) -> Site {
        let runtime = Builder::new_multi_thread()
            .worker_threads(1)
            .enable_all()
            .build()
            .expect("a runtime for the test site");
        let server = runtime
            .block_on(Server::start(delay))
            .expect("start the test site");
        Site {
            server,
            _runtime: runtime,
        }
    }

    fn addr(&self) -> SocketAddr {
        self.server.addr()
    }
}

/// The crawler's runtime: one thread, as asyncio's loop.
fn client() -> Runtime {
    Builder::new_current_thread()
        .enable_all()
        .build()
        .expect("a runtime for the crawler")
}

/// `count` paths of real pages, round and round the site.
fn paths(count: usize) -> Vec<String> {
    SITE.iter()
        .cycle()
        .take(count)
        .map(|(path, _)| path.to_string())
        .collect()
}

/// A site of its own that answers the last request first: it waits until
/// `count` fetches of `/p0` .. `/p{count-1}` are all waiting, then answers
/// them from the highest path down, each only once the crawler has read the
/// previous answer and hung up. So the fetches finish in the reverse order of
/// the paths, for certain.
fn reverse_site(count: usize) -> (SocketAddr, JoinHandle<Result<(), String>>) {
    let listener = TcpListener::bind("127.0.0.1:0").expect("bind a local port");
    let addr = listener.local_addr().expect("the port is known");
    listener
        .set_nonblocking(true)
        .expect("a non-blocking listener");
    let server = std::thread::spawn(move || {
        let deadline = Instant::now() + Duration::from_secs(2);
        let mut waiting: Vec<(String, TcpStream)> = Vec::new();
        while waiting.len() < count {
            match listener.accept() {
                Ok((mut stream, _)) => {
                    stream.set_nonblocking(false).map_err(|e| e.to_string())?;
                    stream
                        .set_read_timeout(Some(Duration::from_secs(2)))
                        .map_err(|e| e.to_string())?;
                    let mut request = Vec::new();
                    let mut byte = [0u8; 1];
                    while !request.ends_with(b"\r\n\r\n") {
                        match stream.read(&mut byte) {
                            Ok(1) => request.push(byte[0]),
                            _ => return Err("a fetch sent no complete request".to_owned()),
                        }
                    }
                    let request = String::from_utf8_lossy(&request).into_owned();
                    let path = request.split_whitespace().nth(1).unwrap_or("").to_owned();
                    waiting.push((path, stream));
                }
                Err(e) if e.kind() == std::io::ErrorKind::WouldBlock => {
                    if Instant::now() > deadline {
                        return Err(format!(
                            "only {} of {count} fetches arrived within 2 s, with a limit of \
                             {count}: the fetches did not run at the same time",
                            waiting.len()
                        ));
                    }
                    std::thread::sleep(Duration::from_millis(1));
                }
                Err(e) => return Err(format!("accept failed: {e}")),
            }
        }
        waiting.sort_by(|a, b| b.0.cmp(&a.0));
        for (path, mut stream) in waiting {
            let body = format!("page {path}");
            let answer = format!(
                "HTTP/1.0 200 OK\r\nContent-Length: {}\r\n\r\n{body}",
                body.len()
            );
            stream
                .write_all(answer.as_bytes())
                .map_err(|e| e.to_string())?;
            stream
                .shutdown(std::net::Shutdown::Write)
                .map_err(|e| e.to_string())?;
            // The crawler hangs up once it has read the whole answer.
            let mut rest = Vec::new();
            stream
                .read_to_end(&mut rest)
                .map_err(|e| format!("the fetch of {path} did not hang up: {e}"))?;
        }
        Ok(())
    });
    (addr, server)
}

graded::tests! {
    /// Every page comes back with its status and body, in the order asked,
    /// a missing page as a 404.
    fn returns_every_page_in_the_order_asked() {
        let _serial = leakcheck::serial(); // the leak check counts threads process-wide
        let site = Site::start(Duration::from_millis(5));
        let mut asked = paths(7);
        asked.insert(3, "/missing".to_owned());
        let pages = client().block_on(crawl(site.addr(), asked.clone(), 3));
        assert_eq!(
            pages.len(),
            asked.len(),
            "{} paths should give {} results, one per path",
            asked.len(),
            asked.len()
        );
        for (path, page) in asked.iter().zip(pages) {
            let page = page.expect("every fetch from the running site should succeed");
            assert_eq!(
                &page.path, path,
                "results must keep the order of the paths: put each result in its path's place"
            );
            let expected = SITE.iter().find(|(p, _)| p == path);
            let (status, body) = expected.map_or((404, NOT_FOUND), |(_, body)| (200, *body));
            assert_eq!(
                (page.status, page.body.as_str()),
                (status, body),
                "the page for {path} should be the one the site serves"
            );
        }
    }

    /// The fetches finish in the reverse order of the paths (the site answers
    /// the last one first), and the results still come back in the order of
    /// the paths.
    fn results_keep_the_order_when_the_last_finishes_first() {
        let _serial = leakcheck::serial(); // the leak check counts threads process-wide
        let count = 5;
        let (addr, server) = reverse_site(count);
        let asked: Vec<String> = (0..count).map(|i| format!("/p{i}")).collect();
        let pages = client().block_on(crawl(addr, asked.clone(), count));
        let served = server.join().expect("the test's site does not panic");
        if let Err(problem) = served {
            panic!("the reverse-order site failed: {problem}");
        }
        let got: Vec<String> = pages
            .into_iter()
            .map(|page| page.expect("every fetch from the running site should succeed").path)
            .collect();
        assert_eq!(
            got, asked,
            "with the last path answered first, the results came back in the order the fetches \
             finished: keep each fetch's index and put its result in that place"
        );
    }

    /// With room for all of them, 8 fetches of a page that takes D to answer
    /// overlap: together they take less than 8 × D / 2 (one after another
    /// they would take 8 × D).
    fn fetches_overlap_when_the_limit_allows() {
        let _serial = leakcheck::serial(); // the leak check counts threads process-wide
        let delay = Duration::from_millis(150);
        let site = Site::start(delay);
        let started = Instant::now();
        let pages = client().block_on(crawl(site.addr(), paths(8), 8));
        let took = started.elapsed();
        assert!(pages.iter().all(|p| p.is_ok()), "every fetch should succeed: {pages:?}");
        assert!(
            took < delay * 8 / 2,
            "8 fetches of a {delay:?} page took {took:?}: they did not overlap"
        );
        assert_eq!(
            site.server.peak_in_flight(),
            8,
            "with a limit of 8, all 8 fetches should wait on the server at once"
        );
    }

    /// Never more than `limit` fetches wait on the server at once, and with a
    /// limit of 2 two of them do.
    fn never_more_than_limit_fetches_at_once() {
        let _serial = leakcheck::serial(); // the leak check counts threads process-wide
        for limit in [1, 2, 3] {
            let site = Site::start(Duration::from_millis(50));
            let pages = client().block_on(crawl(site.addr(), paths(7), limit));
            assert!(pages.iter().all(|p| p.is_ok()), "every fetch should succeed: {pages:?}");
            let peak = site.server.peak_in_flight();
            assert!(
                peak <= limit,
                "with a limit of {limit}, {peak} fetches waited on the server at once: hold the \
                 permit (`let _permit = ...`, not `let _ = ...`) inside the fetch's task until \
                 the fetch is done, and share one semaphore between all the fetches"
            );
            assert_eq!(
                peak, limit,
                "with a limit of {limit}, that many fetches should be in flight at the peak"
            );
        }
    }

    /// A limit of 0 counts as 1: the crawl still finishes, one fetch at a
    /// time.
    fn a_limit_of_zero_counts_as_one() {
        let _serial = leakcheck::serial(); // the leak check counts threads process-wide
        let site = Site::start(Duration::from_millis(5));
        let pages = client()
            .block_on(async {
                tokio::time::timeout(Duration::from_secs(1), crawl(site.addr(), paths(3), 0)).await
            })
            .expect(
                "a crawl with a limit of 0 did not finish within 1 s: a semaphore of 0 permits \
                 never lets a fetch start (use `limit.max(1)`)",
            );
        assert_eq!(pages.len(), 3, "3 paths should give 3 results");
        assert!(pages.iter().all(|p| p.is_ok()), "every fetch should succeed: {pages:?}");
        assert_eq!(site.server.peak_in_flight(), 1, "a limit of 0 counts as 1");
    }

    /// A server that is not there gives an error in each place, not a panic.
    fn a_refused_connection_is_an_error_in_its_place() {
        let _serial = leakcheck::serial(); // the leak check counts threads process-wide
        let closed = std::net::TcpListener::bind("127.0.0.1:0").expect("bind a local port");
        let addr = closed.local_addr().expect("the port is known");
        drop(closed);
        let pages = client().block_on(crawl(addr, paths(3), 2));
        assert_eq!(pages.len(), 3, "3 paths should give 3 results, errors included");
        assert!(
            pages.iter().all(|p| p.is_err()),
            "every fetch from a closed port should be an error in its place: {pages:?}"
        );
    }

    /// Dropping the crawl (here, by a timeout) cancels every fetch it
    /// started: no task is left running on the crawler's runtime.
    fn dropping_the_crawl_cancels_every_fetch() {
        let _serial = leakcheck::serial(); // the leak check counts threads process-wide
        let site = Site::start(Duration::from_millis(500));
        let runtime = client();
        let start = leakcheck::Options::new()
            .runtime(runtime.handle())
            .grace(Duration::from_millis(200))
            .snapshot();
        let outcome = runtime.block_on(async {
            let crawling = crawl(site.addr(), paths(6), 3);
            tokio::time::timeout(Duration::from_millis(50), crawling).await
        });
        assert!(outcome.is_err(), "the crawl cannot finish within 50 ms: the site takes 500 ms");
        if let Err(report) = runtime.block_on(start.verify_async()) {
            panic!(
                "fetches outlived the dropped crawl: keep them in a `JoinSet`, which aborts its \
                 tasks when dropped (a plain `tokio::spawn` task runs on):\n{report}"
            );
        }
    }
}
