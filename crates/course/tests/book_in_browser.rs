//! The built book as a reader meets it, in headless Chromium: search finds
//! chapters, Go and Rust sit side by side at 1280 px with no line cut off,
//! and stack, labelled, on a phone. These tests need Chromium: without it
//! they fail and say what to install.

mod support;

use std::fs;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

use course::verify::browser;

fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

fn chromium() -> PathBuf {
    browser::chromium().unwrap_or_else(|| {
        panic!(
            "these tests need Chromium: install the `chromium` package (apt-get install chromium)"
        )
    })
}

/// The course's book, built once into a scratch directory.
fn book() -> &'static Path {
    static BOOK: OnceLock<PathBuf> = OnceLock::new();
    BOOK.get_or_init(|| {
        let out = support::scratch("book-in-browser");
        course::book::build(&root(), &out).unwrap_or_else(|err| panic!("{err}"));
        out
    })
}

/// The search box finds a word from a chapter, and the word in the title of
/// a chapter finds that chapter.
#[test]
fn search_finds_chapters_by_their_words() {
    let browser = chromium();
    let page = browser::load(&browser, book(), "index.html", "goroutine leaks", 1280)
        .unwrap_or_else(|err| panic!("{err}"));
    assert!(
        page.hits.iter().any(|hit| hit == "goroutine-leak.html"),
        "searching for `goroutine leaks` found {:?}, not the chapter goroutine-leak.html",
        page.hits
    );
    let page = browser::load(&browser, book(), "values.html", "borrow checker", 1280)
        .unwrap_or_else(|err| panic!("{err}"));
    assert!(
        page.hits.iter().any(|hit| hit == "values.html"),
        "searching for `borrow checker` found {:?}, not values.html",
        page.hits
    );
}

/// At 1280 px the columns are side by side, labelled, and every line fits.
#[test]
fn at_1280_px_go_and_rust_sit_side_by_side_and_every_line_fits() {
    let page = browser::load(&chromium(), book(), "select.html", "select", 1280)
        .unwrap_or_else(|err| panic!("{err}"));
    assert!(
        page.blocks > 10 && page.lines > 500,
        "select.html measured {} blocks, {} lines",
        page.blocks,
        page.lines
    );
    assert_eq!(
        page.stacked, 0,
        "{} of {} blocks are stacked at 1280 px",
        page.stacked, page.blocks
    );
    assert_eq!(
        page.unlabelled, 0,
        "{} columns have no Go/Rust label",
        page.unlabelled
    );
    assert!(
        page.overflowing.is_empty(),
        "lines cut off at 1280 px: {:#?}",
        page.overflowing
    );
}

/// On a 400 px screen the columns stack, each labelled, and still nothing
/// is cut off.
#[test]
fn at_400_px_the_columns_stack_and_still_fit() {
    let page = browser::load(&chromium(), book(), "channels.html", "channels", 400)
        .unwrap_or_else(|err| panic!("{err}"));
    assert!(page.blocks > 0, "channels.html has side-by-side blocks");
    assert_eq!(
        page.stacked, page.blocks,
        "at 400 px only {} of {} blocks stack",
        page.stacked, page.blocks
    );
    assert_eq!(
        page.unlabelled, 0,
        "{} stacked columns have no label",
        page.unlabelled
    );
    assert!(
        page.overflowing.is_empty(),
        "lines cut off at 400 px: {:#?}",
        page.overflowing
    );
}

/// The check can fail: with the wrapping rule taken out of the book's CSS,
/// long lines run out of their columns and the check names them.
#[test]
fn without_the_wrapping_rule_the_check_reports_lines_cut_off() {
    let out = support::scratch("book-without-wrapping");
    support::copy_dir(book(), &out);
    let css = fs::read_dir(out.join("theme"))
        .expect("theme dir")
        .flatten()
        .map(|entry| entry.path())
        .find(|path| {
            path.file_name()
                .is_some_and(|n| n.to_string_lossy().starts_with("course"))
                && path.extension().is_some_and(|e| e == "css")
        })
        .expect("the course's css in the built book");
    let text = fs::read_to_string(&css).expect("css");
    assert!(
        text.contains("white-space: pre-wrap;"),
        "the course's css wraps side-by-side code"
    );
    fs::write(
        &css,
        text.replace("white-space: pre-wrap;", "white-space: pre;"),
    )
    .expect("write css");
    let page = browser::load(&chromium(), &out, "select.html", "select", 1280)
        .unwrap_or_else(|err| panic!("{err}"));
    assert!(
        !page.overflowing.is_empty(),
        "with `white-space: pre` some select.html line must run out of its column at 1280 px"
    );
}

/// The measured chapter's plots load in the built book, and the check can
/// fail: with one plot gone from the build, it names that image.
#[test]
fn the_measured_plots_load_and_a_missing_one_is_named() {
    let page = browser::load(&chromium(), book(), "measured.html", "", 1280)
        .unwrap_or_else(|err| panic!("{err}"));
    assert!(
        page.images >= 9,
        "measured.html shows one plot per family, found {} images",
        page.images
    );
    assert!(page.broken_images.is_empty(), "{:?}", page.broken_images);

    let out = support::scratch("book-without-a-plot");
    support::copy_dir(book(), &out);
    fs::remove_file(out.join("measured/maps.svg")).expect("the maps plot in the built book");
    let page = browser::load(&chromium(), &out, "measured.html", "", 1280)
        .unwrap_or_else(|err| panic!("{err}"));
    assert_eq!(page.broken_images, vec!["measured/maps.svg"]);
}
