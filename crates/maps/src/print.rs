//! Go's `fmt.Println` formats, so that a port prints what its Go original
//! prints: `map[a:1 b:2]` with the keys sorted (Go's `fmt` sorts a map's
//! keys since Go 1.12), `[x y]` for a slice, `{1 2}` for a struct.

use std::fmt::Display;

/// A value as Go's `fmt.Println` prints it.
pub trait GoFormat {
    /// The text `fmt.Println` would print for this value.
    fn go_format(&self) -> String;
}

macro_rules! go_format_as_display {
    ($($t:ty),*) => {
        $(impl GoFormat for $t {
            fn go_format(&self) -> String {
                self.to_string()
            }
        })*
    };
}

go_format_as_display!(i32, u32, i64, usize, bool, char, String, &str);

/// Go's empty struct, `struct{}`, prints as `{}`: a set's values.
impl GoFormat for () {
    fn go_format(&self) -> String {
        "{}".to_owned()
    }
}

/// A slice: `[a b c]`.
impl<T: GoFormat> GoFormat for Vec<T> {
    fn go_format(&self) -> String {
        slice(self)
    }
}

/// A slice as `fmt.Println` prints one: `[a b c]`.
///
/// ```
/// assert_eq!(maps::print::slice(&["go", "is"]), "[go is]");
/// ```
pub fn slice<T: GoFormat>(items: &[T]) -> String {
    let items: Vec<String> = items.iter().map(GoFormat::go_format).collect();
    format!("[{}]", items.join(" "))
}

/// A map as `fmt.Println` prints one, `map[k:v ...]`, with the keys in
/// sorted order whatever order `entries` comes in.
///
/// ```
/// use std::collections::HashMap;
/// let counts = HashMap::from([("the", 2), ("cat", 1)]);
/// assert_eq!(maps::print::map(&counts), "map[cat:1 the:2]");
/// ```
pub fn map<'a, K, V>(entries: impl IntoIterator<Item = (&'a K, &'a V)>) -> String
where
    K: Display + Ord + 'a,
    V: GoFormat + 'a,
{
    let mut entries: Vec<(&K, &V)> = entries.into_iter().collect();
    entries.sort_by(|a, b| a.0.cmp(b.0));
    let entries: Vec<String> = entries
        .iter()
        .map(|(k, v)| format!("{k}:{}", v.go_format()))
        .collect();
    format!("map[{}]", entries.join(" "))
}
