//! `cargo course`: the course tool. `cargo course help` lists the commands;
//! the command line itself is [`course::cli`].

fn main() -> std::process::ExitCode {
    course::cli::main()
}
