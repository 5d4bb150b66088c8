//! The environment the build and the test processes of a submission get:
//! an allow-list, never the grader's own (no `GITHUB_TOKEN`,
//! `GITHUB_OUTPUT`, `GITHUB_STEP_SUMMARY`, `SSH_AUTH_SOCK`…).

use std::ffi::OsString;
use std::time::Duration;

/// What cargo, rustup and the tests need, taken from the grader's
/// environment when set there.
const ALLOWED: &[&str] = &[
    "PATH",
    "HOME",
    "USER",
    "CARGO_HOME",
    "RUSTUP_HOME",
    "RUSTUP_TOOLCHAIN",
    "TMPDIR",
    "LANG",
    "LC_ALL",
    // The build's own settings: the instructor's choice, not a secret, and
    // the same flags keep cargo's fingerprints (and its cache) valid.
    "RUSTFLAGS",
    "CARGO_BUILD_JOBS",
    "CARGO_NET_OFFLINE",
    "CARGO_INCREMENTAL",
];

/// The allowed variables of the grader's environment that are set.
pub fn allowed() -> Vec<(String, OsString)> {
    ALLOWED
        .iter()
        .filter_map(|name| std::env::var_os(name).map(|value| ((*name).to_owned(), value)))
        .collect()
}

/// A prefix for a test's command line that runs it in the allowed
/// environment alone, with the graded crate's variables (the per-test
/// limit) and without backtraces (they would differ between runs).
pub fn wrapper(limit: Duration) -> Vec<String> {
    let mut wrapper = vec!["env".to_owned(), "-i".to_owned()];
    for (name, value) in allowed() {
        // `env` reads `NAME=VALUE`; a value that is not Unicode is dropped.
        if let Some(value) = value.to_str() {
            wrapper.push(format!("{name}={value}"));
        }
    }
    wrapper.push(format!("{}={}", graded::LIMIT_ENV, limit.as_millis()));
    wrapper.push("RUST_BACKTRACE=0".to_owned());
    wrapper
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_wrapper_starts_from_nothing_and_sets_the_limit() {
        let wrapper = wrapper(Duration::from_millis(1500));
        assert_eq!(wrapper[..2], ["env", "-i"]);
        assert!(wrapper.contains(&"GRADED_TIMEOUT_MS=1500".to_owned()));
        assert!(wrapper.iter().all(|w| !w.starts_with("GITHUB_")));
    }
}
