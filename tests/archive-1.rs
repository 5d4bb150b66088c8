//! Graded tests for archive-1: unpacking a zip archive into a map of name
//! to contents, refusing the entries that would escape the root (zip slip),
//! absolute names, symbolic links and two entries for one file.

use std::collections::BTreeMap;
use std::io::{Cursor, Write};

use archive_1::{UnpackError, unpack};
use zip::ZipWriter;
use zip::write::SimpleFileOptions;

/// An archive of these files, in this order, each deflated.
fn archive(files: &[(&str, &[u8])]) -> Vec<u8> {
    let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
    for (name, contents) in files {
        zip.start_file(*name, SimpleFileOptions::default())
            .expect("the test's archive could not be written");
        zip.write_all(contents)
            .expect("the test's archive could not be written");
    }
    zip.finish()
        .expect("the test's archive could not be written")
        .into_inner()
}

/// One file named `name`, with "x" in it.
fn only(name: &str) -> Vec<u8> {
    archive(&[("ok.txt", b"fine"), (name, b"x")])
}

/// A short description of what `unpack` returned, for the messages.
fn outcome(result: &Result<BTreeMap<String, Vec<u8>>, UnpackError>) -> String {
    match result {
        Ok(files) => format!("Ok with the names {:?}", files.keys().collect::<Vec<_>>()),
        Err(error) => format!("Err({error:?})"),
    }
}

graded::tests! {
    /// Safe files come back by name with their contents, subdirectories
    /// included.
    fn safe_files_come_back_by_name() {
        let result = unpack(&archive(&[
            ("notes.txt", b"hello"),
            ("docs/guide/intro.md", "第一章".as_bytes()),
            ("empty", b""),
        ]));
        let expected = BTreeMap::from([
            ("docs/guide/intro.md".to_owned(), "第一章".as_bytes().to_vec()),
            ("empty".to_owned(), Vec::new()),
            ("notes.txt".to_owned(), b"hello".to_vec()),
        ]);
        assert!(
            matches!(&result, Ok(files) if *files == expected),
            "an archive of notes.txt, docs/guide/intro.md and empty should unpack to those \
             three names with their contents; got {}",
            outcome(&result)
        );
    }

    /// A directory entry is not a file: it is left out of the map.
    fn directories_are_left_out() {
        let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
        zip.add_directory("docs/", SimpleFileOptions::default()).unwrap();
        zip.start_file("docs/a.txt", SimpleFileOptions::default()).unwrap();
        zip.write_all(b"a").unwrap();
        let result = unpack(&zip.finish().unwrap().into_inner());
        assert!(
            matches!(&result, Ok(files) if files.keys().eq(["docs/a.txt"])),
            "the directory entry \"docs/\" is not a file and should not be in the map, only \
             \"docs/a.txt\" (`is_dir()` tells); got {}",
            outcome(&result)
        );
    }

    /// A name is cleaned: `.` parts are dropped and `..` goes back one
    /// directory, as long as it stays inside.
    fn names_are_cleaned() {
        let result = unpack(&archive(&[("a/./b/../c.txt", b"c")]));
        assert!(
            matches!(&result, Ok(files) if files.keys().eq(["a/c.txt"])),
            "\"a/./b/../c.txt\" stays inside the root and should come back as \"a/c.txt\", \
             the path it would be written to (use the name that `enclosed_name()` gives, not \
             the raw name); got {}",
            outcome(&result)
        );
    }

    /// `../` that climbs out of the root is zip slip: refused, with the name.
    fn climbing_out_is_refused() {
        for name in ["../evil.txt", "a/../../evil.txt", "../../../../tmp/evil.txt"] {
            let result = unpack(&only(name));
            assert!(
                matches!(&result, Err(UnpackError::Escapes { name: got }) if got == name),
                "{name:?} would be written outside the root (Go's filepath.Join(root, name) \
                 climbs out): expected Err(Escapes {{ name: {name:?} }}), got {}",
                outcome(&result)
            );
        }
    }

    /// A backslash separates too: `..\evil.txt` climbs out on Windows.
    fn climbing_out_with_backslashes_is_refused() {
        let name = "..\\evil.txt";
        let result = unpack(&only(name));
        assert!(
            matches!(&result, Err(UnpackError::Escapes { name: got }) if got == name),
            "\"..\\\\evil.txt\" climbs out of the root where `\\` is a separator (Windows, and \
             many extractors): a check that splits only at `/` misses it; expected \
             Err(Escapes), got {}",
            outcome(&result)
        );
    }

    /// A name that starts at a root or a drive is refused, not quietly made
    /// relative.
    fn absolute_names_are_refused() {
        for name in ["/etc/passwd", "\\windows\\evil.txt", "C:/evil.txt", "c:evil.txt"] {
            let result = unpack(&only(name));
            assert!(
                matches!(&result, Err(UnpackError::Absolute { name: got }) if got == name),
                "{name:?} is absolute (it starts at a root or a drive): expected \
                 Err(Absolute {{ name: {name:?} }}), got {} (`enclosed_name()` drops the \
                 root rather than refusing it: look at the name itself)",
                outcome(&result)
            );
        }
    }

    /// A symbolic link is refused, even one whose target looks harmless: a
    /// later entry could be written through it.
    fn symlinks_are_refused() {
        let mut zip = ZipWriter::new(Cursor::new(Vec::new()));
        zip.start_file("ok.txt", SimpleFileOptions::default()).unwrap();
        zip.write_all(b"fine").unwrap();
        zip.add_symlink("link", "ok.txt", SimpleFileOptions::default()).unwrap();
        let result = unpack(&zip.finish().unwrap().into_inner());
        assert!(
            matches!(&result, Err(UnpackError::Symlink { name }) if name == "link"),
            "the entry \"link\" is a symbolic link (`is_symlink()`): expected \
             Err(Symlink {{ name: \"link\" }}), got {}",
            outcome(&result)
        );
    }

    /// Two entries that clean to the same name are refused: the second
    /// would overwrite the first.
    fn two_entries_for_one_file_are_refused() {
        for (first, second) in [("a.txt", "./a.txt"), ("dir/a.txt", "dir/sub/../a.txt")] {
            let result = unpack(&archive(&[(first, b"first"), (second, b"second")]));
            assert!(
                matches!(&result, Err(UnpackError::Duplicate { name }) if name == second),
                "{first:?} and {second:?} are the same file once cleaned: expected \
                 Err(Duplicate {{ name: {second:?} }}) for the later one, got {}",
                outcome(&result)
            );
        }
    }

    /// An unsafe entry anywhere refuses the whole archive, and the error
    /// names the entry for the person reading it.
    fn the_error_names_the_entry() {
        let result = unpack(&archive(&[
            ("a.txt", b"a"),
            ("b.txt", b"b"),
            ("../../.ssh/authorized_keys", b"key"),
            ("c.txt", b"c"),
        ]));
        let message = match &result {
            Err(error) => error.to_string(),
            Ok(_) => String::new(),
        };
        assert!(
            matches!(result, Err(UnpackError::Escapes { .. }))
                && message.contains("../../.ssh/authorized_keys"),
            "an archive with \"../../.ssh/authorized_keys\" after two safe files should be \
             refused whole, and the message should name that entry; got {:?}",
            message
        );
    }

    /// Bytes that are not a zip archive are an error, not a panic.
    fn bytes_that_are_not_a_zip_are_an_error() {
        let result = unpack(b"this is not a zip archive");
        assert!(
            matches!(result, Err(UnpackError::Zip(_))),
            "bytes that are not a zip archive should be Err(Zip(..)), got {}",
            outcome(&result)
        );
    }
}
