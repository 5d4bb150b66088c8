//! Graded tests for json-2: a loosely typed map (Go's
//! `map[string]interface{}`) decoded into typed structs, with errors that
//! name the path of the value that failed.

use json_2::{FieldError, Limits, Problem, Service, service_from_map};
use serde_json::{Map, Value, json};

/// A complete, valid map; each test changes one thing in it.
fn base() -> Value {
    json!({
        "name": "api",
        "port": 8080,
        "replicas": 3,
        "tags": ["edge", "eu"],
        "limits": {"cpu": 0.5, "memory_mb": 512},
    })
}

/// The map of a JSON object.
fn object(value: Value) -> Map<String, Value> {
    match value {
        Value::Object(map) => map,
        other => panic!("the test's input must be an object, and was {other}"),
    }
}

/// `base()` with `path` (keys joined by `.`) set to `value`, or removed
/// when `value` is `None`.
fn with(path: &str, value: Option<Value>) -> Map<String, Value> {
    let mut root = base();
    let mut keys: Vec<&str> = path.split('.').collect();
    let last = keys.pop().expect("a path has a key");
    let mut here = &mut root;
    for key in keys {
        here = &mut here[key];
    }
    let map = here.as_object_mut().expect("the path leads to an object");
    match value {
        Some(value) => map.insert(last.to_owned(), value),
        None => map.remove(last),
    };
    object(root)
}

/// Decodes a map the test expects to be valid.
fn decoded(map: &Map<String, Value>) -> Service {
    service_from_map(map).unwrap_or_else(|err| panic!("the valid map {map:?} was refused: {err}"))
}

/// Decodes a map the test expects to be refused, and returns the error.
fn refused(map: &Map<String, Value>, why: &str) -> FieldError {
    match service_from_map(map) {
        Ok(service) => panic!("{why}: the map {map:?} must be refused, and gave {service:?}"),
        Err(err) => err,
    }
}

/// Checks that the error is an `Invalid` at `path`.
fn assert_invalid_at(err: &FieldError, path: &str, why: &str) {
    assert_eq!(
        err.path, path,
        "{why}: the error must name the path `{path}`, and was {err:?}"
    );
    assert!(
        matches!(err.problem, Problem::Invalid(_)),
        "{why}: the value at `{path}` is there but wrong, so the problem is `Invalid`, and was \
         {:?}",
        err.problem
    );
}

