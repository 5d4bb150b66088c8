//! The sandbox that everything a submission's code touches runs in: its
//! build and each of its test processes.
//!
//! It is made of two kept tools of the system, not of checks of our own:
//!
//! - **bubblewrap** (`bwrap`) gives each process tree new namespaces (user,
//!   pid, network, mount, ipc, uts, cgroup) as the unprivileged user 65534.
//!   The tree sees a file system made for it: the system's programs and
//!   libraries read-only, the submission's own copy of the course read-only
//!   at `/course`, its own build directory at `/build` (writable while it
//!   builds, read-only while its tests run), a private `/tmp`, a `/proc` of
//!   its own pid namespace (the grader and other submissions are not in it),
//!   no network but its own loopback, and no socket of the outside (Unix
//!   sockets live in files it cannot see, or in a network namespace it is
//!   not in). When the first process of the tree ends, or the grader kills
//!   it, the kernel kills every other process of the pid namespace, however
//!   it detached (`setsid`, a double fork, a daemon).
//! - **A cgroup** per tree (version 2, or the `memory` and `pids`
//!   controllers of version 1) limits the memory and the number of
//!   processes and threads of the whole tree, not of each process.
//!
//! Where either cannot be had, grading refuses to run unless it is told
//! `--unsandboxed`; it then runs the tests as the grading user with only a
//! per-process memory limit (prlimit) and, where possible, without network.

use std::ffi::OsString;
use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::process::{self, Outcome};

/// Where the submission's copy of the course is, inside the sandbox.
pub const COURSE: &str = "/course";
/// Where the submission's build directory is, inside the sandbox.
pub const BUILD: &str = "/build";
/// Cargo's home inside the sandbox: its registry, read-only.
const CARGO_HOME: &str = "/cargo";
/// Where a test's result file is, inside the sandbox.
const RESULTS: &str = "/run/graded";
/// The user and group the sandboxed processes run as (`nobody`).
const NOBODY: &str = "65534";

/// The first words of the line the sandbox's shell writes when the test
/// process has ended: the number of processes still in its pid namespace.
const LEFT_MARKER: &str = "course-sandbox: processes at the end:";

/// What a tree of processes may use.
#[derive(Debug, Clone, Copy)]
pub struct Limits {
    /// Memory of the whole tree, in MiB.
    pub memory_mb: u64,
    /// Processes and threads of the whole tree at once.
    pub processes: u32,
    /// Whether the tree may reach the network beyond its own loopback.
    pub network: bool,
}

/// The limits of a build: rustc and cargo need more threads and memory than
/// a test.
fn build_limits(tests: Limits) -> Limits {
    Limits {
        memory_mb: tests.memory_mb.max(4096),
        processes: 4096,
        network: false,
    }
}

/// The sandbox this system gives, as found by [`Sandbox::detect`].
#[derive(Debug, Clone)]
pub struct Sandbox {
    kind: Kind,
    limits: Limits,
}

#[derive(Debug, Clone)]
enum Kind {
    Bwrap {
        program: PathBuf,
        cgroups: CgroupRoot,
        /// The toolchain's sysroot, mounted read-only at the same path.
        sysroot: PathBuf,
        /// The grader's cargo registry, mounted read-only.
        registry: PathBuf,
    },
    /// `--unsandboxed`: per-process limits only.
    Unsandboxed { prlimit: bool, unshare_net: bool },
}

