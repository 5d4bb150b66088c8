//! The source chain: kept by an error type, lost by a string.

use builtin::errors::{
    ConfigError, LoadError, chain, find, is_not_found, load_config, load_config_lost, parse_ports,
    sample_files,
};
use std::error::Error;
use std::num::ParseIntError;

#[test]
fn question_mark_converts_and_keeps_the_source() {
    let err: ConfigError = load_config(&sample_files(), "ports.conf").unwrap_err();
    assert_eq!(err.to_string(), "load config");
    assert!(matches!(err.cause(), LoadError::BadLine { line: 3, .. }));
    let cause = err.source().expect("a ConfigError keeps its cause");
    assert_eq!(cause.to_string(), "line 3");
    assert_eq!(
        chain(&err),
        "load config: line 3: invalid digit found in string"
    );
    assert!(find::<ParseIntError>(&err).is_some());
}

// ANCHOR: lost_chain
#[test]
fn a_string_error_has_no_source() {
    let files = sample_files();
    let kept = load_config(&files, "app.conf").unwrap_err();
    let lost = load_config_lost(&files, "app.conf").unwrap_err();
    assert_eq!(chain(&kept), chain(&*lost));
    assert!(kept.source().is_some());
    assert!(lost.source().is_none());
    assert!(is_not_found(&kept));
    assert!(!is_not_found(&*lost));
}
// ANCHOR_END: lost_chain

#[test]
fn parse_ports_reads_one_per_line() {
    assert_eq!(parse_ports("80\n443\n"), Ok(vec![80, 443]));
    let err = parse_ports("80\n70000").unwrap_err();
    assert!(matches!(err, LoadError::BadLine { line: 2, .. }));
    assert_eq!(
        chain(&err),
        "line 2: number too large to fit in target type"
    );
}

#[test]
fn a_boxed_error_downcasts_to_its_type() {
    let boxed: Box<dyn Error> = Box::new(LoadError::NotFound {
        path: "x".to_owned(),
    });
    assert!(matches!(
        boxed.downcast_ref::<LoadError>(),
        Some(LoadError::NotFound { .. })
    ));
    assert!(boxed.downcast_ref::<ParseIntError>().is_none());
}
