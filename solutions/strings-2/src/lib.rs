//! A UTF-8 decoder for bytes that arrive in pieces: a file read a buffer at
//! a time, a socket, a pipe. It never cuts a char that a chunk boundary
//! splits, and it replaces each invalid sequence with U+FFFD while
//! recording where in the stream it was.
//!
//! The Go habit is `string(buf[:n])` after each read, which turns the
//! first bytes of a char cut by the end of the buffer into garbage (and,
//! once decoded, into U+FFFD) and the rest of it, in the next buffer,
//! into more. Here a chunk's incomplete last char is held back until the
//! next chunk completes it, so that the text decoded from any chunking of
//! a stream is what [`String::from_utf8_lossy`] makes of the whole.

use std::char::REPLACEMENT_CHARACTER;
use std::ops::Range;

/// Decodes a stream of UTF-8 bytes, chunk by chunk.
#[derive(Debug, Default)]
pub struct Utf8Decoder {
    /// The first bytes of a char that the last chunk cut short, waiting
    /// for the rest.
    pending: Vec<u8>,
    /// How many bytes of the stream come before `pending`: the stream
    /// offset of the next byte to decode.
    offset: usize,
    /// The byte range in the stream of each invalid sequence so far.
    invalid: Vec<Range<usize>>,
}

impl Utf8Decoder {
    /// A decoder at the start of a stream.
    pub fn new() -> Utf8Decoder {
        Utf8Decoder::default()
    }

    /// Decodes the next `chunk` of the stream and returns the text it
    /// completes: what earlier chunks held back, then the chunk, less a
    /// char cut short at its end, which is held back in turn. Each invalid
    /// sequence becomes one U+FFFD, as in [`String::from_utf8_lossy`], and
    /// its byte range in the stream is recorded.
    pub fn decode(&mut self, chunk: &[u8]) -> String {
        let mut bytes = std::mem::take(&mut self.pending);
        bytes.extend_from_slice(chunk);
        let mut text = String::with_capacity(bytes.len());
        let mut chunks = bytes.utf8_chunks().peekable();
        while let Some(part) = chunks.next() {
            text.push_str(part.valid());
            self.offset += part.valid().len();
            let bad = part.invalid();
            if bad.is_empty() {
                continue;
            }
            // At the very end, the invalid bytes may only be short: the
            // start of a char whose other bytes are in the next chunk.
            // `error_len() == None` says that more bytes could complete it.
            let cut_short = chunks.peek().is_none()
                && std::str::from_utf8(bad).is_err_and(|e| e.error_len().is_none());
            if cut_short {
                self.pending = bad.to_vec();
            } else {
                self.replace(bad.len(), &mut text);
            }
        }
        text
    }

    /// Ends the stream: a char still held back will never be completed, so
    /// it is invalid, and comes out as one U+FFFD (recorded); otherwise
    /// there is nothing left, and this returns an empty string.
    pub fn finish(&mut self) -> String {
        let mut text = String::new();
        if !self.pending.is_empty() {
            let len = self.pending.len();
            self.pending.clear();
            self.replace(len, &mut text);
        }
        text
    }

    /// The byte range in the stream (from its first byte, over every chunk)
    /// of each invalid sequence decoded so far, in order.
    pub fn invalid(&self) -> &[Range<usize>] {
        &self.invalid
    }

    /// Records the `len` invalid bytes at the current offset and writes
    /// their one replacement.
    fn replace(&mut self, len: usize, text: &mut String) {
        self.invalid.push(self.offset..self.offset + len);
        self.offset += len;
        text.push(REPLACEMENT_CHARACTER);
    }
}
