//! Limits for untrusted code: what the test processes of a submission run
//! under when the system allows it.
//!
//! What this protects against: a submission that hangs (time limit per test,
//! and a kill of its whole process group), that eats memory (an address-space
//! limit through prlimit(1)), or that reaches the network (a new, empty
//! network namespace through unshare(1), with only loopback up).
//!
//! What it does not: the test processes run as the grading user and can read
//! and write what that user can, the trusted workspace included; they can
//! spawn processes (killed with the group at the time limit); and code that
//! deliberately forges the test harness's output from inside the process is
//! not told apart from a pass. Run grading in a throwaway container or CI job
//! when submissions may be hostile.

use std::process::{Command, Stdio};

/// The limits in force, as found on this system.
#[derive(Debug, Clone, Default)]
pub struct Sandbox {
    /// The memory limit, in bytes, when prlimit is available.
    pub memory: Option<u64>,
    /// Whether each test runs in a network namespace of its own.
    pub no_network: bool,
}

impl Sandbox {
    /// Probes the system for unshare and prlimit.
    pub fn detect(memory_mb: u64, network: bool) -> Sandbox {
        let works = |program: &str, args: &[&str]| {
            Command::new(program)
                .args(args)
                .stdin(Stdio::null())
                .stdout(Stdio::null())
                .stderr(Stdio::null())
                .status()
                .is_ok_and(|s| s.success())
        };
        Sandbox {
            memory: works("prlimit", &["--as=1073741824", "--", "true"])
                .then_some(memory_mb * 1024 * 1024),
            no_network: !network && works("unshare", &["--net", "--", "true"]),
        }
    }

    /// The command line the test binary runs under.
    pub fn wrapper(&self) -> Vec<String> {
        let mut wrapper = Vec::new();
        if self.no_network {
            // A fresh namespace has loopback down: bring it up (tests may
            // serve on 127.0.0.1), then run the test binary.
            wrapper.extend(
                [
                    "unshare",
                    "--net",
                    "--",
                    "sh",
                    "-c",
                    "ip link set lo up 2>/dev/null; exec \"$@\"",
                    "sandbox",
                ]
                .map(str::to_owned),
            );
        }
        if let Some(bytes) = self.memory {
            wrapper.extend([
                "prlimit".to_owned(),
                format!("--as={bytes}"),
                "--".to_owned(),
            ]);
        }
        wrapper
    }

    /// A sentence for reports.
    pub fn describe(&self) -> String {
        let memory = match self.memory {
            Some(bytes) => format!("memory limited to {} MiB", bytes / 1024 / 1024),
            None => "no memory limit (prlimit not found)".to_owned(),
        };
        let network = if self.no_network {
            "no network (own namespace)"
        } else {
            "network not isolated"
        };
        format!("time limit per test, {memory}, {network}")
    }
}
