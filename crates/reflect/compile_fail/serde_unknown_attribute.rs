// compile_fail: unknown serde field attribute `omitempty`
// Go's `json:"email,omitempt"` is a string that encoding/json reads at run
// time: a misspelt option is ignored. serde's derive reads its attributes
// when the crate is compiled, and refuses one it does not know.
use serde::Serialize;

// ANCHOR: typo
#[derive(Serialize)]
struct User {
    #[serde(rename = "email", omitempty)]
    email: String,
}
// ANCHOR_END: typo

fn main() {
    let _ = User { email: String::new() }.email;
}
