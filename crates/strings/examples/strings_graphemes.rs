//! Grapheme clusters, what a reader sees as one character: their count and
//! a reversal that keeps each whole. Go's standard library has none; in
//! Rust they come from the `unicode-segmentation` crate. No Go original.

use strings::{lengths::lengths, print, reverse};
use unicode_segmentation::UnicodeSegmentation;

fn main() {
    // ANCHOR: counts
    // é as e + U+0301; 👍🏽 with a skin tone; 👩‍👧 is 👩, U+200D ZERO
    // WIDTH JOINER, 👧
    for text in ["Go语言", "cafe\u{301}", "👍🏽", "👩\u{200d}👧"] {
        let n = lengths(text);
        let (bytes, chars, graphemes) = (n.bytes, n.chars, n.graphemes);
        println!("{text}: bytes {bytes}, chars {chars}, graphemes {graphemes}");
    }
    // ANCHOR_END: counts

    // ANCHOR: reverse
    for text in ["cafe\u{301}", "👍🏽"] {
        let chars = print::quote_ascii(&reverse::chars(text));
        let graphemes = print::quote_ascii(&reverse::graphemes(text));
        println!("by chars {chars}, by graphemes {graphemes}");
    }
    // ANCHOR_END: reverse

    // ANCHOR: split
    let clusters: Vec<String> = "cafe\u{301}👍🏽"
        .graphemes(true)
        .map(print::quote_ascii)
        .collect();
    println!("graphemes: {}", clusters.join(" "));
    // ANCHOR_END: split
}
