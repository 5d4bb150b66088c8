//! Documents: a trait with default methods over two types.
//!
//! In Go you would share `Heading` and `Render` by embedding a base struct
//! in `Note` and `Memo`. A `Memo` with its own `Heading` would shadow the
//! promoted one for a direct call, but the base's `Render` would still call
//! the base's `Heading`: a promoted method runs on the embedded value. A
//! Rust trait's default method runs on the implementing type, so a
//! default `render` that calls `self.heading()` gets the `Memo`'s heading.

/// A document: a title and body lines (required), and a heading and a
/// rendering built from them (default methods, which a type may override).
pub trait Document {
    /// The document's title.
    fn title(&self) -> String;

    /// The lines of the document's body, in order.
    fn body(&self) -> Vec<String>;

    /// The heading line: `"# <title>"` unless the type writes its own.
    fn heading(&self) -> String {
        format!("# {}", self.title())
    }

    /// The whole document: the heading line, then each body line, joined by
    /// `'\n'` (no newline at the end).
    fn render(&self) -> String {
        let mut lines = vec![self.heading()];
        lines.extend(self.body());
        lines.join("\n")
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
        self.title.clone()
    }

    fn body(&self) -> Vec<String> {
        self.text.lines().map(str::to_owned).collect()
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
        self.subject.clone()
    }

    fn body(&self) -> Vec<String> {
        self.text.lines().map(str::to_owned).collect()
    }

    fn heading(&self) -> String {
        format!("# {} (from {} to {})", self.title(), self.from, self.to)
    }
}

/// The heading of each document, in order: a table of contents.
pub fn table_of_contents(documents: &[&dyn Document]) -> Vec<String> {
    documents
        .iter()
        .map(|document| document.heading())
        .collect()
}
