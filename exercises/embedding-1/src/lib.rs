//! Documents: a trait with default methods over two types.
//!
//! In Go you would share `Heading` and `Render` by embedding a base struct
//! in `Note` and `Memo`. A `Memo` with its own `Heading` would shadow the
//! promoted one for a direct call, but the base's `Render` would still call
//! the base's `Heading`: a promoted method runs on the embedded value. A
//! Rust trait's default method runs on the implementing type, so a
//! default `render` that calls `self.heading()` gets the `Memo`'s heading.
//!
//! Run the tests with `cargo test -p embedding-1`; ask for a hint with
//! `cargo course hint embedding-1`.

/// A document: a title and body lines (required), and a heading and a
/// rendering built from them (default methods, which a type may override).
pub trait Document {
    /// The document's title.
    fn title(&self) -> String;

    /// The lines of the document's body, in order.
    fn body(&self) -> Vec<String>;

    /// The heading line: `"# <title>"` unless the type writes its own.
    fn heading(&self) -> String {
        // TODO: in Go this would be the base struct's `Heading()`, promoted
        // into every type that embeds the base. Here it is a default method:
        // build it from `self.title()`, the implementor's own title.
        todo!()
    }

    /// The whole document: the heading line, then each body line, joined by
    /// `'\n'` (no newline at the end).
    fn render(&self) -> String {
        // TODO: in Go, the base's `Render()` calling `b.Heading()` would
        // always get the base's heading, even inside a Memo. Here call
        // `self.heading()`: a default method dispatches to the implementor,
        // so a Memo's own heading is the one you get. Then the lines of
        // `self.body()`, all joined by '\n'.
        todo!()
    }
}

/// A note: a title and some text, one body line per line of text. It keeps
/// the default heading and rendering.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Note {
    pub title: String,
    pub text: String,
}

impl Document for Note {
    fn title(&self) -> String {
        // TODO: Go's `func (n Note) Title() string { return n.Title }`.
        todo!()
    }

    fn body(&self) -> Vec<String> {
        // TODO: Go's `strings.Split(n.Text, "\n")`, but with no line at all
        // for an empty text: `str::lines` does that.
        todo!()
    }
}

/// A memo: a subject (its title), a sender, a recipient and some text, one
/// body line per line of text. Its heading says who it is from and to:
/// `"# <subject> (from <from> to <to>)"`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Memo {
    pub from: String,
    pub to: String,
    pub subject: String,
    pub text: String,
}

impl Document for Memo {
    fn title(&self) -> String {
        // TODO: a memo's title is its subject.
        todo!()
    }

    fn body(&self) -> Vec<String> {
        // TODO: the lines of the text, as for a Note.
        todo!()
    }

    fn heading(&self) -> String {
        // TODO: in Go, `func (m Memo) Heading()` would shadow the promoted
        // one. Here override the default method inside this
        // `impl Document for Memo` (an inherent `impl Memo` method of the
        // same name would not be seen by `render`).
        todo!()
    }
}

/// The heading of each document, in order: a table of contents.
pub fn table_of_contents(documents: &[&dyn Document]) -> Vec<String> {
    // TODO: in Go, a `[]Document` of interface values, and a range loop
    // calling `d.Heading()`. Here the same, over trait objects.
    todo!()
}
