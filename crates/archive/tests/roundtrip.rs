//! Writing and reading archives, in memory and on disk.

use std::io::Cursor;

use archive::read::{go_method_name, read_files};
use archive::write::{NewFile, zip_to_file, zip_to_vec};
use zip::CompressionMethod;

fn poem() -> Vec<u8> {
    "床前明月光，疑是地上霜。\n".repeat(50).into_bytes()
}

#[test]
fn a_vec_round_trips_names_methods_and_contents() {
    let poem = poem();
    let bytes = zip_to_vec(&[
        NewFile {
            name: "poem.txt",
            contents: &poem,
            method: CompressionMethod::Deflated,
        },
        NewFile {
            name: "dir/raw.bin",
            contents: b"\x00\x01\x02",
            method: CompressionMethod::Stored,
        },
    ])
    .unwrap();
    assert_eq!(
        &bytes[..4],
        b"PK\x03\x04",
        "a zip starts with a local file header"
    );
    let files = read_files(Cursor::new(bytes)).unwrap();
    assert_eq!(files.len(), 2);
    assert_eq!(files[0].name, "poem.txt");
    assert_eq!(files[0].contents, poem);
    assert_eq!(go_method_name(files[0].method), "Deflate");
    assert!(
        files[0].compressed_size < files[0].size / 10,
        "deflate shrinks a text that repeats itself: {} of {}",
        files[0].compressed_size,
        files[0].size
    );
    assert_eq!(files[1].name, "dir/raw.bin");
    assert_eq!(go_method_name(files[1].method), "Store");
    assert_eq!(
        files[1].compressed_size, 3,
        "Store keeps the bytes as they are"
    );
}

#[test]
fn a_file_round_trips() {
    let dir = std::env::temp_dir().join(format!("archive-roundtrip-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let path = dir.join("out.zip");
    zip_to_file(
        &path,
        &[NewFile {
            name: "hello.txt",
            contents: b"hello",
            method: CompressionMethod::Deflated,
        }],
    )
    .unwrap();
    let files = read_files(std::fs::File::open(&path).unwrap()).unwrap();
    std::fs::remove_dir_all(&dir).unwrap();
    assert_eq!(files.len(), 1);
    assert_eq!(files[0].contents, b"hello");
}

#[test]
fn bytes_that_are_not_a_zip_are_an_error() {
    assert!(read_files(Cursor::new(b"not a zip".to_vec())).is_err());
}
