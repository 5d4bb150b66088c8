//! Zip slip: what `enclosed_name` makes of hostile names, and that
//! `extract_into` refuses them without writing outside its root.

use std::io::{Cursor, Write};
use std::path::{Path, PathBuf};

use archive::extract::{ExtractError, Refusal, extract_into, is_absolute};
use zip::ZipWriter;
use zip::write::SimpleFileOptions;

/// An archive with one file of each name, "x" as contents.
fn archive_of(names: &[&str]) -> Vec<u8> {
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    for name in names {
        zip.start_file(*name, SimpleFileOptions::default()).unwrap();
        zip.write_all(b"x").unwrap();
    }
    zip.finish().unwrap().into_inner()
}

/// What `enclosed_name` says for `name`.
fn enclosed(name: &str) -> Option<PathBuf> {
    let mut archive = zip::ZipArchive::new(Cursor::new(archive_of(&[name]))).unwrap();
    archive.by_index(0).unwrap().enclosed_name()
}

/// A fresh directory under the system's temp dir, unique to this test.
fn scratch(test: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("archive-slip-{test}-{}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(dir.join("target")).unwrap();
    dir
}

// ANCHOR: enclosed_name
#[test]
fn enclosed_name_refuses_climbing_out_and_drops_a_root() {
    assert_eq!(enclosed("notes.txt"), Some(PathBuf::from("notes.txt")));
    assert_eq!(enclosed("a/./b/../c.txt"), Some(PathBuf::from("a/c.txt")));
    assert_eq!(enclosed("../evil.txt"), None);
    assert_eq!(enclosed("a/../../evil.txt"), None);
    // A backslash separates too, as on Windows.
    assert_eq!(enclosed("..\\evil.txt"), None);
    // A root or a drive is dropped, not refused: the name stays inside.
    assert_eq!(enclosed("/etc/passwd"), Some(PathBuf::from("etc/passwd")));
    assert_eq!(enclosed("C:/evil.txt"), Some(PathBuf::from("evil.txt")));
}
// ANCHOR_END: enclosed_name

// ANCHOR: join_absolute
#[test]
// The point of the test: clippy's `join_absolute_paths` flags a literal
// like this one, but not a name read out of an archive.
#[allow(clippy::join_absolute_paths)]
fn path_join_with_an_absolute_name_replaces_the_root() {
    let root = Path::new("target");
    assert_eq!(root.join("notes.txt"), Path::new("target/notes.txt"));
    // Go's filepath.Join("target", "/etc/passwd") is "target/etc/passwd".
    assert_eq!(root.join("/etc/passwd"), Path::new("/etc/passwd"));
    // Neither cleans `..` away from the result: the OS follows it.
    assert_eq!(root.join("../evil.txt"), Path::new("target/../evil.txt"));
}
// ANCHOR_END: join_absolute

#[test]
fn absolute_names_are_recognised_on_any_system() {
    for name in ["/etc/passwd", "\\windows\\evil", "C:/evil", "c:evil"] {
        assert!(is_absolute(name), "{name}");
    }
    for name in ["notes.txt", "a/b", "../x", "ab:c"] {
        assert!(!is_absolute(name), "{name}");
    }
}

#[test]
fn safe_names_are_extracted_under_the_root() {
    let dir = scratch("safe");
    let root = dir.join("target");
    let bytes = archive_of(&["notes.txt", "sub/dir/deep.txt"]);
    let written = extract_into(Cursor::new(bytes), &root).unwrap();
    assert_eq!(
        written,
        [root.join("notes.txt"), root.join("sub/dir/deep.txt")]
    );
    assert_eq!(std::fs::read(root.join("sub/dir/deep.txt")).unwrap(), b"x");
    std::fs::remove_dir_all(&dir).unwrap();
}

#[test]
fn hostile_names_are_refused_and_nothing_lands_outside() {
    for (name, why) in [
        ("../evil.txt", Refusal::Escapes),
        ("sub/../../evil.txt", Refusal::Escapes),
        ("..\\evil.txt", Refusal::Escapes),
        ("/evil.txt", Refusal::Absolute),
        ("C:/evil.txt", Refusal::Absolute),
    ] {
        let dir = scratch("hostile");
        let bytes = archive_of(&[name]);
        match extract_into(Cursor::new(bytes), &dir.join("target")) {
            Err(ExtractError::Refused {
                name: got,
                why: got_why,
            }) => {
                assert_eq!((got.as_str(), got_why), (name, why));
            }
            other => panic!("{name}: expected a refusal, got {other:?}"),
        }
        assert!(!dir.join("evil.txt").exists(), "{name} was written outside");
        std::fs::remove_dir_all(&dir).unwrap();
    }
}

#[test]
fn a_symlink_is_refused() {
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    zip.add_symlink("link", "/etc", SimpleFileOptions::default())
        .unwrap();
    let bytes = zip.finish().unwrap().into_inner();
    let dir = scratch("symlink");
    let error = extract_into(Cursor::new(bytes), &dir.join("target")).unwrap_err();
    assert_eq!(error.to_string(), "entry \"link\" refused: a symbolic link");
    std::fs::remove_dir_all(&dir).unwrap();
}
