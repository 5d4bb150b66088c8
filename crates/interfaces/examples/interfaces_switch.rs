//! Go's type switch over `interface{}`, ported to `dyn Any` and
//! `downcast_ref`. The port of `go/interfaces_switch/main.go`.

use std::any::Any;

use interfaces::type_switch::kind;

fn main() {
    // ANCHOR: main
    // None stands for Go's nil interface.
    let values: Vec<Option<Box<dyn Any>>> = vec![
        Some(Box::new(42_i64)),
        Some(Box::new("gopher".to_owned())),
        Some(Box::new(true)),
        None,
        Some(Box::new(3.5_f64)),
    ];
    for x in &values {
        println!("{}", kind(x.as_deref()));
    }
    // ANCHOR_END: main

    // ANCHOR: assert
    let x: Box<dyn Any> = Box::new("gopher".to_owned());
    if let Some(s) = x.downcast_ref::<String>() {
        println!("a string of {} bytes", s.len());
    }
    // No zero value to hand back: only None.
    let n = x.downcast_ref::<i64>();
    let (n, ok) = (n.copied().unwrap_or_default(), n.is_some());
    println!("as an int: {n} {ok}");
    // ANCHOR_END: assert
}