impl Sandbox {
    /// Finds bubblewrap and a cgroup to use, and checks that they work; with
    /// `unsandboxed`, settles for per-process limits instead.
    pub fn detect(limits: Limits, unsandboxed: bool) -> Result<Sandbox, String> {
        if unsandboxed {
            let works = |program: &str, args: &[&str]| {
                Command::new(program)
                    .args(args)
                    .stdin(Stdio::null())
                    .stdout(Stdio::null())
                    .stderr(Stdio::null())
                    .status()
                    .is_ok_and(|s| s.success())
            };
            return Ok(Sandbox {
                kind: Kind::Unsandboxed {
                    prlimit: works("prlimit", &["--as=1073741824", "--", "true"]),
                    unshare_net: !limits.network && works("unshare", &["--net", "--", "true"]),
                },
                limits,
            });
        }
        let refuse = |why: String| {
            format!(
                "grading needs a sandbox, and this system does not give one: {why}\n\
                 Grading runs each submission's build and tests inside bubblewrap, in a cgroup \
                 that limits their memory and processes. To get it:\n\
                 - install bubblewrap 0.8 or later (Debian 12, Ubuntu 24.04: `sudo apt-get \
                 install bubblewrap`) on a \
                 kernel that allows user namespaces (`sysctl kernel.unprivileged_userns_clone=1`; \
                 on Ubuntu 24.04 and later also `sysctl kernel.apparmor_restrict_unprivileged_userns=0`);\n\
                 - run as root, or in a cgroup delegated to the grading user (the book's chapter \
                 for instructors shows both).\n\
                 Or grade without the sandbox, trusting every submission, with --unsandboxed."
            )
        };
        let program = which("bwrap").ok_or_else(|| refuse("`bwrap` is not on PATH".into()))?;
        let probe = Command::new(&program)
            // The options every sandboxed command uses, so that an old
            // bubblewrap (before 0.8: no --disable-userns) is refused here.
            .args(["--unshare-all", "--unshare-user", "--die-with-parent"])
            .args(["--new-session", "--cap-drop", "ALL", "--disable-userns"])
            .args(["--uid", NOBODY, "--gid", NOBODY])
            .args(["--ro-bind", "/", "/", "--proc", "/proc", "--", "true"])
            .stdin(Stdio::null())
            .stdout(Stdio::null())
            .stderr(Stdio::piped())
            .output()
            .map_err(|err| refuse(format!("could not run bwrap: {err}")))?;
        if !probe.status.success() {
            return Err(refuse(format!(
                "bwrap cannot make namespaces here: {}",
                String::from_utf8_lossy(&probe.stderr).trim()
            )));
        }
        let cgroups = CgroupRoot::find().map_err(refuse)?;
        // A cgroup that cannot be made or joined is found now, not at the
        // first test.
        let probe = Cgroup::create(&cgroups, limits).map_err(refuse)?;
        let joined = Command::new("/bin/sh")
            .args(["-c", "for f do echo $$ > \"$f\" || exit 1; done", "sh"])
            .args(probe.procs_files())
            .stdin(Stdio::null())
            .stderr(Stdio::piped())
            .output();
        probe.close();
        match joined {
            Ok(out) if out.status.success() => {}
            Ok(out) => {
                return Err(refuse(format!(
                    "a process cannot join the cgroup made for it: {}",
                    String::from_utf8_lossy(&out.stderr).trim()
                )));
            }
            Err(err) => return Err(refuse(format!("could not run /bin/sh: {err}"))),
        }
        let sysroot = sysroot().map_err(refuse)?;
        let registry = cargo_home().join("registry");
        Ok(Sandbox {
            kind: Kind::Bwrap {
                program,
                cgroups,
                sysroot,
                registry,
            },
            limits,
        })
    }

    /// Whether the build and the tests run in bubblewrap and a cgroup.
    pub fn is_sandboxed(&self) -> bool {
        matches!(self.kind, Kind::Bwrap { .. })
    }

    /// A sentence for reports.
    pub fn describe(&self) -> String {
        let Limits {
            memory_mb,
            processes,
            network,
        } = self.limits;
        match &self.kind {
            Kind::Bwrap { cgroups, .. } => format!(
                "bubblewrap, as nobody, in new namespaces; {} cgroup: {memory_mb} MiB and \
                 {processes} processes per test; {}",
                cgroups.version(),
                if network {
                    "network shared"
                } else {
                    "no network but loopback"
                }
            ),
            Kind::Unsandboxed {
                prlimit,
                unshare_net,
            } => format!(
                "UNSANDBOXED (--unsandboxed): tests run as the grading user; {}; {}",
                if *prlimit {
                    format!("{memory_mb} MiB per process")
                } else {
                    "no memory limit".to_owned()
                },
                if *unshare_net {
                    "no network"
                } else {
                    "network not isolated"
                }
            ),
        }
    }

