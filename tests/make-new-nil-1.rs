//! Graded tests for make-new-nil-1: defaults that are not zero values, and
//! `None` where Go would read a zero.

use make_new_nil_1::{
    DEFAULT_PORT, ServerConfig, first_tag, lookup_port, port_or_default, with_port,
};
use std::collections::HashMap;

fn ports() -> HashMap<String, u16> {
    HashMap::from([
        ("web".to_owned(), 443),
        ("db".to_owned(), 5432),
        ("metrics".to_owned(), 0),
    ])
}

fn tagged(tags: &[&str]) -> ServerConfig {
    ServerConfig {
        tags: tags.iter().map(|&t| t.to_owned()).collect(),
        ..with_port(9000)
    }
}

graded::tests! {
    /// `ServerConfig::default()` is the documented defaults, not zeros.
    fn default_is_the_documented_defaults() {
        let config = ServerConfig::default();
        assert_eq!(
            config.port, 8080,
            "the default port should be 8080: a port of 0 is Go's zero value (what \
             `#[derive(Default)]` or `var cfg ServerConfig` gives), not a default"
        );
        assert_eq!(DEFAULT_PORT, 8080, "DEFAULT_PORT should stay 8080");
        assert_eq!(
            config.host, "localhost",
            "the default host should be \"localhost\", not Go's zero value \"\""
        );
        assert_eq!(
            config.max_connections, 100,
            "the default should allow 100 connections, not Go's zero value 0"
        );
        assert!(
            config.tags.is_empty(),
            "a default config should have no tags, but had {:?}",
            config.tags
        );
    }

    /// `with_port` changes the port and keeps every other default.
    fn with_port_keeps_the_other_defaults() {
        let config = with_port(3000);
        assert_eq!(config.port, 3000, "with_port(3000) should listen on port 3000");
        assert_eq!(
            config,
            ServerConfig {
                port: 3000,
                ..ServerConfig::default()
            },
            "with_port(3000) should keep every other field at its default: like Go's \
             `ServerConfig{{Port: 3000}}`, a struct written out field by field with empty \
             values loses the defaults (use `..Default::default()`)"
        );
    }

    /// `lookup_port` finds a configured port, a configured 0 included.
    fn lookup_port_finds_configured_ports() {
        let ports = ports();
        assert_eq!(
            lookup_port(&ports, "db"),
            Some(5432),
            "lookup_port(\"db\") should find 5432"
        );
        assert_eq!(
            lookup_port(&ports, "metrics"),
            Some(0),
            "\"metrics\" is configured with port 0: lookup_port should say Some(0), \
             it is there"
        );
    }

    /// `lookup_port` says `None` for a service that has no port: not 0.
    fn lookup_port_of_a_missing_service_is_none() {
        assert_eq!(
            lookup_port(&ports(), "cache"),
            None,
            "\"cache\" has no port: lookup_port should return None, not Go's zero value \
             Some(0) (what `port := ports[\"cache\"]` reads in Go)"
        );
        assert_eq!(
            lookup_port(&HashMap::new(), "web"),
            None,
            "nothing is configured in an empty map: lookup_port should return None"
        );
    }

    /// `port_or_default` falls back to 8080, and only for a missing service.
    fn port_or_default_falls_back_to_8080() {
        let ports = ports();
        assert_eq!(
            port_or_default(&ports, "web"),
            443,
            "\"web\" is configured with 443: port_or_default should return it"
        );
        assert_eq!(
            port_or_default(&ports, "cache"),
            8080,
            "\"cache\" has no port: port_or_default should fall back to DEFAULT_PORT, 8080, \
             not the type's zero value 0 (`unwrap_or_default()` is Go's zero value)"
        );
        assert_eq!(
            port_or_default(&ports, "metrics"),
            0,
            "\"metrics\" is configured with port 0: that is its port, so port_or_default \
             should return 0, not replace it with the default (Go's `if port == 0` check \
             cannot tell \"set to 0\" from \"missing\"; an Option can)"
        );
    }

    /// `first_tag` is the first tag, or `None` when there are none.
    fn first_tag_or_none() {
        let config = tagged(&["blue", "canary"]);
        assert_eq!(
            first_tag(&config),
            Some("blue"),
            "the first tag of [\"blue\", \"canary\"] is \"blue\""
        );
        assert_eq!(
            first_tag(&tagged(&[])),
            None,
            "a config with no tags has no first tag: first_tag should return None, \
             not Some(\"\") (Go's zero value for a string)"
        );
        let config = tagged(&[""]);
        assert_eq!(
            first_tag(&config),
            Some(""),
            "a config whose only tag is \"\" has a first tag, the empty one: Some(\"\")"
        );
    }
}
