//! Graded tests for interfaces-2: a JSON value as an enum, walked with
//! `match` where Go walks an `interface{}` with type switches, and one
//! type switch over `&dyn Any`.

use std::any::Any;
use std::panic::{AssertUnwindSafe, catch_unwind};

use interfaces_2::{Value, describe, from_any, go_type, lookup, sum_numbers};

fn num(n: f64) -> Value {
    Value::Number(n)
}

fn text(s: &str) -> Value {
    Value::Str(s.to_owned())
}

fn list(items: Vec<Value>) -> Value {
    Value::List(items)
}

fn map(entries: Vec<(&str, Value)>) -> Value {
    Value::Map(
        entries
            .into_iter()
            .map(|(k, v)| (k.to_owned(), v))
            .collect(),
    )
}

/// The document the lookups walk, as Go would decode
/// `{"name":"gopher","age":13,"tags":["go","rust"],"address":{"city":"Zurich","zip":"8000"},
///   "scores":[1.5,{"bonus":2},[3,4]],"active":true,"manager":null,"2020":{"visits":7}}`.
fn document() -> Value {
    map(vec![
        ("name", text("gopher")),
        ("age", num(13.0)),
        ("tags", list(vec![text("go"), text("rust")])),
        (
            "address",
            map(vec![("city", text("Zurich")), ("zip", text("8000"))]),
        ),
        (
            "scores",
            list(vec![
                num(1.5),
                map(vec![("bonus", num(2.0))]),
                list(vec![num(3.0), num(4.0)]),
            ]),
        ),
        ("active", Value::Bool(true)),
        ("manager", Value::Null),
        ("2020", map(vec![("visits", num(7.0))])),
    ])
}

/// `lookup`, with a panic turned into a failure that says what happened.
fn lookup_without_panic<'a>(root: &'a Value, path: &str) -> Option<&'a Value> {
    match catch_unwind(AssertUnwindSafe(|| lookup(root, path))) {
        Ok(found) => found,
        Err(payload) => {
            let message = payload
                .downcast_ref::<&str>()
                .map(|s| (*s).to_owned())
                .or_else(|| payload.downcast_ref::<String>().cloned())
                .unwrap_or_default();
            panic!(
                "lookup(.., {path:?}) panicked ({message}): an index out of range or a step into the wrong type \
                 should be None, not a panic (Go's items[i] panics; `get` returns an Option)"
            )
        }
    }
}

