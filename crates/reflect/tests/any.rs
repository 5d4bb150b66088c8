//! What `Any`, `TypeId` and downcasting do, as the chapter says.

use std::any::{Any, TypeId};

use reflect::dynamic::{Kind, describe, go_type_of, go_value};
use reflect::fields::describe_fields;
use reflect::model::{Account, User};

fn ann() -> User {
    User {
        name: "Ann".into(),
        age: 36,
        email: String::new(),
    }
}

// ANCHOR: downcast
#[test]
fn downcast_ref_answers_only_for_the_exact_type() {
    let value: &dyn Any = &42_i64;
    assert_eq!(value.downcast_ref::<i64>(), Some(&42));
    // no conversion: an i64 is not an i32, nor a u64
    assert_eq!(value.downcast_ref::<i32>(), None);
    assert_eq!(value.downcast_ref::<u64>(), None);
    assert!(value.is::<i64>());
}
// ANCHOR_END: downcast

// ANCHOR: box_type_id
#[test]
fn type_id_of_a_box_is_the_boxs_own() {
    let boxed: Box<dyn Any> = Box::new(42_i64);
    assert_eq!((*boxed).type_id(), TypeId::of::<i64>());
    #[allow(clippy::type_id_on_box)]
    let of_the_box = boxed.type_id();
    assert_eq!(of_the_box, TypeId::of::<Box<dyn Any>>());
}
// ANCHOR_END: box_type_id

#[test]
fn a_box_downcasts_by_value_or_gives_itself_back() {
    let boxed: Box<dyn Any> = Box::new(String::from("Go"));
    let boxed = boxed.downcast::<i64>().expect_err("a String is not an i64");
    let text = boxed.downcast::<String>().expect("it is a String");
    assert_eq!(*text, "Go");
}

#[test]
fn the_type_switch_knows_only_the_types_it_names() {
    assert_eq!(describe(&21_i64), "an int, twice 42");
    assert_eq!(describe(&"Go语言"), "a string of 8 bytes");
    assert_eq!(describe(&ann()), "a User called Ann");
    // an i32 is not the i64 the switch names
    assert_eq!(describe(&21_i32), "something else");
    assert_eq!(describe(&String::from("Go")), "something else");
}

#[test]
fn go_type_of_names_the_examples_types() {
    assert_eq!(go_type_of(&42_i64), Some(("int", Kind::Int)));
    assert_eq!(go_type_of(&ann()), Some(("main.User", Kind::Struct)));
    assert_eq!(go_type_of(&1.5_f64), None);
    assert_eq!(go_value(&vec![1_i64, 2]).as_deref(), Some("[1 2]"));
    assert_eq!(go_value(&ann()).as_deref(), Some("{Ann 36 }"));
}

#[test]
fn the_field_walk_lists_every_field_in_order() {
    let lines = describe_fields(&ann());
    assert_eq!(
        lines,
        [
            "field 0: Name json:\"name\" = Ann",
            "field 1: Age json:\"age\" = 36",
            "field 2: Email json:\"email,omitempty\" = ",
        ]
    );
}

// ANCHOR: serde
#[test]
fn serde_renames_and_omits_as_go_tags_do() {
    let mut user = ann();
    assert_eq!(
        serde_json::to_string(&user).unwrap(),
        r#"{"name":"Ann","age":36}"#
    );
    user.email = "ann@example.com".into();
    assert_eq!(
        serde_json::to_string(&user).unwrap(),
        r#"{"name":"Ann","age":36,"email":"ann@example.com"}"#
    );
}
// ANCHOR_END: serde

#[test]
fn a_mut_borrow_sets_a_field_and_the_pin_stays_private() {
    let mut account = Account::new("Ann", 10, 1234);
    let borrowed = &mut account;
    borrowed.balance = 20;
    assert_eq!(account.balance, 20);
    assert_eq!(account.pin(), 1234);
}