graded::tests! {
    /// A complete map becomes the struct, field for field.
    fn a_complete_map_decodes_into_the_struct() {
        let service = decoded(&object(base()));
        assert_eq!(
            service,
            Service {
                name: "api".into(),
                port: 8080,
                replicas: 3,
                tags: vec!["edge".into(), "eu".into()],
                limits: Limits { cpu: 0.5, memory_mb: 512 },
            },
            "every key of the map must land in its field"
        );
    }

    /// `replicas` is 1 and `tags` empty when the map leaves them out;
    /// the other keys are required, and a missing one is named.
    fn defaults_for_optional_keys_and_missing_for_required_ones() {
        let mut map = with("replicas", None);
        map.remove("tags");
        let service = decoded(&map);
        assert_eq!(service.replicas, 1, "a missing `replicas` is 1, not Go's zero value");
        assert!(service.tags.is_empty(), "missing `tags` are no tags");
        for path in ["name", "port", "limits", "limits.cpu", "limits.memory_mb"] {
            let err = refused(&with(path, None), &format!("`{path}` is required"));
            assert_eq!(
                err,
                FieldError { path: path.into(), problem: Problem::Missing },
                "a map without `{path}` must be refused as `Missing` at `{path}` (the whole path, \
                 `limits.` included)"
            );
        }
    }

    /// The port is a JSON integer or a string of digits (maps filled from
    /// environment variables have `"8080"`), and must fit in a u16.
    fn port_is_a_number_or_a_numeric_string_that_fits() {
        assert_eq!(decoded(&with("port", Some(json!("9090")))).port, 9090, "\"9090\" is port 9090");
        assert_eq!(decoded(&with("port", Some(json!(65535)))).port, 65535, "65535 is the largest port");
        assert_eq!(decoded(&with("port", Some(json!(0)))).port, 0, "0 fits in a u16");
        for bad in [json!(70000), json!("70000"), json!(-1), json!(80.5), json!("80a"), json!(true)] {
            let err = refused(
                &with("port", Some(bad.clone())),
                &format!("the port {bad} is no u16 (70000 is not 4464: no `as u16`)"),
            );
            assert_invalid_at(&err, "port", &format!("the port {bad}"));
        }
    }

    /// `memory_mb` is exact, however large: 9007199254740993 stays
    /// 9007199254740993, where Go's float64 gives 9007199254740992. A
    /// fraction or a negative number is refused, not cut.
    fn memory_is_an_exact_unsigned_integer() {
        let service = decoded(&with("limits.memory_mb", Some(json!(9_007_199_254_740_993_u64))));
        assert_eq!(
            service.limits.memory_mb,
            9_007_199_254_740_993,
            "memory_mb 9007199254740993 must come back exact: read it with `as_u64`, not through \
             an f64 (Go's float64 gives 9007199254740992)"
        );
        let service = decoded(&with("limits.memory_mb", Some(json!(u64::MAX))));
        assert_eq!(service.limits.memory_mb, u64::MAX, "u64::MAX is a valid memory_mb");
        for bad in [json!(1.5), json!(-1), json!("512")] {
            let err = refused(
                &with("limits.memory_mb", Some(bad.clone())),
                &format!("memory_mb {bad} is no whole number from 0"),
            );
            assert_invalid_at(&err, "limits.memory_mb", &format!("memory_mb {bad}"));
        }
    }

    /// `cpu` is any number: the integer 2 is 2.0. A string is refused.
    fn cpu_takes_integers_and_fractions() {
        let service = decoded(&with("limits.cpu", Some(json!(2))));
        assert_eq!(
            service.limits.cpu, 2.0,
            "cpu 2 is 2.0: a JSON integer is a number too (`as_f64` takes both)"
        );
        let err = refused(&with("limits.cpu", Some(json!("fast"))), "cpu \"fast\" is no number");
        assert_invalid_at(&err, "limits.cpu", "cpu \"fast\"");
    }

    /// A wrong item in `tags` is named by its index: `tags[1]`. `tags`
    /// that are not an array, `name` that is not a string and `limits`
    /// that is not an object are named too.
    fn wrong_types_are_named_by_their_path() {
        let err = refused(&with("tags", Some(json!(["edge", 5, "eu"]))), "the tag 5 is no string");
        assert_invalid_at(&err, "tags[1]", "the second tag, 5");
        let err = refused(&with("tags", Some(json!("edge"))), "tags must be an array");
        assert_invalid_at(&err, "tags", "tags \"edge\"");
        let err = refused(&with("name", Some(json!(42))), "the name 42 is no string");
        assert_invalid_at(&err, "name", "the name 42");
        let err = refused(&with("limits", Some(json!(5))), "limits must be an object");
        assert_invalid_at(&err, "limits", "limits 5");
        let err = refused(&with("replicas", Some(json!(4_294_967_296_u64))), "replicas must fit a u32");
        assert_invalid_at(&err, "replicas", "replicas 4294967296");
        let err = refused(&with("replicas", Some(json!("3"))), "replicas is a number, not a string");
        assert_invalid_at(&err, "replicas", "replicas \"3\"");
    }

    /// An unknown key is refused, at any depth, by its own path, before
    /// anything else: a misspelled `prot` is reported as `prot`, not as a
    /// missing `port`.
    fn unknown_keys_are_refused_first_by_their_path() {
        let mut map = with("port", None);
        map.insert("prot".into(), json!(8080));
        assert_eq!(
            refused(&map, "`prot` is a misspelling"),
            FieldError { path: "prot".into(), problem: Problem::Unknown },
            "a misspelled `prot` must be reported as the unknown key `prot`, before the missing \
             `port` it stands for (Go's mapstructure would leave port at 0)"
        );
        let mut map = with("limits.cpu", None);
        map["limits"]["cpus"] = json!(2);
        assert_eq!(
            refused(&map, "`limits.cpus` is a misspelling"),
            FieldError { path: "limits.cpus".into(), problem: Problem::Unknown },
            "an unknown key inside `limits` is refused too, with its whole path `limits.cpus`"
        );
    }

    /// The error prints as `path: problem`.
    fn an_error_prints_its_path_first() {
        let err = refused(&with("name", None), "`name` is required");
        assert_eq!(err.to_string(), "name: missing", "a missing name prints as \"name: missing\"");
        let mut map = object(base());
        map.insert("colour".into(), json!("blue"));
        let err = refused(&map, "`colour` is unknown");
        assert_eq!(
            err.to_string(),
            "colour: unknown field",
            "an unknown key prints as \"colour: unknown field\""
        );
        let err = refused(&with("port", Some(json!("http"))), "\"http\" is no port");
        assert!(
            err.to_string().starts_with("port: "),
            "an invalid port prints as \"port: ...\", and printed {err}"
        );
    }
}
