//! Graded tests for ipc-2: a counter service over a Unix domain socket.

use std::io::{BufRead, BufReader};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use ipc_2::{request, serve_at};

/// A socket path unique to this process and test.
fn socket_path(test: &str) -> PathBuf {
    std::env::temp_dir().join(format!("ipc-2-{test}-{}", std::process::id()))
}

/// Removes a socket file the test made, even when the test fails.
struct Cleanup(PathBuf);

impl Drop for Cleanup {
    fn drop(&mut self) {
        let _ = std::fs::remove_file(&self.0);
    }
}

/// Runs `serve_at` on a thread; returns once it is ready.
fn serve_on_thread(
    path: &Path,
    connections: usize,
) -> std::thread::JoinHandle<std::io::Result<()>> {
    let (ready_tx, ready_rx) = mpsc::channel();
    let path = path.to_owned();
    let server = std::thread::spawn(move || {
        serve_at(&path, connections, move || ready_tx.send(()).unwrap())
    });
    ready_rx
        .recv_timeout(Duration::from_secs(2))
        .expect("serve_at should call `ready` once it listens");
    server
}

/// The server program, which calls `serve_at`: the stub's `ipc-2-counter` or
/// the solution's `ipc-2-counter-solution` (two names, as both share
/// target/debug).
fn counter() -> &'static str {
    option_env!("CARGO_BIN_EXE_ipc-2-counter")
        .or(option_env!("CARGO_BIN_EXE_ipc-2-counter-solution"))
        .expect("the package defines the server program")
}

graded::tests! {
    /// A server in another process counts, and answers each request.
    fn a_server_process_answers_requests() {
        let path = socket_path("process");
        let _cleanup = Cleanup(path.clone());
        let mut server = Command::new(counter())
            .arg(&path)
            .arg("4")
            .stdout(Stdio::piped())
            .spawn()
            .unwrap();
        let mut ready = String::new();
        BufReader::new(server.stdout.take().unwrap()).read_line(&mut ready).unwrap();
        assert_eq!(ready.trim(), "ready", "the server should print `ready` once it listens");
        assert_eq!(request(&path, "incr apples").unwrap(), "1");
        assert_eq!(request(&path, "incr apples").unwrap(), "2");
        assert_eq!(request(&path, "get apples").unwrap(), "2");
        assert_eq!(request(&path, "get pears").unwrap(), "0");
        assert!(server.wait().unwrap().success(), "the server should exit after 4 connections");
        assert!(!path.exists(), "the server should remove its socket file");
    }

    /// Counters are kept apart, and an unknown request gets an error line.
    fn counters_are_separate_and_bad_requests_get_an_error() {
        let path = socket_path("thread");
        let _cleanup = Cleanup(path.clone());
        let server = serve_on_thread(&path, 5);
        assert_eq!(request(&path, "incr a").unwrap(), "1");
        assert_eq!(request(&path, "incr b").unwrap(), "1");
        assert_eq!(request(&path, "incr a").unwrap(), "2");
        assert_eq!(request(&path, "get b").unwrap(), "1");
        assert_eq!(request(&path, "dance").unwrap(), "error: unknown request");
        server.join().unwrap().unwrap();
        assert!(!path.exists(), "the socket file should be removed");
    }

    /// A stale socket file left by a crashed server does not stop a new one.
    fn a_stale_socket_file_is_replaced() {
        let path = socket_path("stale");
        let _cleanup = Cleanup(path.clone());
        let stale = std::os::unix::net::UnixListener::bind(&path).unwrap();
        drop(stale); // the file stays behind, as after a crash
        assert!(path.exists());
        let server = serve_on_thread(&path, 1);
        assert_eq!(request(&path, "incr x").unwrap(), "1");
        server.join().unwrap().unwrap();
        assert!(!path.exists());
    }

    /// Asking where nobody listens is an error, not a hang or a panic.
    fn asking_where_nobody_listens_is_an_error() {
        assert!(request(&socket_path("nobody"), "get a").is_err());
    }
}
