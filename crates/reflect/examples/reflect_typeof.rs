//! What a Rust program can learn about a value at run time: whether it is
//! a type the code names (`TypeId`, `downcast_ref`); and the field walk
//! and JSON that Go's `reflect` does at run time, written at compile time
//! (a trait impl, serde's derive). The port of `go/reflect_typeof/main.go`.

use std::any::Any;

use reflect::dynamic::{describe, go_type_of, go_value};
use reflect::fields::describe_fields;
use reflect::model::User;

/// Go's `Contact`, whose tag misspells `omitempty`: here no option at all.
#[derive(serde::Serialize)]
struct Contact {
    email: String,
}

fn main() {
    let u = User {
        name: "Ann".into(),
        age: 36,
        email: String::new(),
    };

    // ANCHOR: typeof
    let values: [&dyn Any; 4] = [&42_i64, &"Go", &vec![1_i64, 2], &u];
    for v in values {
        // only the types go_type_of lists: an Any cannot name its type
        if let (Some((name, kind)), Some(shown)) = (go_type_of(v), go_value(v)) {
            println!("{shown}: type {name}, kind {kind}");
        }
    }
    // ANCHOR_END: typeof

    // ANCHOR: switch
    let values: [&dyn Any; 4] = [&21_i64, &"Go语言", &u, &1.5_f64];
    for v in values {
        println!("{}", describe(v));
    }
    // ANCHOR_END: switch

    // ANCHOR: fields
    for line in describe_fields(&u) {
        println!("{line}");
    }
    // ANCHOR_END: fields

    // ANCHOR: json
    let out = serde_json::to_string(&u).expect("a User always serializes");
    println!("json: {out}");
    // ANCHOR_END: json

    // what Go's misspelt `omitempt` gives: the option is not there at all
    let out = serde_json::to_string(&Contact {
        email: String::new(),
    })
    .expect("a Contact always serializes");
    println!("typo: {out}");
}
