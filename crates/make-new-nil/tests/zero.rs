//! `Default` is Go's zero value when derived, and whatever the type says
//! when written by hand; `make`'s forms are `vec!`, `Vec::with_capacity`
//! and `HashMap::new`.

use make_new_nil::zero::{Options, Timeouts};
use std::collections::HashMap;

// ANCHOR: derived
#[test]
fn a_derived_default_is_gos_zero_value() {
    let o = Options::default();
    assert_eq!(o.name, "");
    assert_eq!(o.retries, 0);
    assert!(!o.verbose);
    assert!(o.tags.is_empty());
    assert_eq!(i32::default(), 0);
    assert_eq!(Option::<i32>::default(), None);
}
// ANCHOR_END: derived

// ANCHOR: hand_written
#[test]
fn a_hand_written_default_need_not_be_zero() {
    let t = Timeouts::default();
    assert_eq!((t.connect_ms, t.read_ms), (1_000, 5_000));
    // the fields not named come from Default::default()
    let fast = Timeouts {
        connect_ms: 100,
        ..Default::default()
    };
    assert_eq!(fast.read_ms, 5_000);
}
// ANCHOR_END: hand_written

// ANCHOR: make
#[test]
fn the_forms_of_make() {
    // make([]int, 3): three zeros
    assert_eq!(vec![0; 3], [0, 0, 0]);
    // make([]int, 0, 3): empty, with room for 3
    let ids: Vec<i32> = Vec::with_capacity(3);
    assert!(ids.is_empty() && ids.capacity() >= 3);
    // var s []int and []int{} are both Vec::new():
    // empty, and nothing allocated yet
    let s: Vec<i32> = Vec::new();
    assert_eq!((s.len(), s.capacity()), (0, 0));
    assert_eq!(s, Vec::<i32>::default());
    // make(map[string]int) and make(map[string]int, 100)
    let m: HashMap<String, i32> = HashMap::new();
    assert_eq!(m.capacity(), 0);
    let sized: HashMap<String, i32> = HashMap::with_capacity(100);
    assert!(sized.is_empty() && sized.capacity() >= 100);
}
// ANCHOR_END: make

// ANCHOR: new
#[test]
fn box_new_is_gos_new() {
    // p := new(int); *p = 7
    let mut p = Box::new(i32::default());
    *p = 7;
    assert_eq!(*p, 7);
    // Box<T> dereferences to T: methods and fields go through it
    let q: Box<Options> = Box::default();
    assert_eq!(q.name.len(), 0);
}
// ANCHOR_END: new
