//! The server process of ipc-2: `ipc-2-counter PATH CONNECTIONS` serves
//! that many connections on the socket PATH, printing `ready` once it
//! listens.

use std::io::Write;
use std::path::PathBuf;

fn main() -> std::io::Result<()> {
    let mut args = std::env::args().skip(1);
    let path = PathBuf::from(args.next().expect("usage: ipc-2-counter PATH CONNECTIONS"));
    let connections = args
        .next()
        .and_then(|n| n.parse().ok())
        .expect("CONNECTIONS must be a number");
    ipc_2::serve_at(&path, connections, || {
        println!("ready");
        let _ = std::io::stdout().flush();
    })
}
