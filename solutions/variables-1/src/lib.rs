//! Callbacks built in a loop, each keeping its own iteration's value.
//!
//! Go before 1.22 has one loop variable for the whole loop, so closures
//! appended in a loop all see its last value. In Rust each iteration's
//! binding is new, and a `move` closure takes its own copy of it: the
//! callbacks made below keep the value of the iteration that made them.

/// A callback from one number to another.
pub type Transform = Box<dyn Fn(i64) -> i64>;

/// A callback that greets someone.
pub type Greeter = Box<dyn Fn() -> String>;

/// `count` multipliers, in order: the first multiplies by 1, the second by
/// 2, and the last by `count`.
pub fn multipliers(count: u32) -> Vec<Transform> {
    let mut funcs: Vec<Transform> = Vec::new();
    for factor in 1..=i64::from(count) {
        funcs.push(Box::new(move |x| x * factor));
    }
    funcs
}

/// One greeter per name, in the order of `names`; each returns
/// `"hello, <name>"` for its own name.
pub fn greeters(names: &[&str]) -> Vec<Greeter> {
    let mut funcs: Vec<Greeter> = Vec::new();
    for name in names {
        let name = (*name).to_owned();
        funcs.push(Box::new(move || format!("hello, {name}")));
    }
    funcs
}

/// Each callback applied to `x` on its own, in order: one result per
/// callback.
pub fn apply_all(funcs: &[Transform], x: i64) -> Vec<i64> {
    funcs.iter().map(|f| f(x)).collect()
}
