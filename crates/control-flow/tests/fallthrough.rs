//! Three ways to write what Go's `fallthrough` was for, and that they agree.

use control_flow::fallthrough::{Role, permissions, permissions_by_arms, permissions_by_calls};

#[test]
fn each_level_includes_the_levels_below_it() {
    assert_eq!(permissions(Role::Admin), ["delete", "write", "read"]);
    assert_eq!(permissions(Role::Editor), ["write", "read"]);
    assert_eq!(permissions(Role::Viewer), ["read"]);
}

#[test]
fn the_three_ways_agree() {
    for role in [Role::Viewer, Role::Editor, Role::Admin] {
        assert_eq!(permissions(role), permissions_by_arms(role), "{role:?}");
        assert_eq!(permissions(role), permissions_by_calls(role), "{role:?}");
    }
}

#[test]
fn roles_are_ordered_as_they_are_declared() {
    assert!(Role::Viewer < Role::Editor && Role::Editor < Role::Admin);
}
