//! The capability check: what a submission's `src/**` reaches for, read
//! from its syntax tree (never by running it).
//!
//! Never granted: `#[path]` attributes and `include!`/`include_str!`/
//! `include_bytes!` that leave the submission's own `src/`, and `env!`/
//! `option_env!` (the build's environment is the grader's). Granted per
//! exercise through `capabilities` in course.toml: processes, files,
//! signals, sockets and `unsafe` (with `extern` blocks and `#[link]`).
//!
//! The check is syntactic: it names the paths it sees (`std::fs`,
//! `use std::process as p`…), so code that hides a path behind a macro of
//! its own is still found when the macro's body names it, but a path built
//! by a dependency's macro is not. It is one layer; the sandbox is another.

use std::collections::BTreeSet;
use std::fs;
use std::path::{Component, Path, PathBuf};

use proc_macro2::{TokenStream, TokenTree};
use syn::spanned::Spanned;

use crate::manifest::Capability;

/// One use of something not granted, as a sentence for reports.
#[derive(Debug, Clone, PartialEq, Eq, PartialOrd, Ord)]
pub struct Finding {
    /// The file, relative to the exercise's `src/`.
    pub file: PathBuf,
    pub line: usize,
    /// The capability it needs, or `None` when it is never granted.
    pub needs: Option<Capability>,
    pub what: String,
}

impl Finding {
    pub fn sentence(&self) -> String {
        let why = match self.needs {
            Some(c) => format!(
                "uses {} ({}), not granted to this exercise",
                c.name(),
                self.what
            ),
            None => format!("{}, never allowed in a submission", self.what),
        };
        format!("src/{}:{}: {why}", self.file.display(), self.line)
    }
}

/// Checks every `.rs` file under `src` against `granted`.
pub fn check(src: &Path, granted: &[Capability]) -> Vec<Finding> {
    let mut findings = BTreeSet::new();
    for file in super::files(src) {
        if file.extension().is_none_or(|e| e != "rs") {
            continue;
        }
        let Ok(text) = fs::read_to_string(src.join(&file)) else {
            findings.insert(Finding {
                file: file.clone(),
                line: 0,
                needs: None,
                what: "a source file that is not UTF-8".to_owned(),
            });
            continue;
        };
        for finding in check_source(&file, &text) {
            if finding.needs.is_none_or(|c| !granted.contains(&c)) {
                findings.insert(finding);
            }
        }
    }
    findings.into_iter().collect()
}

/// Everything in one file that needs a capability (granted or not).
pub fn check_source(file: &Path, text: &str) -> Vec<Finding> {
    let mut found = Vec::new();
    let mut note = |line: usize, needs: Option<Capability>, what: String| {
        found.push(Finding {
            file: file.to_owned(),
            line,
            needs,
            what,
        })
    };
    // Tokens first: they see inside macro bodies too, which syn leaves as
    // token streams.
    let tokens: TokenStream = match text.parse() {
        Ok(tokens) => tokens,
        // Does not lex: it will not compile either.
        Err(_) => return Vec::new(),
    };
    scan_tokens(file, tokens, &mut note);
    if let Ok(syntax) = syn::parse_file(text) {
        for item in &syntax.items {
            scan_item(file, item, &mut note);
        }
    }
    found.sort();
    found.dedup();
    found
}

type Note<'a> = dyn FnMut(usize, Option<Capability>, String) + 'a;

/// Path prefixes and what they need.
const PATHS: &[(&[&str], Capability)] = &[
    // Starting one, not `exit`, `abort` or `id`.
    (&["std", "process", "Command"], Capability::Processes),
    (&["std", "process", "Child"], Capability::Processes),
    (&["std", "process", "Stdio"], Capability::Processes),
    (&["std", "os", "unix", "process"], Capability::Processes),
    (&["tokio", "process"], Capability::Processes),
    (&["libc", "fork"], Capability::Processes),
    (&["nix", "unistd", "fork"], Capability::Processes),
    (&["std", "fs"], Capability::Files),
    (&["tokio", "fs"], Capability::Files),
    (&["std", "os", "unix", "fs"], Capability::Files),
    (&["std", "os", "fd"], Capability::Files),
    (&["std", "net"], Capability::Sockets),
    (&["std", "os", "unix", "net"], Capability::Sockets),
    (&["tokio", "net"], Capability::Sockets),
    (&["nix", "sys", "socket"], Capability::Sockets),
    (&["nix", "sys", "signal"], Capability::Signals),
    (&["signal_hook"], Capability::Signals),
    (&["libc", "kill"], Capability::Signals),
    (&["libc", "signal"], Capability::Signals),
    (&["libc", "sigaction"], Capability::Signals),
    (&["tokio", "signal"], Capability::Signals),
];