    /// The jail of one tree of files: `course` is seen at [`COURSE`] and
    /// `build` at [`BUILD`]; `work` holds what the sandbox makes for itself.
    pub fn jail(&self, course: &Path, build: &Path, work: &Path) -> Result<Jail, String> {
        let etc = work.join("etc");
        if let Kind::Bwrap { .. } = self.kind {
            write_etc(&etc).map_err(|err| format!("could not write {}: {err}", etc.display()))?;
        }
        Ok(Jail {
            sandbox: self.clone(),
            course: course.to_path_buf(),
            build: build.to_path_buf(),
            etc,
        })
    }
}

/// One submission's (or the trusted base build's) sandbox: its files, and
/// the commands that run in it.
#[derive(Debug)]
pub struct Jail {
    sandbox: Sandbox,
    course: PathBuf,
    build: PathBuf,
    etc: PathBuf,
}

impl Jail {
    /// The course's directory as the processes in the jail see it.
    pub fn course_dir(&self) -> PathBuf {
        if self.sandbox.is_sandboxed() {
            PathBuf::from(COURSE)
        } else {
            self.course.clone()
        }
    }

    /// The build directory as the processes in the jail see it.
    pub fn build_dir(&self) -> PathBuf {
        if self.sandbox.is_sandboxed() {
            PathBuf::from(BUILD)
        } else {
            self.build.clone()
        }
    }

    /// A path the jail's processes see, as the grader sees it.
    pub fn outside(&self, inside: &Path) -> PathBuf {
        if let Ok(rest) = inside.strip_prefix(BUILD)
            && self.sandbox.is_sandboxed()
        {
            return self.build.join(rest);
        }
        if let Ok(rest) = inside.strip_prefix(COURSE)
            && self.sandbox.is_sandboxed()
        {
            return self.course.join(rest);
        }
        inside.to_path_buf()
    }

    /// A cargo command run at the course's root with `args`, the build
    /// directory writable, and `env` on top of the allowed environment.
    pub fn cargo(&self, args: &[String], env: &[(String, String)]) -> Result<Run, String> {
        match &self.sandbox.kind {
            Kind::Bwrap {
                sysroot, registry, ..
            } => {
                let mut bwrap = self.bwrap(true);
                bwrap
                    .ro_bind(sysroot, sysroot)
                    .arg("--dir")
                    .arg(CARGO_HOME)
                    .ro_bind(registry, &Path::new(CARGO_HOME).join("registry"))
                    .arg("--chdir")
                    .arg(COURSE);
                let path = format!("{}:/usr/bin:/bin", sysroot.join("bin").display());
                let mut vars = base_env(&path);
                vars.push(("CARGO_HOME".into(), CARGO_HOME.into()));
                vars.push(("CARGO_TARGET_DIR".into(), BUILD.into()));
                vars.push(("CARGO_NET_OFFLINE".into(), "true".into()));
                vars.push(("CARGO_TERM_COLOR".into(), "never".into()));
                vars.extend(env.iter().cloned());
                let cargo = sysroot.join("bin/cargo");
                let mut argv = vec![cargo.into_os_string()];
                argv.extend(args.iter().map(OsString::from));
                self.sandboxed(bwrap, &vars, &argv, build_limits(self.sandbox.limits))
            }
            Kind::Unsandboxed { .. } => {
                let mut cmd =
                    Command::new(std::env::var_os("CARGO").unwrap_or_else(|| "cargo".into()));
                cmd.current_dir(&self.course)
                    .args(args)
                    .env_clear()
                    .envs(super::env::allowed())
                    .env("CARGO_TARGET_DIR", &self.build)
                    .env("CARGO_TERM_COLOR", "never")
                    .envs(env.iter().map(|(k, v)| (k, v)));
                Ok(Run::plain(cmd))
            }
        }
    }

