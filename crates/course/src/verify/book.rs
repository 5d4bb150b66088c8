//! Invariant 9: the book. SUMMARY.md lists every chapter, each chapter has
//! the title of `course.toml`, every code block is included from a compiled
//! file, every link lands, and the book builds.

use std::fs;
use std::path::Path;

use super::Report;
use super::browser;
use super::outputs::Outputs;
use crate::book;
use crate::manifest::Manifest;

/// Runs the book checks, then builds the book.
pub fn check(root: &Path, manifest: &Manifest, outputs: &mut Outputs, report: &mut Report) {
    match book::summary_entries(root) {
        Ok(entries) => {
            let problems: Vec<String> = manifest
                .chapters
                .iter()
                .filter(|chapter| {
                    !entries.contains(&chapter.book_page().to_string_lossy().into_owned())
                })
                .map(|chapter| {
                    format!(
                        "SUMMARY.md does not list {} (chapter `{}`)",
                        chapter.file.display(),
                        chapter.id
                    )
                })
                .collect();
            report.check("SUMMARY.md lists every chapter of course.toml", &problems);
        }
        Err(err) => report.fail("SUMMARY.md lists every chapter of course.toml", &err),
    }
    for chapter in &manifest.chapters {
        let heading = fs::read_to_string(root.join(&chapter.file))
            .ok()
            .and_then(|text| {
                text.lines()
                    .find_map(|l| l.strip_prefix("# ").map(|h| h.trim().to_owned()))
            });
        let problems = match heading {
            Some(h) if h == chapter.title => vec![],
            Some(h) => vec![format!(
                "{} is titled `{h}`; course.toml says `{}`",
                chapter.file.display(),
                chapter.title
            )],
            None => vec![format!("{} has no `# ` title", chapter.file.display())],
        };
        report.check(
            &format!("chapter `{}` has the title of course.toml", chapter.id),
            &problems,
        );
    }
    for page in book::pages(root) {
        check_one(root, &page, outputs, report);
    }
    report.pass(&format!(
        "{} text blocks of the book are checked against what they show ({})",
        outputs.counts.values().sum::<usize>(),
        outputs
            .counts
            .iter()
            .map(|(kind, n)| format!("{n} {kind}"))
            .collect::<Vec<_>>()
            .join(", ")
    ));
    let out = root.join("target/course/book");
    report.status("building the book with mdBook…");
    match book::build(root, &out) {
        Ok(()) => report.pass(&format!("the book builds ({})", out.display())),
        Err(err) => {
            report.fail("the book builds", &err);
            return;
        }
    }
    report.check(
        "the search index holds every chapter",
        &search_index_problems(manifest, &out),
    );
    // The pages SUMMARY.md lists beyond the manifest's chapters (the
    // introduction, the measurements, the instructors' page).
    let chapter_files: Vec<String> = manifest
        .chapters
        .iter()
        .map(|c| c.book_page().to_string_lossy().into_owned())
        .collect();
    let extra: Vec<String> = book::summary_entries(root)
        .unwrap_or_default()
        .into_iter()
        .filter(|page| !chapter_files.contains(page))
        .collect();
    browser::check(manifest, &extra, &out, report);
}

/// The chapters the built book's search index (`searchindex-*.js`) has no
/// entry for.
fn search_index_problems(manifest: &Manifest, out: &Path) -> Vec<String> {
    let index = fs::read_dir(out)
        .into_iter()
        .flatten()
        .flatten()
        .find(|entry| {
            let name = entry.file_name().to_string_lossy().into_owned();
            name.starts_with("searchindex") && name.ends_with(".js")
        });
    let Some(index) = index.and_then(|entry| fs::read_to_string(entry.path()).ok()) else {
        return vec![format!(
            "{} has no searchindex*.js: build mdbook-driver with its `search` feature and \
             keep [output.html.search] enabled in book.toml",
            out.display()
        )];
    };
    manifest
        .chapters
        .iter()
        .filter_map(|chapter| {
            let page = chapter.book_page().with_extension("html");
            let entry = format!("\"{}#", page.display());
            (!index.contains(&entry))
                .then(|| format!("the search index has no entry for {}", page.display()))
        })
        .collect()
}

/// The checks of one page: its includes, code blocks and links, and its
/// text blocks against the outputs they show.
pub fn check_one(root: &Path, page: &Path, outputs: &mut Outputs, report: &mut Report) {
    let relative = page
        .strip_prefix(root)
        .unwrap_or(page)
        .display()
        .to_string();
    report.check(
        &format!("{relative}: includes resolve, code is included, links land"),
        &book::check_page(page),
    );
    report.status(&format!("checking the output blocks of {relative}…"));
    let mut skipped = 0;
    let problems = outputs.check_page(page, &mut skipped);
    report.check(
        &format!("{relative}: every text block is what its program or rustc prints"),
        &problems,
    );
    if skipped > 0 {
        report.skip(&format!(
            "{relative}: {skipped} Go output blocks unchecked: `go` is not on PATH"
        ));
    }
}
