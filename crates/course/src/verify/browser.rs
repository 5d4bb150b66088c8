//! Invariant 9, as a reader sees it: the built book opened in headless
//! Chromium at 1280 px. No line of a side-by-side block runs out of its box,
//! and the search box finds each chapter by its title.
//!
//! One Chromium run per chapter loads `CHAPTER.html?overflow-check&search=…`
//! and prints the page after its scripts ran (`--dump-dom`): `course.js`
//! writes what it measured into `<pre id="overflow-report">`, and mdBook's
//! searcher fills `#mdbook-searchresults` with the query's hits.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Duration;

use serde::Deserialize;

use super::Report;
use crate::manifest::Manifest;
use crate::process::{Outcome, run_with_limit};

/// The width the layout must fit.
pub const WIDTH: u32 = 1280;

/// How long one page may take to load, run its scripts and search.
const PAGE_LIMIT: Duration = Duration::from_secs(60);

/// The names Chromium goes by on PATH.
const BROWSERS: [&str; 3] = ["chromium", "chromium-browser", "google-chrome"];

/// The browser on PATH, if any.
pub fn chromium() -> Option<PathBuf> {
    let path = std::env::var_os("PATH")?;
    std::env::split_paths(&path).find_map(|dir| {
        BROWSERS
            .iter()
            .map(|name| dir.join(name))
            .find(|candidate| candidate.is_file())
    })
}

/// What `course.js` reports with `?overflow-check`.
#[derive(Debug, Deserialize)]
struct Overflow {
    lines: usize,
    overflowing: Vec<String>,
    #[serde(default)]
    blocks: usize,
    #[serde(default)]
    stacked: usize,
    #[serde(default)]
    unlabelled: usize,
    #[serde(default)]
    images: usize,
    #[serde(default)]
    broken_images: Vec<String>,
}

/// What one chapter looked like in the browser.
#[derive(Debug)]
pub struct Page {
    /// Side-by-side lines measured.
    pub lines: usize,
    /// Lines (or blocks) wider than their box.
    pub overflowing: Vec<String>,
    /// The pages the search results link to.
    pub hits: Vec<String>,
    /// Side-by-side blocks, and how many of them show their columns stacked.
    pub blocks: usize,
    pub stacked: usize,
    /// Columns without their language's label.
    pub unlabelled: usize,
    /// Images on the page, and the sources of those that did not load.
    pub images: usize,
    pub broken_images: Vec<String>,
}

/// Loads `page` (a file of the built book) at `width` px, searching for
/// `query`.
pub fn load(
    browser: &Path,
    book: &Path,
    page: &str,
    query: &str,
    width: u32,
) -> Result<Page, String> {
    // A profile of its own: two Chromiums may not share one.
    static LOADS: AtomicUsize = AtomicUsize::new(0);
    let profile = std::env::temp_dir().join(format!(
        "course-chromium-{}-{}",
        std::process::id(),
        LOADS.fetch_add(1, Ordering::Relaxed)
    ));
    let _ = fs::remove_dir_all(&profile);
    let query: String = query.split_whitespace().collect::<Vec<_>>().join("+");
    let url = format!(
        "file://{}?overflow-check&search={query}",
        book.join(page).display()
    );
    let mut cmd = Command::new(browser);
    cmd.args([
        "--headless",
        "--no-sandbox",
        "--disable-gpu",
        "--disable-quic",
        "--no-first-run",
        "--disable-background-networking",
        "--disable-component-update",
        "--disable-sync",
        "--hide-scrollbars",
        "--virtual-time-budget=5000",
        "--dump-dom",
    ])
    .arg(format!("--user-data-dir={}", profile.display()))
    .arg(format!("--window-size={width},900"))
    .arg(url);
    let dom = match run_with_limit(cmd, PAGE_LIMIT) {
        Outcome::Exited {
            success: true,
            stdout,
            ..
        } => stdout,
        other => {
            return Err(format!(
                "Chromium could not load {page}: {}",
                other.describe()
            ));
        }
    };
    let _ = fs::remove_dir_all(&profile);
    let report = between(&dom, "<pre id=\"overflow-report\">", "</pre>").ok_or_else(|| {
        format!("{page}: course.js wrote no overflow report (is theme/course.js in book.toml?)")
    })?;
    let overflow: Overflow = serde_json::from_str(&unescape(report))
        .map_err(|err| format!("{page}: the overflow report is not JSON: {err}"))?;
    let results = between(&dom, "<ul id=\"mdbook-searchresults\">", "</ul>").unwrap_or("");
    let hits = results
        .split("<a href=\"")
        .skip(1)
        .filter_map(|link| link.split(['?', '#', '"']).next())
        .map(str::to_owned)
        .collect();
    Ok(Page {
        lines: overflow.lines,
        overflowing: overflow.overflowing,
        hits,
        blocks: overflow.blocks,
        stacked: overflow.stacked,
        unlabelled: overflow.unlabelled,
        images: overflow.images,
        broken_images: overflow.broken_images,
    })
}

