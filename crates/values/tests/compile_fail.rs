//! Each file in `compile_fail/` fails to compile with exactly the error the
//! book names. The `compile_fail,E…` doc tests in `src/lib.rs` check only
//! that the code fails: stable rustdoc ignores the error code (checking it
//! is a nightly feature). This test asks rustc itself.

use std::path::Path;
use std::process::Command;

/// The error codes rustc reports for `file`, in order.
fn error_codes(file: &str) -> Vec<String> {
    let source = Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("compile_fail")
        .join(file);
    let out = Path::new(env!("CARGO_TARGET_TMPDIR")).join(file.replace(".rs", ".rmeta"));
    let rustc = std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    let output = Command::new(&rustc)
        .args([
            "--edition",
            "2024",
            "--crate-type",
            "bin",
            "--emit",
            "metadata",
        ])
        .args(["--error-format", "short", "-o"])
        .arg(&out)
        .arg(&source)
        .output()
        .unwrap_or_else(|err| panic!("could not run {}: {err}", rustc.to_string_lossy()));
    assert!(
        !output.status.success(),
        "{file} compiled, but the book says that it does not"
    );
    String::from_utf8_lossy(&output.stderr)
        .lines()
        .filter_map(|line| {
            let (_, rest) = line.split_once("error[")?;
            Some(rest.split(']').next()?.to_owned())
        })
        .collect()
}

fn assert_fails_with(file: &str, code: &str) {
    let codes = error_codes(file);
    assert_eq!(
        codes,
        [code],
        "{file} should fail with {code} alone, as the book says; rustc reported {codes:?}"
    );
}

#[test]
fn a_use_after_a_move_is_e0382() {
    assert_fails_with("use_after_move.rs", "E0382");
}

#[test]
fn a_mutable_borrow_of_a_variable_that_is_not_mut_is_e0596() {
    assert_fails_with("mut_borrow_of_immutable.rs", "E0596");
}

#[test]
fn a_write_through_a_shared_borrow_is_e0594() {
    assert_fails_with("write_through_shared.rs", "E0594");
}

#[test]
fn two_mutable_borrows_at_once_are_e0499() {
    assert_fails_with("two_mutable_borrows.rs", "E0499");
}

#[test]
fn a_push_while_an_element_is_borrowed_is_e0502() {
    assert_fails_with("push_while_borrowed.rs", "E0502");
}

#[test]
fn a_reference_to_a_local_returned_is_e0515() {
    assert_fails_with("return_local_reference.rs", "E0515");
}