/// The crates whose modules the capabilities are about.
const ROOTS: &[&str] = &[
    "std",
    "core",
    "alloc",
    "tokio",
    "libc",
    "nix",
    "signal_hook",
];

/// Reads `a :: b :: c` runs of identifiers from a token stream, recursing
/// into groups, and flags unsafe, the never-granted macros and known paths.
fn scan_tokens(file: &Path, tokens: TokenStream, note: &mut Note<'_>) {
    let trees: Vec<TokenTree> = tokens.into_iter().collect();
    let mut i = 0;
    while i < trees.len() {
        match &trees[i] {
            TokenTree::Group(group) => scan_tokens(file, group.stream(), note),
            TokenTree::Ident(ident) => {
                let line = ident.span().start().line;
                let word = ident.to_string();
                // A macro call: `name !`.
                let bang =
                    matches!(trees.get(i + 1), Some(TokenTree::Punct(p)) if p.as_char() == '!');
                if bang {
                    match word.as_str() {
                        "env" | "option_env" => note(
                            line,
                            None,
                            format!("`{word}!` reads the grader's build environment"),
                        ),
                        "include" | "include_str" | "include_bytes" => {
                            if let Some(TokenTree::Group(args)) = trees.get(i + 2) {
                                match first_literal(args.stream()) {
                                    Some(target) if inside_src(file, &target) => {}
                                    Some(target) => note(
                                        line,
                                        None,
                                        format!("`{word}!(\"{target}\")` reaches outside src/"),
                                    ),
                                    None => {
                                        note(line, None, format!("`{word}!` of a computed path"))
                                    }
                                }
                            }
                        }
                        _ => {}
                    }
                }
                if word == "unsafe" {
                    note(line, Some(Capability::Unsafe), "`unsafe`".to_owned());
                }
                if word == "extern"
                    && matches!(
                        trees.get(i + 1),
                        Some(TokenTree::Literal(_)) | Some(TokenTree::Group(_))
                    )
                {
                    note(
                        line,
                        Some(Capability::Unsafe),
                        "an `extern` block or function".to_owned(),
                    );
                }
                // A path run starting here (only at its start).
                // Every position starts a path (`::std::fs`, `x::std::fs`
                // included): reporting too much is safe, too little is not.
                let path = path_run(&trees[i..]);
                check_path(&path, line, note);
                // `use std as s;`, `extern crate std as s;`: the paths behind
                // the new name would not be recognised.
                let renamed =
                    matches!(trees.get(i + 1), Some(TokenTree::Ident(next)) if next == "as");
                if renamed && ROOTS.contains(&word.as_str()) {
                    note(
                        line,
                        None,
                        format!("renaming the crate `{word}` (it would hide what is used)"),
                    );
                }
            }
            _ => {}
        }
        i += 1;
    }
}

/// The identifiers of `a::b::c` at the start of `trees` (with a leading
/// `::` tolerated by the caller's start test).
fn path_run(trees: &[TokenTree]) -> Vec<String> {
    let mut path = Vec::new();
    let mut i = 0;
    while let Some(TokenTree::Ident(ident)) = trees.get(i) {
        path.push(ident.to_string());
        let colons = matches!(trees.get(i + 1), Some(TokenTree::Punct(p)) if p.as_char() == ':')
            && matches!(trees.get(i + 2), Some(TokenTree::Punct(p)) if p.as_char() == ':');
        if !colons {
            break;
        }
        i += 3;
        // `use std::{fs, net}`: each name in the braces continues the path.
        if let Some(TokenTree::Group(group)) = trees.get(i) {
            let inner: Vec<TokenTree> = group.stream().into_iter().collect();
            let mut alternatives = Vec::new();
            for part in inner.split(|t| matches!(t, TokenTree::Punct(p) if p.as_char() == ',')) {
                let rest = path_run(part);
                if !rest.is_empty() {
                    alternatives.push(rest.join("::"));
                }
            }
            if !alternatives.is_empty() {
                path.push(format!("{{{}}}", alternatives.join(",")));
            }
            break;
        }
    }
    path
}

