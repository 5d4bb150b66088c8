//! Graded tests for coroutines-1: the crawler, overlapping and bounded.

use std::net::SocketAddr;
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
            .unwrap();
        let server = runtime.block_on(Server::start(delay)).unwrap();
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
    Builder::new_current_thread().enable_all().build().unwrap()
}

/// `count` paths of real pages, round and round the site.
fn paths(count: usize) -> Vec<String> {
    SITE.iter()
        .cycle()
        .take(count)
        .map(|(path, _)| path.to_string())
        .collect()
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
        assert_eq!(pages.len(), asked.len());
        for (path, page) in asked.iter().zip(pages) {
            let page = page.expect("every fetch should succeed");
            assert_eq!(&page.path, path, "results must keep the order of the paths");
            let expected = SITE.iter().find(|(p, _)| p == path);
            match expected {
                Some((_, body)) => assert_eq!((page.status, page.body.as_str()), (200, *body)),
                None => assert_eq!((page.status, page.body.as_str()), (404, NOT_FOUND)),
            }
        }
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
        assert!(pages.iter().all(|p| p.is_ok()));
        assert!(
            took < delay * 8 / 2,
            "8 fetches of a {delay:?} page took {took:?}: they did not overlap"
        );
        assert_eq!(site.server.peak_in_flight(), 8, "all 8 should wait on the server at once");
    }

    /// Never more than `limit` fetches wait on the server at once, and with a
    /// limit of 2 two of them do.
    fn never_more_than_limit_fetches_at_once() {
        let _serial = leakcheck::serial(); // the leak check counts threads process-wide
        for limit in [1, 2, 3] {
            let site = Site::start(Duration::from_millis(30));
            let pages = client().block_on(crawl(site.addr(), paths(7), limit));
            assert!(pages.iter().all(|p| p.is_ok()));
            assert_eq!(
                site.server.peak_in_flight(),
                limit,
                "with a limit of {limit}, that many fetches should be in flight at the peak"
            );
        }
        let site = Site::start(Duration::from_millis(5));
        let pages = client().block_on(crawl(site.addr(), paths(3), 0));
        assert_eq!(pages.len(), 3);
        assert_eq!(site.server.peak_in_flight(), 1, "a limit of 0 counts as 1");
    }

    /// A server that is not there gives an error in each place, not a panic.
    fn a_refused_connection_is_an_error_in_its_place() {
        let _serial = leakcheck::serial(); // the leak check counts threads process-wide
        let closed = std::net::TcpListener::bind("127.0.0.1:0").unwrap();
        let addr = closed.local_addr().unwrap();
        drop(closed);
        let pages = client().block_on(crawl(addr, paths(3), 2));
        assert_eq!(pages.len(), 3);
        assert!(pages.iter().all(|p| p.is_err()), "{pages:?}");
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
        assert!(outcome.is_err(), "the crawl cannot finish within 50 ms");
        if let Err(report) = runtime.block_on(start.verify_async()) {
            panic!("fetches outlived the dropped crawl:\n{report}");
        }
    }
}