    /// A test process: `executable` (a path inside the jail) with `args` and
    /// `env`, in its package's directory, with the build read-only and the
    /// result file of `results` (a directory of the grader's) writable.
    pub fn test(
        &self,
        executable: &Path,
        args: &[String],
        env: &[(String, String)],
        results: &Path,
    ) -> Result<Run, String> {
        let result_file = |dir: &Path| dir.join(crate::runner::RESULT_FILE);
        match &self.sandbox.kind {
            Kind::Bwrap { .. } => {
                let mut bwrap = self.bwrap(false);
                bwrap.bind(results, Path::new(RESULTS));
                if let Some(dir) = package_dir(env) {
                    bwrap.arg("--chdir").arg(dir);
                }
                let mut vars = base_env("/usr/bin:/bin");
                vars.extend(env.iter().cloned());
                vars.push((
                    graded::RESULT_ENV.to_owned(),
                    result_file(Path::new(RESULTS)).display().to_string(),
                ));
                // A shell of ours runs the test, then counts what is left in
                // the pid namespace before bwrap's end kills it: the count of
                // detached processes. Code under test can print the same line,
                // but only to raise its own count.
                let script = format!(
                    "\"$@\"; status=$?; set -- /proc/[0-9]*; \
                     echo \"{LEFT_MARKER} $#\" >&2; exit $status"
                );
                let mut argv: Vec<OsString> =
                    vec!["/bin/sh".into(), "-c".into(), script.into(), "sh".into()];
                argv.push(executable.into());
                argv.extend(args.iter().map(OsString::from));
                self.sandboxed(bwrap, &vars, &argv, self.sandbox.limits)
            }
            Kind::Unsandboxed {
                prlimit,
                unshare_net,
            } => {
                let mut cmd = if *unshare_net {
                    let mut cmd = Command::new("unshare");
                    // A fresh namespace has loopback down: bring it up (tests
                    // may serve on 127.0.0.1).
                    cmd.args(["--net", "--", "sh", "-c"])
                        .arg("ip link set lo up 2>/dev/null; exec \"$@\"")
                        .arg("sandbox");
                    cmd
                } else {
                    Command::new("env")
                };
                if *prlimit {
                    cmd.arg("prlimit").arg(format!(
                        "--as={}",
                        self.sandbox.limits.memory_mb * 1024 * 1024
                    ));
                    cmd.arg("--");
                }
                cmd.arg(executable)
                    .args(args)
                    .env_clear()
                    .envs(super::env::allowed())
                    .envs(env.iter().map(|(k, v)| (k, v)))
                    .env(graded::RESULT_ENV, result_file(results));
                if let Some(dir) = package_dir(env) {
                    cmd.current_dir(dir);
                }
                Ok(Run::plain(cmd))
            }
        }
    }

    /// The bwrap arguments every tree of the jail shares.
    fn bwrap(&self, building: bool) -> Args {
        let mut a = Args::default();
        a.args([
            "--unshare-all",
            // Needed by --disable-userns: `--unshare-all` only tries it.
            "--unshare-user",
            "--die-with-parent",
            "--new-session",
            "--cap-drop",
            "ALL",
            "--uid",
            NOBODY,
            "--gid",
            NOBODY,
            "--disable-userns",
            "--hostname",
            "grading",
        ]);
        if self.sandbox.limits.network && !building {
            a.arg("--share-net");
        }
        for dir in [
            "/usr", "/bin", "/sbin", "/lib", "/lib32", "/lib64", "/libx32",
        ] {
            let path = Path::new(dir);
            match fs::read_link(path) {
                Ok(target) => {
                    a.arg("--symlink").arg(target).arg(path);
                }
                Err(_) if path.is_dir() => {
                    a.ro_bind(path, path);
                }
                Err(_) => {}
            }
        }
        a.ro_bind(&self.etc, Path::new("/etc"));
        // Debian's `cc`, `c++` and friends are links through here: symlinks
        // only, nothing secret.
        let alternatives = Path::new("/etc/alternatives");
        if alternatives.is_dir() {
            a.ro_bind(alternatives, alternatives);
        }
        a.args(["--proc", "/proc", "--dev", "/dev"])
            .arg("--size")
            .arg((self.sandbox.limits.memory_mb * 1024 * 1024).to_string())
            .args(["--tmpfs", "/tmp", "--dir", "/run"])
            .ro_bind(&self.course, Path::new(COURSE));
        if building {
            a.bind(&self.build, Path::new(BUILD));
        } else {
            a.ro_bind(&self.build, Path::new(BUILD));
        }
        a
    }

