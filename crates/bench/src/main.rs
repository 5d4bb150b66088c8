//! `cargo course bench`: see the crate's documentation, and `--help`.

use std::path::PathBuf;
use std::process::ExitCode;

use bench::run::{self, Options};
use clap::{Parser, Subcommand};

/// Runs the same workloads in Go and in Rust, interleaved over several
/// rounds, and reports each side's median and spread and the ratio Rust/Go.
#[derive(Parser)]
#[command(
    name = "cargo course bench",
    bin_name = "cargo course bench",
    disable_version_flag = true,
    after_help = "Without Go installed, only the Rust side runs. Results go to target/bench/ \
                  (results.md, results.jsonl, one SVG plot per family) unless --out says where."
)]
struct Cli {
    #[command(subcommand)]
    worker: Option<Worker>,
    /// A smoke run in seconds: small sizes, two rounds; fails unless every
    /// workload ran on both sides and gave a ratio
    #[arg(long)]
    quick: bool,
    /// Rounds of each side [default: 5, or 2 with --quick]
    #[arg(long, value_name = "N", value_parser = clap::value_parser!(u32).range(1..=50))]
    rounds: Option<u32>,
    /// Only the cases whose `family/case` contains this, like `channels`,
    /// `spsc` or `maps/mixed`
    #[arg(long, value_name = "TEXT")]
    filter: Option<String>,
    /// Also write the results as JSON lines to FILE
    #[arg(long, value_name = "FILE")]
    json: Option<PathBuf>,
    /// Where to write results.md, results.jsonl, machine.md and the plots
    #[arg(long, value_name = "DIR")]
    out: Option<PathBuf>,
    /// Run the Rust side only
    #[arg(long)]
    no_go: bool,
    /// Measure nothing: report again from the JSON lines of an earlier run
    #[arg(long, value_name = "FILE", conflicts_with_all = ["quick", "rounds", "no_go"])]
    from: Option<PathBuf>,
}

#[derive(Subcommand)]
enum Worker {
    /// The Rust worker: runs one family at size N and prints its records
    #[command(hide = true)]
    Worker {
        family: String,
        n: u64,
        #[arg(long)]
        filter: Option<String>,
    },
}

fn main() -> ExitCode {
    let cli = Cli::parse();
    if let Some(Worker::Worker { family, n, filter }) = cli.worker {
        return match bench::work::run(&family, n, filter.as_deref()) {
            Ok(()) => ExitCode::SUCCESS,
            Err(err) => {
                eprintln!("bench worker: {err}");
                ExitCode::from(2)
            }
        };
    }
    run::main(Options {
        quick: cli.quick,
        rounds: cli.rounds.unwrap_or(if cli.quick { 2 } else { 5 }) as usize,
        filter: cli.filter,
        json: cli.json,
        out: cli.out.unwrap_or_else(run::default_out),
        no_go: cli.no_go,
        from: cli.from,
    })
}
