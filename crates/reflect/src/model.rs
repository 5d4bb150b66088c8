//! The types the examples look at.

use serde::Serialize;

use crate::fields::{Field, Fields};

// ANCHOR: user
/// A user, as the Go program's `User`: serde's `rename` plays the part of
/// Go's `json:"name"` tags, and `skip_serializing_if` that of `omitempty`.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct User {
    /// Go's `` Name string `json:"name"` ``.
    #[serde(rename = "name")]
    pub name: String,
    /// Go's `` Age int `json:"age"` ``.
    #[serde(rename = "age")]
    pub age: i64,
    /// Go's `` Email string `json:"email,omitempty"` ``.
    #[serde(rename = "email", skip_serializing_if = "String::is_empty")]
    pub email: String,
}
// ANCHOR_END: user

// ANCHOR: fields_impl
/// What a derive would write for `User`: the field walk Go's `reflect`
/// does at run time, here fixed when the program is compiled.
impl Fields for User {
    fn fields(&self) -> Vec<Field<'_>> {
        vec![
            Field {
                name: "Name",
                json_tag: "name",
                value: &self.name,
            },
            Field {
                name: "Age",
                json_tag: "age",
                value: &self.age,
            },
            Field {
                name: "Email",
                json_tag: "email,omitempty",
                value: &self.email,
            },
        ]
    }
}
// ANCHOR_END: fields_impl

// ANCHOR: account
/// An account whose `pin` is private to this module, as Go's unexported
/// `pin` is private to its package.
#[derive(Debug, Clone, PartialEq)]
pub struct Account {
    /// Who owns it.
    pub owner: String,
    /// The balance, which any code holding a `&mut Account` may set.
    pub balance: i64,
    pin: u32,
}
// ANCHOR_END: account

impl Account {
    /// An account with its owner, balance and pin.
    pub fn new(owner: &str, balance: i64, pin: u32) -> Self {
        Account {
            owner: owner.to_owned(),
            balance,
            pin,
        }
    }

    /// The pin: this module's code reads it; no other code can set it.
    pub fn pin(&self) -> u32 {
        self.pin
    }
}
