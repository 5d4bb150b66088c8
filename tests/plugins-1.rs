//! Graded tests for plugins-1: a registry of trait-object plugins that
//! refuses a duplicate name, finds a plugin by name, lists the names in the
//! order they were registered and calls a plugin.

use plugins_1::{Plugin, Registry, RegistryError};

/// Upper-cases its input.
struct Upper;

impl Plugin for Upper {
    fn name(&self) -> &str {
        "upper"
    }
    fn run(&self, input: &str) -> String {
        input.to_uppercase()
    }
}

/// A plugin with any name, that answers with its name and a fixed tag, so
/// that the tests can tell two plugins of one name apart.
struct Tagged {
    name: String,
    tag: &'static str,
}

impl Plugin for Tagged {
    fn name(&self) -> &str {
        &self.name
    }
    fn run(&self, input: &str) -> String {
        format!("{}:{}:{input}", self.name, self.tag)
    }
}

fn tagged(name: &str, tag: &'static str) -> Box<dyn Plugin> {
    Box::new(Tagged {
        name: name.to_owned(),
        tag,
    })
}

/// Ten names in no sorted order: a map's order, sorted or random, does not
/// give this one back.
const NAMES: [&str; 10] = [
    "zeta", "alpha", "mid", "beta", "omega", "gamma", "delta", "kappa", "epsilon", "iota",
];

graded::tests! {
    /// A registered plugin is found by its name and runs.
    fn a_registered_plugin_is_found_by_name() {
        let mut registry = Registry::new();
        assert_eq!(
            registry.register(Box::new(Upper)),
            Ok(()),
            "registering the first plugin, \"upper\", should succeed"
        );
        let found = registry.get("upper").map(|plugin| plugin.run("go plugin"));
        assert_eq!(
            found.as_deref(),
            Some("GO PLUGIN"),
            "`get(\"upper\")` should find the plugin registered as \"upper\""
        );
    }

    /// `call` runs the plugin of that name on the input.
    fn call_runs_the_named_plugin() {
        let mut registry = Registry::new();
        for name in ["first", "second", "third"] {
            registry.register(tagged(name, "t")).unwrap();
        }
        for name in ["first", "second", "third"] {
            assert_eq!(
                registry.call(name, "in"),
                Ok(format!("{name}:t:in")),
                "`call({name:?}, \"in\")` should run the plugin registered as {name:?}"
            );
        }
    }

    /// An unknown name is `None` from `get` and an `Unknown` error from
    /// `call`, not a panic.
    fn an_unknown_name_is_an_error() {
        let mut registry = Registry::new();
        registry.register(Box::new(Upper)).unwrap();
        assert!(
            registry.get("zip").is_none(),
            "`get(\"zip\")` should be None: no plugin of that name was registered"
        );
        assert_eq!(
            registry.call("zip", "x"),
            Err(RegistryError::Unknown { name: "zip".to_owned() }),
            "`call(\"zip\", ..)` should be Err(Unknown {{ name: \"zip\" }})"
        );
        assert!(
            Registry::new().get("upper").is_none(),
            "an empty registry finds nothing"
        );
        let message = registry.call("zip", "x").map_err(|e| e.to_string());
        assert!(
            matches!(&message, Err(text) if text.contains("zip")),
            "the error for an unknown name should say which name: got {message:?}"
        );
    }

    /// A second plugin of a name is refused, and the first one stays.
    fn a_duplicate_name_is_refused_and_the_first_stays() {
        let mut registry = Registry::new();
        registry.register(tagged("greet", "first")).unwrap();
        assert_eq!(
            registry.register(tagged("greet", "second")),
            Err(RegistryError::Duplicate { name: "greet".to_owned() }),
            "registering a second plugin named \"greet\" should be Err(Duplicate {{ name: \
             \"greet\" }}), as Go's sql.Register panics on a duplicate"
        );
        assert_eq!(
            registry.call("greet", "x"),
            Ok("greet:first:x".to_owned()),
            "after a refused duplicate, \"greet\" should still be the plugin registered \
             first (a map insert replaced it)"
        );
        assert_eq!(
            (registry.names(), registry.len()),
            (vec!["greet"], 1),
            "a refused duplicate should not be listed or counted"
        );
        let message = registry.register(tagged("greet", "third")).map_err(|e| e.to_string());
        assert!(
            matches!(&message, Err(text) if text.contains("greet")),
            "the error for a duplicate should say which name: got {message:?}"
        );
    }

    /// `names` lists the plugins in the order they were registered.
    fn names_keep_the_registration_order() {
        let mut registry = Registry::new();
        for name in NAMES {
            registry.register(tagged(name, "t")).unwrap();
        }
        assert_eq!(
            registry.names(),
            NAMES,
            "`names()` should list the plugins in the order they were registered; a map's \
             keys come back sorted (BTreeMap) or in a random order (HashMap, Go's map)"
        );
        assert_eq!(registry.len(), 10, "ten plugins were registered");
    }

    /// Registering after a refused duplicate goes on in order.
    fn registering_goes_on_after_a_refusal() {
        let mut registry = Registry::new();
        registry.register(tagged("a", "1")).unwrap();
        registry.register(tagged("b", "1")).unwrap();
        assert!(
            registry.register(tagged("a", "2")).is_err(),
            "the second \"a\" should be refused"
        );
        assert_eq!(
            registry.register(tagged("c", "1")),
            Ok(()),
            "a new name after a refused duplicate should register"
        );
        assert_eq!(
            registry.names(),
            ["a", "b", "c"],
            "the names should be a, b, c: the refused second \"a\" is not listed"
        );
        assert_eq!(
            registry.call("c", "x"),
            Ok("c:1:x".to_owned()),
            "\"c\" should run the plugin registered as \"c\""
        );
    }

    /// A new registry is empty.
    fn a_new_registry_is_empty() {
        let registry = Registry::new();
        assert!(registry.is_empty(), "a new registry should be empty");
        assert_eq!(registry.len(), 0, "a new registry holds 0 plugins");
        assert!(registry.names().is_empty(), "a new registry lists no names");
        let mut registry = registry;
        registry.register(Box::new(Upper)).unwrap();
        assert!(!registry.is_empty(), "a registry with one plugin is not empty");
    }

}
