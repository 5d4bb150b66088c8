// compile_fail: E0594
// Go's reflect.ValueOf(a).Field(1).SetInt(20): setting through something
// that does not own the value mutably. Go panics when it runs; a `&` is
// read-only, and rustc refuses the assignment.
use reflect::model::Account;

// ANCHOR: shared
fn set_balance(account: &Account, balance: i64) {
    account.balance = balance;
}
// ANCHOR_END: shared

fn main() {
    let a = Account::new("Ann", 10, 1234);
    set_balance(&a, 20);
}