fn between<'a>(text: &'a str, start: &str, end: &str) -> Option<&'a str> {
    let from = text.find(start)? + start.len();
    let to = text[from..].find(end)? + from;
    Some(&text[from..to])
}

/// Undoes the HTML escaping of a text node.
fn unescape(text: &str) -> String {
    text.replace("&lt;", "<")
        .replace("&gt;", ">")
        .replace("&quot;", "\"")
        .replace("&#39;", "'")
        .replace("&amp;", "&")
}

/// The search query that must find a chapter: the English part of its title.
pub fn title_query(title: &str) -> String {
    title
        .split('(')
        .next()
        .unwrap_or(title)
        .chars()
        .map(|c| if c.is_alphanumeric() { c } else { ' ' })
        .collect::<String>()
        .split_whitespace()
        .collect::<Vec<_>>()
        .join(" ")
}

/// The browser checks of the book built in `book`.
/// Checks every page of the built book `book` in Chromium: each chapter of
/// the manifest (layout, labels, search) and the book's other pages listed
/// in `extra_pages` (`measured.md`, relative to book/src; layout only); and
/// that every image of every page loads.
pub fn check(manifest: &Manifest, extra_pages: &[String], book: &Path, report: &mut Report) {
    let Some(browser) = chromium() else {
        report.skip(
            "the book in a browser (layout at 1280 px, search, images): no Chromium on PATH \
             (install the `chromium` package)",
        );
        return;
    };
    let chapters: Vec<(String, Option<String>)> = manifest
        .chapters
        .iter()
        .map(|chapter| {
            let page = chapter
                .book_page()
                .with_extension("html")
                .to_string_lossy()
                .into_owned();
            (page, Some(title_query(&chapter.title)))
        })
        .chain(extra_pages.iter().map(|page| {
            let html = Path::new(page).with_extension("html");
            (html.to_string_lossy().into_owned(), None)
        }))
        .collect();
    let mut lines = 0;
    let mut images = 0;
    let mut overflow = Vec::new();
    let mut unfound = Vec::new();
    let mut broken = Vec::new();
    for (index, (page, query)) in chapters.iter().enumerate() {
        report.status(&format!(
            "the book in Chromium at {WIDTH} px: {page} ({}/{})…",
            index + 1,
            chapters.len()
        ));
        let search = query.as_deref().unwrap_or("");
        match load(&browser, book, page, search, WIDTH) {
            Err(err) => overflow.push(err),
            Ok(result) => {
                lines += result.lines;
                images += result.images;
                broken.extend(
                    result
                        .broken_images
                        .iter()
                        .map(|src| format!("{page}: the image {src} does not load")),
                );
                if result.stacked > 0 {
                    overflow.push(format!(
                        "{page}: {} of {} side-by-side blocks are stacked at {WIDTH} px",
                        result.stacked, result.blocks
                    ));
                }
                if result.unlabelled > 0 {
                    overflow.push(format!(
                        "{page}: {} side-by-side columns have no language label",
                        result.unlabelled
                    ));
                }
                overflow.extend(
                    result
                        .overflowing
                        .iter()
                        .map(|line| format!("{page}: `{}` runs out of its column", line.trim())),
                );
                if let Some(query) = query
                    && !result.hits.contains(page)
                {
                    unfound.push(format!(
                        "searching for `{query}` does not find {page} (it found {:?})",
                        result.hits.iter().take(5).collect::<Vec<_>>()
                    ));
                }
            }
        }
    }
    report.check(
        &format!(
            "at {WIDTH} px every side-by-side block shows its columns side by side, labelled, \
             and every line fits its column ({lines} lines in {} pages)",
            chapters.len()
        ),
        &overflow,
    );
    report.check("the search box finds every chapter by its title", &unfound);
    report.check(
        &format!("every image of the book loads ({images} images)"),
        &broken,
    );
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_chapter_is_searched_for_by_the_english_part_of_its_title() {
        assert_eq!(
            title_query("make, new and nil (Golang之make与new和nil)"),
            "make new and nil"
        );
        assert_eq!(title_query("Once (Golang-sync.once)"), "Once");
    }

    #[test]
    fn the_overflow_report_is_read_from_the_dumped_page() {
        let dom = "<body><pre id=\"overflow-report\">{\"lines\":3,\"overflowing\":[\"a &lt;- b\"]}</pre></body>";
        let report = between(dom, "<pre id=\"overflow-report\">", "</pre>").unwrap();
        let overflow: Overflow = serde_json::from_str(&unescape(report)).unwrap();
        assert_eq!(overflow.lines, 3);
        assert_eq!(overflow.overflowing, ["a <- b"]);
    }
}
