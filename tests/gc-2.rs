//! Graded tests for gc-2: an incremental tri-colour collector. The
//! invariant checker runs after every marking step and every pointer write
//! the tests make between steps: while marking, no black object points to a
//! white one and no root is white; when idle, every object is white.

use std::collections::HashSet;

use gc_2::{Color, Handle, Heap, Phase};

/// The invariant, checked after each step and each write.
fn check(heap: &Heap, when: &str) {
    match heap.phase() {
        Phase::Idle => {
            for object in heap.live_handles() {
                assert_eq!(
                    heap.color(object),
                    Some(Color::White),
                    "{when}: an object is not white while no collection is under way: `sweep` \
                     must turn the survivors white, and nothing may shade while idle"
                );
            }
        }
        Phase::Marking => {
            for object in heap.live_handles() {
                if heap.color(object) != Some(Color::Black) {
                    continue;
                }
                for target in heap.fields(object).unwrap().iter().flatten() {
                    assert_ne!(
                        heap.color(*target),
                        Some(Color::White),
                        "{when}: a black object points to a white one (the tri-colour \
                         invariant is broken): the write barrier must shade the new target \
                         of a pointer written while marking"
                    );
                }
            }
            for root in heap.roots() {
                assert_ne!(
                    heap.color(*root),
                    Some(Color::White),
                    "{when}: a root is white while marking: `start_cycle` shades every root, \
                     and `add_root` must shade one added while marking"
                );
            }
        }
    }
}

/// Marks to the end in steps of `budget`, checking after each step that at
/// most `budget` objects were scanned and that the invariant holds.
fn mark_to_the_end(heap: &mut Heap, budget: usize) {
    for step in 0.. {
        let blacks_before = blacks(heap);
        let scanned = heap.mark_step(budget);
        check(heap, &format!("after mark_step({budget}) number {step}"));
        assert!(
            scanned <= budget,
            "mark_step({budget}) said it scanned {scanned} objects"
        );
        assert!(
            blacks(heap) <= blacks_before + budget,
            "mark_step({budget}) blackened {} objects: a step scans at most `budget` grey \
             objects, so that marking is spread between the program's own work",
            blacks(heap) - blacks_before
        );
        if scanned < budget {
            return;
        }
        assert!(step < 10_000, "marking never ends");
    }
}

fn blacks(heap: &Heap) -> usize {
    heap.live_handles()
        .into_iter()
        .filter(|&h| heap.color(h) == Some(Color::Black))
        .count()
}

/// What the roots reach, following the fields (the test's own tracing).
fn reachable(heap: &Heap) -> Vec<Handle> {
    let mut seen = HashSet::new();
    let mut order = Vec::new();
    let mut todo: Vec<Handle> = heap.roots().to_vec();
    while let Some(h) = todo.pop() {
        if !heap.is_live(h) || !seen.insert(h) {
            continue;
        }
        order.push(h);
        todo.extend(heap.fields(h).unwrap().iter().flatten());
    }
    order
}

fn sweep(heap: &mut Heap) -> usize {
    let freed = heap.sweep().expect(
        "`sweep` refused to run after marking found no grey object left: it should free the \
         white objects and return how many",
    );
    check(heap, "after sweep");
    assert_eq!(
        heap.phase(),
        Phase::Idle,
        "after `sweep` the collector should be idle"
    );
    freed
}

