//! The stack a thread gets: `std::thread::spawn` reserves 2 MiB (std's
//! default, changed by `RUST_MIN_STACK` or `Builder::stack_size`), not the
//! 8 MiB that `ulimit -s` usually gives the main thread. Shown by filling it:
//! 1 MiB fits on a spawned thread, 3 MiB overflows it (and would fit in 8 MiB).
//! A stack overflow aborts the process, so each case runs in a child process
//! (this test binary again, running only `stack_child`).
#![cfg(target_os = "linux")]

use std::process::{Command, Output};

const MIB: usize = 1 << 20;
const CHILD: &str = "COROUTINES_STACK_CHILD";

/// Puts an `N`-byte array on the calling thread's stack.
#[inline(never)]
fn fill_stack<const N: usize>() -> u8 {
    let bytes = [1u8; N];
    std::hint::black_box(&bytes)[N - 1]
}

/// The child's side: does nothing unless the parent set `CHILD`.
#[test]
fn stack_child() {
    let Ok(case) = std::env::var(CHILD) else {
        return;
    };
    let filled = match case.as_str() {
        "spawn 1 MiB" => std::thread::spawn(fill_stack::<MIB>).join(),
        "spawn 3 MiB" => std::thread::spawn(fill_stack::<{ 3 * MIB }>).join(),
        "stack_size 4 MiB, 3 MiB" => std::thread::Builder::new()
            .stack_size(4 * MIB)
            .spawn(fill_stack::<{ 3 * MIB }>)
            .unwrap()
            .join(),
        other => panic!("unknown case {other}"),
    };
    assert_eq!(filled.unwrap(), 1);
}

/// Runs `case` in a child process, with `RUST_MIN_STACK` as given (removed
/// when `None`, so that std's default applies).
fn child(case: &str, rust_min_stack: Option<&str>) -> Output {
    let mut command = Command::new(std::env::current_exe().unwrap());
    command
        .args(["--exact", "stack_child", "--nocapture"])
        .env(CHILD, case)
        .env_remove("RUST_MIN_STACK");
    if let Some(bytes) = rust_min_stack {
        command.env("RUST_MIN_STACK", bytes);
    }
    command.output().unwrap()
}

fn overflowed(output: &Output) -> bool {
    !output.status.success()
        && String::from_utf8_lossy(&output.stderr).contains("has overflowed its stack")
}

graded::tests! {
    /// `std::thread::spawn`'s default stack holds 1 MiB but not 3 MiB: it is
    /// 2 MiB, not 8.
    fn a_spawned_thread_has_a_2_mib_stack() {
        let fits = child("spawn 1 MiB", None);
        assert!(fits.status.success(), "1 MiB should fit in 2 MiB: {fits:?}");
        let too_big = child("spawn 3 MiB", None);
        assert!(overflowed(&too_big), "3 MiB should overflow 2 MiB: {too_big:?}");
    }

    /// `Builder::stack_size` and `RUST_MIN_STACK` give a thread more.
    fn stack_size_and_rust_min_stack_change_it() {
        let builder = child("stack_size 4 MiB, 3 MiB", None);
        assert!(builder.status.success(), "3 MiB should fit in 4 MiB: {builder:?}");
        let env = child("spawn 3 MiB", Some(&(4 * MIB).to_string()));
        assert!(env.status.success(), "RUST_MIN_STACK=4 MiB should fit 3 MiB: {env:?}");
    }
}
