//! Graded tests for ipc-1: a conversation over anonymous pipes.

use std::io::Cursor;
use std::path::Path;

use ipc_1::{ask, serve};

/// The child program, which calls `serve`: the stub's `ipc-1-shout` or the
/// solution's `ipc-1-shout-solution` (two names, as both share target/debug).
fn shout() -> &'static Path {
    let program = option_env!("CARGO_BIN_EXE_ipc-1-shout")
        .or(option_env!("CARGO_BIN_EXE_ipc-1-shout-solution"))
        .expect("the package defines the child program");
    Path::new(program)
}

fn lines(words: &[&str]) -> Vec<String> {
    words.iter().map(|w| w.to_string()).collect()
}

graded::tests! {
    /// `serve` answers each line with the line in capitals, and stops at the
    /// end of its input.
    fn serve_answers_each_line_in_capitals() {
        let _serial = leakcheck::serial(); // threads are counted process-wide
        let _no_leaks = leakcheck::Guard::new(); // the writer thread must be joined
        let mut output = Vec::new();
        serve(Cursor::new("hello\npipes\n\nend"), &mut output).unwrap();
        assert_eq!(String::from_utf8(output).unwrap(), "HELLO\nPIPES\n\nEND\n");
    }

    /// `ask` starts the child, sends the lines through its stdin and reads
    /// the answers from its stdout.
    fn ask_talks_to_a_child_over_pipes() {
        let _serial = leakcheck::serial(); // threads are counted process-wide
        let _no_leaks = leakcheck::Guard::new(); // the writer thread must be joined
        let answers = ask(shout(), &lines(&["hello", "from", "the parent"])).unwrap();
        assert_eq!(answers, ["HELLO", "FROM", "THE PARENT"]);
        assert!(ask(shout(), &[]).unwrap().is_empty(), "no lines, no answers");
    }

    /// 20 000 lines are more than both pipes hold: writing them all before
    /// reading would deadlock, with each process waiting for the other.
    fn a_long_conversation_does_not_deadlock_on_full_pipes() {
        let _serial = leakcheck::serial(); // threads are counted process-wide
        let _no_leaks = leakcheck::Guard::new(); // the writer thread must be joined
        let many: Vec<String> = (0..20_000).map(|i| format!("line number {i}")).collect();
        let answers = ask(shout(), &many).unwrap();
        assert_eq!(answers.len(), many.len());
        assert_eq!(answers[19_999], "LINE NUMBER 19999");
    }

    /// A child that exits with a failure is reported as an error.
    fn a_failing_child_is_an_error() {
        let _serial = leakcheck::serial(); // threads are counted process-wide
        let _no_leaks = leakcheck::Guard::new(); // the writer thread must be joined
        let error = ask(Path::new("false"), &lines(&["anyone?"])).unwrap_err();
        assert!(error.to_string().contains("false"), "the error should name the program: {error}");
        assert!(ask(Path::new("/no/such/program"), &[]).is_err());
    }
}
