//! An HTTP-like dependency behind a trait, and a hand-written fake of it.
//!
//! Go's version is `var httpGet = http.Get`, swapped in the tests. Here
//! the code takes any [`Fetch`]: the program passes the real client, a test
//! passes a [`FakeFetch`] that answers from a table and remembers what it
//! was asked. With `#[cfg_attr(test, mockall::automock)]` on the trait,
//! the crate's own unit tests also get a generated `MockFetch`.

use std::cell::RefCell;
use std::collections::HashMap;

/// Why a fetch failed.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum FetchError {
    /// No page at that address (an HTTP 404).
    NotFound,
    /// Anything else: the network, the server.
    Failed(String),
}

// ANCHOR: trait
/// Gets the body of the page at an address.
#[cfg_attr(test, mockall::automock)]
pub trait Fetch {
    /// The body of the page at `url`.
    fn fetch(&self, url: &str) -> Result<String, FetchError>;
}

/// The title of the page at `url`: the text of its `<title>` element, or
/// the empty string when it has none.
pub fn page_title(fetcher: &impl Fetch, url: &str) -> Result<String, FetchError> {
    let body = fetcher.fetch(url)?;
    let title = body
        .split_once("<title>")
        .and_then(|(_, rest)| rest.split_once("</title>"))
        .map_or("", |(title, _)| title.trim());
    Ok(title.to_owned())
}
// ANCHOR_END: trait

// ANCHOR: fake
/// A fake [`Fetch`]: a page per address, and a log of the addresses asked.
#[derive(Debug, Default)]
pub struct FakeFetch {
    pages: HashMap<String, String>,
    asked: RefCell<Vec<String>>,
}

impl FakeFetch {
    /// A fake that answers `body` for `url`.
    pub fn with_page(mut self, url: &str, body: &str) -> FakeFetch {
        self.pages.insert(url.to_owned(), body.to_owned());
        self
    }

    /// The addresses fetched so far, in order.
    pub fn asked(&self) -> Vec<String> {
        self.asked.borrow().clone()
    }
}

impl Fetch for FakeFetch {
    fn fetch(&self, url: &str) -> Result<String, FetchError> {
        self.asked.borrow_mut().push(url.to_owned());
        self.pages.get(url).cloned().ok_or(FetchError::NotFound)
    }
}
// ANCHOR_END: fake

#[cfg(test)]
mod tests {
    use super::*;
    use mockall::predicate::eq;

    // ANCHOR: automock
    #[test]
    fn the_title_comes_from_the_one_fetch_of_the_page() {
        let mut mock = MockFetch::new();
        mock.expect_fetch()
            .with(eq("https://go.dev/"))
            .times(1)
            .returning(|_| Ok("<html><title> The Go Programming Language </title>".into()));
        let title = page_title(&mock, "https://go.dev/");
        assert_eq!(title, Ok("The Go Programming Language".to_owned()));
    }
    // ANCHOR_END: automock

    #[test]
    fn a_missing_page_is_an_error_and_no_title_is_empty() {
        let fake = FakeFetch::default().with_page("/plain", "no title here");
        assert_eq!(page_title(&fake, "/plain"), Ok(String::new()));
        assert_eq!(page_title(&fake, "/gone"), Err(FetchError::NotFound));
        assert_eq!(fake.asked(), ["/plain", "/gone"]);
    }
}
