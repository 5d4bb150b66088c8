//! Graded tests for gc-1: a stop-the-world tri-colour mark and sweep over an
//! arena. After `mark`, every object reachable from a root is black, every
//! other white, none grey, and no black object points to a white one; after
//! `sweep`, the white ones are freed (cycles included) and the survivors are
//! white again.

use gc_1::{Color, Handle, Heap};

/// The tri-colour invariant after a finished marking: no grey object is
/// left, and no black object points to a white one.
fn check_marked(heap: &Heap, when: &str) {
    for object in heap.live_handles() {
        let color = heap.color(object).expect("a live handle has a colour");
        assert_ne!(
            color,
            Color::Grey,
            "{when}: an object is still grey after `mark`: marking must scan grey objects \
             until none is left"
        );
        if color == Color::Black {
            for target in heap.fields(object).unwrap().iter().flatten() {
                assert_ne!(
                    heap.color(*target),
                    Some(Color::White),
                    "{when}: a black object points to a white one: scanning an object must \
                     shade every object it points to"
                );
            }
        }
    }
}

/// A chain root -> a -> b -> c, with c's field left empty.
fn chain(heap: &mut Heap) -> [Handle; 4] {
    let root = heap.alloc(1);
    let a = heap.alloc(1);
    let b = heap.alloc(1);
    let c = heap.alloc(1);
    heap.set_field(root, 0, Some(a));
    heap.set_field(a, 0, Some(b));
    heap.set_field(b, 0, Some(c));
    heap.add_root(root);
    [root, a, b, c]
}

graded::tests! {
    /// Marking blackens the roots and everything they reach, at any depth,
    /// and leaves the rest white.
    fn mark_blackens_exactly_what_the_roots_reach() {
        let mut heap = Heap::new();
        let reached = chain(&mut heap);
        let lost = heap.alloc(1);
        heap.mark();
        check_marked(&heap, "after mark");
        assert_eq!(
            heap.color(reached[0]),
            Some(Color::Black),
            "a root is not black after `mark`: marking starts by shading every root"
        );
        for (depth, object) in reached.iter().enumerate().skip(1) {
            assert_eq!(
                heap.color(*object),
                Some(Color::Black),
                "the object {depth} pointers away from the root is not black after `mark`: \
                 marking must follow pointers from every grey object, not just the roots'"
            );
        }
        assert_eq!(
            heap.color(lost),
            Some(Color::White),
            "an object no root reaches was marked: only what is reachable may turn black"
        );
    }

    /// A collection keeps what the roots reach, with its pointers intact,
    /// and frees the rest.
    fn collect_frees_the_unreachable_and_keeps_the_reachable() {
        let mut heap = Heap::new();
        let [root, a, b, c] = chain(&mut heap);
        let lost = [heap.alloc(1), heap.alloc(0), heap.alloc(2)];
        heap.set_field(lost[0], 0, Some(lost[1]));
        let freed = heap.collect();
        for (name, object) in [("root", root), ("a", a), ("b", b), ("c", c)] {
            assert!(
                heap.is_live(object),
                "{name}, reachable from a root, was freed by `collect`"
            );
        }
        assert_eq!(
            heap.fields(a),
            Some(&[Some(b)][..]),
            "a collection changed a surviving object's pointers"
        );
        for object in lost {
            assert!(!heap.is_live(object), "an object no root reaches survived `collect`");
        }
        assert_eq!(freed, 3, "`collect` should return how many objects it freed");
        assert_eq!(heap.live_count(), 4, "4 objects are reachable, so 4 should be live");
    }

    /// An unreachable cycle is freed; a reachable one survives, and neither
    /// makes marking loop.
    fn cycles_are_freed_when_unreachable() {
        let mut heap = Heap::new();
        let kept = [heap.alloc(1), heap.alloc(1), heap.alloc(1)];
        let lost = [heap.alloc(1), heap.alloc(1), heap.alloc(1)];
        for ring in [kept, lost] {
            for i in 0..3 {
                heap.set_field(ring[i], 0, Some(ring[(i + 1) % 3]));
            }
        }
        heap.add_root(kept[1]);
        let self_loop = heap.alloc(1);
        heap.set_field(self_loop, 0, Some(self_loop));
        let freed = heap.collect();
        for object in kept {
            assert!(heap.is_live(object), "an object of a cycle a root reaches was freed");
        }
        for object in lost {
            assert!(
                !heap.is_live(object),
                "an object of an unreachable cycle survived: a tracing collector frees a \
                 cycle no root reaches (reference counting would not)"
            );
        }
        assert!(!heap.is_live(self_loop), "an object pointing only to itself survived");
        assert_eq!(freed, 4, "`collect` freed {freed} objects, not the 4 unreachable ones");
    }

    /// After a sweep every survivor is white again, so the next collection
    /// frees what has become unreachable since.
    fn colours_are_reset_for_the_next_collection() {
        let mut heap = Heap::new();
        let [root, a, b, c] = chain(&mut heap);
        heap.collect();
        for object in [root, a, b, c] {
            assert_eq!(
                heap.color(object),
                Some(Color::White),
                "a survivor is not white after `sweep`: the next collection would take it \
                 for already marked"
            );
        }
        heap.set_field(a, 0, None);
        let fresh = heap.alloc(0);
        heap.set_field(c, 0, Some(fresh));
        let freed = heap.collect();
        assert!(heap.is_live(a), "a, still reachable, was freed by the second collection");
        for (name, object) in [("b", b), ("c", c), ("fresh", fresh)] {
            assert!(
                !heap.is_live(object),
                "{name}, unreachable since a's pointer was cleared, survived the second \
                 collection"
            );
        }
        assert_eq!(freed, 3, "the second collection should free b, c and fresh");
        heap.remove_root(root);
        assert_eq!(heap.collect(), 2, "with no root left, root and a are garbage");
        assert_eq!(heap.live_count(), 0, "with no root left, nothing should survive");
    }

    /// A freed object's handle stays dead, even once `alloc` reuses its
    /// slot; the new object gets a handle of its own.
    fn freed_handles_stay_invalid_when_slots_are_reused() {
        let mut heap = Heap::new();
        let root = heap.alloc(1);
        heap.add_root(root);
        let garbage: Vec<Handle> = (0..3).map(|_| heap.alloc(0)).collect();
        assert_eq!(heap.collect(), 3, "three unreachable objects should be freed");
        for old in &garbage {
            assert!(!heap.is_live(*old), "a freed object's handle still says it is live");
            assert_eq!(heap.color(*old), None, "a freed object's handle still has a colour");
        }
        let reused: Vec<Handle> = (0..3).map(|_| heap.alloc(0)).collect();
        assert_eq!(
            heap.live_handles().len(),
            4,
            "after freeing 3 and allocating 3, the heap should hold 4 objects"
        );
        for new in &reused {
            assert!(heap.is_live(*new), "a newly allocated object is not live");
            assert!(
                !garbage.contains(new),
                "`alloc` gave out a handle equal to a freed one: a stale handle would reach \
                 the new object (bump the slot's generation when reusing it)"
            );
        }
        for old in &garbage {
            assert!(
                !heap.is_live(*old),
                "a freed object's handle is live again after its slot was reused: it would \
                 now reach someone else's object"
            );
        }
        assert_eq!(
            heap.slot_count(),
            4,
            "the heap has {} slots for 4 objects: `alloc` should reuse freed slots before \
             growing the arena",
            heap.slot_count()
        );
    }
}