    /// `bwrap` with `args`, in a cgroup of its own with `limits`, running
    /// `argv` with the environment `vars` alone.
    fn sandboxed(
        &self,
        mut bwrap: Args,
        vars: &[(String, String)],
        argv: &[OsString],
        limits: Limits,
    ) -> Result<Run, String> {
        let Kind::Bwrap {
            program, cgroups, ..
        } = &self.sandbox.kind
        else {
            unreachable!("only a bubblewrap jail runs sandboxed commands");
        };
        bwrap.arg("--clearenv");
        for (name, value) in vars {
            bwrap.arg("--setenv").arg(name).arg(value);
        }
        bwrap.arg("--");
        bwrap.0.extend(argv.iter().cloned());
        let cgroup = Cgroup::create(cgroups, limits)?;
        // The shell joins the cgroup, then becomes bwrap: every process of the
        // tree is in the cgroup from its first instruction.
        let mut cmd = Command::new("/bin/sh");
        cmd.arg("-c")
            .arg(
                "for f do [ \"$f\" = -- ] && break; echo $$ > \"$f\" || exit 125; shift; done; \
                 shift; exec \"$@\"",
            )
            .arg("sh")
            .args(cgroup.procs_files())
            .arg("--")
            .arg(program)
            .args(&bwrap.0)
            .env_clear();
        Ok(Run {
            cmd: Some(cmd),
            cgroup: Some(cgroup),
            limits,
        })
    }
}

/// The directory a test binary runs in: its package's, as `cargo test`
/// does (the runner passes it as `CARGO_MANIFEST_DIR`).
fn package_dir(env: &[(String, String)]) -> Option<PathBuf> {
    env.iter()
        .find(|(name, _)| name == "CARGO_MANIFEST_DIR")
        .map(|(_, value)| PathBuf::from(value))
}

/// A command ready to run in the sandbox, and the cgroup it runs in.
pub struct Run {
    cmd: Option<Command>,
    cgroup: Option<Cgroup>,
    limits: Limits,
}

impl Run {
    fn plain(cmd: Command) -> Run {
        Run {
            cmd: Some(cmd),
            cgroup: None,
            limits: Limits {
                memory_mb: 0,
                processes: 0,
                network: true,
            },
        }
    }

    /// The command to run (once).
    pub fn take_command(&mut self) -> Command {
        self.cmd.take().expect("a sandboxed command runs once")
    }

    /// After the command ended: kills whatever is left of its tree, and
    /// names what its processes did that grading reports.
    /// The sandbox's own line is taken out of the outcome's stderr.
    pub fn finish(mut self, outcome: &mut Outcome) -> Vec<String> {
        let mut notes = Vec::new();
        if let Some(cgroup) = self.cgroup.take() {
            let events = cgroup.close();
            if events.oom_kills > 0 {
                notes.push(format!(
                    "went over the memory limit of {} MiB (for the test and every process it \
                     started, together): the kernel killed it",
                    self.limits.memory_mb
                ));
            }
            if events.process_limit_hits > 0 {
                notes.push(format!(
                    "tried to run more than {} processes and threads at once: the limit \
                     refused {} of them",
                    self.limits.processes, events.process_limit_hits
                ));
            }
        }
        if let Outcome::Exited { stderr, .. } = outcome {
            // bwrap's own reaper and our shell are two; the rest were left.
            let counted = stderr
                .lines()
                .filter_map(|line| line.strip_prefix(LEFT_MARKER))
                .filter_map(|n| n.trim().parse::<usize>().ok())
                .max();
            let kept: Vec<&str> = stderr
                .lines()
                .filter(|line| !line.starts_with(LEFT_MARKER))
                .collect();
            *stderr = kept.join("\n");
            if let Some(left) = counted.map(|n| n.saturating_sub(2))
                && left > 0
            {
                notes.push(format!(
                    "left {left} process(es) running after it ended (detached or daemonized): \
                     the sandbox killed them"
                ));
            }
        }
        notes
    }
}

impl Drop for Run {
    fn drop(&mut self) {
        if let Some(cgroup) = self.cgroup.take() {
            cgroup.close();
        }
    }
}

/// A command line being put together.
#[derive(Default)]
struct Args(Vec<OsString>);

impl Args {
    fn arg(&mut self, arg: impl Into<OsString>) -> &mut Self {
        self.0.push(arg.into());
        self
    }

    fn args<const N: usize>(&mut self, args: [&str; N]) -> &mut Self {
        self.0.extend(args.map(OsString::from));
        self
    }

    fn ro_bind(&mut self, from: &Path, to: &Path) -> &mut Self {
        self.arg("--ro-bind").arg(from).arg(to)
    }

