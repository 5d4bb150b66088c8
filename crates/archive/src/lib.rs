//! Go's `archive/zip` in Rust, with the [`zip`] crate: writing an archive
//! ([`write`]), reading one back ([`read`]), and extracting one without
//! letting an entry's name climb out of the target directory ([`extract`]).
//!
//! | Go (`archive/zip`) | Rust (`zip`) |
//! |---|---|
//! | `zip.NewWriter(w)` | [`zip::ZipWriter::new`] (needs `Write + Seek`) |
//! | `w.Create(name)` / `w.CreateHeader(&zip.FileHeader{Method: zip.Store})` | `start_file(name, SimpleFileOptions::default().compression_method(..))` |
//! | `w.Close()` | [`zip::ZipWriter::finish`], which hands the writer back |
//! | `zip.NewReader(r, size)` / `zip.OpenReader(path)` | [`zip::ZipArchive::new`] (needs `Read + Seek`) |
//! | `for _, f := range r.File { f.Open() }` | `for i in 0..archive.len() { archive.by_index(i)? }` |
//! | `f.Name` (trust it at your peril) | `file.name()?`, and for a path: `file.enclosed_name()` |
//!
//! The chapter is `book/src/archive.md`; the Go originals are in `go/`.

pub mod extract;
pub mod read;
pub mod write;
