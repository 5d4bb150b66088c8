//! The book: static checks (every include resolves, every code block is
//! included, every internal link lands) and the build through mdBook used as
//! a library, so that nobody has to install the `mdbook` binary.

use std::fs;
use std::path::{Path, PathBuf};

/// Languages whose code blocks must come from compiled or run files.
const INCLUDED_ONLY: &[&str] = &["rust", "go", "python", "py", "toml", "c", "yaml", "yml"];

/// Languages that may be written in the page itself: commands and output.
const INLINE_OK: &[&str] = &["console", "text", "sh", "shell", "bash", "mermaid"];

/// The book's directory under the course root.
pub fn dir(root: &Path) -> PathBuf {
    root.join("book")
}

/// Every Markdown file under `book/src`, sorted.
pub fn pages(root: &Path) -> Vec<PathBuf> {
    let mut pages = Vec::new();
    collect_md(&dir(root).join("src"), &mut pages);
    pages.sort();
    pages
}

fn collect_md(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else {
        return;
    };
    for entry in entries.filter_map(Result::ok) {
        let path = entry.path();
        if path.is_dir() {
            collect_md(&path, out);
        } else if path.extension().is_some_and(|e| e == "md") {
            out.push(path);
        }
    }
}

/// The problems in one page: broken includes and anchors, pasted code,
/// code blocks without a language, internal links to nowhere.
pub fn check_page(page: &Path) -> Vec<String> {
    let Ok(text) = fs::read_to_string(page) else {
        return vec![format!("{} cannot be read", page.display())];
    };
    let dir = page.parent().unwrap_or(Path::new("."));
    let mut problems = Vec::new();
    let mut fence: Option<(usize, String, bool)> = None; // (line, language, pasted code seen)
    for (index, line) in text.lines().enumerate() {
        let number = index + 1;
        let trimmed = line.trim_start();
        if trimmed.starts_with("```") {
            match fence.take() {
                None => {
                    let language = trimmed
                        .trim_start_matches('`')
                        .split([',', ' '])
                        .next()
                        .unwrap_or("")
                        .to_owned();
                    if language.is_empty() {
                        problems.push(format!(
                            "line {number}: a code block without a language; say which (```rust, ```go, ```console, ```text)"
                        ));
                    } else if !INCLUDED_ONLY.contains(&language.as_str())
                        && !INLINE_OK.contains(&language.as_str())
                    {
                        problems.push(format!(
                            "line {number}: unknown code block language `{language}`"
                        ));
                    }
                    fence = Some((number, language, false));
                }
                Some((start, language, pasted)) => {
                    if pasted && INCLUDED_ONLY.contains(&language.as_str()) {
                        problems.push(format!(
                            "lines {start}-{number}: a ```{language} block with pasted code; include it from a compiled file with {{{{#include path:anchor}}}}"
                        ));
                    }
                }
            }
            continue;
        }
        for include in includes(line) {
            problems.extend(check_include(dir, &include).map(|p| format!("line {number}: {p}")));
        }
        match &mut fence {
            Some((_, _, pasted)) => {
                if !line.trim().is_empty() && !line.trim().starts_with("{{#") {
                    *pasted = true;
                }
            }
            None => {
                for target in links(line) {
                    if let Some(problem) = check_link(dir, &target) {
                        problems.push(format!("line {number}: {problem}"));
                    }
                }
            }
        }
    }
    if let Some((start, _, _)) = fence {
        problems.push(format!("line {start}: a code block that is never closed"));
    }
    problems
}

/// The `{{#include path[:anchor]}}` directives on a line.
fn includes(line: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = line;
    while let Some(start) = rest.find("{{#") {
        let after = &rest[start + 3..];
        let Some(end) = after.find("}}") else { break };
        let directive = after[..end].trim();
        if let Some(arg) = directive
            .strip_prefix("include")
            .or_else(|| directive.strip_prefix("rustdoc_include"))
        {
            found.push(arg.trim().to_owned());
        }
        rest = &after[end + 2..];
    }
    found
}

fn check_include(dir: &Path, arg: &str) -> Option<String> {
    let (path, anchor) = match arg.split_once(':') {
        Some((path, anchor)) => (path, Some(anchor)),
        None => (arg, None),
    };
    let file = dir.join(path);
    let Ok(text) = fs::read_to_string(&file) else {
        return Some(format!("{{{{#include {arg}}}}}: no file {path}"));
    };
    let anchor = anchor?;
    if anchor
        .split(':')
        .all(|part| part.chars().all(|c| c.is_ascii_digit()))
    {
        return Some(format!(
            "{{{{#include {arg}}}}}: line numbers drift when the file changes; mark an anchor (// ANCHOR: name) instead"
        ));
    }
    let has = |marker: &str| {
        text.lines().any(|l| {
            l.split_once(marker)
                .is_some_and(|(_, name)| name.trim() == anchor)
        })
    };
    if !has("ANCHOR:") || !has("ANCHOR_END:") {
        return Some(format!(
            "{{{{#include {arg}}}}}: {path} has no anchor `{anchor}` (ANCHOR: {anchor} … ANCHOR_END: {anchor})"
        ));
    }
    let scaffolding = anchored(&text, anchor).into_iter().find(|line| {
        let line = line.trim_start();
        ["/// ```", "//! ```"]
            .iter()
            .any(|fence| line.starts_with(fence))
    });
    scaffolding.map(|line| {
        format!(
            "{{{{#include {arg}}}}}: the snippet shows a doc test (`{}`): start the anchor \
             below the doc comment's example, so that the reader sees the code",
            line.trim()
        )
    })
}