    fn bind(&mut self, from: &Path, to: &Path) -> &mut Self {
        self.arg("--bind").arg(from).arg(to)
    }
}

/// The environment every sandboxed process starts from.
fn base_env(path: &str) -> Vec<(String, String)> {
    vec![
        ("PATH".into(), path.into()),
        ("HOME".into(), "/tmp".into()),
        ("USER".into(), "nobody".into()),
        ("TMPDIR".into(), "/tmp".into()),
        ("LANG".into(), "C.UTF-8".into()),
    ]
}

/// The few files of `/etc` the sandbox shows: names for loopback and for
/// its one user, and the loader's cache.
fn write_etc(etc: &Path) -> std::io::Result<()> {
    fs::create_dir_all(etc)?;
    let files = [
        (
            "hosts",
            "127.0.0.1 localhost\n::1 localhost ip6-localhost\n",
        ),
        (
            "passwd",
            "nobody:x:65534:65534:nobody:/tmp:/usr/sbin/nologin\n",
        ),
        ("group", "nogroup:x:65534:\n"),
        (
            "nsswitch.conf",
            "passwd: files\ngroup: files\nhosts: files\n",
        ),
    ];
    for (name, text) in files {
        crate::grade::write_if_changed(&etc.join(name), text.as_bytes())?;
    }
    // The mount point of the system's /etc/alternatives (see `bwrap`).
    fs::create_dir_all(etc.join("alternatives"))?;
    if let Ok(cache) = fs::read("/etc/ld.so.cache") {
        crate::grade::write_if_changed(&etc.join("ld.so.cache"), &cache)?;
    }
    Ok(())
}

fn which(program: &str) -> Option<PathBuf> {
    std::env::var_os("PATH").and_then(|paths| {
        std::env::split_paths(&paths)
            .map(|dir| dir.join(program))
            .find(|path| path.is_file())
    })
}

/// The sysroot of the toolchain the grader's cargo uses.
fn sysroot() -> Result<PathBuf, String> {
    let rustc = std::env::var_os("RUSTC").unwrap_or_else(|| "rustc".into());
    let output = Command::new(rustc)
        .args(["--print", "sysroot"])
        .stdin(Stdio::null())
        .output()
        .map_err(|err| format!("could not run rustc: {err}"))?;
    let text = String::from_utf8_lossy(&output.stdout).trim().to_owned();
    let path = PathBuf::from(text);
    if output.status.success() && path.join("bin/cargo").is_file() {
        Ok(path)
    } else {
        Err(format!(
            "the toolchain at `{}` has no bin/cargo (install the toolchain with rustup)",
            path.display()
        ))
    }
}

fn cargo_home() -> PathBuf {
    std::env::var_os("CARGO_HOME").map_or_else(
        || PathBuf::from(std::env::var_os("HOME").unwrap_or_else(|| "/root".into())).join(".cargo"),
        PathBuf::from,
    )
}

/// Where this process may make cgroups.
#[derive(Debug, Clone)]
enum CgroupRoot {
    /// The unified hierarchy: the directory under which groups are made.
    V2(PathBuf),
    /// Version 1: the directories of the memory and pids controllers.
    V1 { memory: PathBuf, pids: PathBuf },
}

impl CgroupRoot {
    fn version(&self) -> &'static str {
        match self {
            CgroupRoot::V2(_) => "cgroup v2",
            CgroupRoot::V1 { .. } => "cgroup v1",
        }
    }

    /// This process's own cgroup, where it may make children with the
    /// memory and pids controllers.
    fn find() -> Result<CgroupRoot, String> {
        let own = fs::read_to_string("/proc/self/cgroup")
            .map_err(|err| format!("cannot read /proc/self/cgroup: {err}"))?;
        let mut v1_memory = None;
        let mut v1_pids = None;
        let mut v2 = None;
        for line in own.lines() {
            let mut parts = line.splitn(3, ':');
            let (Some(_), Some(controllers), Some(path)) =
                (parts.next(), parts.next(), parts.next())
            else {
                continue;
            };
            let path = path.trim_start_matches('/');
            for controller in controllers.split(',') {
                match controller {
                    "memory" => v1_memory = Some(Path::new("/sys/fs/cgroup/memory").join(path)),
                    "pids" => v1_pids = Some(Path::new("/sys/fs/cgroup/pids").join(path)),
                    _ => {}
                }
            }
            if controllers.is_empty() {
                v2 = Some(Path::new("/sys/fs/cgroup").join(path));
            }
        }
        if let Some(dir) = v2
            && let Ok(available) = fs::read_to_string(dir.join("cgroup.controllers"))
            && available.split_whitespace().any(|c| c == "memory")
            && available.split_whitespace().any(|c| c == "pids")
        {
            return enable_v2(&dir).map(CgroupRoot::V2);
        }
        match (v1_memory, v1_pids) {
            (Some(memory), Some(pids)) if memory.is_dir() && pids.is_dir() => {
                Ok(CgroupRoot::V1 { memory, pids })
            }
            _ => Err(
                "no cgroup with the memory and pids controllers was found for this process"
                    .to_owned(),
            ),
        }
    }
}

