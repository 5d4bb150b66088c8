// compile_fail: E0004
// A `match` over an enum must handle every variant: the case a Go type
// switch would quietly send to `default` (or skip) is refused here.

// ANCHOR: forgotten
// The enum of src/type_switch.rs.
enum Value {
    Nil,
    Int(i64),
    Text(String),
    Bool(bool),
}

fn describe(value: &Value) -> String {
    match value {
        Value::Nil => "nil".to_owned(),
        Value::Int(n) => format!("int {n}"),
        Value::Text(s) => format!("string {s:?}"),
        // no arm for Value::Bool
    }
}
// ANCHOR_END: forgotten

fn main() {
    println!("{}", describe(&Value::Bool(true)));
}
