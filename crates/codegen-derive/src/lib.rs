//! `#[derive(Stringer)]`: the codegen chapter's derive macro, Go's
//! `stringer` done by the compiler.
//!
//! A derive macro is a function from tokens to tokens that rustc runs
//! while it compiles the crate that uses it: it is given the item it is
//! written on (here an enum) and returns code to add beside it (here an
//! `impl Display` and a list of the variants). It lives in a crate of its
//! own, `proc-macro = true`, because rustc builds and loads that crate
//! before the code that uses it. `syn` parses the tokens into a syntax
//! tree; `quote!` turns Rust written with `#name` holes back into tokens.
//! Use it through `codegen::Stringer`.

use proc_macro::TokenStream;
use quote::quote;
use syn::{Data, DeriveInput, Fields};

/// Derives `Display` (the variant's name, as stringer's `String` method
/// writes it) and `const VARIANTS: &[Self]` (the variants in declaration
/// order) for an enum whose variants have no fields. On anything else it
/// reports a compile error at the offending item.
#[proc_macro_derive(Stringer)]
pub fn derive_stringer(input: TokenStream) -> TokenStream {
    match syn::parse2::<DeriveInput>(input.into()) {
        Ok(input) => stringer(&input)
            .unwrap_or_else(syn::Error::into_compile_error)
            .into(),
        Err(err) => err.into_compile_error().into(),
    }
}

// ANCHOR: stringer
fn stringer(input: &DeriveInput) -> syn::Result<proc_macro2::TokenStream> {
    let Data::Enum(data) = &input.data else {
        return Err(syn::Error::new_spanned(
            &input.ident,
            "#[derive(Stringer)] works only on an enum",
        ));
    };
    let mut variants = Vec::new();
    for variant in &data.variants {
        if !matches!(variant.fields, Fields::Unit) {
            return Err(syn::Error::new_spanned(
                variant,
                "#[derive(Stringer)] needs variants without fields",
            ));
        }
        variants.push(&variant.ident);
    }
    let name = &input.ident;
    let names = variants.iter().map(|v| v.to_string());
    let (impl_generics, type_generics, where_clause) = input.generics.split_for_impl();
    Ok(quote! {
        impl #impl_generics ::core::fmt::Display for #name #type_generics #where_clause {
            fn fmt(&self, f: &mut ::core::fmt::Formatter<'_>) -> ::core::fmt::Result {
                f.write_str(match self {
                    #( Self::#variants => #names, )*
                })
            }
        }
        impl #impl_generics #name #type_generics #where_clause {
            /// Every variant, in the order the enum declares them.
            pub const VARIANTS: &'static [Self] = &[ #( Self::#variants ),* ];
        }
    })
}
// ANCHOR_END: stringer
