//! The lint tables of a `Cargo.toml`: `[lints.*]` and `[workspace.lints.*]`.

/// The lines of `manifest` from the first lint table to the end of the
/// last one: every `[lints]`, `[lints.<tool>]`, `[workspace.lints]` or
/// `[workspace.lints.<tool>]` table with its keys, blank lines between
/// tables kept, comments and other tables left out.
///
/// ```
/// let manifest = "[package]\nname = \"x\"\n\n[lints.clippy]\ntodo = \"warn\"\n\n[features]\n";
/// assert_eq!(lint::manifest::lint_tables(manifest), "[lints.clippy]\ntodo = \"warn\"\n");
/// ```
pub fn lint_tables(manifest: &str) -> String {
    let mut out = String::new();
    let mut inside = false;
    for line in manifest.lines() {
        let trimmed = line.trim();
        if trimmed.starts_with('[') {
            let name = trimmed.trim_matches(|c| c == '[' || c == ']');
            inside = is_lint_table(name);
            if inside && !out.is_empty() {
                out.push('\n');
            }
        }
        if inside && !trimmed.is_empty() && !trimmed.starts_with('#') {
            out.push_str(line);
            out.push('\n');
        }
    }
    out
}

/// Whether a table's name is `lints`, `workspace.lints` or one of their
/// tool tables.
fn is_lint_table(name: &str) -> bool {
    let rest = name.strip_prefix("workspace.").unwrap_or(name);
    rest == "lints" || rest.starts_with("lints.")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn workspace_and_package_tables_are_kept_and_others_dropped() {
        let manifest = "[workspace.lints.rust]\nunsafe_op_in_unsafe_fn = \"deny\"\n# why\n\n\
                        [workspace.lints.clippy]\ntodo = \"allow\"\n\n[profile.dev]\ndebug = 0\n";
        assert_eq!(
            lint_tables(manifest),
            "[workspace.lints.rust]\nunsafe_op_in_unsafe_fn = \"deny\"\n\n\
             [workspace.lints.clippy]\ntodo = \"allow\"\n"
        );
        assert_eq!(lint_tables("[lintsx]\na = 1\n"), "");
    }
}