/// The lines between `ANCHOR: name` and `ANCHOR_END: name`, without the
/// marker lines of any anchor (as mdBook shows them).
fn anchored<'t>(text: &'t str, anchor: &str) -> Vec<&'t str> {
    let named = |line: &str, marker: &str| {
        line.split_once(marker)
            .is_some_and(|(_, name)| name.trim() == anchor)
    };
    let mut inside = false;
    let mut lines = Vec::new();
    for line in text.lines() {
        if named(line, "ANCHOR_END:") {
            inside = false;
        } else if named(line, "ANCHOR:") {
            inside = true;
        } else if inside && !line.contains("ANCHOR:") && !line.contains("ANCHOR_END:") {
            lines.push(line);
        }
    }
    lines
}

/// The targets of Markdown links `[text](target)` on a line.
fn links(line: &str) -> Vec<String> {
    let mut found = Vec::new();
    let mut rest = line;
    while let Some(start) = rest.find("](") {
        let after = &rest[start + 2..];
        let Some(end) = after.find(')') else { break };
        found.push(after[..end].to_owned());
        rest = &after[end + 1..];
    }
    found
}

fn check_link(dir: &Path, target: &str) -> Option<String> {
    if target.contains("://") || target.starts_with('#') || target.starts_with("mailto:") {
        return None;
    }
    let path = target.split('#').next().unwrap_or(target);
    if path.is_empty() || dir.join(path).exists() {
        None
    } else {
        Some(format!("a link to `{target}`, which does not exist"))
    }
}

/// The chapter files that `SUMMARY.md` links to, relative to `book/src`.
pub fn summary_entries(root: &Path) -> Result<Vec<String>, String> {
    let path = dir(root).join("src/SUMMARY.md");
    let text = fs::read_to_string(&path)
        .map_err(|err| format!("could not read {}: {err}", path.display()))?;
    Ok(text.lines().flat_map(links).collect())
}

/// Builds the book into `out` with mdBook's library.
pub fn build(root: &Path, out: &Path) -> Result<(), String> {
    let mut book = mdbook_driver::MDBook::load(dir(root))
        .map_err(|err| format!("mdBook could not load the book: {err:#}"))?;
    book.config.build.build_dir = out.to_path_buf();
    book.build()
        .map_err(|err| format!("mdBook could not build the book: {err:#}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    fn page(dir: &Path, text: &str) -> Vec<String> {
        let path = dir.join("page.md");
        fs::write(&path, text).expect("write page");
        check_page(&path)
    }

    fn scratch(name: &str) -> PathBuf {
        let dir = std::env::temp_dir().join(format!("course-book-{name}-{}", std::process::id()));
        fs::create_dir_all(&dir).expect("scratch dir");
        fs::write(
            dir.join("code.rs"),
            "// ANCHOR: main\nfn main() {}\n// ANCHOR_END: main\n",
        )
        .expect("write code");
        dir
    }

    #[test]
    fn an_included_block_with_its_anchor_is_fine() {
        let dir = scratch("fine");
        let text = "# T\n\n```rust\n{{#include code.rs:main}}\n```\n\n```console\n$ cargo test\n```\n[x](page.md)\n";
        assert_eq!(page(&dir, text), Vec::<String>::new());
    }

    #[test]
    fn a_snippet_that_shows_a_doc_test_is_reported() {
        let dir = scratch("doctest");
        fs::write(
            dir.join("doc.rs"),
            "// ANCHOR: f\n/// ```\n/// assert!(f());\n/// ```\nfn f() -> bool { true }\n// ANCHOR_END: f\n",
        )
        .expect("write");
        let problems = page(&dir, "```rust\n{{#include doc.rs:f}}\n```\n");
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(problems[0].contains("shows a doc test"), "{problems:?}");
    }

    #[test]
    fn pasted_code_a_missing_anchor_and_a_dead_link_are_reported() {
        let dir = scratch("broken");
        let text = "```rust\nfn main() {}\n```\n```go\n{{#include code.rs:nope}}\n```\n```\nx\n```\n[x](gone.md)\n{{#include missing.go}}\n";
        let problems = page(&dir, text);
        assert_eq!(problems.len(), 5, "{problems:#?}");
        assert!(problems[0].contains("pasted code"));
        assert!(problems[1].contains("no anchor `nope`"));
        assert!(problems[2].contains("without a language"));
        assert!(problems[3].contains("gone.md"));
        assert!(problems[4].contains("no file missing.go"));
    }
}
