//! The Go struct of `go/json_tags` with its tags, as serde attributes.
//!
//! ```go
//! type Account struct {
//!     Audit                            // embedded: inlined
//!     ID       int64    `json:"id"`
//!     UserName string   `json:"userName"`
//!     Email    string   `json:"email,omitempty"`
//!     Tags     []string `json:"tags,omitempty"`
//!     Role     string   `json:"role"`
//!     Password string   `json:"-"`
//! }
//! ```

use serde::{Deserialize, Serialize};

// ANCHOR: types
/// Who made an account: Go embeds it in `Account`, so its fields sit at
/// the account's level of the document. `#[serde(flatten)]` does the same.
#[derive(Debug, Clone, PartialEq, Default, Serialize, Deserialize)]
pub struct Audit {
    /// `json:"createdBy"`
    #[serde(rename = "createdBy", default)]
    pub created_by: String,
}

/// An account, field for field the Go struct of `go/json_tags`.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Account {
    /// Go's embedded `Audit`: its fields inlined.
    #[serde(flatten)]
    pub audit: Audit,
    /// `json:"id"`: required, since it has no `default`.
    pub id: i64,
    /// `json:"userName"`
    #[serde(rename = "userName")]
    pub user_name: String,
    /// `json:"email,omitempty"`: left out when empty, `""` when missing.
    #[serde(default, skip_serializing_if = "String::is_empty")]
    pub email: String,
    /// `json:"tags,omitempty"`
    #[serde(default, skip_serializing_if = "Vec::is_empty")]
    pub tags: Vec<String>,
    /// `json:"role"`, `"member"` when the document has none (Go: set
    /// before `Unmarshal`).
    #[serde(default = "member")]
    pub role: String,
    /// `json:"-"`: never written, never read.
    #[serde(skip)]
    pub password: String,
}

/// The role of an account whose document names none.
fn member() -> String {
    "member".to_owned()
}
// ANCHOR_END: types
