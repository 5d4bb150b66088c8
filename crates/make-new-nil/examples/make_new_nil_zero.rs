//! Go's zero values are Rust's `Default`, asked for by name. The port of
//! `go/make_new_nil_zero/main.go`.

use make_new_nil::zero::Options;

fn main() {
    // ANCHOR: zero
    let n = i32::default();
    let s = String::default();
    let o = Options::default();
    println!("n={n} s={s:?}");
    println!(
        "o: {:?} {} {} {}",
        o.name,
        o.retries,
        o.verbose,
        o.tags.len()
    );
    // ANCHOR_END: zero

    // ANCHOR: partial
    let api = Options {
        name: "api".to_owned(),
        retries: 3,
        ..Default::default()
    };
    println!(
        "api: {:?} {} {} {}",
        api.name,
        api.retries,
        api.verbose,
        api.tags.len()
    );
    // ANCHOR_END: partial

    // ANCHOR: new
    // Box::new: a new value on the heap
    let mut p = Box::new(i32::default());
    *p += 5;
    let mut q = Box::new(Options::default());
    q.retries += 1;
    println!("*p = {p} retries = {}", q.retries);
    // ANCHOR_END: new
}