graded::tests! {
    /// `start_cycle` shades the roots; each `mark_step(n)` scans at most n
    /// grey objects; marking ends with what is reachable black.
    fn marking_runs_in_steps_of_the_budget() {
        let mut heap = Heap::new();
        let chain: Vec<Handle> = (0..10).map(|_| heap.alloc(1)).collect();
        for pair in chain.windows(2) {
            heap.set_field(pair[0], 0, Some(pair[1]));
        }
        heap.add_root(chain[0]);
        let lost = heap.alloc(0);
        heap.start_cycle();
        assert_eq!(heap.phase(), Phase::Marking, "after `start_cycle` the collector should be marking");
        check(&heap, "after start_cycle");
        assert_eq!(heap.color(chain[0]), Some(Color::Grey), "`start_cycle` should shade the root grey");
        assert_eq!(heap.color(chain[1]), Some(Color::White), "`start_cycle` should shade only the roots, not scan them");
        assert_eq!(heap.mark_step(1), 1, "mark_step(1) with a grey root should scan exactly one object");
        assert_eq!(blacks(&heap), 1, "after mark_step(1), exactly one object should be black");
        mark_to_the_end(&mut heap, 3);
        for (i, object) in chain.iter().enumerate() {
            assert_eq!(heap.color(*object), Some(Color::Black), "object {i} of the rooted chain is not black when marking ends");
        }
        assert_eq!(sweep(&mut heap), 1, "one object was unreachable, so `sweep` should free one");
        assert!(!heap.is_live(lost), "the unreachable object survived the cycle");
        assert!(chain.iter().all(|&h| heap.is_live(h)), "an object of the rooted chain was freed");
    }

    /// A pointer moved into an already-black object while marking is kept
    /// alive by the write barrier, though the grey path to it is cut.
    fn the_write_barrier_saves_a_pointer_moved_behind_the_wavefront() {
        let mut heap = Heap::new();
        let root = heap.alloc(2);
        let b = heap.alloc(1);
        let c = heap.alloc(1);
        let d = heap.alloc(0);
        heap.set_field(root, 0, Some(b));
        heap.set_field(b, 0, Some(c));
        heap.set_field(c, 0, Some(d));
        heap.add_root(root);
        heap.start_cycle();
        assert_eq!(heap.mark_step(1), 1, "mark_step(1) should scan the root");
        assert_eq!(heap.color(root), Some(Color::Black), "the scanned root should be black");
        assert_eq!(heap.color(c), Some(Color::White), "c, two pointers away, should still be white");
        // The program moves the only pointer to c from grey b into black root.
        heap.set_field(root, 1, Some(c));
        check(&heap, "after the black root was made to point to white c");
        heap.set_field(b, 0, None);
        check(&heap, "after b's pointer to c was cleared");
        mark_to_the_end(&mut heap, 1);
        sweep(&mut heap);
        assert!(
            heap.is_live(c) && heap.is_live(d),
            "c (or d, which c points to) was freed though the root points to it: without a \
             write barrier a black object can come to point to a white one, which is never \
             scanned"
        );
        assert!(heap.is_live(b), "b, still pointed to by the root, was freed");
    }

    /// A root added while marking is shaded at once, so an object whose
    /// other pointers are cut survives.
    fn a_root_added_while_marking_is_shaded() {
        let mut heap = Heap::new();
        let root = heap.alloc(1);
        let b = heap.alloc(1);
        let x = heap.alloc(1);
        let y = heap.alloc(0);
        heap.set_field(root, 0, Some(b));
        heap.set_field(b, 0, Some(x));
        heap.set_field(x, 0, Some(y));
        heap.add_root(root);
        heap.start_cycle();
        heap.mark_step(1);
        heap.add_root(x);
        check(&heap, "after add_root while marking");
        heap.set_field(b, 0, None);
        check(&heap, "after b's pointer to x was cleared");
        mark_to_the_end(&mut heap, 1);
        sweep(&mut heap);
        assert!(
            heap.is_live(x) && heap.is_live(y),
            "x (or y, which x points to) was freed though x became a root while marking: \
             the roots were scanned at the start, so a new root must be shaded when added"
        );
    }

    /// An object allocated while marking survives the cycle, as the program
    /// still holds it (Go allocates black during a cycle).
    fn objects_allocated_while_marking_survive_the_cycle() {
        let mut heap = Heap::new();
        let root = heap.alloc(1);
        heap.add_root(root);
        heap.start_cycle();
        let fresh = heap.alloc(1);
        assert_eq!(
            heap.color(fresh),
            Some(Color::Black),
            "an object allocated while marking should be black, as Go allocates it"
        );
        let child = heap.alloc(0);
        heap.set_field(fresh, 0, Some(child));
        check(&heap, "after linking two objects allocated while marking");
        mark_to_the_end(&mut heap, 1);
        sweep(&mut heap);
        assert!(
            heap.is_live(fresh) && heap.is_live(child),
            "an object allocated while marking was freed by that same cycle, while the \
             program still holds it"
        );
        heap.add_root(fresh);
        assert_eq!(heap.collect(), 0, "fresh is now a root and child is reachable: nothing to free");
        heap.remove_root(fresh);
        assert_eq!(heap.collect(), 2, "with fresh no longer a root, fresh and child are garbage");
    }

    /// `sweep` refuses to run while grey objects are left, and frees
    /// nothing then.
    fn sweep_waits_until_nothing_is_grey() {
        let mut heap = Heap::new();
        let chain: Vec<Handle> = (0..4).map(|_| heap.alloc(1)).collect();
        for pair in chain.windows(2) {
            heap.set_field(pair[0], 0, Some(pair[1]));
        }
        heap.add_root(chain[0]);
        heap.start_cycle();
        heap.mark_step(1);
        assert_eq!(
            heap.sweep(),
            None,
            "`sweep` ran while grey objects were left: it would free the white objects that \
             the grey ones still point to"
        );
        assert!(chain.iter().all(|&h| heap.is_live(h)), "an early `sweep` freed a reachable object");
        assert_eq!(heap.phase(), Phase::Marking, "a refused `sweep` should leave marking under way");
        mark_to_the_end(&mut heap, 2);
        assert_eq!(sweep(&mut heap), 0, "everything is reachable: nothing to free");
        assert_eq!(heap.sweep(), None, "`sweep` with no collection under way should do nothing");
    }

    /// After a cycle every survivor is white; garbage made before the next
    /// cycle, cycles included, is freed by it, and writes made while idle
    /// shade nothing.
    fn the_next_cycle_frees_what_became_garbage() {
        let mut heap = Heap::new();
        let root = heap.alloc(2);
        let ring = [heap.alloc(1), heap.alloc(1), heap.alloc(1)];
        for i in 0..3 {
            heap.set_field(ring[i], 0, Some(ring[(i + 1) % 3]));
        }
        heap.set_field(root, 0, Some(ring[0]));
        heap.add_root(root);
        assert_eq!(heap.collect(), 0, "the ring is reachable: nothing to free");
        check(&heap, "after a whole collection");
        heap.set_field(root, 0, None);
        let other = heap.alloc(0);
        heap.set_field(root, 1, Some(other));
        heap.set_field(root, 1, None);
        check(&heap, "after writes while no collection was under way");
        heap.start_cycle();
        mark_to_the_end(&mut heap, 1);
        assert_eq!(
            sweep(&mut heap),
            4,
            "the ring (3 objects) and `other` became unreachable before the cycle started, so \
             the cycle should free all 4"
        );
        assert!(ring.iter().all(|&h| !heap.is_live(h)), "an unreachable cycle survived");
        assert!(heap.is_live(root), "the root was freed");
        let reused: Vec<Handle> = (0..4).map(|_| heap.alloc(0)).collect();
        for old in ring.iter().chain([&other]) {
            assert!(
                !heap.is_live(*old) && !reused.contains(old),
                "a freed object's handle is live again once `alloc` reused its slot: bump the \
                 slot's generation when reusing it, as in gc-1"
            );
        }
    }

    /// `collect` runs a whole cycle, however many steps marking takes.
    fn collect_marks_to_the_end_before_sweeping() {
        let mut heap = Heap::new();
        let chain: Vec<Handle> = (0..300).map(|_| heap.alloc(1)).collect();
        for pair in chain.windows(2) {
            heap.set_field(pair[0], 0, Some(pair[1]));
        }
        heap.add_root(chain[0]);
        for _ in 0..50 {
            heap.alloc(1);
        }
        assert_eq!(
            heap.collect(),
            50,
            "`collect` on 300 reachable and 50 unreachable objects should free the 50"
        );
        check(&heap, "after collect");
        assert!(
            chain.iter().all(|&h| heap.is_live(h)),
            "`collect` freed an object of a 300-long rooted chain"
        );
    }

    /// A program that keeps changing pointers between steps never loses a
    /// reachable object, and the garbage it leaves is freed by the next
    /// collection.
    fn interleaved_writes_never_lose_a_reachable_object() {
        let mut heap = Heap::new();
        let mut seed: u64 = 0x9e37_79b9_7f4a_7c15;
        let mut next = move |n: usize| {
            seed = seed.wrapping_mul(6_364_136_223_846_793_005).wrapping_add(1_442_695_040_888_963_407);
            (seed >> 33) as usize % n
        };
        let objects: Vec<Handle> = (0..24).map(|_| heap.alloc(2)).collect();
        for &object in &objects {
            heap.set_field(object, 0, Some(objects[next(24)]));
            heap.set_field(object, 1, Some(objects[next(24)]));
        }
        heap.add_root(objects[0]);
        heap.add_root(objects[1]);
        for round in 0..20 {
            heap.start_cycle();
            check(&heap, &format!("round {round}: after start_cycle"));
            loop {
                let scanned = heap.mark_step(2);
                check(&heap, &format!("round {round}: after mark_step(2)"));
                for _ in 0..3 {
                    let live = reachable(&heap);
                    let from = live[next(live.len())];
                    let to = if next(5) == 0 {
                        None
                    } else if next(4) == 0 {
                        let fresh = heap.alloc(2);
                        Some(fresh)
                    } else {
                        Some(live[next(live.len())])
                    };
                    heap.set_field(from, next(2), to);
                    check(&heap, &format!("round {round}: after a write between steps"));
                }
                if scanned < 2 {
                    break;
                }
            }
            let before = reachable(&heap);
            sweep(&mut heap);
            for object in before {
                assert!(
                    heap.is_live(object),
                    "round {round}: an object reachable from the roots was freed: a write made \
                     between marking steps hid it from the collector"
                );
            }
        }
        let live = reachable(&heap).len();
        heap.collect();
        assert_eq!(
            heap.live_count(),
            live,
            "after a collection with no writes, exactly the reachable objects should be live"
        );
    }
}
