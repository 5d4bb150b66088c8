//! Graded tests for embedding-1: documents, a trait with default methods
//! over two types.

use embedding_1::{Document, Memo, Note, table_of_contents};

fn groceries() -> Note {
    Note {
        title: "Groceries".to_owned(),
        text: "milk\neggs\nrice".to_owned(),
    }
}

fn standup() -> Memo {
    Memo {
        from: "Ann".to_owned(),
        to: "Bo".to_owned(),
        subject: "Standup".to_owned(),
        text: "moved to 10:00\nroom 2".to_owned(),
    }
}

/// A type of the tests' own that writes only the required methods.
struct Receipt;

impl Document for Receipt {
    fn title(&self) -> String {
        "Receipt 42".to_owned()
    }

    fn body(&self) -> Vec<String> {
        vec!["total: 3.50".to_owned()]
    }
}

/// A type of the tests' own that overrides only `heading`.
struct Banner;

impl Document for Banner {
    fn title(&self) -> String {
        "ignored".to_owned()
    }

    fn body(&self) -> Vec<String> {
        vec!["line one".to_owned(), "line two".to_owned()]
    }

    fn heading(&self) -> String {
        "=== BANNER ===".to_owned()
    }
}

graded::tests! {
    /// A note's title and body lines come from its fields.
    fn note_title_and_body_come_from_its_fields() {
        let note = groceries();
        assert_eq!(note.title(), "Groceries", "a Note's title() should be its `title` field");
        assert_eq!(
            note.body(),
            ["milk", "eggs", "rice"],
            "a Note's body() should be its text split into lines, in order"
        );
    }

    /// A note keeps the default heading, `"# <title>"`.
    fn note_keeps_the_default_heading() {
        assert_eq!(
            groceries().heading(),
            "# Groceries",
            "the default heading() should be \"# \" followed by the document's title()"
        );
    }

    /// The default heading is built from the implementor's own `title`.
    fn default_heading_uses_the_implementors_title() {
        assert_eq!(
            Receipt.heading(),
            "# Receipt 42",
            "the default heading() should call self.title(): a type that only writes title() \
             and body() should get \"# <its title>\""
        );
    }

    /// The default render is the heading, then each body line, joined by
    /// newlines.
    fn note_renders_heading_then_body_lines() {
        assert_eq!(
            groceries().render(),
            "# Groceries\nmilk\neggs\nrice",
            "render() should be the heading line, then each body line, joined by '\\n' with no \
             newline at the end"
        );
        assert_eq!(
            Receipt.render(),
            "# Receipt 42\ntotal: 3.50",
            "the default render() should be built from the implementor's own heading() and \
             body()"
        );
    }

    /// A note with no text renders as its heading alone.
    fn empty_body_renders_as_the_heading_alone() {
        let empty = Note { title: "Empty".to_owned(), text: String::new() };
        assert!(empty.body().is_empty(), "a Note with no text should have no body lines");
        assert_eq!(
            empty.render(),
            "# Empty",
            "a document with no body lines should render as its heading alone, with no \
             newline after it"
        );
    }

    /// A memo's title is its subject, and its body its text's lines.
    fn memo_title_and_body_come_from_its_fields() {
        let memo = standup();
        assert_eq!(memo.title(), "Standup", "a Memo's title() should be its subject");
        assert_eq!(
            memo.body(),
            ["moved to 10:00", "room 2"],
            "a Memo's body() should be its text split into lines, in order"
        );
    }

    /// A memo overrides the heading: it says who the memo is from and to.
    fn memo_has_its_own_heading() {
        assert_eq!(
            standup().heading(),
            "# Standup (from Ann to Bo)",
            "a Memo's heading() should be \"# <subject> (from <from> to <to>)\""
        );
    }

    /// The default render calls the memo's own heading: a default method
    /// dispatches to the implementor, unlike a Go promoted method.
    fn default_render_uses_the_memos_own_heading() {
        assert_eq!(
            standup().render(),
            "# Standup (from Ann to Bo)\nmoved to 10:00\nroom 2",
            "a Memo's render() should start with the Memo's own heading: the default render() \
             must call self.heading(), and Memo must override heading() inside its \
             `impl Document for Memo` (an inherent method of the same name is Go's shadowing: \
             the trait's render() never sees it)"
        );
        assert_eq!(
            Banner.render(),
            "=== BANNER ===\nline one\nline two",
            "a type that overrides only heading() should see that heading in the default \
             render(): render() must call self.heading(), not rebuild \"# <title>\""
        );
    }

    /// The table of contents lists each document's heading, in order,
    /// through trait objects.
    fn table_of_contents_lists_each_heading_in_order() {
        let note = groceries();
        let memo = standup();
        let documents: [&dyn Document; 4] = [&memo, &note, &Banner, &Receipt];
        assert_eq!(
            table_of_contents(&documents),
            ["# Standup (from Ann to Bo)", "# Groceries", "=== BANNER ===", "# Receipt 42"],
            "table_of_contents should hold each document's heading() (its own, if it overrides \
             it), in the order given"
        );
        assert!(
            table_of_contents(&[]).is_empty(),
            "the table of contents of no documents should be empty"
        );
    }
}
