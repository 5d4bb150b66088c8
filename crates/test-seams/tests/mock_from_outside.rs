//! An integration test mocks the crate's trait with `mockall::mock!`:
//! `#[automock]` sits under `cfg(test)`, which is set only for the crate's
//! own unit tests, so the generated `MockFetch` is not visible here.

use mockall::mock;
use test_seams::fetch::{Fetch, FetchError, page_title};

// ANCHOR: mock
mock! {
    pub Site {}
    impl Fetch for Site {
        fn fetch(&self, url: &str) -> Result<String, FetchError>;
    }
}

#[test]
fn a_failed_fetch_is_passed_on_and_not_retried() {
    let mut site = MockSite::new();
    site.expect_fetch()
        .times(1)
        .returning(|_| Err(FetchError::Failed("connection refused".into())));
    let title = page_title(&site, "https://example.com/");
    assert_eq!(title, Err(FetchError::Failed("connection refused".into())));
}
// ANCHOR_END: mock

#[test]
fn a_fake_remembers_what_it_was_asked() {
    let fake = test_seams::fetch::FakeFetch::default().with_page("/a", "<title>A</title>");
    assert_eq!(page_title(&fake, "/a"), Ok("A".to_owned()));
    assert_eq!(fake.asked(), ["/a"]);
}
