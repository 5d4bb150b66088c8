//! A server's settings: defaults that are not Go's zero values, and
//! lookups that say "not there" with `None` instead of a zero.
//!
//! In Go, `var cfg ServerConfig` is all zeros (port 0, no host), so Go code
//! grows a `NewServerConfig()` constructor and hopes every caller uses it,
//! and a missing map key or an empty slice reads as 0 or `""`. In Rust the
//! type says what its default is (`impl Default`), a struct literal can
//! take the rest of its fields from it (`..Default::default()`), and a
//! value that may be missing is an `Option`.

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
        ServerConfig {
            host: "localhost".to_owned(),
            port: DEFAULT_PORT,
            max_connections: 100,
            tags: Vec::new(),
        }
    }
}

/// The default settings, but listening on `port`.
pub fn with_port(port: u16) -> ServerConfig {
    ServerConfig {
        port,
        ..Default::default()
    }
}

/// The port configured for `service`, or `None` when it has none.
pub fn lookup_port(ports: &HashMap<String, u16>, service: &str) -> Option<u16> {
    ports.get(service).copied()
}

/// The port configured for `service`, or [`DEFAULT_PORT`] when it has none.
pub fn port_or_default(ports: &HashMap<String, u16>, service: &str) -> u16 {
    lookup_port(ports, service).unwrap_or(DEFAULT_PORT)
}

/// The first tag, or `None` when there are no tags.
pub fn first_tag(config: &ServerConfig) -> Option<&str> {
    config.tags.first().map(String::as_str)
}
