//! Why Go's nil-interface trap has no Rust counterpart.

use std::error::Error;

use interfaces::go_interface::GoInterface;
use interfaces::parse::{ParseError, check, first_error};

#[test]
fn the_model_is_nil_only_without_a_type() {
    assert!(GoInterface::<ParseError>::nil().is_nil());
    let typed_nil = GoInterface::<ParseError>::holding("*main.ParseError", None);
    assert!(!typed_nil.is_nil(), "a nil pointer with a type is not nil");
    assert_eq!(typed_nil.to_string(), "<nil>");
    assert_eq!(typed_nil.type_name(), "*main.ParseError");
}

// ANCHOR: no_null_box
#[test]
fn none_is_the_only_absent_error() {
    // A Box is never null, so Option uses the null pointer
    // for None: no room is left for "a Some that is nil".
    assert_eq!(
        size_of::<Option<Box<dyn Error>>>(),
        size_of::<Box<dyn Error>>()
    );
    assert!(first_error(&["a=1", "b=2"]).is_none());
    let err = first_error(&["a=1", "", "c=3"]).expect("the empty input fails");
    assert_eq!(err.to_string(), "line 1: empty input");
}
// ANCHOR_END: no_null_box

#[test]
fn check_is_ok_or_err() {
    assert_eq!(check("x=1"), Ok(()));
    assert_eq!(check(""), Err(ParseError { line: 1 }));
}