/// The cgroup v2 directory under which this process makes the trees'
/// groups, given its own group `dir`:
///
/// - `dir` itself, when it already hands memory and pids down (the root);
/// - its parent, when that hands them down and this user may make groups in
///   it: a group delegated to the grading user, whose shell sits in a leaf
///   of it (`.ci/sandbox-setup` makes one on a CI machine);
/// - else `dir`, after this process moves into a leaf of its own (a cgroup
///   v2 group with processes in it cannot hand controllers down), which
///   works where the grader is alone in its group (`systemd-run --scope -p
///   Delegate=yes`, a container).
fn enable_v2(dir: &Path) -> Result<PathBuf, String> {
    let enabled = |group: &Path| {
        fs::read_to_string(group.join("cgroup.subtree_control")).is_ok_and(|text| {
            text.split_whitespace().any(|c| c == "memory")
                && text.split_whitespace().any(|c| c == "pids")
        })
    };
    if enabled(dir) {
        return Ok(dir.to_path_buf());
    }
    if let Some(parent) = dir.parent()
        && parent.starts_with("/sys/fs/cgroup/")
        && enabled(parent)
        && writable(parent)
        && writable(&parent.join("cgroup.procs"))
    {
        return Ok(parent.to_path_buf());
    }
    let fail = |err: std::io::Error, what: &Path| {
        format!(
            "cannot use the cgroup {} ({}: {err}); run as root, or in a cgroup delegated to \
             this user (see .ci/sandbox-setup)",
            dir.display(),
            what.display()
        )
    };
    let leaf = dir.join(format!("course-grader-{}", std::process::id()));
    fs::create_dir_all(&leaf).map_err(|e| fail(e, &leaf))?;
    let procs = leaf.join("cgroup.procs");
    fs::write(&procs, std::process::id().to_string()).map_err(|e| fail(e, &procs))?;
    let subtree = dir.join("cgroup.subtree_control");
    fs::write(&subtree, "+memory +pids").map_err(|e| fail(e, &subtree))?;
    Ok(dir.to_path_buf())
}

/// Whether this process may write `path` (access(2), which knows about
/// ownership, modes and read-only mounts).
fn writable(path: &Path) -> bool {
    Command::new("/bin/sh")
        .args(["-c", "[ -w \"$1\" ]", "sh"])
        .arg(path)
        .stdin(Stdio::null())
        .status()
        .is_ok_and(|s| s.success())
}

/// One tree's cgroup (one directory per hierarchy), removed by [`close`].
///
/// [`close`]: Cgroup::close
#[derive(Debug)]
struct Cgroup {
    dirs: Vec<PathBuf>,
    v2: bool,
}

/// What the kernel counted in a cgroup.
#[derive(Debug, Default)]
struct Events {
    oom_kills: u64,
    process_limit_hits: u64,
}

