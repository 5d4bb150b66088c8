//! Prints the course workspace's own lint tables: the `[workspace.lints.*]`
//! of the root Cargo.toml, which every crate with `[lints] workspace = true`
//! takes.

fn main() {
    let root = concat!(env!("CARGO_MANIFEST_DIR"), "/../../Cargo.toml");
    match std::fs::read_to_string(root) {
        Ok(manifest) => print!("{}", lint::manifest::lint_tables(&manifest)),
        Err(err) => println!("could not read {root}: {err}"),
    }
}
