// compile_fail: E0616
// Go's FieldByName("pin").SetInt(0) on an unexported field: Go panics when
// it runs; outside the module that declares it, a private field cannot be
// named at all.
use reflect::model::Account;

fn main() {
    let mut a = Account::new("Ann", 10, 1234);
    // ANCHOR: private
    a.pin = 0;
    // ANCHOR_END: private
    println!("{}", a.pin());
}
