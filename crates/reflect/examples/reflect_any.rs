//! Rust's run-time type information, all of it: `type_name` (a name for
//! people), `TypeId` (an identity to compare), and downcasting a
//! `&dyn Any` or a `Box<dyn Any>` back to the type it holds.

use std::any::{Any, TypeId, type_name, type_name_of_val};

use reflect::model::User;

fn main() {
    // ANCHOR: type_name
    println!("{}", type_name::<i64>());
    println!("{}", type_name::<String>());
    println!("{}", type_name::<Vec<Option<&str>>>());
    println!("{}", type_name::<User>());
    let boxed: Box<dyn Any> = Box::new(42_i64);
    // the static type, not the dynamic one
    println!("{}", type_name_of_val(&*boxed));
    // ANCHOR_END: type_name

    // ANCHOR: type_id
    println!("i64 == i64: {}", TypeId::of::<i64>() == TypeId::of::<i64>());
    println!("i64 == u64: {}", TypeId::of::<i64>() == TypeId::of::<u64>());
    println!(
        "inside the box is i64: {}",
        (*boxed).type_id() == TypeId::of::<i64>()
    );
    // Box<dyn Any> is itself an Any: this is the box's own TypeId
    #[allow(clippy::type_id_on_box)]
    let of_the_box = boxed.type_id();
    println!(
        "boxed.type_id() is i64: {}",
        of_the_box == TypeId::of::<i64>()
    );
    // ANCHOR_END: type_id

    // ANCHOR: downcast
    let value: &dyn Any = &"Go";
    println!("as &str: {:?}", value.downcast_ref::<&str>());
    println!("as String: {:?}", value.downcast_ref::<String>());
    match boxed.downcast::<String>() {
        Ok(text) => println!("a String: {text}"),
        Err(boxed) => match boxed.downcast::<i64>() {
            Ok(n) => println!("not a String, an i64: {n}"),
            Err(_) => println!("neither"),
        },
    }
    // ANCHOR_END: downcast
}
