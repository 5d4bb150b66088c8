//! Traits: implemented by name, default methods, generics and trait objects.

use interfaces::shapes::{Circle, Rect, Shape, total_area, total_area_dyn};

// ANCHOR: own_describe
/// A shape defined outside the crate: any crate can implement the trait
/// for its own types, and override a default method.
struct Square {
    side: f64,
}

impl Shape for Square {
    fn area(&self) -> f64 {
        self.side * self.side
    }
    fn name(&self) -> &'static str {
        "square"
    }
    fn describe(&self) -> String {
        format!("a {0}x{0} square", self.side)
    }
}

#[test]
fn an_implementation_may_override_a_default_method() {
    let shapes: Vec<Box<dyn Shape>> = vec![
        Box::new(Rect {
            width: 2.0,
            height: 3.0,
        }),
        Box::new(Square { side: 2.0 }),
    ];
    let described: Vec<String> = shapes.iter().map(|s| s.describe()).collect();
    assert_eq!(described, ["rect with area 6.00", "a 2x2 square"]);
}
// ANCHOR_END: own_describe

#[test]
fn generic_and_dyn_functions_agree() {
    let circles = [Circle { radius: 1.0 }, Circle { radius: 2.0 }];
    let boxed: Vec<Box<dyn Shape>> = circles
        .iter()
        .map(|&c| Box::new(c) as Box<dyn Shape>)
        .collect();
    assert_eq!(total_area(&circles), total_area_dyn(&boxed));
    assert!((total_area(&circles) - 5.0 * std::f64::consts::PI).abs() < 1e-9);
}

// ANCHOR: sizes
#[test]
fn a_trait_object_is_two_words_like_a_go_interface() {
    let word = size_of::<usize>();
    // a pointer to the value and a pointer to its method table
    assert_eq!(size_of::<&dyn Shape>(), 2 * word);
    assert_eq!(size_of::<Box<dyn Shape>>(), 2 * word);
    // a generic `&S` is one pointer: the type is known when compiling
    assert_eq!(size_of::<&Rect>(), word);
}
// ANCHOR_END: sizes

#[test]
fn a_generic_function_takes_one_type_per_call() {
    let rects = [
        Rect {
            width: 1.0,
            height: 1.0,
        },
        Rect {
            width: 2.0,
            height: 2.0,
        },
    ];
    assert_eq!(total_area(&rects), 5.0);
    assert_eq!(total_area::<Circle>(&[]), 0.0);
}
