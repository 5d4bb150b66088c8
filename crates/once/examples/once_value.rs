//! Go's `sync.OnceValue` (1.21; written by hand for 1.19 in the Go original)
//! is std's `LazyLock`: the port of `go/once_value/main.go`.

use std::cell::Cell;
use std::sync::LazyLock;

fn main() {
    // ANCHOR: main
    let computed = Cell::new(0);
    let primes = LazyLock::new(|| {
        computed.set(computed.get() + 1);
        println!("computing the primes");
        let mut ps: Vec<u32> = Vec::new();
        for n in 2.. {
            if ps.len() == 5 {
                break;
            }
            if ps.iter().all(|p| n % p != 0) {
                ps.push(n);
            }
        }
        ps
    });
    println!("before the first call, computed {} time(s)", computed.get());
    println!("{}", go_list(&primes)); // the first deref runs the closure
    println!("{}", go_list(&primes));
    println!("computed {} time(s)", computed.get());
    // ANCHOR_END: main
}

/// Formats a slice as Go's `fmt.Println` does: `[2 3 5]`.
fn go_list(values: &[u32]) -> String {
    let shown: Vec<String> = values.iter().map(u32::to_string).collect();
    format!("[{}]", shown.join(" "))
}
