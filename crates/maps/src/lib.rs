//! Go's maps, ported to Rust: `HashMap`, `BTreeMap` and `HashSet`.
//!
//! A Go map read never fails: a missing key gives the value type's zero
//! value, and `v, ok := m[k]` says whether it was there. A Rust map read
//! gives an `Option` (`m.get(k)`), and the *entry* API says what a missing
//! key should start as (`*m.entry(k).or_insert(0) += 1` is Go's `m[k]++`).
//! A Go map value cannot be changed in place (`m[k].field = v` does not
//! compile); `m.get_mut(k)` lends it mutably in Rust. Neither language
//! iterates a hash map in a fixed order; Rust's `BTreeMap` iterates in key
//! order.
//!
//! | Go                                 | Rust                                           |
//! |------------------------------------|------------------------------------------------|
//! | `v := m[k]` (zero if missing)      | `m.get(k).copied().unwrap_or_default()`        |
//! | `v, ok := m[k]`                    | `if let Some(v) = m.get(k)`                    |
//! | `_, ok := m[k]`                    | `m.contains_key(k)`                            |
//! | `m[k] = v`                         | `m.insert(k, v)` (returns the old value)       |
//! | `m[k]++`                           | `*m.entry(k).or_insert(0) += 1`                |
//! | `m[k] = append(m[k], v)`           | `m.entry(k).or_default().push(v)`              |
//! | `p := m[k]; p.X = 1; m[k] = p`     | `m.get_mut(k).unwrap().x = 1` (or `if let`)    |
//! | `delete(m, k)`                     | `m.remove(k)` (returns the value)              |
//! | delete inside `for k, v := range m` | `m.retain(\|k, v\| keep)`                      |
//! | `map[string]struct{}`              | `HashSet<String>`                              |
//! | keys sorted by hand                | `BTreeMap`, or collect the keys and sort       |
//!
//! # Modules
//!
//! - [`print`](mod@print): Go's `fmt.Println` formats for maps, slices and
//!   structs, so that the examples print what the Go programs print.

pub mod print;
