//! gc-1 (your code): a stop-the-world tri-colour mark-and-sweep collector over an
//! arena.
//!
//! Objects live in the slots of a `Vec`; a [`Handle`] names one by its slot
//! and the slot's generation, so a handle to a freed object stays invalid
//! even after its slot is reused (Go's pointers cannot dangle because the
//! collector never frees what a pointer reaches; a handle can, so it is
//! checked). [`Heap::collect`] is one whole collection: [`Heap::mark`] from
//! the roots, then [`Heap::sweep`].

/// The name of one object of a [`Heap`]: its slot and that slot's
/// generation when the object was allocated.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Handle {
    index: usize,
    generation: u32,
}

/// The colour of an object during a collection.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Color {
    /// Not reached: garbage if it is still white when marking ends.
    White,
    /// Reached, its fields not scanned yet.
    Grey,
    /// Reached and scanned.
    Black,
}

#[derive(Debug)]
struct Object {
    color: Color,
    fields: Vec<Option<Handle>>,
}

#[derive(Debug)]
struct Slot {
    generation: u32,
    object: Option<Object>,
}

/// An arena of objects, each with a fixed number of pointer fields, and the
/// set of roots a collection starts from.
#[derive(Debug, Default)]
pub struct Heap {
    slots: Vec<Slot>,
    free: Vec<usize>,
    roots: Vec<Handle>,
}

impl Heap {
    /// An empty heap.
    pub fn new() -> Heap {
        Heap::default()
    }

    /// Allocates a white object with `fields` empty pointer fields, in a
    /// freed slot if there is one (with the slot's generation moved on, so
    /// old handles to it stay invalid).
    pub fn alloc(&mut self, fields: usize) -> Handle {
        // TODO: Go's `new(T)`, in an arena: reuse a freed slot (from `self.free`)
        // if there is one, moving its `generation` on so old handles to it stay
        // invalid, or push a new slot. The object starts white, every field `None`.
        todo!()
    }

    fn object(&self, handle: Handle) -> Option<&Object> {
        let slot = self.slots.get(handle.index)?;
        if slot.generation == handle.generation {
            slot.object.as_ref()
        } else {
            None
        }
    }

    fn object_mut(&mut self, handle: Handle) -> Option<&mut Object> {
        let slot = self.slots.get_mut(handle.index)?;
        if slot.generation == handle.generation {
            slot.object.as_mut()
        } else {
            None
        }
    }

    /// Whether `handle` names an object that has not been freed.
    pub fn is_live(&self, handle: Handle) -> bool {
        self.object(handle).is_some()
    }

    /// The number of live objects.
    pub fn live_count(&self) -> usize {
        self.slots.iter().filter(|s| s.object.is_some()).count()
    }

    /// The number of slots, live or free: what the arena has grown to.
    pub fn slot_count(&self) -> usize {
        self.slots.len()
    }

    /// Every live object's handle.
    pub fn live_handles(&self) -> Vec<Handle> {
        self.slots
            .iter()
            .enumerate()
            .filter(|(_, s)| s.object.is_some())
            .map(|(index, s)| Handle {
                index,
                generation: s.generation,
            })
            .collect()
    }

    /// The colour of a live object; `None` for a freed one.
    pub fn color(&self, handle: Handle) -> Option<Color> {
        self.object(handle).map(|o| o.color)
    }

    /// The pointer fields of a live object; `None` for a freed one.
    pub fn fields(&self, handle: Handle) -> Option<&[Option<Handle>]> {
        self.object(handle).map(|o| o.fields.as_slice())
    }

    /// Sets field `field` of `object` to `target` (Go's `object.f = target`,
    /// or `= nil` with `None`).
    ///
    /// # Panics
    /// If `object` is freed or has no such field: a bug in the caller.
    pub fn set_field(&mut self, object: Handle, field: usize, target: Option<Handle>) {
        let o = self
            .object_mut(object)
            .expect("set_field on a freed object");
        o.fields[field] = target;
    }

    /// Makes `handle` a root (a global or a variable on a stack, in Go).
    pub fn add_root(&mut self, handle: Handle) {
        self.roots.push(handle);
    }

    /// Stops `handle` being a root (once, if it was added more than once).
    pub fn remove_root(&mut self, handle: Handle) {
        if let Some(at) = self.roots.iter().position(|&r| r == handle) {
            self.roots.swap_remove(at);
        }
    }

    /// Marks: shades every root grey, then scans grey objects (shading
    /// each white object they point to, then turning them black) until
    /// none is grey. Afterwards every object reachable from a root is
    /// black and every other one white.
    pub fn mark(&mut self) {
        // TODO: the mark phase of Go's collector, with the world stopped: shade
        // every root grey (white -> grey, onto a worklist), then, while the
        // worklist is not empty, take a grey object, shade each white object its
        // fields point to, and turn it black. Only white objects are shaded, so a
        // cycle is scanned once.
        todo!()
    }

    /// Sweeps after [`Heap::mark`]: frees every white object and turns
    /// every black one white again, ready for the next collection.
    /// Returns how many objects it freed.
    pub fn sweep(&mut self) -> usize {
        // TODO: the sweep phase: free every white object (its slot's `object`
        // becomes `None` and the index goes to `self.free`), turn every black one
        // white again for the next collection, and return how many were freed.
        todo!()
    }

    /// One whole collection, the world stopped: mark, then sweep. Returns
    /// how many objects it freed.
    pub fn collect(&mut self) -> usize {
        self.mark();
        self.sweep()
    }
}
