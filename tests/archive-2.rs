//! Graded tests for archive-2: packing files into a zip archive in memory,
//! in the order given, with a directory entry for each parent directory,
//! stored or deflated by what pays, one fixed modification time, and a
//! clear error for an unsafe or repeated name.

use std::io::{Cursor, Read};

use archive_2::{PackError, STORE_BELOW, pack};
use zip::{CompressionMethod, DateTime, ZipArchive};

/// One entry as it was read back from the archive.
#[derive(Debug)]
struct Entry {
    name: String,
    is_dir: bool,
    method: CompressionMethod,
    compressed_size: u64,
    modified: Option<DateTime>,
    contents: Vec<u8>,
}

/// Every entry of the archive in `bytes`, in the order they are stored.
fn entries(bytes: &[u8]) -> Vec<Entry> {
    let mut archive = ZipArchive::new(Cursor::new(bytes))
        .expect("`pack` returned bytes that are not a readable zip archive");
    (0..archive.len())
        .map(|index| {
            let mut file = archive
                .by_index(index)
                .expect("an entry of the packed archive could not be opened");
            let mut contents = Vec::new();
            file.read_to_end(&mut contents)
                .expect("an entry of the packed archive could not be read back (bad CRC-32?)");
            Entry {
                name: file
                    .name()
                    .expect("an entry name is not UTF-8")
                    .into_owned(),
                is_dir: file.is_dir(),
                method: file.compression(),
                compressed_size: file.compressed_size(),
                modified: file.last_modified(),
                contents,
            }
        })
        .collect()
}

/// The time every test packs with: 2024-05-17 12:34:56.
fn noon() -> DateTime {
    DateTime::from_date_and_time(2024, 5, 17, 12, 34, 56).unwrap()
}

/// `pack` with the test's time, which must succeed.
fn packed(files: &[(&str, &[u8])]) -> Vec<u8> {
    match pack(files, noon()) {
        Ok(bytes) => bytes,
        Err(error) => panic!(
            "packing {:?} should succeed, but `pack` returned Err({error:?})",
            files.iter().map(|(name, _)| name).collect::<Vec<_>>()
        ),
    }
}

/// The entry named `name`.
fn entry<'a>(entries: &'a [Entry], name: &str) -> &'a Entry {
    entries.iter().find(|e| e.name == name).unwrap_or_else(|| {
        panic!(
            "the archive has no entry {name:?}; its entries are {:?}",
            entries.iter().map(|e| &e.name).collect::<Vec<_>>()
        )
    })
}

/// 4096 bytes that deflate cannot shrink (a xorshift sequence).
fn noise() -> Vec<u8> {
    let mut state: u64 = 0x9E37_79B9_7F4A_7C15;
    (0..4096)
        .map(|_| {
            state ^= state << 13;
            state ^= state >> 7;
            state ^= state << 17;
            (state >> 24) as u8
        })
        .collect()
}

/// Text that deflates well, 4800 bytes.
fn prose() -> Vec<u8> {
    "the quick brown fox jumps over the lazy dog; "
        .repeat(100)
        .into_bytes()
        .into_iter()
        .take(4800)
        .collect()
}

/// What `pack` returned for `files`, which must be refused.
fn refused(files: &[(&str, &[u8])]) -> PackError {
    match pack(files, noon()) {
        Ok(bytes) => panic!(
            "packing {:?} should be refused, but `pack` returned an archive of {:?}",
            files.iter().map(|(name, _)| name).collect::<Vec<_>>(),
            entries(&bytes).iter().map(|e| &e.name).collect::<Vec<_>>()
        ),
        Err(error) => error,
    }
}

