//! lint-1: eight small functions as clippy likes them: iterators instead of
//! index loops and counters, a range instead of two comparisons, the
//! standard library's `strip_prefix`, `find`, `is_empty`, `join` and
//! `swap`, and the last expression as the value.

/// The sum of the values.
pub fn total(values: &[i64]) -> i64 {
    values.iter().sum()
}

/// Whether the text is empty or only whitespace.
pub fn is_blank(text: &str) -> bool {
    text.trim().is_empty()
}

/// The fields joined with commas, as one CSV line (no quoting).
pub fn csv_line(fields: &[&str]) -> String {
    fields.join(",")
}

/// Whether `code` is an HTTP success: 200 to 299, both included.
pub fn is_success(code: u16) -> bool {
    (200..=299).contains(&code)
}

/// The name of a `--name` command-line flag, or `None` for anything else.
pub fn strip_flag(arg: &str) -> Option<&str> {
    arg.strip_prefix("--")
}

/// The first even value, if there is one.
pub fn first_even(values: &[i32]) -> Option<i32> {
    values.iter().copied().find(|value| value % 2 == 0)
}

/// Each line with its number in front, from 1: `"1: first"`.
pub fn numbered(lines: &[&str]) -> Vec<String> {
    lines
        .iter()
        .enumerate()
        .map(|(i, line)| format!("{}: {line}", i + 1))
        .collect()
}

/// The two values in order, the smaller first.
pub fn sorted_pair(mut low: i32, mut high: i32) -> (i32, i32) {
    if low > high {
        std::mem::swap(&mut low, &mut high);
    }
    (low, high)
}
