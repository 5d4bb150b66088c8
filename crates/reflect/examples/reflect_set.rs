//! Setting a field: Go's `reflect.Value.SetInt` panics on a copy and on an
//! unexported field; Rust refuses both at compile time (see
//! `compile_fail/assign_through_shared_ref.rs` and
//! `compile_fail/private_field.rs`), and a `&mut` sets the field directly.
//! The port of `go/reflect_set/main.go`: the lines for the cases Go panics
//! in are printed where Rust's compiler stops the code.

use reflect::model::Account;

/// Sets a field through a `&mut`: what Go's
/// `reflect.ValueOf(&a).Elem().Field(1).SetInt(n)` does, with the field
/// and its type checked by the compiler.
// ANCHOR: set_balance
fn set_balance(account: &mut Account, balance: i64) {
    account.balance = balance;
}
// ANCHOR_END: set_balance

fn main() {
    let mut a = Account::new("Ann", 10, 1234);

    // ANCHOR: copy
    // Go's ValueOf(a) is a copy that cannot be set; a `&Account` is a
    // borrow that cannot be set: `a_ref.balance = 20` does not compile
    println!("by value, CanSet: false");
    println!("SetInt by value: panic: reflect: reflect.Value.SetInt using unaddressable value");
    // ANCHOR_END: copy

    // ANCHOR: pointer
    println!("by pointer, CanSet: true");
    set_balance(&mut a, 20);
    println!("SetInt by pointer: ok");
    println!("balance: {}", a.balance);
    // ANCHOR_END: pointer

    // ANCHOR: unexported
    // `a.pin = 0` outside the module that declares Account does not compile
    println!("pin, CanSet: false");
    println!(
        "SetInt on pin: panic: reflect: reflect.Value.SetInt using value obtained using unexported field"
    );
    println!("pin: {}", a.pin());
    // ANCHOR_END: unexported
}
