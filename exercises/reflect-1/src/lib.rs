//! A map keyed by type: one value of each type, put in and taken out by
//! the type alone. What a Go program builds as `map[reflect.Type]any`,
//! keyed by `reflect.TypeOf(v)` and read back with a type assertion
//! `m[t].(T)`; what an HTTP framework keeps per request as "extensions".
//!
//! Run the tests with `cargo test -p reflect-1`; ask for a hint with
//! `cargo course hint reflect-1`.

use std::any::{Any, TypeId};
use std::collections::HashMap;

/// At most one value of each type, found by its type.
///
/// ```ignore
/// let mut map = TypeMap::new();
/// map.insert(42_u32);
/// map.insert(String::from("Go"));
/// assert_eq!(map.get::<u32>(), Some(&42));
/// ```
#[derive(Default)]
pub struct TypeMap {
    // TODO: Go's `map[reflect.Type]any`. The key is the type's `TypeId`
    // (`TypeId::of::<T>()`, Go's `reflect.TypeOf`), the value a
    // `Box<dyn Any>` (Go's `any`), turned back into a `T` by downcasting
    // (Go's `v.(T)`).
    values: HashMap<TypeId, Box<dyn Any>>,
}

impl TypeMap {
    /// An empty map.
    pub fn new() -> Self {
        Self::default()
    }

    /// Puts `value` in the slot of its type `T`, and gives back the value
    /// of type `T` that was there before, if any.
    pub fn insert<T: Any>(&mut self, value: T) -> Option<T> {
        // TODO: Go's `old, ok := m[reflect.TypeOf(value)]; m[...] = value`,
        // then `old.(T)`. A new value replaces the old one.
        todo!()
    }

    /// The value of type `T`, if there is one.
    pub fn get<T: Any>(&self) -> Option<&T> {
        // TODO: Go's `v, ok := m[t]` and then `v.(T)`.
        todo!()
    }

    /// The value of type `T`, to change in place, if there is one.
    pub fn get_mut<T: Any>(&mut self) -> Option<&mut T> {
        // TODO: as `get`, with a `&mut`: Go would store a `*T` to do this.
        todo!()
    }

    /// The value of type `T`, inserting `make()` first if there is none;
    /// `make` is called only then.
    pub fn get_or_insert_with<T: Any>(&mut self, make: impl FnOnce() -> T) -> &mut T {
        // TODO: Go's `v, ok := m[t]; if !ok { v = make(); m[t] = v }`:
        // call `make` only when the slot is empty.
        todo!()
    }

    /// Takes the value of type `T` out of the map, if there is one.
    pub fn remove<T: Any>(&mut self) -> Option<T> {
        // TODO: Go's `v := m[t]; delete(m, t)`, and the value as a `T`.
        todo!()
    }

    /// How many values (so how many types) the map holds.
    pub fn len(&self) -> usize {
        // TODO: Go's `len(m)`.
        todo!()
    }

    /// Whether the map holds no value.
    pub fn is_empty(&self) -> bool {
        // TODO: Go's `len(m) == 0`.
        todo!()
    }
}
