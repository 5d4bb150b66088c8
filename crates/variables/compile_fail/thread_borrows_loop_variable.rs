// compile_fail: E0373
// A thread spawned in a loop borrows the loop variable: refused, because
// the thread may outlive the iteration (and the function).
//
//   error[E0373]: closure may outlive the current function, but it borrows `i`, which is owned by the current function

use std::thread;

// ANCHOR: spawn
fn main() {
    let mut handles = Vec::new();
    for i in 0..3 {
        handles.push(thread::spawn(|| println!("{i}")));
    }
    for handle in handles {
        handle.join().unwrap();
    }
}
// ANCHOR_END: spawn
