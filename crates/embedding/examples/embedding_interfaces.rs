//! Interface embedding as a supertrait: the port of
//! `go/embedding_interfaces/main.go`. The traits, the queue and the two
//! functions are in `embedding::supertraits`.

use embedding::supertraits::{Queue, ReadWriter, Reader, drain, echo};

fn main() {
    // ANCHOR: main
    let mut q = Queue::default();
    println!("{}", echo(&mut q, "ping").unwrap_or_default());
    let rw: &mut dyn ReadWriter = &mut q;
    rw.write("a");
    rw.write("b");
    // a ReadWriter is a Reader (upcasting)
    let r: &mut dyn Reader = rw;
    println!("{}", drain(r).join(" "));
    // ANCHOR_END: main
}
