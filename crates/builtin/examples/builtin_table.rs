//! Go's builtins are methods on the type in Rust. The port of
//! `go/builtin_table/main.go`.

use builtin::go_fmt;
use std::collections::HashMap;

fn main() {
    // ANCHOR: len_cap_append
    let mut v = Vec::with_capacity(4);
    v.push(1);
    v.push(2);
    let more = [3, 4, 5];
    v.extend_from_slice(&more);
    println!(
        "{} len {} cap >= 5: {}",
        go_fmt::slice(&v),
        v.len(),
        v.capacity() >= 5
    );
    // len of a str counts bytes too
    println!("len(\"héllo\"): {}", "héllo".len());
    // ANCHOR_END: len_cap_append

    // ANCHOR: copy
    let mut dst = vec![0; 3];
    // copy_from_slice wants equal lengths
    let n = dst.len().min(v.len());
    dst[..n].copy_from_slice(&v[..n]);
    println!("copied {n} into {}", go_fmt::slice(&dst));
    // ANCHOR_END: copy

    // ANCHOR: remove
    // remove v[1], keeping the order
    v.remove(1);
    println!("without s[1]: {}", go_fmt::slice(&v));
    // ANCHOR_END: remove

    // ANCHOR: delete
    let mut ages = HashMap::from([("ann", 31), ("bo", 42)]);
    ages.remove("bo");
    // removing a missing key does nothing
    ages.remove("cy");
    println!("ages: {} len {}", go_fmt::map(&ages), ages.len());
    // ANCHOR_END: delete
}
