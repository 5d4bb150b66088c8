//! lint-1: eight small functions written the way a Go programmer writes
//! them on their first day of Rust. rustc accepts every one; clippy does
//! not. Seven work and are only clumsy; one has a bug that clippy names.
//! Fix what clippy reports without changing what the functions do (and fix
//! the bug): the build of this package runs clippy on `src/` with every
//! default lint denied, and the graded tests read what it found and check
//! each function's behaviour. See it yourself with
//! `cargo clippy -p lint-1 -- -D warnings`.

/// The sum of the values.
pub fn total(values: &[i64]) -> i64 {
    // TODO: Go's `for i := 0; i < len(values); i++ { sum += values[i] }` and
    // a `return` on the last line. Loop over the values themselves (or let
    // an iterator add them up), and end on the expression, without `return`.
    let mut sum = 0;
    for i in 0..values.len() {
        sum += values[i];
    }
    return sum;
}

/// Whether the text is empty or only whitespace.
pub fn is_blank(text: &str) -> bool {
    // TODO: Go's `if len(strings.TrimSpace(s)) == 0 { return true }`. A
    // condition is already a bool, and Rust's strings ask `is_empty()`.
    if text.trim().len() == 0 { true } else { false }
}

/// The fields joined with commas, as one CSV line (no quoting).
pub fn csv_line(fields: &[&str]) -> String {
    // TODO: Go's `line += ","` and `line = line + field`, with a `String`
    // made for each field on the way. Push a `char` for one character, and
    // push the `&str` you already have (or look at `join`).
    let mut line = String::new();
    for (i, field) in fields.iter().enumerate() {
        if i > 0 {
            line.push_str(",");
        }
        line = line + &field.to_string();
    }
    line
}

/// Whether `code` is an HTTP success: 200 to 299, both included.
pub fn is_success(code: u16) -> bool {
    // TODO: Go's `code >= 200 && code <= 299`. Rust writes the range once.
    code >= 200 && code <= 299
}

/// The name of a `--name` command-line flag, or `None` for anything else.
pub fn strip_flag(arg: &str) -> Option<&str> {
    // TODO: Go's `if strings.HasPrefix(arg, "--") { return arg[2:] }`: the
    // check and the slice say the prefix's length twice. A `str` method does
    // both at once and returns an Option.
    if arg.starts_with("--") {
        Some(&arg[2..])
    } else {
        None
    }
}

/// The first even value, if there is one.
pub fn first_even(values: &[i32]) -> Option<i32> {
    // TODO: Go's loop with an early return. An iterator has a method for
    // "the first one that matches".
    for &value in values {
        if value % 2 == 0 {
            return Some(value);
        }
    }
    None
}

/// Each line with its number in front, from 1: `"1: first"`.
pub fn numbered(lines: &[&str]) -> Vec<String> {
    // TODO: Go's `n := 1` counter, incremented at the end of each pass. An
    // iterator counts for you (from 0: mind the first number).
    let mut out = Vec::new();
    let mut n = 1;
    for line in lines {
        out.push(format!("{n}: {line}"));
        n += 1;
    }
    out
}

/// The two values in order, the smaller first.
pub fn sorted_pair(mut low: i32, mut high: i32) -> (i32, i32) {
    // TODO: Go swaps two variables with `low, high = high, low`. Two
    // assignments in a row are not a swap: the second reads the value the
    // first just wrote. clippy names the standard library's swap.
    if low > high {
        low = high;
        high = low;
    }
    (low, high)
}
