//! Plugins compiled in (the port of `go/plugins_registry`): a trait, two
//! types that implement it and one static list of them.

use plugins::registry::{Plugin, Reverse, Upper, find, first_duplicate, names};

fn main() {
    // ANCHOR: use
    let names = names();
    println!("plugins: {}", names.join(", "));
    for name in &names {
        let plugin = find(name).expect("a listed name is found");
        println!("{name}({:?}): {}", "Go plugin", plugin.run("Go plugin"));
    }
    if find("zip").is_none() {
        println!(r#"lookup "zip": not found"#);
    }
    // ANCHOR_END: use

    // ANCHOR: duplicate
    // The list a program would have with `upper` written twice.
    let listed: [&dyn Plugin; 3] = [&Upper, &Reverse, &Upper];
    if let Some(name) = first_duplicate(&listed) {
        println!("registering {name:?} again: plugin {name:?} registered twice");
    }
    // ANCHOR_END: duplicate
}
