//! Graded tests for codegen-1: `string_enum!` declares an enum and writes
//! its text, its parser, the list of its variants and a checked index.

use std::collections::HashSet;

use codegen_1::ParseEnumError;

codegen_1::string_enum! {
    /// HTTP methods, spelled as on the wire.
    pub enum Method { Get = "GET", Post = "POST", Put = "PUT", Delete = "DELETE" }
}

codegen_1::string_enum! {
    /// Log levels, in lower case, with a trailing comma in the call.
    enum Level {
        Debug = "debug",
        Info = "info",
        Warn = "warn",
        Error = "error",
    }
}

codegen_1::string_enum! {
    /// An enum of one variant.
    enum Single { Only = "only one" }
}

graded::tests! {
    /// `Display` and `as_str` write the text given in the call, not the
    /// variant's name.
    fn display_writes_the_given_text() {
        assert_eq!(
            Method::Get.to_string(),
            "GET",
            "`Get = \"GET\"` displays as \"GET\": the text after `=`, not the variant's name \
             (`stringify!($variant)` gives \"Get\")"
        );
        assert_eq!(Method::Delete.as_str(), "DELETE", "as_str of Delete is \"DELETE\"");
        assert_eq!(Level::Warn.to_string(), "warn", "`Warn = \"warn\"` displays as \"warn\"");
        assert_eq!(
            Single::Only.to_string(),
            "only one",
            "`Only = \"only one\"` displays as \"only one\", spaces included"
        );
        assert_eq!(
            format!("[{}]", Level::Info),
            "[info]",
            "Display writes the text and nothing else"
        );
    }

    /// Each text parses back to its variant: `FromStr` undoes `Display`.
    fn from_str_parses_each_text() {
        for (text, method) in [
            ("GET", Method::Get),
            ("POST", Method::Post),
            ("PUT", Method::Put),
            ("DELETE", Method::Delete),
        ] {
            assert_eq!(
                text.parse::<Method>(),
                Ok(method),
                "{text:?} is the text of Method::{method:?}: parsing it gives that variant"
            );
        }
        assert_eq!("error".parse::<Level>(), Ok(Level::Error), "\"error\" parses as Level::Error");
        assert_eq!("only one".parse::<Single>(), Ok(Single::Only), "\"only one\" parses as Single::Only");
    }

    /// `FromStr` accepts exactly the texts: not another case, not the
    /// variant's name, not extra spaces.
    fn from_str_accepts_exactly_the_texts() {
        for wrong in ["get", "Get", " GET", "GET ", "", "GETS"] {
            assert_eq!(
                wrong.parse::<Method>(),
                Err(ParseEnumError { type_name: "Method", input: wrong.to_owned() }),
                "{wrong:?} is not the text of any Method (the texts are \"GET\", \"POST\", \
                 \"PUT\", \"DELETE\", case included): parsing it must fail, naming the enum \
                 `Method` and the input"
            );
        }
        let err = "get".parse::<Method>().expect_err("\"get\" is not the text of any Method");
        assert_eq!(
            err.to_string(),
            "\"get\" is not a Method",
            "the error says which text failed and for which enum"
        );
        assert!(
            "Debug".parse::<Level>().is_err(),
            "\"Debug\" is the variant's name; its text is \"debug\": parse the texts, not the names"
        );
        assert!("INFO".parse::<Level>().is_err(), "\"INFO\" is not \"info\": the match is case-sensitive");
    }

    /// `ALL` lists every variant once, in declaration order, and `COUNT`
    /// is its length.
    fn all_lists_every_variant_in_order() {
        assert_eq!(
            Method::ALL,
            [Method::Get, Method::Post, Method::Put, Method::Delete],
            "Method::ALL is the 4 variants in the order they are declared"
        );
        assert_eq!(
            Level::ALL,
            [Level::Debug, Level::Info, Level::Warn, Level::Error],
            "Level::ALL is the 4 variants in order (the call ends with a comma)"
        );
        assert_eq!(Single::ALL, [Single::Only], "Single::ALL is its one variant");
        let distinct: HashSet<_> = Method::ALL.iter().collect();
        assert_eq!(distinct.len(), Method::ALL.len(), "ALL lists each variant once");
    }

    /// `COUNT` is the number of variants.
    fn count_is_the_number_of_variants() {
        assert_eq!(Method::COUNT, 4, "Method has 4 variants: COUNT is 4");
        assert_eq!(Level::COUNT, 4, "Level has 4 variants (a trailing comma is not a variant)");
        assert_eq!(Single::COUNT, 1, "Single has 1 variant: COUNT is 1");
    }

    /// `index` counts from 0 in declaration order, as Go's `iota` does.
    fn index_counts_from_zero() {
        assert_eq!(Method::Get.index(), 0, "the first variant is index 0 (Go's `iota` starts at 0)");
        assert_eq!(Method::Put.index(), 2, "Put is the third variant: index 2");
        assert_eq!(Level::Error.index(), 3, "Error is the fourth level: index 3");
        assert_eq!(Single::Only.index(), 0, "a single variant is index 0");
    }

    /// `from_index` is the inverse of `index`, and `None` from `COUNT` on.
    fn from_index_is_checked() {
        for (i, method) in [Method::Get, Method::Post, Method::Put, Method::Delete].into_iter().enumerate() {
            assert_eq!(Method::from_index(i), Some(method), "from_index({i}) is Method::{method:?}");
        }
        assert_eq!(
            Method::from_index(4),
            None,
            "Method has 4 variants, indexes 0 to 3: from_index(4) is out of range, None \
             (stringer's String checks `i >= len`, not `i > len`)"
        );
        assert_eq!(Single::from_index(1), None, "Single has one variant: from_index(1) is None");
        assert_eq!(Level::from_index(usize::MAX), None, "a huge index is out of range, not a panic");
    }
}
