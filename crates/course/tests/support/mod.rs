//! A small course built in a temporary directory, for the course tool's
//! end-to-end tests: five exercises `e-1` … `e-5` whose stubs are `todo!()`
//! and whose graded tests want `answer()` to return 42. `e-1` is granted no
//! capability, the others every one; `e-5` is also graded under loom.

#![allow(dead_code)] // each test file uses a part

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};

pub const EXERCISES: [&str; 5] = ["e-1", "e-2", "e-3", "e-4", "e-5"];

/// The sandbox grading runs in. The tests that grade need it: without
/// bubblewrap and a cgroup they fail, saying what to install.
pub fn sandbox() -> course::grade::sandbox::Sandbox {
    use course::grade::sandbox::{Limits, Sandbox};
    let limits = Limits {
        memory_mb: 1024,
        processes: 256,
        network: false,
    };
    Sandbox::detect(limits, false).unwrap_or_else(|err| panic!("{err}"))
}

/// What `e-2` … `e-5` are granted; `e-1` is granted nothing.
pub const ALL_CAPABILITIES: &str =
    "capabilities = [\"processes\", \"files\", \"signals\", \"sockets\", \"unsafe\"]\n";

/// The honest solution of every fixture exercise.
pub const SOLVED: &str = "pub fn answer() -> u32 {\n    42\n}\n";

pub fn write(path: &Path, text: &str) {
    fs::create_dir_all(path.parent().expect("a parent")).expect("dir");
    fs::write(path, text).expect("write");
}

/// A fresh directory under the system's temp dir, unique to this test.
pub fn scratch(name: &str) -> PathBuf {
    let dir = std::env::temp_dir().join(format!("course-{name}-{}", std::process::id()));
    let _ = fs::remove_dir_all(&dir);
    fs::create_dir_all(&dir).expect("scratch dir");
    dir
}

/// The trusted course under `base/course`, with `stubs.lock`, committed to
/// a git repository of its own.
pub fn trusted(base: &Path) -> PathBuf {
    let root = base.join("course");
    // The course's own harness, inside the fixture (as in the real course:
    // grading sees nothing outside the course).
    let graded = Path::new(env!("CARGO_MANIFEST_DIR")).join("../graded/src");
    for entry in fs::read_dir(&graded).expect("the graded crate") {
        let entry = entry.expect("an entry");
        write(
            &root.join("crates/graded/src").join(entry.file_name()),
            &fs::read_to_string(entry.path()).expect("a source of the graded crate"),
        );
    }
    write(
        &root.join("crates/graded/Cargo.toml"),
        "[package]\nname = \"graded\"\nversion = \"0.1.0\"\nedition = \"2024\"\n\n\
         [features]\ntokio = []\n\n[dependencies]\nlibc = \"0.2\"\n",
    );
    write(
        &root.join("Cargo.toml"),
        "[workspace]\nresolver = \"3\"\nmembers = [\"exercises/*\"]\n\n\
         [workspace.dependencies]\ngraded = { path = \"crates/graded\" }\n\n\
         [profile.loom]\ninherits = \"dev\"\n",
    );
    let mut manifest = String::from(
        "[course]\ntitle = \"fixture\"\ndefault_timeout_ms = 500\n\n\
         [[part]]\nid = \"p\"\ntitle = \"P\"\n\n\
         [[chapter]]\nid = \"e\"\npart = \"p\"\ntitle = \"E\"\nfile = \"book/src/e.md\"\n",
    );
    for (i, name) in EXERCISES.iter().enumerate() {
        let lib = name.replace('-', "_");
        manifest.push_str(&format!(
            "\n[[exercise]]\nname = \"{name}\"\nchapter = \"e\"\npoints = {}\nhints = [\"first nudge\", \"second nudge\"]\n",
            10 * (i + 1)
        ));
        // The last one is also graded under `--cfg loom`, as the course's
        // build-it-yourself exercises are.
        if i == EXERCISES.len() - 1 {
            manifest.push_str("loom = true\n");
        }
        // All but the first are granted every capability, so that what the
        // hostile suite tries is stopped by the sandbox, not by the check.
        if i > 0 {
            manifest.push_str(ALL_CAPABILITIES);
        }
        write(
            &root.join(format!("exercises/{name}/Cargo.toml")),
            &format!(
                "[package]\nname = \"{name}\"\nversion = \"0.1.0\"\nedition = \"2024\"\n\n\
                 [lib]\nname = \"{lib}\"\ndoctest = false\n\n\
                 [dev-dependencies]\ngraded.workspace = true\n\n\
                 [[test]]\nname = \"{name}\"\npath = \"../../tests/{name}.rs\"\n"
            ),
        );
        write(
            &root.join(format!("exercises/{name}/src/lib.rs")),
            "// TODO: return the answer.\npub fn answer() -> u32 {\n    todo!()\n}\n",
        );
        write(&root.join(format!("solutions/{name}/src/lib.rs")), SOLVED);
        write(
            &root.join(format!("tests/{name}.rs")),
            &format!(
                "use {lib}::answer;\n\ngraded::tests! {{\n    fn answer_is_42() {{\n        assert_eq!(answer(), 42);\n    }}\n\n    \
                 fn answer_is_even() {{\n        assert_eq!(answer() % 2, 0);\n    }}\n}}\n"
            ),
        );
    }
    write(&root.join("course.toml"), &manifest);
    write(&root.join(".gitignore"), "/target\n/.course-backups\n");
    course(&root, &["lock-stubs"]);
    for args in [
        &["init", "-q"][..],
        &["add", "-A"],
        &[
            "-c",
            "user.name=t",
            "-c",
            "user.email=t@t",
            "commit",
            "-q",
            "-m",
            "course",
        ],
    ] {
        let status = Command::new("git")
            .args(args)
            .current_dir(&root)
            .stdout(Stdio::null())
            .status()
            .expect("git");
        assert!(status.success(), "git {args:?}");
    }
    root
}

