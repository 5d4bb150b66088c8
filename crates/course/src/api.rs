//! The public surface of a crate, read from its source with `syn`, so that a
//! stub and its solution can be proved to offer the same items with the same
//! signatures. Bodies and private items are free to differ.

use std::collections::BTreeSet;
use std::fs;
use std::path::Path;

use quote::ToTokens;
use syn::{Fields, ImplItem, Item, Visibility};

/// Each public item as one normalised line, e.g.
/// `fn ping_pong (rounds : usize) -> Vec < u32 >`.
pub fn public_items(src_dir: &Path) -> Result<BTreeSet<String>, String> {
    let mut items = BTreeSet::new();
    read_dir(src_dir, src_dir, &mut items)?;
    Ok(items)
}

fn read_dir(base: &Path, dir: &Path, items: &mut BTreeSet<String>) -> Result<(), String> {
    let mut entries: Vec<_> = fs::read_dir(dir)
        .map_err(|err| format!("could not read {}: {err}", dir.display()))?
        .filter_map(Result::ok)
        .map(|e| e.path())
        .collect();
    entries.sort();
    for path in entries {
        if path.is_dir() {
            read_dir(base, &path, items)?;
        } else if path.extension().is_some_and(|e| e == "rs") {
            let text = fs::read_to_string(&path)
                .map_err(|err| format!("could not read {}: {err}", path.display()))?;
            let file = syn::parse_file(&text)
                .map_err(|err| format!("{} does not parse: {err}", path.display()))?;
            let module = path
                .strip_prefix(base)
                .unwrap_or(&path)
                .with_extension("")
                .to_string_lossy()
                .replace('/', "::");
            collect(&module, &file.items, items);
        }
    }
    Ok(())
}

fn is_pub(vis: &Visibility) -> bool {
    matches!(vis, Visibility::Public(_))
}

fn tokens(item: &impl ToTokens) -> String {
    item.to_token_stream().to_string()
}

/// A function's signature as its callers see it: `mut` on a parameter is
/// the body's business, not part of the signature.
fn signature(sig: &syn::Signature) -> String {
    let mut sig = sig.clone();
    for input in &mut sig.inputs {
        if let syn::FnArg::Typed(typed) = input
            && let syn::Pat::Ident(ident) = typed.pat.as_mut()
        {
            ident.mutability = None;
        }
    }
    tokens(&sig)
}

/// The attributes that change what a user of the item can do.
fn derives(attrs: &[syn::Attribute]) -> String {
    attrs
        .iter()
        .filter(|a| a.path().is_ident("derive") || a.path().is_ident("must_use"))
        .map(tokens)
        .collect::<Vec<_>>()
        .join(" ")
}

