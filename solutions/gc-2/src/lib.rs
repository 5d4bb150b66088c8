//! gc-2: an incremental tri-colour collector with a write barrier.
//!
//! The heap of gc-1, collected the way Go collects: marking runs in small
//! steps ([`Heap::mark_step`]) between the program's own work, and every
//! pointer write the program makes while marking goes through a write
//! barrier ([`Heap::set_field`]) that keeps the tri-colour invariant: no
//! black object points to a white one. Roots added while marking are shaded
//! too, and objects allocated while marking are born black, as in Go, so
//! nothing the program holds can be swept from under it.

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

/// Where the collector is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Phase {
    /// No collection under way: every object is white, no barrier.
    Idle,
    /// Marking under way: the write barrier is on.
    Marking,
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

/// An arena of objects with pointer fields, its roots, and the state of
/// the collection under way.
#[derive(Debug)]
pub struct Heap {
    slots: Vec<Slot>,
    free: Vec<usize>,
    roots: Vec<Handle>,
    grey: Vec<Handle>,
    phase: Phase,
}

impl Default for Heap {
    fn default() -> Heap {
        Heap::new()
    }
}

impl Heap {
    /// An empty heap, no collection under way.
    pub fn new() -> Heap {
        Heap {
            slots: Vec::new(),
            free: Vec::new(),
            roots: Vec::new(),
            grey: Vec::new(),
            phase: Phase::Idle,
        }
    }

    /// Where the collector is.
    pub fn phase(&self) -> Phase {
        self.phase
    }

    /// Allocates an object with `fields` empty pointer fields: white when
    /// no collection is under way, black while marking (Go allocates black
    /// during a cycle: the program holds the new object, so it must survive
    /// the cycle it was born in).
    pub fn alloc(&mut self, fields: usize) -> Handle {
        let object = Object {
            color: self.birth_color(),
            fields: vec![None; fields],
        };
        match self.free.pop() {
            Some(index) => {
                let slot = &mut self.slots[index];
                slot.generation += 1;
                slot.object = Some(object);
                Handle {
                    index,
                    generation: slot.generation,
                }
            }
            None => {
                self.slots.push(Slot {
                    generation: 0,
                    object: Some(object),
                });
                Handle {
                    index: self.slots.len() - 1,
                    generation: 0,
                }
            }
        }
    }

    /// The colour a new object is born with in the current phase.
    fn birth_color(&self) -> Color {
        match self.phase {
            Phase::Idle => Color::White,
            Phase::Marking => Color::Black,
        }
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

    /// The roots.
    pub fn roots(&self) -> &[Handle] {
        &self.roots
    }

    /// Shades a white object grey and queues it to be scanned; a grey or
    /// black one (or a freed handle) is left alone.
    fn shade(&mut self, handle: Handle) {
        if let Some(object) = self.object_mut(handle)
            && object.color == Color::White
        {
            object.color = Color::Grey;
            self.grey.push(handle);
        }
    }

    /// Sets field `field` of `object` to `target`, through the write
    /// barrier: while marking, the new target is shaded first (Dijkstra's
    /// insertion barrier), so a black object never comes to point to a
    /// white one.
    ///
    /// # Panics
    /// If `object` is freed or has no such field: a bug in the caller.
    pub fn set_field(&mut self, object: Handle, field: usize, target: Option<Handle>) {
        if self.phase == Phase::Marking
            && let Some(target) = target
        {
            self.shade(target);
        }
        let o = self
            .object_mut(object)
            .expect("set_field on a freed object");
        o.fields[field] = target;
    }

    /// Makes `handle` a root; while marking it is shaded, since the roots
    /// were scanned when the cycle started.
    pub fn add_root(&mut self, handle: Handle) {
        if self.phase == Phase::Marking {
            self.shade(handle);
        }
        self.roots.push(handle);
    }

    /// Stops `handle` being a root (once, if it was added more than once).
    /// No barrier: an object that loses its last root while marking is
    /// simply freed by the next cycle (floating garbage).
    pub fn remove_root(&mut self, handle: Handle) {
        if let Some(at) = self.roots.iter().position(|&r| r == handle) {
            self.roots.swap_remove(at);
        }
    }

    /// Starts a collection: turns the write barrier on and shades every
    /// root grey. Does nothing if marking is already under way.
    pub fn start_cycle(&mut self) {
        if self.phase == Phase::Marking {
            return;
        }
        self.phase = Phase::Marking;
        for root in self.roots.clone() {
            self.shade(root);
        }
    }

    /// Scans at most `budget` grey objects (shading what each points to,
    /// then blackening it) and returns how many it scanned: fewer than
    /// `budget` means no grey object is left. Does nothing when idle.
    pub fn mark_step(&mut self, budget: usize) -> usize {
        let mut scanned = 0;
        while scanned < budget {
            let Some(handle) = self.grey.pop() else {
                break;
            };
            let targets = self
                .object(handle)
                .map(|o| o.fields.clone())
                .unwrap_or_default();
            for target in targets.into_iter().flatten() {
                self.shade(target);
            }
            if let Some(o) = self.object_mut(handle) {
                o.color = Color::Black;
            }
            scanned += 1;
        }
        scanned
    }

    /// Ends a collection once marking is done: frees every white object,
    /// turns the survivors white again, turns the barrier off and returns
    /// how many objects it freed. `None`, and nothing changed, when grey
    /// objects are left to scan or no collection is under way.
    pub fn sweep(&mut self) -> Option<usize> {
        if self.phase != Phase::Marking || !self.grey.is_empty() {
            return None;
        }
        let mut freed = 0;
        for (index, slot) in self.slots.iter_mut().enumerate() {
            let Some(object) = &mut slot.object else {
                continue;
            };
            if object.color == Color::White {
                slot.object = None;
                self.free.push(index);
                freed += 1;
            } else {
                object.color = Color::White;
            }
        }
        self.phase = Phase::Idle;
        Some(freed)
    }

    /// One whole collection at once: start, mark until nothing is grey,
    /// sweep. Returns how many objects it freed.
    pub fn collect(&mut self) -> usize {
        self.start_cycle();
        while self.mark_step(64) > 0 {}
        self.sweep().unwrap_or(0)
    }
}
