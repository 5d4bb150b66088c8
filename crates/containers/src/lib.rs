//! Go's `container` packages, ported to Rust: `container/heap` becomes
//! [`BinaryHeap`](std::collections::BinaryHeap), `container/list`
//! [`VecDeque`](std::collections::VecDeque) (or, rarely,
//! [`LinkedList`](std::collections::LinkedList)), and `container/ring` a
//! `VecDeque` or a fixed array with a cursor.
//!
//! Go's three containers are built on `any` (a `heap.Interface` you write
//! for your slice, list and ring elements whose `Value` you type-assert).
//! Rust's collections are generic over the element type, and the one that
//! orders its elements, `BinaryHeap`, takes the order from the type's
//! [`Ord`]: there is no `Less` method to write, no `Init` to forget and no
//! second `Pop` to call by mistake.
//!
//! | Go                                      | Rust                                                  |
//! |-----------------------------------------|-------------------------------------------------------|
//! | `heap.Init(h)`, `heap.Push`, `heap.Pop` | `BinaryHeap::from(vec)`, `push`, `pop` (max first)    |
//! | a min-heap (`Less` is `<`)              | `BinaryHeap<Reverse<T>>`                              |
//! | `(*h)[0]`                               | `heap.peek()`                                         |
//! | `Less` on a struct's field              | `impl Ord` comparing that field ([`jobs::Job`])       |
//! | `heap.Fix(h, item.index)`               | `retain` and `push` again, or `peek_mut` for the top  |
//! | `list.New()`, `PushBack`, `PushFront`   | `VecDeque::new()`, `push_back`, `push_front`          |
//! | `l.Remove(l.Front())`                   | `pop_front()`                                         |
//! | removing while ranging over a list      | `retain`, or `LinkedList::extract_if`                 |
//! | `ring.New(n)`, `r.Move(k)`, `r.Do(f)`   | `VecDeque`, `rotate_left(k)`, `iter()`                |
//!
//! # Modules
//!
//! - [`go_heap`]: Go's heap functions written out on a `Vec`, to show what
//!   skipping `heap.Init` or calling the slice's own `Pop` does.
//! - [`jobs`]: a priority queue of structs, ordered by one field.
//! - [`print`](mod@print): Go's `fmt.Println` format for slices.

pub mod go_heap;
pub mod jobs;
pub mod print;
