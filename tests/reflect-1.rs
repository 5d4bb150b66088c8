//! Graded tests for reflect-1: a map keyed by type (`TypeId`), holding one
//! `Box<dyn Any>` per type and downcasting it back.

use std::cell::Cell;

use reflect_1::TypeMap;

/// A newtype: a type of its own, though it holds a `u64`.
#[derive(Debug, Clone, Copy, PartialEq)]
struct UserId(u64);

graded::tests! {
    /// Values of different types live side by side, each found by its type.
    fn each_type_has_its_own_slot() {
        let mut map = TypeMap::new();
        map.insert(7_u64);
        map.insert(String::from("Go"));
        map.insert(UserId(42));
        assert_eq!(
            map.len(),
            3,
            "a u64, a String and a UserId were inserted, so the map holds 3 values: \
             two types shared a key (is the key `TypeId::of::<T>()`? `boxed.type_id()` on a \
             `Box<dyn Any>` is the TypeId of the box, the same for every T)"
        );
        assert_eq!(map.get::<u64>(), Some(&7), "the u64 inserted is not found as a u64");
        assert_eq!(
            map.get::<String>().map(String::as_str),
            Some("Go"),
            "the String inserted is not found as a String"
        );
        assert_eq!(
            map.get::<UserId>(),
            Some(&UserId(42)),
            "the UserId inserted is not found as a UserId (a newtype is a type of its own)"
        );
    }

    /// A type never inserted is not there, even if a similar one is.
    fn a_type_not_inserted_is_absent() {
        let mut map = TypeMap::new();
        assert!(map.is_empty(), "a new map is empty");
        assert_eq!(map.get::<u64>(), None, "a new map holds no u64");
        map.insert(7_u64);
        assert!(!map.is_empty(), "a map with a u64 in it is not empty");
        assert_eq!(
            map.get::<u32>(),
            None,
            "only a u64 was inserted: a u32 is another type, with no value"
        );
        assert_eq!(
            map.get::<UserId>(),
            None,
            "only a u64 was inserted: UserId(u64) is another type, with no value"
        );
        assert_eq!(map.get_mut::<i64>(), None, "get_mut of a type not inserted is None");
    }

    /// Inserting a second value of a type replaces the first and returns it.
    fn insert_replaces_and_returns_the_old_value() {
        let mut map = TypeMap::new();
        assert_eq!(map.insert(1_i32), None, "the first insert of a type has no old value");
        assert_eq!(
            map.insert(2_i32),
            Some(1),
            "inserting a second i32 gives back the first (Go's `old, ok := m[t]`)"
        );
        assert_eq!(map.get::<i32>(), Some(&2), "after the second insert, the i32 is the new one");
        assert_eq!(map.len(), 1, "two i32s take one slot: the map holds 1 value");
    }

    /// `get_mut` changes the value in the map, not a copy.
    fn get_mut_changes_the_value_in_place() {
        let mut map = TypeMap::new();
        map.insert(vec![1, 2]);
        map.get_mut::<Vec<i32>>()
            .expect("a Vec<i32> was inserted: get_mut finds it")
            .push(3);
        assert_eq!(
            map.get::<Vec<i32>>(),
            Some(&vec![1, 2, 3]),
            "a push through get_mut must change the Vec in the map"
        );
    }

    /// `get_or_insert_with` calls `make` only when the type has no value.
    fn get_or_insert_with_makes_only_when_missing() {
        let mut map = TypeMap::new();
        let calls = Cell::new(0);
        let make = || {
            calls.set(calls.get() + 1);
            10_u16
        };
        *map.get_or_insert_with(make) += 1;
        assert_eq!(calls.get(), 1, "with no u16 in the map, get_or_insert_with calls make once");
        assert_eq!(map.get::<u16>(), Some(&11), "the made value is inserted, and the &mut changes it");
        let again = map.get_or_insert_with(|| {
            calls.set(calls.get() + 1);
            99_u16
        });
        assert_eq!(*again, 11, "with a u16 in the map, get_or_insert_with returns it, not a new one");
        assert_eq!(
            calls.get(),
            1,
            "with a u16 in the map, make must not be called (build the value only when the slot is empty)"
        );
        assert_eq!(map.len(), 1, "one type, one value");
    }

    /// `remove` takes the value out and gives it back.
    fn remove_takes_the_value_out() {
        let mut map = TypeMap::new();
        map.insert(String::from("Go"));
        map.insert(3.5_f64);
        assert_eq!(
            map.remove::<String>().as_deref(),
            Some("Go"),
            "remove::<String>() gives back the String that was inserted"
        );
        assert_eq!(map.get::<String>(), None, "after remove, there is no String in the map");
        assert_eq!(map.len(), 1, "after removing the String, only the f64 is left");
        assert_eq!(map.remove::<String>(), None, "removing twice: the second time there is nothing");
        assert_eq!(map.get::<f64>(), Some(&3.5), "removing the String leaves the f64 alone");
    }
}