/// Runs the course tool in `dir`; returns (success, stdout, stderr).
pub fn course(dir: &Path, args: &[&str]) -> (bool, String, String) {
    course_with_env(dir, args, &[])
}

/// [`course`] with `env` added to the tool's environment.
pub fn course_with_env(
    dir: &Path,
    args: &[&str],
    env: &[(&str, &std::ffi::OsStr)],
) -> (bool, String, String) {
    captured(
        Command::new(env!("CARGO_BIN_EXE_course"))
            .args(args)
            .current_dir(dir)
            .env("NO_COLOR", "1")
            .envs(env.iter().copied()),
    )
}

/// Runs `cmd` with no input: (success, stdout, stderr).
pub fn captured(cmd: &mut Command) -> (bool, String, String) {
    let output = cmd
        .stdin(Stdio::null())
        .output()
        .unwrap_or_else(|err| panic!("{cmd:?} could not start: {err}"));
    (
        output.status.success(),
        String::from_utf8_lossy(&output.stdout).into_owned(),
        String::from_utf8_lossy(&output.stderr).into_owned(),
    )
}

/// A copy of `root` (without target/ and .git/) with `changes` written over it.
pub fn submission(root: &Path, dir: &Path, changes: &[(&str, &str)]) -> PathBuf {
    copy_dir(root, dir);
    for (path, text) in changes {
        write(&dir.join(path), text);
    }
    dir.to_path_buf()
}

pub fn copy_dir(from: &Path, to: &Path) {
    for entry in fs::read_dir(from).expect("read dir") {
        let entry = entry.expect("entry");
        if entry.file_name() == "target" || entry.file_name() == ".git" {
            continue;
        }
        let target = to.join(entry.file_name());
        if entry.file_type().expect("type").is_dir() {
            copy_dir(&entry.path(), &target);
        } else {
            fs::create_dir_all(to).expect("dir");
            fs::copy(entry.path(), target).expect("copy");
        }
    }
}