fn check_path(path: &[String], line: usize, note: &mut Note<'_>) {
    if path.len() < 2 {
        return;
    }
    // Expand one level of braces: `std::{fs, net::TcpStream}`.
    let mut expanded: Vec<Vec<String>> = vec![Vec::new()];
    for part in path {
        if let Some(inner) = part.strip_prefix('{').and_then(|p| p.strip_suffix('}')) {
            let base = expanded.pop().unwrap_or_default();
            for alt in inner.split(',') {
                let mut full = base.clone();
                full.extend(alt.split("::").map(str::to_owned));
                expanded.push(full);
            }
        } else {
            for p in &mut expanded {
                p.push(part.clone());
            }
        }
    }
    for full in expanded {
        let full: Vec<&str> = full
            .iter()
            .map(String::as_str)
            .skip_while(|s| *s == "crate")
            .collect();
        // `core::` and `alloc::` are `std::` by another name.
        let norm: Vec<&str> = match full.first() {
            Some(&"core") | Some(&"alloc") => std::iter::once("std")
                .chain(full[1..].iter().copied())
                .collect(),
            _ => full,
        };
        let norm: Vec<&str> = match norm.last() {
            Some(&"self") => norm[..norm.len() - 1].to_vec(),
            _ => norm,
        };
        // A path that stops short of a capability's module (`use std::os;`,
        // `use std::os::unix::*;`, `use std::os::unix as u;`) would let the
        // rest of the file name it without its prefix.
        let short = norm.len() >= 2
            && PATHS
                .iter()
                .any(|(prefix, _)| prefix.len() > norm.len() && prefix[..norm.len()] == *norm);
        if short {
            note(
                line,
                None,
                format!(
                    "`{}` imported or renamed whole (it would hide what is used)",
                    norm.join("::")
                ),
            );
        }
        for (prefix, capability) in PATHS {
            if norm.len() >= prefix.len() && norm[..prefix.len()] == **prefix {
                note(line, Some(*capability), format!("`{}`", prefix.join("::")));
            }
        }
    }
}

fn first_literal(tokens: TokenStream) -> Option<String> {
    let mut trees = tokens.into_iter();
    match (trees.next(), trees.next()) {
        (Some(TokenTree::Literal(lit)), None) => {
            let parsed: syn::LitStr = syn::parse_str(&lit.to_string()).ok()?;
            Some(parsed.value())
        }
        _ => None,
    }
}

/// Whether `target`, relative to the directory of `file` (itself relative
/// to `src/`), stays inside `src/`.
fn inside_src(file: &Path, target: &str) -> bool {
    let target = Path::new(target);
    if target.is_absolute() {
        return false;
    }
    let mut depth: Vec<Component> = file
        .parent()
        .map(|p| p.components().collect())
        .unwrap_or_default();
    for c in target.components() {
        match c {
            Component::Normal(_) => depth.push(c),
            Component::CurDir => {}
            Component::ParentDir => {
                if depth.pop().is_none() {
                    return false;
                }
            }
            _ => return false,
        }
    }
    true
}

/// Items: `#[path]` on modules and `#[link]` on extern blocks (attributes
/// are not in the token scan's reach as names).
fn scan_item(file: &Path, item: &syn::Item, note: &mut Note<'_>) {
    match item {
        syn::Item::Mod(module) => {
            for attr in &module.attrs {
                if attr.path().is_ident("path") {
                    let line = attr.span().start().line;
                    let target = match &attr.meta {
                        syn::Meta::NameValue(nv) => match &nv.value {
                            syn::Expr::Lit(syn::ExprLit {
                                lit: syn::Lit::Str(s),
                                ..
                            }) => s.value(),
                            _ => String::new(),
                        },
                        _ => String::new(),
                    };
                    // A `#[path]` is resolved from the directory of the file
                    // that holds it (for a non-mod.rs file, its own
                    // directory of submodules; we take the stricter reading).
                    if target.is_empty() || !inside_src(file, &target) {
                        note(
                            line,
                            None,
                            format!("`#[path = \"{target}\"]` reaches outside src/"),
                        );
                    }
                }
            }
            if let Some((_, items)) = &module.content {
                for item in items {
                    scan_item(file, item, note);
                }
            }
        }
        syn::Item::ForeignMod(block) => {
            for attr in &block.attrs {
                if attr.path().is_ident("link") {
                    note(
                        attr.span().start().line,
                        Some(Capability::Unsafe),
                        "`#[link]`".to_owned(),
                    );
                }
            }
        }
        _ => {}
    }
    // `#[link]`, `#[path]` hidden under `cfg_attr`, `#[no_mangle]`,
    // `#[export_name]`, `#[link_section]`: linker-level tricks.
    for attr in item_attrs(item) {
        let path = attr.path();
        let tricky = ["no_mangle", "export_name", "link_section", "link_name"]
            .iter()
            .any(|n| path.is_ident(n));
        let unsafe_attr = path.is_ident("unsafe");
        if tricky || unsafe_attr {
            note(
                attr.span().start().line,
                Some(Capability::Unsafe),
                "a linker attribute".to_owned(),
            );
        }
        if path.is_ident("cfg_attr") {
            let text = attr.meta.to_token_stream_string();
            if text.contains("path") {
                note(
                    attr.span().start().line,
                    None,
                    "a `#[cfg_attr(…, path = …)]`".to_owned(),
                );
            }
        }
    }
}

