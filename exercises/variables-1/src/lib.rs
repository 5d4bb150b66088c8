//! Callbacks built in a loop, each keeping its own iteration's value.
//!
//! Go before 1.22 has one loop variable for the whole loop, so closures
//! appended in a loop all see its last value, and the fix is `i := i` in
//! the loop body. In Rust each iteration's binding is new; a closure that
//! is kept after its iteration must take its own copy (`move`), or the
//! compiler refuses it.
//!
//! Run the tests with `cargo test -p variables-1`; ask for a hint with
//! `cargo course hint variables-1`.

/// A callback from one number to another.
pub type Transform = Box<dyn Fn(i64) -> i64>;

/// A callback that greets someone.
pub type Greeter = Box<dyn Fn() -> String>;

/// `count` multipliers, in order: the first multiplies by 1, the second by
/// 2, and the last by `count`.
pub fn multipliers(count: u32) -> Vec<Transform> {
    // TODO: this is Go's
    //
    //     for i := 1; i <= count; i++ {
    //         funcs = append(funcs, func(x int) int { return x * i })
    //     }
    //
    // which, in Go 1.21 and before, gives every closure the same `i`. Loop
    // over a range that includes `count`, and push a `Box::new(move |x| ...)`
    // for each factor: `move` copies this iteration's factor into the
    // closure. `i64::from(count)` turns the count into the callbacks' type.
    todo!()
}

/// One greeter per name, in the order of `names`; each returns
/// `"hello, <name>"` for its own name.
pub fn greeters(names: &[&str]) -> Vec<Greeter> {
    // TODO: Go's `for _, name := range names { funcs = append(funcs,
    // func() string { return "hello, " + name }) }`, which before Go 1.22
    // greets the last name every time. A `Greeter` is `'static`: it may not
    // borrow `names`, so give each closure a `String` of its own
    // (`to_owned()`) and `move` it in.
    todo!()
}

/// Each callback applied to `x` on its own, in order: one result per
/// callback.
pub fn apply_all(funcs: &[Transform], x: i64) -> Vec<i64> {
    // TODO: Go's `for _, f := range funcs { out = append(out, f(x)) }`.
    // Every callback gets the same `x`; they are not chained.
    todo!()
}
