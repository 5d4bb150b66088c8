//! Go's `reflect`, seen from Rust: what a program can learn about a type
//! while it runs (`Any`, `TypeId`, `type_name`, downcasting), and why the
//! rest, the field walk that Go's `reflect` and `encoding/json` do at run
//! time, is code that Rust generates at compile time (traits and derives).
//!
//! A Go `interface{}` carries its dynamic type with it, and `reflect` can
//! ask that type anything: its name, its Kind, its fields and their tags,
//! and set a field through a pointer. A Rust `&dyn Any` carries only a
//! [`TypeId`](std::any::TypeId): it can be asked "are you a `T`?" for a `T`
//! named in the code (`downcast_ref::<T>()`), and nothing else. There is no
//! list of fields at run time; a derive (`#[derive(Serialize)]`) or a
//! hand-written trait impl writes the walk over the fields when the program
//! is compiled, so a missing field or a wrong type is a compile error rather
//! than a panic.
//!
//! | Go                                    | Rust                                                      |
//! |---------------------------------------|-----------------------------------------------------------|
//! | `interface{}` / `any`                 | `&dyn Any`, `Box<dyn Any>` (only `'static` types)          |
//! | `v.(T)`, `v, ok := v.(T)`             | `v.downcast_ref::<T>()` (an `Option`), `boxed.downcast::<T>()` |
//! | `switch x := v.(type)`                | `if let Some(x) = v.downcast_ref::<T>()`, one per type     |
//! | `reflect.TypeOf(v)` as a map key      | `TypeId::of::<T>()`, `v.type_id()`                         |
//! | `reflect.TypeOf(v).String()`          | `std::any::type_name::<T>()` (for people, not for matching) |
//! | `t.NumField()`, `t.Field(i).Tag`      | no run-time fields: a trait, written by hand or derived    |
//! | `json:"name"` tags                    | `#[serde(rename = "name")]` on a derived `Serialize`       |
//! | `reflect.ValueOf(&x).Elem().Field(i).SetInt(n)` | `x.field = n` through a `&mut`, checked at compile time |
//!
//! # Modules
//!
//! - [`dynamic`]: a type switch over `&dyn Any`, and what Go's
//!   `reflect.TypeOf` says about the few types the examples use.
//! - [`fields`]: a field walk as a trait: what `reflect`'s `NumField` and
//!   `Field(i)` give Go, written once per type at compile time.
//! - [`model`]: the types the examples look at, `User` (with serde's
//!   derive, Go's struct tags) and `Account` (with a private field).

pub mod dynamic;
pub mod fields;
pub mod model;
