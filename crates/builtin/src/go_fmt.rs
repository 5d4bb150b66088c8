//! Go's `fmt.Println` formats, so that a port prints what its Go original
//! prints.

use std::collections::HashMap;
use std::fmt::Display;

/// A slice as `fmt.Println` prints one: `[1 2 3]`.
///
/// ```
/// assert_eq!(builtin::go_fmt::slice(&[1, 2, 3]), "[1 2 3]");
/// assert_eq!(builtin::go_fmt::slice::<i32>(&[]), "[]");
/// ```
pub fn slice<T: Display>(items: &[T]) -> String {
    let items: Vec<String> = items.iter().map(ToString::to_string).collect();
    format!("[{}]", items.join(" "))
}

/// A map as `fmt.Println` prints one: `map[a:1 b:2]`, in key order (Go's
/// `fmt` sorts a map's keys before printing it, since Go 1.12).
///
/// ```
/// use std::collections::HashMap;
/// let ages = HashMap::from([("bo", 42), ("ann", 31)]);
/// assert_eq!(builtin::go_fmt::map(&ages), "map[ann:31 bo:42]");
/// ```
pub fn map<K: Display + Ord, V: Display>(map: &HashMap<K, V>) -> String {
    let mut entries: Vec<(&K, &V)> = map.iter().collect();
    entries.sort_by(|a, b| a.0.cmp(b.0));
    let entries: Vec<String> = entries.iter().map(|(k, v)| format!("{k}:{v}")).collect();
    format!("map[{}]", entries.join(" "))
}
