// compile_fail: 2 positional arguments in format string, but there is 1 argument
// Go's `fmt.Printf("count: %d, counted by %d\n", n)` compiles, and go vet
// reports the missing argument; `format!` and `println!` are checked by
// the compiler: a placeholder without its argument is an error.

fn main() {
    let count = 0;
    // ANCHOR: printf
    println!("count: {}, counted by {}", count);
    // ANCHOR_END: printf
}
