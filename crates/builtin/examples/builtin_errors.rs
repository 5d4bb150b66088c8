//! Errors as values with a source chain; the `%v` mistake loses it. The
//! port of `go/builtin_errors/main.go`.

use builtin::errors::{
    LoadError, chain, find, is_not_found, load_config, load_config_lost, sample_files,
};

fn main() {
    let files = sample_files();
    // ANCHOR: main
    let err = load_config(&files, "app.conf").unwrap_err();
    println!("error: {}", chain(&err));
    println!("is not found: {}", is_not_found(&err));

    let lost = load_config_lost(&files, "app.conf").unwrap_err();
    println!("error: {}", chain(&*lost));
    println!("is not found: {}", is_not_found(&*lost));
    println!("same text: {}", chain(&err) == chain(&*lost));
    // ANCHOR_END: main

    // ANCHOR: as
    let err = load_config(&files, "ports.conf").unwrap_err();
    if let Some(LoadError::BadLine { line, .. }) = find(&err) {
        println!("bad line: {line}");
    }
    // ANCHOR_END: as
}