graded::tests! {
    /// `go_type` names the six Go types `encoding/json` decodes into, and
    /// every JSON number is a `float64`, a whole one too.
    fn go_type_names_what_encoding_json_decodes() {
        let cases = [
            (Value::Null, "<nil>"),
            (Value::Bool(false), "bool"),
            (num(2.5), "float64"),
            (text("go"), "string"),
            (list(vec![]), "[]interface {}"),
            (map(vec![]), "map[string]interface {}"),
        ];
        for (value, want) in cases {
            assert_eq!(go_type(&value), want, "Go's %T of the interface{{}} that json decodes {value:?} into");
        }
        assert_eq!(
            go_type(&num(3.0)),
            "float64",
            "encoding/json decodes every number, 3 too, as a float64: a `case int:` never matches"
        );
    }

    /// `describe` prints each scalar: `null`, `true`, numbers as `{}` prints
    /// an `f64`, and strings quoted.
    fn describe_prints_scalars() {
        assert_eq!(describe(&Value::Null), "null", "describe of Null");
        assert_eq!(describe(&Value::Bool(true)), "true", "describe of Bool(true)");
        assert_eq!(describe(&Value::Bool(false)), "false", "describe of Bool(false)");
        assert_eq!(describe(&num(3.0)), "3", "describe of the number 3: Rust's {{}} prints a whole f64 without .0");
        assert_eq!(describe(&num(-0.5)), "-0.5", "describe of the number -0.5");
        assert_eq!(
            describe(&text("gopher")),
            "\"gopher\"",
            "describe should quote a string (Go's %v would print it bare, and then \"3\" and 3 look the same)"
        );
        assert_eq!(
            describe(&text("say \"hi\"")),
            r#""say \"hi\"""#,
            "describe should escape a quote inside a string, as {{:?}} does"
        );
    }

    /// `describe` prints lists and maps with no spaces, keys quoted and in
    /// sorted order, at any depth.
    fn describe_prints_lists_and_maps() {
        assert_eq!(describe(&list(vec![])), "[]", "describe of an empty list");
        assert_eq!(describe(&map(vec![])), "{}", "describe of an empty map");
        assert_eq!(
            describe(&list(vec![num(1.0), text("a"), Value::Null])),
            r#"[1,"a",null]"#,
            "describe of a list: its items, separated by commas, no trailing comma"
        );
        assert_eq!(
            describe(&map(vec![("b", list(vec![Value::Bool(true)])), ("a", num(1.0))])),
            r#"{"a":1,"b":[true]}"#,
            "describe of a map: quoted keys in sorted order, a colon, the value described in turn"
        );
        assert_eq!(
            describe(&list(vec![map(vec![("x", list(vec![list(vec![])]))])])),
            r#"[{"x":[[]]}]"#,
            "describe should recurse into lists and maps at any depth"
        );
    }

    /// `lookup` follows a dotted path through maps and lists.
    fn lookup_walks_maps_and_lists() {
        let doc = document();
        assert_eq!(lookup_without_panic(&doc, "address.city"), Some(&text("Zurich")), "lookup of address.city");
        assert_eq!(lookup_without_panic(&doc, "tags.1"), Some(&text("rust")), "lookup of tags.1: a list index from 0");
        assert_eq!(lookup_without_panic(&doc, "tags.0"), Some(&text("go")), "lookup of tags.0");
        assert_eq!(
            lookup_without_panic(&doc, "scores.1.bonus"),
            Some(&num(2.0)),
            "lookup of scores.1.bonus: a list, then a map"
        );
        assert_eq!(lookup_without_panic(&doc, "scores.2.0"), Some(&num(3.0)), "lookup of scores.2.0: a list in a list");
        assert_eq!(lookup_without_panic(&doc, "age"), Some(&num(13.0)), "lookup of a top-level key");
        assert_eq!(lookup_without_panic(&doc, ""), Some(&doc), "the empty path should be the root itself");
    }

    /// A key whose value is `null` is found; a key that is not there is
    /// `None` (Go's `m[k]` gives `nil` for both).
    fn lookup_tells_a_missing_key_from_null() {
        let doc = document();
        assert_eq!(
            lookup_without_panic(&doc, "manager"),
            Some(&Value::Null),
            "\"manager\" is in the document with the value null: lookup should find Some(&Null)"
        );
        for path in ["nobody", "address.street", "scores.1.malus", "Name"] {
            assert_eq!(
                lookup_without_panic(&doc, path),
                None,
                "{path:?} is not in the document: lookup should be None, not Null (Go's m[k] cannot tell the two apart)"
            );
        }
    }

    /// An index out of range, negative or unreadable, and a step into a
    /// string, a number, a bool or a null, is `None`, never a panic.
    fn lookup_of_a_bad_step_is_none() {
        let doc = document();
        for path in [
            "tags.2",
            "tags.-1",
            "tags.x",
            "tags.99999999999999999999",
            "scores.2.2",
            "name.0",
            "age.x",
            "active.0",
            "manager.x",
        ] {
            assert_eq!(
                lookup_without_panic(&doc, path),
                None,
                "{path:?} steps out of range, by a bad index, or into a value that is no list or map: lookup should be None"
            );
        }
    }

    /// In a map, a segment is a key even when it looks like a number; in a
    /// list it is an index.
    fn lookup_uses_number_like_segments_as_map_keys() {
        let doc = document();
        assert_eq!(
            lookup_without_panic(&doc, "2020.visits"),
            Some(&num(7.0)),
            "\"2020\" is a key of the document's map: what a segment means depends on the value it steps into, \
             not on whether it looks like a number"
        );
        let doc = map(vec![("0", text("zero"))]);
        assert_eq!(lookup_without_panic(&doc, "0"), Some(&text("zero")), "the key \"0\" of a map");
    }

    /// `sum_numbers` adds every number in the tree, and nothing else.
    fn sum_numbers_adds_every_number_in_the_tree() {
        assert_eq!(
            sum_numbers(&document()),
            30.5,
            "the document's numbers are 13, 1.5, 2, 3, 4 and 7: their sum is 30.5 (the string \"8000\" is no number)"
        );
        assert_eq!(sum_numbers(&num(2.5)), 2.5, "sum_numbers of a single number is that number");
        assert_eq!(sum_numbers(&num(-4.0)), -4.0, "sum_numbers of a single negative number");
        for value in [Value::Null, Value::Bool(true), text("3"), list(vec![]), map(vec![])] {
            assert_eq!(sum_numbers(&value), 0.0, "sum_numbers of {value:?} has no numbers to add: 0");
        }
    }

    /// `sum_numbers` reaches numbers in maps inside lists and lists inside
    /// maps, at any depth.
    fn sum_numbers_reaches_every_depth() {
        let value = map(vec![("a", num(1.0)), ("b", map(vec![("c", num(2.0))]))]);
        assert_eq!(sum_numbers(&value), 3.0, "sum_numbers should add the numbers of a map, and of a map inside it");
        let value = list(vec![num(1.0), list(vec![num(10.0), list(vec![num(100.0)])])]);
        assert_eq!(sum_numbers(&value), 111.0, "sum_numbers should add the numbers of lists inside lists");
        let value = list(vec![map(vec![("x", list(vec![num(5.0), num(6.0)]))]), num(-1.0)]);
        assert_eq!(
            sum_numbers(&value),
            10.0,
            "sum_numbers should add the numbers of a list inside a map inside a list: a type switch needs a case \
             for every container"
        );
    }

    /// `from_any` reads each type of its open set.
    fn from_any_reads_each_known_type() {
        assert_eq!(from_any(&true), Some(Value::Bool(true)), "from_any of a bool");
        assert_eq!(from_any(&()), Some(Value::Null), "from_any of () should be Null");
        assert_eq!(from_any(&2.5_f64), Some(num(2.5)), "from_any of an f64");
        assert_eq!(from_any(&7_i64), Some(num(7.0)), "from_any of an i64");
        assert_eq!(
            from_any(&42),
            Some(num(42.0)),
            "from_any of the literal 42, which Rust makes an i32 (Go's untyped 42 becomes an int; Rust has no one \
             integer type to ask for)"
        );
        assert_eq!(from_any(&-3_i32), Some(num(-3.0)), "from_any of a negative i32");
        assert_eq!(from_any(&"gopher".to_owned()), Some(text("gopher")), "from_any of a String");
        assert_eq!(
            from_any(&"gopher"),
            Some(text("gopher")),
            "from_any of a string literal, a &'static str: it is not a String, so it needs a case of its own"
        );
        let value = list(vec![num(1.0), Value::Null]);
        assert_eq!(from_any(&value), Some(value.clone()), "from_any of a Value should be that value");
    }

    /// Any other type is `None`, not a `Null` (Go's `default: return nil`).
    fn from_any_of_an_unknown_type_is_none() {
        let unknown: Vec<Box<dyn Any>> = vec![
            Box::new(7_u8),
            Box::new('c'),
            Box::new(vec![1, 2]),
            Box::new(Some(3)),
            Box::new(1.5_f32),
        ];
        for x in &unknown {
            assert_eq!(
                from_any(x.as_ref()),
                None,
                "from_any of a type outside its set should be None: Null would say the value was there and was null"
            );
        }
    }

    /// A `Box<dyn Any>` lent as `&x` is asked about the Box; `as_ref()`
    /// asks about the value inside.
    fn from_any_sees_through_a_box_only_when_asked() {
        let boxed: Box<dyn Any> = Box::new(5_i64);
        assert_eq!(from_any(boxed.as_ref()), Some(num(5.0)), "from_any of the i64 inside a Box<dyn Any>");
        assert_eq!(
            from_any(&boxed),
            None,
            "&boxed is a &Box<dyn Any>: the value asked about is the Box itself, a type outside the set"
        );
    }
}
