//! Graded tests for ipc-2: a counter service over a Unix domain socket.

use std::io::{BufRead, BufReader, Read, Write};
use std::os::unix::fs::FileTypeExt;
use std::os::unix::net::{UnixListener, UnixStream};
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::sync::mpsc;
use std::time::{Duration, Instant};

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

/// Whether a socket file is at `path` now.
fn socket_file_at(path: &Path) -> bool {
    std::fs::symlink_metadata(path).is_ok_and(|meta| meta.file_type().is_socket())
}

/// Runs `serve_at` on a thread; returns once it is ready, after checking
/// that the socket file was there when `ready` was called.
fn serve_on_thread(
    path: &Path,
    connections: usize,
) -> std::thread::JoinHandle<std::io::Result<()>> {
    let (ready_tx, ready_rx) = mpsc::channel();
    let path = path.to_owned();
    let server = std::thread::spawn(move || {
        let listening_path = path.clone();
        serve_at(&path, connections, move || {
            let _ = ready_tx.send(socket_file_at(&listening_path));
        })
    });
    match ready_rx.recv_timeout(Duration::from_secs(2)) {
        Ok(listening) => assert!(
            listening,
            "serve_at called `ready` when no socket file was there: call it only after \
             `UnixListener::bind`, and keep the file until serving ends (a guard bound to \
             `let _ = ...` is dropped, and removes the file, at once)"
        ),
        Err(mpsc::RecvTimeoutError::Disconnected) => {
            let outcome = server.join().expect("serve_at does not panic");
            panic!(
                "serve_at returned {outcome:?} without calling `ready`: if a stale socket file \
                 is in the way, remove it before binding"
            );
        }
        Err(mpsc::RecvTimeoutError::Timeout) => {
            panic!("serve_at did not call `ready` within 2 s of starting")
        }
    }
    server
}

/// Sends `line` to the server at `path` and returns its answer.
fn ask(path: &Path, line: &str) -> String {
    request(path, line).unwrap_or_else(|e| panic!("the request {line:?} failed: {e}"))
}

