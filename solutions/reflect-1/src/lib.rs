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
        self.values
            .insert(TypeId::of::<T>(), Box::new(value))
            .and_then(|old| old.downcast::<T>().ok())
            .map(|old| *old)
    }

    /// The value of type `T`, if there is one.
    pub fn get<T: Any>(&self) -> Option<&T> {
        self.values.get(&TypeId::of::<T>())?.downcast_ref::<T>()
    }

    /// The value of type `T`, to change in place, if there is one.
    pub fn get_mut<T: Any>(&mut self) -> Option<&mut T> {
        self.values.get_mut(&TypeId::of::<T>())?.downcast_mut::<T>()
    }

    /// The value of type `T`, inserting `make()` first if there is none;
    /// `make` is called only then.
    pub fn get_or_insert_with<T: Any>(&mut self, make: impl FnOnce() -> T) -> &mut T {
        self.values
            .entry(TypeId::of::<T>())
            .or_insert_with(|| Box::new(make()))
            .downcast_mut::<T>()
            .expect("the slot of T holds a T")
    }

    /// Takes the value of type `T` out of the map, if there is one.
    pub fn remove<T: Any>(&mut self) -> Option<T> {
        self.values
            .remove(&TypeId::of::<T>())
            .and_then(|old| old.downcast::<T>().ok())
            .map(|old| *old)
    }

    /// How many values (so how many types) the map holds.
    pub fn len(&self) -> usize {
        self.values.len()
    }

    /// Whether the map holds no value.
    pub fn is_empty(&self) -> bool {
        self.values.is_empty()
    }
}
