//! Go's `fmt.Println` format for a slice, so that a port prints what its Go
//! original prints.

use std::fmt::Display;

/// A slice as `fmt.Println` prints one: `[1 2 3]`.
///
/// ```
/// assert_eq!(control_flow::print::slice(&[1, 2, 3]), "[1 2 3]");
/// assert_eq!(control_flow::print::slice::<i32>(&[]), "[]");
/// ```
pub fn slice<T: Display>(items: &[T]) -> String {
    let items: Vec<String> = items.iter().map(ToString::to_string).collect();
    format!("[{}]", items.join(" "))
}
