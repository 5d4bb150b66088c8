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
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
#[serde(rename_all = "camelCase", deny_unknown_fields)]
pub struct Account {
    id: i64,
    user_name: String,
    #[serde(default, skip_serializing_if = "String::is_empty")]
    email: String,
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    tags: Vec<String>,
    #[serde(default = "member")]
    role: String,
    #[serde(skip)]
    password: String,
}

/// The role of an account whose document names none: Go's
/// `Account{Role: "member"}` before `Unmarshal`.
fn member() -> String {
    "member".to_owned()
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
    serde_json::from_str(json)
}

/// Encodes an account as the Go service would: `json.Marshal(account)`.
pub fn encode(account: &Account) -> String {
    serde_json::to_string(account).expect("an Account has only string keys and plain values")
}
