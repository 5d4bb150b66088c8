//! An account document that a Go service writes and reads, decoded and
//! encoded by serde exactly as Go's struct tags say.
//!
//! ```go
//! type Account struct {
//!     ID       int64    `json:"id"`
//!     UserName string   `json:"userName"`
//!     Email    string   `json:"email,omitempty"`
//!     Tags     []string `json:"tags,omitempty"`
//!     Role     string   `json:"role"`
//!     Password string   `json:"-"`
//! }
//! ```
//!
//! The Go side decodes with `DisallowUnknownFields` into an `Account{Role:
//! "member"}`. The Rust side refuses more than Go: a document without `id`
//! or `userName` is an error, not a zero.
//!
//! Run the tests with `cargo test -p json-1`; ask for a hint with
//! `cargo course hint json-1`.

use serde::{Deserialize, Serialize};

/// One account. The fields are private so that the attributes on them are
/// yours to choose; the methods below read them.
// TODO: the Go struct's tags become `#[serde(...)]` attributes, on the
// struct and on its fields. Go refuses unknown keys here
// (`DisallowUnknownFields`): say so on the struct.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Account {
    // TODO: `json:"id"`, required.
    id: i64,
    // TODO: `json:"userName"`, required.
    user_name: String,
    // TODO: `json:"email,omitempty"`: "" when missing, left out when empty.
    email: String,
    // TODO: `json:"tags,omitempty"`: none when missing, left out when empty.
    tags: Vec<String>,
    // TODO: `json:"role"`, and "member" when the document has none (Go
    // sets `Role: "member"` before `Unmarshal`).
    role: String,
    // TODO: `json:"-"`: never read, never written.
    password: String,
}

impl Account {
    /// `ID`.
    pub fn id(&self) -> i64 {
        self.id
    }

    /// `UserName`.
    pub fn user_name(&self) -> &str {
        &self.user_name
    }

    /// `Email`, `""` when the document has none.
    pub fn email(&self) -> &str {
        &self.email
    }

    /// `Tags`, empty when the document has none.
    pub fn tags(&self) -> &[String] {
        &self.tags
    }

    /// `Role`, `"member"` when the document has none.
    pub fn role(&self) -> &str {
        &self.role
    }

    /// `Password`: set by the program, never in a document.
    pub fn password(&self) -> &str {
        &self.password
    }

    /// Sets the password, which no document reads or writes.
    pub fn set_password(&mut self, password: &str) {
        password.clone_into(&mut self.password);
    }
}

/// Decodes an account document: Go's `dec.DisallowUnknownFields();
/// dec.Decode(&account)`. An error says what is wrong and where, as
/// "... at line L column C".
pub fn decode(json: &str) -> Result<Account, serde_json::Error> {
    // TODO: Go's `json.Unmarshal([]byte(json), &account)`, with the rules
    // in the attributes above. Decode the text straight into the struct.
    todo!()
}

/// Encodes an account as the Go service would: `json.Marshal(account)`.
pub fn encode(account: &Account) -> String {
    // TODO: Go's `json.Marshal(account)`. An Account cannot fail to
    // encode, so there is no error to return.
    todo!()
}