graded::tests! {
    /// Files come back in the order given, not sorted, with their contents.
    fn files_keep_their_order_and_contents() {
        let files: &[(&str, &[u8])] =
            &[("zeta.txt", b"last letter"), ("alpha.txt", b"first"), ("empty", b"")];
        let read = entries(&packed(files));
        let names: Vec<&str> = read.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(
            names,
            ["zeta.txt", "alpha.txt", "empty"],
            "the entries should be in the order they were given"
        );
        for (name, contents) in files {
            assert_eq!(
                entry(&read, name).contents,
                *contents,
                "the entry {name:?} did not read back with the contents it was given"
            );
        }
    }

    /// Each parent directory gets one directory entry, just before the
    /// first file inside it.
    fn parent_directories_come_once_before_their_first_file() {
        let read = entries(&packed(&[
            ("docs/guide/intro.md", b"intro"),
            ("docs/guide/usage.md", b"usage"),
            ("docs/faq.md", b"faq"),
            ("README", b"readme"),
            ("src/bin/tool.rs", b"fn main() {}"),
        ]));
        let names: Vec<&str> = read.iter().map(|e| e.name.as_str()).collect();
        assert_eq!(
            names,
            [
                "docs/",
                "docs/guide/",
                "docs/guide/intro.md",
                "docs/guide/usage.md",
                "docs/faq.md",
                "README",
                "src/",
                "src/bin/",
                "src/bin/tool.rs",
            ],
            "every parent directory (\"docs/\" and \"docs/guide/\" for \
             \"docs/guide/intro.md\") needs its own entry, once, just before the first file in \
             it, with a trailing `/`"
        );
        for e in &read {
            assert_eq!(
                e.is_dir,
                e.name.ends_with('/'),
                "the entry {:?} should {}be a directory entry (`add_directory`)",
                e.name,
                if e.name.ends_with('/') { "" } else { "not " }
            );
        }
    }

    /// A file shorter than `STORE_BELOW` bytes is stored, even if deflate
    /// would shrink it.
    fn small_files_are_stored() {
        let small = vec![b'a'; STORE_BELOW - 1];
        let read = entries(&packed(&[("small.txt", &small)]));
        let e = entry(&read, "small.txt");
        assert_eq!(
            e.method,
            CompressionMethod::Stored,
            "a file of {} bytes (fewer than STORE_BELOW = {STORE_BELOW}) should be stored, not \
             deflated",
            small.len()
        );
        assert_eq!(e.contents, small, "the small file did not read back as it was given");
    }

    /// A file of `STORE_BELOW` bytes or more that deflate shrinks is
    /// deflated, and comes out smaller.
    fn compressible_files_are_deflated() {
        let edge = vec![b'a'; STORE_BELOW];
        let text = prose();
        let read = entries(&packed(&[("edge.txt", &edge), ("prose.txt", &text)]));
        for (name, contents) in [("edge.txt", &edge), ("prose.txt", &text)] {
            let e = entry(&read, name);
            assert_eq!(
                e.method,
                CompressionMethod::Deflated,
                "{name:?} ({} bytes, at least STORE_BELOW = {STORE_BELOW}, and repetitive) \
                 should be deflated",
                contents.len()
            );
            assert!(
                e.compressed_size < contents.len() as u64,
                "{name:?} was deflated but did not get smaller ({} bytes from {})",
                e.compressed_size,
                contents.len()
            );
            assert_eq!(&e.contents, contents, "{name:?} did not read back as it was given");
        }
    }

    /// A file that deflate would not shrink (random bytes, or data that is
    /// compressed already) is stored.
    fn incompressible_files_are_stored() {
        let random = noise();
        let read = entries(&packed(&[("random.bin", &random)]));
        let e = entry(&read, "random.bin");
        assert_eq!(
            e.method,
            CompressionMethod::Stored,
            "4096 random bytes do not get smaller when deflated, so they should be stored: \
             compare the deflated size with the original and store when it is not smaller"
        );
        assert_eq!(e.contents, random, "the random file did not read back as it was given");
    }

    /// Every entry, directory entries included, carries the modification
    /// time given to `pack`, not the default.
    fn every_entry_has_the_given_time() {
        let read = entries(&packed(&[("a/b/c.txt", b"c"), ("d.txt", &prose())]));
        for e in &read {
            assert_eq!(
                e.modified,
                Some(noon()),
                "the entry {:?} should have the modification time given to `pack` \
                 (`last_modified_time`), on directories too",
                e.name
            );
        }
    }

    /// The same files and time always give the same bytes.
    fn the_same_input_gives_the_same_bytes() {
        let files: &[(&str, &[u8])] = &[
            ("x/y/one.txt", b"one"),
            ("x/z/two.txt", &prose()),
            ("w/three.bin", &noise()),
            ("x/four.txt", b"four"),
        ];
        let first = packed(files);
        for _ in 0..3 {
            assert!(
                packed(files) == first,
                "packing the same files with the same time twice gave different bytes: the \
                 archive is not reproducible (an order that changes from run to run, like a \
                 HashSet's?)"
            );
        }
    }

    /// A name that is empty, or has an empty part, is refused as
    /// `EmptyName`, naming the entry.
    fn empty_names_and_parts_are_refused() {
        for name in ["", "a//b.txt", "docs/"] {
            let error = refused(&[("ok.txt", b"ok"), (name, b"x")]);
            assert!(
                matches!(&error, PackError::EmptyName { name: n } if n == name),
                "the name {name:?} is empty or has an empty part: it should be refused as \
                 EmptyName {{ name: {name:?} }}; got {error:?}"
            );
        }
    }

    /// A name that starts at a root or a drive is refused as `Absolute`.
    fn absolute_names_are_refused() {
        for name in ["/etc/passwd", "C:/Windows/x.dll", "c:x.txt"] {
            let error = refused(&[("ok.txt", b"ok"), (name, b"x")]);
            assert!(
                matches!(&error, PackError::Absolute { name: n } if n == name),
                "the name {name:?} starts at a root or a drive letter: it should be refused as \
                 Absolute {{ name: {name:?} }}; got {error:?}"
            );
        }
    }

    /// A name with a backslash is refused as `Backslash`.
    fn backslashes_are_refused() {
        for name in ["dir\\file.txt", "a/b\\c"] {
            let error = refused(&[("ok.txt", b"ok"), (name, b"x")]);
            assert!(
                matches!(&error, PackError::Backslash { name: n } if n == name),
                "the name {name:?} has a backslash, which an extractor on Windows reads as a \
                 separator: it should be refused as Backslash {{ name: {name:?} }}; got {error:?}"
            );
        }
    }

    /// A name with a `.` or `..` part is refused as `DotPart`.
    fn dot_parts_are_refused() {
        for name in ["../evil.txt", "a/../../b", "a/./b.txt", "a/..", "."] {
            let error = refused(&[("ok.txt", b"ok"), (name, b"x")]);
            assert!(
                matches!(&error, PackError::DotPart { name: n } if n == name),
                "the name {name:?} has a `.` or `..` part: it should be refused as \
                 DotPart {{ name: {name:?} }}; got {error:?}"
            );
        }
    }

    /// Dots inside a part are fine: only a whole `.` or `..` part is
    /// refused.
    fn dots_inside_a_part_are_accepted() {
        let files: &[(&str, &[u8])] = &[
            ("..hidden", b"1"),
            ("v1..2/notes.txt", b"2"),
            (".config/app.toml", b"3"),
            ("archive.tar.gz", b"4"),
            ("odd.../x", b"5"),
        ];
        let result = pack(files, noon());
        assert!(
            result.is_ok(),
            "names with dots inside a part (\"..hidden\", \"v1..2/notes.txt\", \
             \".config/app.toml\") are safe and should be packed; got {:?}",
            result.err()
        );
    }

    /// Only a letter before a `:` is a drive: `3:4 ratio.txt` is relative.
    fn only_a_letter_and_colon_is_a_drive() {
        let result = pack(&[("3:4 ratio.txt", b"x")], noon());
        assert!(
            result.is_ok(),
            "\"3:4 ratio.txt\" does not start with a drive (a letter and `:`), so it should be \
             packed; got {:?}",
            result.err()
        );
    }

    /// A file that deflates to exactly its own size is stored: deflating
    /// has to make it smaller to be worth it.
    fn a_file_deflated_to_the_same_size_is_stored() {
        let mut contents = noise()[..64].to_vec();
        contents.extend([b'a'; 8]);
        let deflated = zip::PreparedZipFile::from_data(
            "probe",
            zip::write::SimpleFileOptions::default()
                .compression_method(CompressionMethod::Deflated),
            &contents,
        )
        .expect("the test could not deflate its probe");
        assert_eq!(
            deflated.compressed_size(),
            contents.len() as u64,
            "the test's premise broke: these 72 bytes should deflate to exactly 72 with the \
             pinned zip"
        );
        let read = entries(&packed(&[("same.bin", &contents)]));
        assert_eq!(
            entry(&read, "same.bin").method,
            CompressionMethod::Stored,
            "these 72 bytes deflate to exactly 72: deflating does not make them smaller, so \
             they should be stored (`<`, not `<=`)"
        );
    }

    /// A name given twice is refused as `Duplicate`, naming it.
    fn a_repeated_name_is_refused() {
        let error = refused(&[("a.txt", b"1"), ("dir/b.txt", b"2"), ("a.txt", b"3")]);
        assert!(
            matches!(&error, PackError::Duplicate { name } if name == "a.txt"),
            "\"a.txt\" was given twice: it should be refused as Duplicate {{ name: \"a.txt\" }} \
             (check it yourself before the zip writer does; its own error does not say which \
             rule was broken); got {error:?}"
        );
    }

    /// The error is the first bad entry's, in the order given.
    fn the_first_bad_entry_is_reported() {
        let error = refused(&[("ok.txt", b"ok"), ("../x", b"x"), ("/y", b"y"), ("ok.txt", b"z")]);
        assert!(
            matches!(&error, PackError::DotPart { name } if name == "../x"),
            "\"../x\" is the first bad entry, so the error should be DotPart {{ name: \"../x\" }}; \
             got {error:?}"
        );
    }

    /// The error's message names the entry.
    fn the_message_names_the_entry() {
        for (files, name) in [
            (&[("../secret", &b"x"[..])][..], "../secret"),
            (&[("/abs", &b"x"[..])][..], "/abs"),
            (&[("w\\in", &b"x"[..])][..], "w\\in"),
            (&[("a//b", &b"x"[..])][..], "a//b"),
            (&[("twice", &b"x"[..]), ("twice", &b"y"[..])][..], "twice"),
        ] {
            let message = refused(files).to_string();
            assert!(
                message.contains(&format!("{name:?}")),
                "the error's message should name the entry {name:?} (quoted, as `{{name:?}}` \
                 writes it); it was {message:?}"
            );
        }
    }
}
