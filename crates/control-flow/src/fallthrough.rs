//! Go's `fallthrough`, which Rust does not have, and the three ways to say
//! what it was for.
//!
//! In Go, `fallthrough` as the last statement of a case runs the next
//! case's body *without testing that case's condition*. It is mostly used
//! for levels that include each other: an admin may do what an editor may
//! do, and an editor what a viewer may do. Rust writes that down directly.

// ANCHOR: role
/// A user's role, from the least to the most allowed: the derived order
/// follows the order of the variants, so `Viewer < Editor < Admin`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, PartialOrd, Ord)]
pub enum Role {
    Viewer,
    Editor,
    Admin,
}
// ANCHOR_END: role

/// What a role may do, most powerful first. One `if` per level, each
/// testing "at least this role": the cumulative form of Go's chain of
/// `fallthrough`s.
///
/// ```
/// use control_flow::fallthrough::{permissions, Role};
/// assert_eq!(permissions(Role::Editor), ["write", "read"]);
/// ```
// ANCHOR: cumulative
pub fn permissions(role: Role) -> Vec<&'static str> {
    let mut granted = Vec::new();
    if role >= Role::Admin {
        granted.push("delete");
    }
    if role >= Role::Editor {
        granted.push("write");
    }
    granted.push("read"); // every role may read
    granted
}
// ANCHOR_END: cumulative

// ANCHOR: by_arms
/// The same, one arm per role that lists all its permissions. Longer to
/// write, and each arm reads on its own: nothing runs into the next one.
pub fn permissions_by_arms(role: Role) -> &'static [&'static str] {
    match role {
        Role::Admin => &["delete", "write", "read"],
        Role::Editor => &["write", "read"],
        Role::Viewer => &["read"],
    }
}
// ANCHOR_END: by_arms

// ANCHOR: shared_code
/// The same once more, for when each level does real work: a function per
/// level, which calls the level below it. Go's `fallthrough` into the next
/// case becomes a call, written where it happens.
pub fn permissions_by_calls(role: Role) -> Vec<&'static str> {
    fn viewer(granted: &mut Vec<&'static str>) {
        granted.push("read");
    }
    fn editor(granted: &mut Vec<&'static str>) {
        granted.push("write");
        viewer(granted); // Go: fallthrough
    }
    fn admin(granted: &mut Vec<&'static str>) {
        granted.push("delete");
        editor(granted); // Go: fallthrough
    }
    let mut granted = Vec::new();
    match role {
        Role::Admin => admin(&mut granted),
        Role::Editor => editor(&mut granted),
        Role::Viewer => viewer(&mut granted),
    }
    granted
}
// ANCHOR_END: shared_code
