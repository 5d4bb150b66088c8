// compile_fail: E0609
// This file must NOT compile: a lookup that can find nothing returns an
// `Option`, and the `Option` has no fields: Go's nil pointer dereference
// cannot be written.

struct User {
    name: String,
}

// ANCHOR: nil_deref
fn find<'a>(users: &'a [User], name: &str) -> Option<&'a User> {
    users.iter().find(|u| u.name == name)
}

fn main() {
    let users = vec![User { name: "ann".to_owned() }];
    let bo = find(&users, "bo");
    // Go: bo.Name on a nil *User panics at run time
    println!("{}", bo.name);
}
// ANCHOR_END: nil_deref
