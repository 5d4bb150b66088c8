// compile_fail: E0277
// This file must NOT compile: `?` returns the error to the caller, so it
// can only be used in a function that returns a `Result` (or an `Option`);
// this `main` returns nothing.

// ANCHOR: question_mark
fn main() {
    // Go: port, err := strconv.Atoi("80")
    //     if err != nil { return err }
    let port: u16 = "80".parse()?;
    println!("port {port}");
}
// ANCHOR_END: question_mark
