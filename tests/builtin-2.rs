//! Graded tests for builtin-2: an address parser whose errors say which
//! mistake it was, and keep their cause.

use builtin_2::{Addr, AddrError, ConfigError, error_chain, parse_addr, parse_config, port_cause};
use std::error::Error;
use std::num::IntErrorKind;

fn addr(host: &str, port: u16) -> Addr {
    Addr {
        host: host.to_owned(),
        port,
    }
}

/// The `AddrError` a config error wraps, through `source()` alone.
fn wrapped_addr_error(err: &ConfigError) -> Option<&AddrError> {
    err.source()?.downcast_ref::<AddrError>()
}

graded::tests! {
    /// Good addresses parse into their host and port.
    fn parse_addr_reads_host_and_port() {
        assert_eq!(parse_addr("localhost:8080"), Ok(addr("localhost", 8080)), "\"localhost:8080\" is host localhost, port 8080");
        assert_eq!(parse_addr("db.internal:5432"), Ok(addr("db.internal", 5432)), "\"db.internal:5432\" is host db.internal, port 5432");
        assert_eq!(parse_addr("h:0"), Ok(addr("h", 0)), "port 0 is a number from 0 to 65535");
        assert_eq!(parse_addr("h:65535"), Ok(addr("h", 65535)), "65535 is the largest port, and valid");
    }

    /// No `:`, or nothing after it, is `MissingPort`.
    fn missing_port_is_its_own_error() {
        assert_eq!(parse_addr("localhost"), Err(AddrError::MissingPort), "\"localhost\" has no ':' and so no port: MissingPort");
        assert_eq!(
            parse_addr("localhost:"),
            Err(AddrError::MissingPort),
            "\"localhost:\" has nothing after the ':': that is MissingPort, not BadPort (parsing \
             the empty string as a number is not the question)"
        );
    }

    /// Nothing before the `:` is `EmptyHost`.
    fn empty_host_is_its_own_error() {
        assert_eq!(parse_addr(":80"), Err(AddrError::EmptyHost), "\":80\" has no host: EmptyHost");
    }

    /// A port that is not a `u16` is `BadPort`, with the parse error inside.
    fn bad_port_keeps_the_parse_error() {
        match parse_addr("web:http") {
            Err(AddrError::BadPort(cause)) => assert_eq!(
                cause.kind(),
                &IntErrorKind::InvalidDigit,
                "the cause of \"web:http\"'s BadPort should be the ParseIntError for an invalid digit"
            ),
            other => panic!("\"web:http\" should be Err(BadPort(..)), but was {other:?}"),
        }
        match parse_addr("web:70000") {
            Err(AddrError::BadPort(cause)) => assert_eq!(
                cause.kind(),
                &IntErrorKind::PosOverflow,
                "70000 is too large for a port: the cause should be the ParseIntError for a \
                 number too large"
            ),
            other => panic!(
                "\"web:70000\" should be Err(BadPort(..)): 70000 does not fit in a u16, but was \
                 {other:?} (parsing a bigger integer and casting with `as u16`, Go's \
                 `uint16(n)`, wraps it around to 4464)"
            ),
        }
        assert!(
            matches!(parse_addr("web:-1"), Err(AddrError::BadPort(_))),
            "\"web:-1\" should be Err(BadPort(..)): a port cannot be negative"
        );
    }

    /// Each `AddrError` prints its own message, and only `BadPort` has a source.
    fn addr_error_messages_and_sources() {
        assert_eq!(AddrError::MissingPort.to_string(), "missing port", "MissingPort should print \"missing port\"");
        assert_eq!(AddrError::EmptyHost.to_string(), "empty host", "EmptyHost should print \"empty host\"");
        let bad = parse_addr("h:x").unwrap_err();
        assert_eq!(
            bad.to_string(),
            "bad port",
            "BadPort should print \"bad port\" alone: the cause is returned by source(), and \
             an error should not also print it (a chain printer would show it twice)"
        );
        let cause = bad.source().expect("BadPort's source() should be its ParseIntError, but was None");
        assert_eq!(cause.to_string(), "invalid digit found in string", "BadPort's source() should be the ParseIntError itself");
        assert!(AddrError::MissingPort.source().is_none(), "MissingPort wraps no other error: its source() should be None");
        assert!(AddrError::EmptyHost.source().is_none(), "EmptyHost wraps no other error: its source() should be None");
    }

    /// `parse_config` reads one address per line, skipping blanks and comments.
    fn parse_config_reads_every_address() {
        let text = "# the servers\nweb:80\n\n  db:5432  \n# end\n";
        assert_eq!(
            parse_config(text),
            Ok(vec![addr("web", 80), addr("db", 5432)]),
            "the config should give web:80 and db:5432, in order: blank lines and lines \
             starting with '#' are skipped, and each line is trimmed"
        );
    }

    /// The first bad line is the error, numbered from 1, skipped lines counted.
    fn parse_config_names_the_first_bad_line() {
        let text = "# ports\nweb:80\n\napi:http\ndb\n";
        assert_eq!(
            parse_config(text),
            Err(ConfigError::Line { line: 4, source: AddrError::BadPort("http".parse::<u16>().unwrap_err()) }),
            "in \"# ports\\nweb:80\\n\\napi:http\\ndb\\n\" the first bad line is line 4 \
             (counting from 1, the comment and the blank line included), a bad port; the \
             bad line 5 after it is never reached"
        );
        assert_eq!(
            parse_config("nohost"),
            Err(ConfigError::Line { line: 1, source: AddrError::MissingPort }),
            "a bad first line is line 1, not line 0"
        );
    }

    /// A bad line is an error: it is not skipped.
    fn parse_config_does_not_skip_bad_lines() {
        let result = parse_config("web:80\n:443\ndb:5432");
        assert_eq!(
            result,
            Err(ConfigError::Line { line: 2, source: AddrError::EmptyHost }),
            "line 2 (\":443\") has no host: parse_config should return that error, not skip \
             the line and go on (Go's `if err != nil {{ continue }}` drops the error)"
        );
    }

    /// A config with no address at all is `Empty`.
    fn parse_config_of_nothing_is_empty() {
        assert_eq!(parse_config(""), Err(ConfigError::Empty), "an empty text has no addresses: ConfigError::Empty");
        assert_eq!(
            parse_config("# nothing yet\n\n   \n"),
            Err(ConfigError::Empty),
            "only comments and blank lines is no addresses: ConfigError::Empty, not Ok(vec![])"
        );
        assert_eq!(ConfigError::Empty.to_string(), "no addresses", "Empty should print \"no addresses\"");
        assert!(ConfigError::Empty.source().is_none(), "Empty wraps no other error: its source() should be None");
    }

    /// A line error keeps the address error as its `source()`: the chain Go keeps with `%w`.
    fn a_line_error_keeps_its_cause() {
        let err = parse_config("a:1\n:2").unwrap_err();
        assert_eq!(err.to_string(), "line 2", "a Line error should print \"line 2\" alone; its cause is its source()");
        assert_eq!(
            wrapped_addr_error(&err),
            Some(&AddrError::EmptyHost),
            "the source() of the error for line 2 should be the AddrError EmptyHost: returning \
             None from source() loses the cause, like wrapping with %v instead of %w in Go"
        );
    }

    /// `error_chain` prints every error of the chain, as Go prints a wrapped error.
    fn error_chain_prints_the_whole_chain() {
        let err = parse_config("web:80\ndb:5432\napi:8o80").unwrap_err();
        assert_eq!(
            error_chain(&err),
            "line 3: bad port: invalid digit found in string",
            "the chain of a bad port on line 3 should read \"line 3: bad port: invalid digit \
             found in string\": each error's own message, then its source's, joined by \": \""
        );
        let err = parse_config("db").unwrap_err();
        assert_eq!(error_chain(&err), "line 1: missing port", "the chain of a missing port on line 1 is \"line 1: missing port\"");
        assert_eq!(error_chain(&ConfigError::Empty), "no addresses", "an error with no source is its own message alone");
    }

    /// `port_cause` finds the parse error at any depth, and only there.
    fn port_cause_finds_the_parse_error_in_the_chain() {
        let err = parse_config("web:99999").unwrap_err();
        let cause = port_cause(&err).expect(
            "a config error for a bad port should have the ParseIntError in its chain: is each \
             source() returned?",
        );
        assert_eq!(cause.kind(), &IntErrorKind::PosOverflow, "the ParseIntError of port 99999 is an overflow");
        let direct = parse_addr("web:x").unwrap_err();
        assert!(port_cause(&direct).is_some(), "port_cause of a BadPort itself should find its ParseIntError");
        let parse_error = "x".parse::<u16>().unwrap_err();
        assert!(port_cause(&parse_error).is_some(), "port_cause of a ParseIntError is that error itself (Go's errors.As checks the error first)");
        let missing = parse_config("web").unwrap_err();
        assert!(port_cause(&missing).is_none(), "a missing port has no ParseIntError in its chain: port_cause should be None");
    }
}
