//! The job server as a real process: start it, give it jobs, send it a real
//! SIGTERM (with the `kill` command), and check that it stopped accepting,
//! answered every accepted job as done or abandoned, reported the same, and
//! exited on its own within its deadline. No job is lost.
//!
//! The loop count is `SHUTDOWN_RUNS` (default 100: the chapter claims zero
//! lost jobs over at least 100 runs, each a fresh process).

use std::collections::BTreeSet;
use std::io::{BufRead, BufReader, Write};
use std::net::{SocketAddr, TcpStream};
use std::process::{Child, ChildStdout, Command, Stdio};
use std::sync::mpsc;
use std::thread;
use std::time::{Duration, Instant};

/// A bound for every wait on the child or a socket.
const PATIENCE: Duration = Duration::from_secs(5);

struct Server {
    child: Child,
    out: BufReader<ChildStdout>,
    addr: SocketAddr,
}

impl Server {
    fn start(work_ms: u64, grace_ms: u64) -> Server {
        let mut child = Command::new(env!("CARGO_BIN_EXE_jobserver"))
            .args([work_ms.to_string(), grace_ms.to_string()])
            .stdout(Stdio::piped())
            .spawn()
            .expect("start the jobserver");
        let mut out = BufReader::new(child.stdout.take().unwrap());
        let mut line = String::new();
        out.read_line(&mut line).unwrap();
        let addr = line
            .trim()
            .strip_prefix("listening on ")
            .unwrap_or_else(|| panic!("unexpected first line {line:?}"))
            .parse()
            .unwrap();
        Server { child, out, addr }
    }

    fn line(&mut self) -> String {
        let mut line = String::new();
        self.out.read_line(&mut line).unwrap();
        line.trim_end().to_owned()
    }

    fn sigterm(&self) {
        let status = Command::new("kill")
            .args(["-TERM", &self.child.id().to_string()])
            .status()
            .expect("run kill");
        assert!(status.success(), "kill -TERM failed");
    }

    /// Waits for the exit, at most `limit`; returns how long it took.
    fn wait_exit(self, limit: Duration) -> Duration {
        let start = Instant::now();
        let pid = self.child.id();
        let mut child = self.child;
        let (exited_tx, exited) = mpsc::channel();
        thread::spawn(move || {
            let _ = exited_tx.send(child.wait());
        });
        match exited.recv_timeout(limit) {
            Ok(status) => {
                let status = status.unwrap();
                assert!(status.success(), "the server exited with {status}");
                start.elapsed()
            }
            Err(_) => {
                let _ = Command::new("kill")
                    .args(["-KILL", &pid.to_string()])
                    .status();
                panic!("the server did not exit within {limit:?} of SIGTERM");
            }
        }
    }
}

/// A client with one job: sends it and waits for `accepted`.
fn submit(addr: SocketAddr, id: u64) -> BufReader<TcpStream> {
    let mut stream = TcpStream::connect(addr).expect("the server accepts before SIGTERM");
    stream.set_read_timeout(Some(PATIENCE)).unwrap();
    writeln!(stream, "job {id}").unwrap();
    let mut reader = BufReader::new(stream);
    let mut line = String::new();
    reader
        .read_line(&mut line)
        .expect("an answer within the patience");
    assert_eq!(line.trim_end(), format!("accepted {id}"));
    reader
}

fn final_answer(mut client: BufReader<TcpStream>) -> String {
    let mut line = String::new();
    client
        .read_line(&mut line)
        .expect("a final answer within the patience: a lost job?");
    line.trim_end().to_owned()
}

fn runs() -> usize {
    std::env::var("SHUTDOWN_RUNS")
        .ok()
        .and_then(|n| n.parse().ok())
        .unwrap_or(100)
}

/// One run: `jobs` accepted jobs, then SIGTERM; returns (client answers,
/// server's own report lines).
fn one_run(work_ms: u64, grace_ms: u64, jobs: u64) -> (Vec<String>, Vec<String>, Duration) {
    let mut server = Server::start(work_ms, grace_ms);
    let clients: Vec<_> = (0..jobs).map(|id| submit(server.addr, id)).collect();
    server.sigterm();
    assert_eq!(
        server.line(),
        "shutting down on SIGTERM: no longer accepting"
    );
    assert!(
        TcpStream::connect(server.addr).is_err(),
        "a connection after shutdown began should be refused"
    );
    let answers: Vec<String> = clients.into_iter().map(final_answer).collect();
    let mut report = Vec::new();
    loop {
        let line = server.line();
        if line.is_empty() {
            break;
        }
        report.push(line);
    }
    let took = server.wait_exit(PATIENCE);
    (answers, report, took)
}

#[test]
fn sigterm_finishes_every_accepted_job() {
    for run in 0..runs() {
        let (answers, report, _) = one_run(30, 3000, 8);
        let expected: Vec<String> = (0..8).map(|id| format!("done {id}")).collect();
        assert_eq!(answers, expected, "run {run}: every client hears `done`");
        let completed: BTreeSet<&str> = report
            .iter()
            .map(String::as_str)
            .filter(|l| l.ends_with("completed"))
            .collect();
        assert_eq!(completed.len(), 8, "run {run}: {report:?}");
        assert_eq!(
            report.last().unwrap(),
            "summary accepted=8 completed=8 abandoned=0"
        );
    }
}

#[test]
fn the_deadline_abandons_and_reports_what_it_cuts_short() {
    let (answers, report, took) = one_run(60_000, 100, 5);
    let expected: Vec<String> = (0..5).map(|id| format!("abandoned {id}")).collect();
    assert_eq!(
        answers, expected,
        "each client is told its job was abandoned"
    );
    assert_eq!(
        report.last().unwrap(),
        "summary accepted=5 completed=0 abandoned=5"
    );
    assert!(
        took < Duration::from_secs(2),
        "exit took {took:?} with a 100 ms deadline"
    );
}