/// Waits for the server thread, which should have served all its
/// connections by now.
fn finish(server: std::thread::JoinHandle<std::io::Result<()>>) -> std::io::Result<()> {
    let deadline = Instant::now() + Duration::from_secs(2);
    while !server.is_finished() {
        assert!(
            Instant::now() < deadline,
            "serve_at did not return within 2 s after its last connection: it should serve \
             exactly `connections` connections"
        );
        std::thread::sleep(Duration::from_millis(5));
    }
    server.join().expect("serve_at does not panic")
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
            .expect("start the server program");
        let mut ready = String::new();
        BufReader::new(server.stdout.take().expect("stdout is piped"))
            .read_line(&mut ready)
            .expect("read the server's first line");
        assert_eq!(ready.trim(), "ready", "the server should print `ready` once it listens");
        assert_eq!(ask(&path, "incr apples"), "1", "the first `incr apples` should answer 1");
        assert_eq!(
            ask(&path, "incr apples"),
            "2",
            "the second `incr apples` should answer 2: keep the counters across connections"
        );
        assert_eq!(ask(&path, "get apples"), "2", "`get apples` should answer 2");
        assert_eq!(ask(&path, "get pears"), "0", "a counter never incremented is 0");
        let deadline = Instant::now() + Duration::from_secs(2);
        let status = loop {
            if let Some(status) = server.try_wait().expect("wait for the server") {
                break status;
            }
            if Instant::now() > deadline {
                let _ = server.kill();
                let _ = server.wait();
                panic!("the server was still running 2 s after its 4 connections");
            }
            std::thread::sleep(Duration::from_millis(5));
        };
        assert!(status.success(), "the server should exit successfully after 4 connections: {status}");
        assert!(!path.exists(), "the server should remove its socket file");
    }

    /// Counters are kept apart, and an unknown request gets an error line.
    fn counters_are_separate_and_bad_requests_get_an_error() {
        let path = socket_path("thread");
        let _cleanup = Cleanup(path.clone());
        let server = serve_on_thread(&path, 5);
        assert_eq!(ask(&path, "incr a"), "1", "the first `incr a` should answer 1");
        assert_eq!(ask(&path, "incr b"), "1", "`incr b` counts b apart from a");
        assert_eq!(
            ask(&path, "incr a"),
            "2",
            "the second `incr a` should answer 2: keep one map of counters for all connections"
        );
        assert_eq!(ask(&path, "get b"), "1", "`get b` should answer 1");
        assert_eq!(
            ask(&path, "dance"),
            "error: unknown request",
            "an unknown request should get the error line"
        );
        finish(server).expect("serving good requests should not fail");
        assert!(!path.exists(), "the socket file should be removed");
    }

    /// A stale socket file left by a crashed server does not stop a new one.
    fn a_stale_socket_file_is_replaced() {
        let path = socket_path("stale");
        let _cleanup = Cleanup(path.clone());
        let stale = UnixListener::bind(&path).expect("bind the stale socket");
        drop(stale); // the file stays behind, as after a crash
        assert!(path.exists(), "the stale socket file should be there");
        let server = serve_on_thread(&path, 1);
        assert_eq!(ask(&path, "incr x"), "1", "the new server should answer");
        finish(server).expect("serving a good request should not fail");
        assert!(!path.exists(), "the socket file should be removed");
    }

    /// The socket file is removed however serving ends: after a request
    /// that is not text, and when `ready` panics.
    fn the_socket_file_is_removed_even_on_error() {
        let path = socket_path("error");
        let _cleanup = Cleanup(path.clone());
        let server = serve_on_thread(&path, 1);
        let mut client = UnixStream::connect(&path).expect("connect to the server");
        client.write_all(b"incr \xff\xfe\n").expect("send a request that is not UTF-8");
        client.shutdown(std::net::Shutdown::Write).expect("shut down the write half");
        let mut answer = Vec::new();
        let _ = client.read_to_end(&mut answer);
        let _ = finish(server);
        assert!(
            !path.exists(),
            "serve_at ended on a request that is not UTF-8 and left its socket file behind: \
             remove it in a guard's `Drop`, which runs on every return, `?` included"
        );

        let outcome = std::panic::catch_unwind(|| {
            serve_at(&path, 1, || panic!("the caller's ready panicked"))
        });
        assert!(outcome.is_err(), "a panic in `ready` should reach serve_at's caller");
        assert!(
            !path.exists(),
            "serve_at unwound from a panic in `ready` and left its socket file behind: \
             remove it in a guard's `Drop`, which runs while unwinding too"
        );
    }

    /// `request` shuts down its write half after the line, so that a server
    /// which reads to the end of the request can answer.
    fn a_request_shuts_down_its_write_half() {
        let path = socket_path("shutdown");
        let _cleanup = Cleanup(path.clone());
        let _ = std::fs::remove_file(&path);
        let listener = UnixListener::bind(&path).expect("bind the test's server");
        let server = std::thread::spawn(move || {
            let (mut stream, _) = listener.accept().expect("accept the request");
            stream
                .set_read_timeout(Some(Duration::from_millis(500)))
                .expect("set a read timeout");
            let mut request = String::new();
            let ended = stream.read_to_string(&mut request).is_ok();
            let _ = stream.write_all(b"pong\n");
            (request, ended)
        });
        let answer = ask(&path, "ping");
        let (request, ended) = server.join().expect("the test's server does not panic");
        assert_eq!(request, "ping\n", "the request should be the line and a newline");
        assert!(
            ended,
            "the server never saw the end of the request: after writing the line, call \
             `stream.shutdown(Shutdown::Write)`"
        );
        assert_eq!(answer, "pong", "the answer should be the server's line without its newline");
    }

    /// Asking where nobody listens is an error, not a hang or a panic.
    fn asking_where_nobody_listens_is_an_error() {
        assert!(
            request(&socket_path("nobody"), "get a").is_err(),
            "connecting where nobody listens should be an error"
        );
    }
}
