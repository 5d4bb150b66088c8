//! A stub's imports must not warn once the learner has solved it: every name
//! the stub imports at the top of a file is one its reference solution
//! imports too (what only the stub's unfinished or leaky code needs, it
//! names by its full path, so that the name goes when that code goes).

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

/// The exercises held to this (those that ship working-but-wrong code that
/// the learner replaces: the leak exercises).
const HELD: &[&str] = &["leak-1", "leak-2", "leak-3"];

/// Every leaf of `tree` as a path: `a::{b, c::{self, d}}` gives `a::b`,
/// `a::c`, `a::c::d`.
fn leaves(prefix: &str, tree: &syn::UseTree, out: &mut BTreeSet<String>) {
    let join = |name: &str| {
        if prefix.is_empty() {
            name.to_owned()
        } else {
            format!("{prefix}::{name}")
        }
    };
    match tree {
        syn::UseTree::Path(path) => leaves(&join(&path.ident.to_string()), &path.tree, out),
        syn::UseTree::Name(name) if name.ident == "self" => {
            out.insert(prefix.to_owned());
        }
        syn::UseTree::Name(name) => {
            out.insert(join(&name.ident.to_string()));
        }
        syn::UseTree::Rename(rename) => {
            out.insert(join(&rename.ident.to_string()));
        }
        syn::UseTree::Glob(_) => {
            out.insert(join("*"));
        }
        syn::UseTree::Group(group) => {
            for tree in &group.items {
                leaves(prefix, tree, out);
            }
        }
    }
}

/// The names imported at the top level of every file under `src`.
fn imports(src: &Path) -> BTreeSet<String> {
    let mut names = BTreeSet::new();
    let mut stack = vec![src.to_path_buf()];
    while let Some(dir) = stack.pop() {
        for entry in fs::read_dir(&dir).expect("a source directory") {
            let path = entry.expect("an entry").path();
            if path.is_dir() {
                stack.push(path);
            } else if path.extension().is_some_and(|e| e == "rs") {
                let text = fs::read_to_string(&path).expect("a source file");
                let file = syn::parse_file(&text).expect("a Rust file");
                for item in file.items {
                    if let syn::Item::Use(item) = item {
                        leaves("", &item.tree, &mut names);
                    }
                }
            }
        }
    }
    names
}

#[test]
fn a_solved_stub_has_no_import_left_unused() {
    let root = Path::new(env!("CARGO_MANIFEST_DIR")).join("../..");
    let mut problems = Vec::new();
    for name in HELD {
        let stub = imports(&root.join("exercises").join(name).join("src"));
        let solution = imports(&root.join("solutions").join(name).join("src"));
        for extra in stub.difference(&solution) {
            problems.push(format!(
                "exercises/{name} imports `{extra}`, which its solution does not: once solved, \
                 the import is unused (name it in full where the stub uses it)"
            ));
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}

#[test]
fn leaves_of_a_use_tree_are_every_name_it_brings() {
    let file: syn::File = syn::parse_str("use a::{b, c::{self, d}, e as f};").expect("a use item");
    let mut names = BTreeSet::new();
    for item in file.items {
        if let syn::Item::Use(item) = item {
            leaves("", &item.tree, &mut names);
        }
    }
    let names: Vec<&str> = names.iter().map(String::as_str).collect();
    assert_eq!(names, ["a::b", "a::c", "a::c::d", "a::e"]);
}
