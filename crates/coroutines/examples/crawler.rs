//! The note's asyncio crawler, ported to tokio: start a local HTTP/1.0
//! server whose every answer takes 100 ms, fetch five pages at once over raw
//! TCP, and print them in the order asked. Same output as
//! `go/crawler/main.go` and `python/crawler.py`.

use std::time::{Duration, Instant};

use coroutines::http::{CRAWL, Server, crawl, report};

/// How long the server takes over each answer.
const DELAY: Duration = Duration::from_millis(100);

// ANCHOR: main
fn main() -> std::io::Result<()> {
    let runtime = tokio::runtime::Builder::new_current_thread()
        .enable_all()
        .build()?;
    runtime.block_on(async {
        let server = Server::start(DELAY).await?;
        let started = Instant::now();
        let pages = crawl(server.addr(), CRAWL).await;
        let took = started.elapsed();

        let pages = pages.into_iter().collect::<std::io::Result<Vec<_>>>()?;
        print!("{}", report(&pages));
        eprintln!(
            "(took {} ms; one after another would take {} ms)",
            took.as_millis(),
            DELAY.as_millis() * pages.len() as u128
        );
        Ok(())
    })
}
// ANCHOR_END: main
