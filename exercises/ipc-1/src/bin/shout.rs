//! The child process of ipc-1: answers each line of stdin in capitals.

fn main() -> std::io::Result<()> {
    ipc_1::serve(std::io::stdin().lock(), std::io::stdout().lock())
}