impl Cgroup {
    fn create(root: &CgroupRoot, limits: Limits) -> Result<Cgroup, String> {
        use std::sync::atomic::{AtomicU64, Ordering};
        static NEXT: AtomicU64 = AtomicU64::new(0);
        let name = format!(
            "course-{}-{}",
            std::process::id(),
            NEXT.fetch_add(1, Ordering::Relaxed)
        );
        let bytes = (limits.memory_mb * 1024 * 1024).to_string();
        let processes = limits.processes.to_string();
        let (cgroup, settings): (Cgroup, Vec<(usize, &str, &str)>) = match root {
            CgroupRoot::V2(dir) => (
                Cgroup {
                    dirs: vec![dir.join(&name)],
                    v2: true,
                },
                vec![
                    (0, "memory.max", bytes.as_str()),
                    (0, "memory.swap.max", "0"),
                    (0, "pids.max", processes.as_str()),
                ],
            ),
            CgroupRoot::V1 { memory, pids } => (
                Cgroup {
                    dirs: vec![memory.join(&name), pids.join(&name)],
                    v2: false,
                },
                vec![
                    (0, "memory.limit_in_bytes", bytes.as_str()),
                    (0, "memory.memsw.limit_in_bytes", bytes.as_str()),
                    (1, "pids.max", processes.as_str()),
                ],
            ),
        };
        for dir in &cgroup.dirs {
            fs::create_dir(dir)
                .map_err(|err| format!("cannot make the cgroup {}: {err}", dir.display()))?;
        }
        for (index, file, value) in settings {
            let path = cgroup.dirs[index].join(file);
            // Swap accounting may be off: then there is no swap limit to set.
            if (file.contains("swap") || file.contains("memsw")) && !path.exists() {
                continue;
            }
            fs::write(&path, value)
                .map_err(|err| format!("cannot set {}: {err}", path.display()))?;
        }
        Ok(cgroup)
    }

    fn procs_files(&self) -> Vec<PathBuf> {
        self.dirs.iter().map(|d| d.join("cgroup.procs")).collect()
    }

    /// Kills every process left in the cgroup, reads its events, removes it.
    fn close(&self) -> Events {
        let mut events = Events::default();
        let count = |text: &str, key: &str| {
            text.lines()
                .filter_map(|line| line.strip_prefix(key))
                .filter_map(|n| n.trim().parse::<u64>().ok())
                .next()
                .unwrap_or(0)
        };
        for dir in &self.dirs {
            let read = |file: &str| fs::read_to_string(dir.join(file)).unwrap_or_default();
            if self.v2 {
                events.oom_kills += count(&read("memory.events"), "oom_kill ");
            } else {
                events.oom_kills += count(&read("memory.oom_control"), "oom_kill ");
            }
            events.process_limit_hits += count(&read("pids.events"), "max ");
        }
        let deadline = Instant::now() + Duration::from_secs(5);
        for dir in &self.dirs {
            loop {
                if self.v2 {
                    let _ = fs::write(dir.join("cgroup.kill"), "1");
                }
                let procs = fs::read_to_string(dir.join("cgroup.procs")).unwrap_or_default();
                for pid in procs.split_whitespace() {
                    if let Ok(pid) = pid.parse::<u32>() {
                        process::kill(pid);
                    }
                }
                if fs::remove_dir(dir).is_ok() || !dir.exists() || Instant::now() > deadline {
                    break;
                }
                std::thread::sleep(Duration::from_millis(20));
            }
        }
        events
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn the_marker_count_leaves_out_the_reaper_and_the_shell() {
        let run = Run::plain(Command::new("true"));
        let mut outcome = Outcome::Exited {
            success: true,
            code: Some(0),
            signal: None,
            stdout: String::new(),
            stderr: format!("the test's own line\n{LEFT_MARKER} 1\n{LEFT_MARKER} 5\n"),
        };
        let notes = run.finish(&mut outcome);
        assert_eq!(notes.len(), 1, "{notes:?}");
        assert!(notes[0].starts_with("left 3 process(es)"), "{notes:?}");
        let Outcome::Exited { stderr, .. } = outcome else {
            unreachable!("built above")
        };
        assert_eq!(
            stderr, "the test's own line",
            "the sandbox's lines are taken out"
        );
    }

    #[test]
    fn the_etc_of_the_sandbox_names_loopback_and_nobody() {
        let dir = std::env::temp_dir().join(format!("course-etc-{}", std::process::id()));
        write_etc(&dir).expect("etc is written");
        let hosts = fs::read_to_string(dir.join("hosts")).expect("hosts");
        let passwd = fs::read_to_string(dir.join("passwd")).expect("passwd");
        let _ = fs::remove_dir_all(&dir);
        assert!(hosts.contains("127.0.0.1 localhost"), "{hosts}");
        assert!(passwd.starts_with("nobody:x:65534"), "{passwd}");
    }
}
