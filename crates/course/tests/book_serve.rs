//! `cargo course book --serve`: the book on localhost, rebuilt on change.

mod support;

use std::io::{BufRead, BufReader, Read, Write};
use std::net::TcpStream;
use std::path::Path;
use std::process::{Child, Command, Stdio};
use std::sync::mpsc;
use std::time::Duration;

/// Stops the server when the test ends, passed or not.
struct Server(Child);

impl Drop for Server {
    fn drop(&mut self) {
        let _ = self.0.kill();
        let _ = self.0.wait();
    }
}

/// `GET path` on `address` (`127.0.0.1:port`): the status line and body.
fn get(address: &str, path: &str) -> (String, String) {
    let mut stream = TcpStream::connect(address).expect("the server accepts connections");
    stream
        .set_read_timeout(Some(Duration::from_secs(20)))
        .expect("a read timeout");
    write!(stream, "GET {path} HTTP/1.0\r\nHost: {address}\r\n\r\n").expect("send the request");
    let mut response = String::new();
    stream
        .read_to_string(&mut response)
        .expect("the server answers within 20 s");
    let status = response.lines().next().unwrap_or("").to_owned();
    let body = response
        .split_once("\r\n\r\n")
        .map(|(_, body)| body.to_owned())
        .unwrap_or_default();
    (status, body)
}

/// The book is served on the port it names, only its own files are served,
/// and a changed chapter is rebuilt and served anew.
#[test]
fn the_served_book_is_rebuilt_when_a_chapter_changes() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let copy = support::scratch("book-serve");
    support::copy_dir(&root, &copy);
    let child = Command::new(env!("CARGO_BIN_EXE_course"))
        .args(["book", "--serve", "--port", "0"])
        .current_dir(&copy)
        .env("NO_COLOR", "1")
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::inherit())
        .spawn()
        .expect("the course tool starts");
    let mut server = Server(child);
    let (lines_tx, lines) = mpsc::channel();
    let stdout = server.0.stdout.take().expect("piped stdout");
    std::thread::spawn(move || {
        for line in BufReader::new(stdout).lines().map_while(Result::ok) {
            if lines_tx.send(line).is_err() {
                return;
            }
        }
    });
    let wait_for = |what: &str| -> String {
        loop {
            match lines.recv_timeout(Duration::from_secs(120)) {
                Ok(line) if line.contains(what) => return line,
                Ok(_) => {}
                Err(_) => panic!("`cargo course book --serve` never printed `{what}` within 120 s"),
            }
        }
    };
    let banner = wait_for("Serving the book on http://");
    let address = banner
        .split("http://")
        .nth(1)
        .and_then(|rest| rest.split('/').next())
        .expect("an address in the banner")
        .to_owned();

    let (status, body) = get(&address, "/values.html");
    assert!(status.contains("200"), "GET /values.html answered {status}");
    assert!(
        body.contains("Values, moves and borrows"),
        "the served values.html is the chapter"
    );
    let (status, _) = get(&address, "/../course.toml");
    assert!(
        status.contains("404"),
        "a path out of the book answered {status}, not 404"
    );

    let chapter = copy.join("book/src/values.md");
    let text = std::fs::read_to_string(&chapter).expect("the chapter");
    std::fs::write(
        &chapter,
        format!("{text}\nA sentence written while the book is served.\n"),
    )
    .expect("edit the chapter");
    wait_for("rebuilt the book");
    let (_, body) = get(&address, "/values.html");
    assert!(
        body.contains("A sentence written while the book is served."),
        "after the rebuild the served chapter has the new sentence"
    );
}
