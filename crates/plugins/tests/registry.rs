//! The compiled-in plugins.

use plugins::registry::{PLUGINS, Plugin, Reverse, Upper, find, first_duplicate, names};

#[test]
fn each_plugin_is_found_by_its_name() {
    assert_eq!(
        find("upper").map(|p| p.run("Go plugin")),
        Some("GO PLUGIN".to_owned())
    );
    assert_eq!(
        find("reverse").map(|p| p.run("Go plugin")),
        Some("nigulp oG".to_owned())
    );
    assert!(find("zip").is_none());
}

#[test]
fn names_are_unique_and_sorted() {
    let names = names();
    assert_eq!(names, ["reverse", "upper"]);
    assert_eq!(
        first_duplicate(PLUGINS),
        None,
        "a plugin name is listed twice in PLUGINS"
    );
}

#[test]
fn a_name_listed_twice_is_found() {
    let listed: [&dyn Plugin; 4] = [&Upper, &Reverse, &Reverse, &Upper];
    assert_eq!(first_duplicate(&listed), Some("reverse"));
    assert_eq!(first_duplicate(&[]), None);
}