fn collect(module: &str, source: &[Item], items: &mut BTreeSet<String>) {
    for item in source {
        let line = match item {
            Item::Fn(f) if is_pub(&f.vis) => Some(format!("fn {}", signature(&f.sig))),
            Item::Struct(s) if is_pub(&s.vis) => {
                let fields = match &s.fields {
                    Fields::Named(named) => named
                        .named
                        .iter()
                        .filter(|f| is_pub(&f.vis))
                        .map(tokens)
                        .collect::<Vec<_>>()
                        .join(", "),
                    Fields::Unnamed(unnamed) => unnamed
                        .unnamed
                        .iter()
                        .filter(|f| is_pub(&f.vis))
                        .map(tokens)
                        .collect::<Vec<_>>()
                        .join(", "),
                    Fields::Unit => String::new(),
                };
                Some(format!(
                    "{} struct {}{} {{ {fields} }}",
                    derives(&s.attrs),
                    s.ident,
                    tokens(&s.generics)
                ))
            }
            Item::Enum(e) if is_pub(&e.vis) => {
                let mut e = e.clone();
                e.attrs.retain(|a| a.path().is_ident("derive"));
                for v in &mut e.variants {
                    v.attrs.clear();
                }
                Some(tokens(&e))
            }
            Item::Trait(t) if is_pub(&t.vis) => {
                let mut t = t.clone();
                t.attrs.clear();
                for item in &mut t.items {
                    if let syn::TraitItem::Fn(f) = item {
                        f.default = None;
                        f.attrs.clear();
                    }
                }
                Some(tokens(&t))
            }
            Item::Type(t) if is_pub(&t.vis) => {
                let mut t = t.clone();
                t.attrs.clear();
                Some(tokens(&t))
            }
            Item::Const(c) if is_pub(&c.vis) => {
                Some(format!("const {}: {}", c.ident, tokens(&c.ty)))
            }
            Item::Static(s) if is_pub(&s.vis) => {
                Some(format!("static {}: {}", s.ident, tokens(&s.ty)))
            }
            Item::Use(u) if is_pub(&u.vis) => Some(tokens(&u.tree)),
            Item::Mod(m) if is_pub(&m.vis) => {
                if let Some((_, inner)) = &m.content {
                    collect(&format!("{module}::{}", m.ident), inner, items);
                }
                Some(format!("mod {}", m.ident))
            }
            Item::Impl(imp) => {
                let head = match &imp.trait_ {
                    Some((bang, path, _)) => format!(
                        "impl{} {}{} for {}",
                        tokens(&imp.generics),
                        if bang.is_some() { "!" } else { "" },
                        tokens(path),
                        tokens(&imp.self_ty)
                    ),
                    None => format!("impl{} {}", tokens(&imp.generics), tokens(&imp.self_ty)),
                };
                let is_trait_impl = imp.trait_.is_some();
                if is_trait_impl {
                    items.insert(format!("{module}: {head}"));
                }
                for inner in &imp.items {
                    if let ImplItem::Fn(f) = inner
                        && (is_trait_impl || is_pub(&f.vis))
                    {
                        items.insert(format!("{module}: {head} {{ fn {} }}", signature(&f.sig)));
                    }
                }
                None
            }
            _ => None,
        };
        if let Some(line) = line {
            items.insert(format!("{module}: {}", line.trim()));
        }
    }
}

/// The differences between a solution's and a stub's public items, as
/// sentences; empty when they match.
pub fn drift(solution: &BTreeSet<String>, stub: &BTreeSet<String>) -> Vec<String> {
    let mut problems: Vec<String> = solution
        .difference(stub)
        .map(|item| format!("the stub lacks `{item}`"))
        .collect();
    problems.extend(
        stub.difference(solution)
            .map(|item| format!("the stub has `{item}`, which the solution does not")),
    );
    problems
}

#[cfg(test)]
mod tests {
    use super::*;

    fn items(src: &str) -> BTreeSet<String> {
        let file = syn::parse_file(src).expect("parses");
        let mut items = BTreeSet::new();
        collect("lib", &file.items, &mut items);
        items
    }

    #[test]
    fn bodies_and_private_items_do_not_count() {
        let solution = items(
            "pub fn f(x: u32) -> u32 { helper(x) } fn helper(x: u32) -> u32 { x }
             pub struct S { inner: Vec<u8> }
             impl S { pub fn new() -> S { S { inner: vec![] } } fn private(&self) {} }",
        );
        let stub = items(
            "pub fn f(x: u32) -> u32 { todo!() }
             pub struct S { other: () }
             impl S { pub fn new() -> S { todo!() } }",
        );
        assert!(
            drift(&solution, &stub).is_empty(),
            "{:?}",
            drift(&solution, &stub)
        );
    }

    #[test]
    fn mut_on_a_parameter_is_not_part_of_the_signature() {
        let solution = items("pub fn f(mut rx: Vec<u8>) -> usize { rx.clear(); 0 }");
        let stub = items("pub fn f(rx: Vec<u8>) -> usize { todo!() }");
        assert!(drift(&solution, &stub).is_empty());
    }

    #[test]
    fn a_changed_signature_is_drift() {
        let solution = items("pub fn f(x: u32) -> u32 { x }");
        let stub = items("pub fn f(x: u64) -> u32 { todo!() }");
        let problems = drift(&solution, &stub);
        assert_eq!(problems.len(), 2, "{problems:?}");
        assert!(problems[0].contains("the stub lacks"), "{problems:?}");
    }

    #[test]
    fn a_missing_trait_impl_or_derive_is_drift() {
        let solution =
            items("#[derive(Debug)] pub struct S; impl Drop for S { fn drop(&mut self) {} }");
        let stub = items("pub struct S;");
        assert_eq!(drift(&solution, &stub).len(), 4);
    }
}
