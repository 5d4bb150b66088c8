//! A UTF-8 decoder for bytes that arrive in pieces: a file read a buffer at
//! a time, a socket, a pipe. It never cuts a char that a chunk boundary
//! splits, and it replaces each invalid sequence with U+FFFD while
//! recording where in the stream it was.
//!
//! The Go habit is `string(buf[:n])` after each read: a char cut by the
//! end of the buffer turns into bytes that are not UTF-8, in this chunk and
//! the next. Here a chunk's incomplete last char waits for the next chunk,
//! so that the text decoded from any chunking of a stream is what
//! `String::from_utf8_lossy` makes of the whole stream at once.
//!
//! Run the tests with `cargo test -p strings-2`; ask for a hint with
//! `cargo course hint strings-2`.

use std::ops::Range;

/// Decodes a stream of UTF-8 bytes, chunk by chunk.
#[derive(Debug, Default)]
pub struct Utf8Decoder {
    // TODO: what Go would keep in a struct beside its bufio.Reader: the
    // bytes of a char the last chunk cut short (a Vec<u8>), how many bytes
    // of the stream came before them, and the invalid ranges found so far.
}

impl Utf8Decoder {
    /// A decoder at the start of a stream.
    pub fn new() -> Utf8Decoder {
        // TODO: nothing held back, offset 0, no invalid ranges.
        todo!()
    }

    /// Decodes the next `chunk` of the stream and returns the text it
    /// completes: what earlier chunks held back, then the chunk, less a
    /// char cut short at its end, which is held back in turn. Each invalid
    /// sequence becomes one U+FFFD, as in `String::from_utf8_lossy`, and
    /// its byte range in the stream is recorded.
    pub fn decode(&mut self, chunk: &[u8]) -> String {
        // TODO: not Go's `string(buf[:n])` on each chunk alone. Put the
        // held-back bytes in front of the chunk, then walk the valid text
        // and the invalid sequences (`<[u8]>::utf8_chunks`, or
        // `std::str::from_utf8` and its error's `valid_up_to` and
        // `error_len`). Invalid bytes at the very end that more bytes
        // could complete are held back; any other invalid sequence is one
        // U+FFFD and one recorded range, in stream offsets.
        todo!()
    }

    /// Ends the stream: a char still held back will never be completed, so
    /// it is invalid, and comes out as one U+FFFD (recorded); otherwise
    /// there is nothing left, and this returns an empty string.
    pub fn finish(&mut self) -> String {
        // TODO: the held-back bytes, if any, are one invalid sequence now.
        todo!()
    }

    /// The byte range in the stream (from its first byte, over every chunk)
    /// of each invalid sequence decoded so far, in order.
    pub fn invalid(&self) -> &[Range<usize>] {
        // TODO: lend the ranges recorded so far.
        todo!()
    }
}