fn item_attrs(item: &syn::Item) -> &[syn::Attribute] {
    match item {
        syn::Item::Const(i) => &i.attrs,
        syn::Item::Enum(i) => &i.attrs,
        syn::Item::ExternCrate(i) => &i.attrs,
        syn::Item::Fn(i) => &i.attrs,
        syn::Item::ForeignMod(i) => &i.attrs,
        syn::Item::Impl(i) => &i.attrs,
        syn::Item::Macro(i) => &i.attrs,
        syn::Item::Mod(i) => &i.attrs,
        syn::Item::Static(i) => &i.attrs,
        syn::Item::Struct(i) => &i.attrs,
        syn::Item::Trait(i) => &i.attrs,
        syn::Item::TraitAlias(i) => &i.attrs,
        syn::Item::Type(i) => &i.attrs,
        syn::Item::Union(i) => &i.attrs,
        syn::Item::Use(i) => &i.attrs,
        _ => &[],
    }
}

trait MetaText {
    fn to_token_stream_string(&self) -> String;
}

impl MetaText for syn::Meta {
    fn to_token_stream_string(&self) -> String {
        quote::ToTokens::to_token_stream(self).to_string()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn needs(text: &str) -> Vec<(Option<Capability>, String)> {
        check_source(Path::new("lib.rs"), text)
            .into_iter()
            .map(|f| (f.needs, f.what))
            .collect()
    }

    #[test]
    fn a_path_to_the_solutions_is_never_granted() {
        let found = needs(
            "#[path = \"../../../solutions/x/src/lib.rs\"] mod reference; pub use reference::*;",
        );
        assert!(
            found
                .iter()
                .any(|(n, w)| n.is_none() && w.contains("#[path")),
            "{found:?}"
        );
        assert!(needs("#[path = \"inner/x.rs\"] mod x;").is_empty());
    }

    #[test]
    fn includes_and_env_are_found() {
        assert!(!needs("const A: &str = include_str!(\"../../../tests/x.rs\");").is_empty());
        assert!(needs("const A: &str = include_str!(\"data.txt\");").is_empty());
        assert!(!needs("const A: &str = env!(\"HOME\");").is_empty());
        assert!(!needs("fn f() { let _ = option_env!(\"X\"); }").is_empty());
    }

    #[test]
    fn capabilities_are_found_through_uses_and_paths() {
        let caps =
            |t: &str| -> Vec<Capability> { needs(t).into_iter().filter_map(|(n, _)| n).collect() };
        assert_eq!(caps("use std::process::Command;"), [Capability::Processes]);
        assert_eq!(
            caps("use std::process::{Command, Stdio};"),
            [Capability::Processes, Capability::Processes]
        );
        assert_eq!(
            caps("use std::{fs, collections::HashMap};"),
            [Capability::Files]
        );
        assert_eq!(
            caps("fn f() { ::std::net::TcpStream::connect(\"x\"); }"),
            [Capability::Sockets]
        );
        assert_eq!(caps("fn f() { unsafe { } }"), [Capability::Unsafe]);
        let never = |t: &str| needs(t).into_iter().any(|(n, _)| n.is_none());
        assert!(never("use std as s;"));
        assert!(never("use std::process;"));
        assert!(caps("fn f() { std::process::exit(0) }").is_empty());
        assert!(never("use std::os::unix as u;"));
        assert!(never("use std::os::unix::*;"));
        assert!(!never("use std::sync::Arc; use std::io::{self, Write};"));
        assert_eq!(
            caps("unsafe extern \"C\" { fn f(); }").first(),
            Some(&Capability::Unsafe)
        );
        assert!(caps("use std::sync::Mutex; fn f() { let path = 1; }").is_empty());
    }

    #[test]
    fn an_unknown_capability_is_a_clear_error() {
        let manifest = |caps: &str| {
            crate::manifest::Manifest::parse(&format!(
                "[course]\ntitle = \"t\"\ndefault_timeout_ms = 1000\n\
                 [[part]]\nid = \"p\"\ntitle = \"P\"\n\
                 [[chapter]]\nid = \"c\"\npart = \"p\"\ntitle = \"C\"\nfile = \"book/src/c.md\"\n\
                 [[exercise]]\nname = \"c-1\"\nchapter = \"c\"\npoints = 1\nhints = [\"h\"]\n\
                 capabilities = {caps}\n"
            ))
        };
        let ok = manifest("[\"files\", \"unsafe\"]").expect("known capabilities");
        assert_eq!(
            ok.exercises[0].capabilities,
            [Capability::Files, Capability::Unsafe]
        );
        let err = manifest("[\"telepathy\"]").expect_err("an unknown capability");
        assert!(
            err.contains("telepathy") && err.contains("processes"),
            "{err}"
        );
    }
}
