//! Invariant 2: stub and solution cannot drift apart. Both offer the same
//! public items with the same signatures (read with syn; a parameter's `mut`
//! does not count).

use std::path::Path;

use super::Report;
use crate::api;
use crate::manifest::Manifest;

/// Compares every exercise's stub with its solution.
pub fn check(root: &Path, manifest: &Manifest, report: &mut Report) {
    for exercise in &manifest.exercises {
        let what = format!("{}: stub and solution signatures match", exercise.name);
        match (
            api::public_items(&exercise.solution_dir(root).join("src")),
            api::public_items(&exercise.stub_dir(root).join("src")),
        ) {
            (Ok(solution), Ok(stub)) => report.check(&what, &api::drift(&solution, &stub)),
            (Err(err), _) | (_, Err(err)) => report.fail(&what, &err),
        }
    }
}
