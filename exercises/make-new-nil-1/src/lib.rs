//! A server's settings: defaults that are not Go's zero values, and
//! lookups that say "not there" with `None` instead of a zero.
//!
//! In Go, `var cfg ServerConfig` is all zeros (port 0, no host), so Go code
//! grows a `NewServerConfig()` constructor and hopes every caller uses it,
//! and a missing map key or an empty slice reads as 0 or `""`. In Rust the
//! type says what its default is (`impl Default`), a struct literal can
//! take the rest of its fields from it (`..Default::default()`), and a
//! value that may be missing is an `Option`.
//!
//! Run the tests with `cargo test -p make-new-nil-1`; ask for a hint with
//! `cargo course hint make-new-nil-1`.

use std::collections::HashMap;

/// The port a server uses when nothing says otherwise.
pub const DEFAULT_PORT: u16 = 8080;

/// The settings of a server.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ServerConfig {
    /// The host name to listen on.
    pub host: String,
    /// The TCP port to listen on.
    pub port: u16,
    /// How many clients may be connected at once.
    pub max_connections: u32,
    /// Free-form labels, in the order they were given.
    pub tags: Vec<String>,
}

impl Default for ServerConfig {
    /// Host `"localhost"`, port [`DEFAULT_PORT`], 100 connections, no tags.
    fn default() -> Self {
        // TODO: this is Go's `func NewServerConfig() ServerConfig`, the
        // constructor Go needs because `var cfg ServerConfig` is all zeros.
        // Return a `ServerConfig { .. }` with every field set: host
        // "localhost" (a `String`: "localhost".to_owned()), DEFAULT_PORT,
        // 100 connections, and an empty `Vec::new()` of tags.
        todo!()
    }
}

/// The default settings, but listening on `port`.
pub fn with_port(port: u16) -> ServerConfig {
    // TODO: in Go, `ServerConfig{Port: port}` sets the other fields to
    // zero values, so you would write `cfg := NewServerConfig();
    // cfg.Port = port`. In Rust a struct literal can take the fields it
    // does not name from another value: `..Default::default()`.
    todo!()
}

/// The port configured for `service`, or `None` when it has none.
pub fn lookup_port(ports: &HashMap<String, u16>, service: &str) -> Option<u16> {
    // TODO: this is Go's `port, ok := ports[service]`, with the `ok` built
    // in: `ports.get(service)` is `Some(&port)` or `None`. `.copied()`
    // turns the `Option<&u16>` into an `Option<u16>`.
    todo!()
}

/// The port configured for `service`, or [`DEFAULT_PORT`] when it has none.
pub fn port_or_default(ports: &HashMap<String, u16>, service: &str) -> u16 {
    // TODO: Go would write `port, ok := ports[service]; if !ok { port =
    // DefaultPort }`. A service configured with port 0 keeps its 0: only a
    // missing one gets the default.
    todo!()
}

/// The first tag, or `None` when there are no tags.
pub fn first_tag(config: &ServerConfig) -> Option<&str> {
    // TODO: Go would write `if len(cfg.Tags) == 0 { return "" }; return
    // cfg.Tags[0]`, and "" would mean both "no tags" and "an empty tag".
    // Return `None` when there are no tags, `Some(first)` otherwise:
    // look at the slice method `first()`, and `String::as_str`.
    todo!()
}
