//! Invariant 5: mutation testing. `mutants.toml` records, for every
//! exercise, what cargo-mutants found for the solution and graded tests as
//! they are now (the hash matches); every exercise kills at least 90 % of its
//! viable mutants, and each survivor is named with the reason it is
//! equivalent or harmless. Verify does not rerun the mutants: `cargo course
//! mutants` does (and `.ci/run`, for what changed).

use std::path::Path;

use super::Report;
use crate::manifest::Manifest;
pub use crate::mutants::Record;
use crate::mutants::{self, FILE, MIN_KILL_RATE};

/// Checks `mutants.toml` against every exercise.
pub fn check(root: &Path, manifest: &Manifest, report: &mut Report) {
    let record = match Record::load(root) {
        Ok(record) => record,
        Err(err) => {
            report.fail(&format!("{FILE} can be read"), &err);
            return;
        }
    };
    let mut total = (0, 0);
    for exercise in &manifest.exercises {
        let name = &exercise.name;
        let Some(outcome) = record.exercise(name) else {
            report.fail(
                &format!("{name}: mutation testing"),
                &format!("{FILE} has no entry for {name}: run `cargo course mutants {name}`"),
            );
            continue;
        };
        total.0 += outcome.killed();
        total.1 += outcome.viable();
        let what = format!(
            "{name}: {}/{} viable mutants killed ({:.0} %), {} unviable, {}",
            outcome.killed(),
            outcome.viable(),
            outcome.kill_rate() * 100.0,
            outcome.unviable,
            match outcome.survivor.len() {
                0 => "no survivor".to_owned(),
                1 => "1 survivor, justified".to_owned(),
                n => format!("{n} survivors, each justified"),
            }
        );
        let mut problems = Vec::new();
        if outcome.hash != mutants::hash(root, exercise) {
            problems.push(format!(
                "{FILE} was computed for another version of solutions/{name}/src or \
                 tests/{name}.rs: run `cargo course mutants {name}` and commit {FILE}"
            ));
        }
        if outcome.kill_rate() < MIN_KILL_RATE {
            problems.push(format!(
                "the graded tests kill {:.0} % of the viable mutants; at least {:.0} % must die: \
                 add tests that fail on the survivors",
                outcome.kill_rate() * 100.0,
                MIN_KILL_RATE * 100.0
            ));
        }
        if outcome.survivor.len() != outcome.missed {
            problems.push(format!(
                "{} mutants were missed but {} survivors are named: rerun `cargo course mutants {name}`",
                outcome.missed,
                outcome.survivor.len()
            ));
        }
        for survivor in outcome
            .survivor
            .iter()
            .filter(|s| s.reason.trim().is_empty())
        {
            problems.push(format!(
                "survivor without a reason: {}\n  kill it with a graded test, or say in {FILE} why it is equivalent or harmless",
                survivor.mutant
            ));
        }
        report.check(&what, &problems);
        if problems.is_empty() {
            for survivor in &outcome.survivor {
                report.detail(&format!(
                    "survivor: {} ({})",
                    survivor.mutant, survivor.reason
                ));
            }
        }
    }
    if total.1 > 0 {
        report.detail(&format!(
            "the course: {}/{} viable mutants killed ({:.1} %)",
            total.0,
            total.1,
            total.0 as f64 * 100.0 / total.1 as f64
        ));
    }
}
