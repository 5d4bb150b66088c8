// compile_fail: E0597
// Any is implemented only for 'static types: a &str that borrows a local
// String cannot become a &dyn Any. Go puts any value in an interface{}.
use reflect::dynamic::describe;

fn main() {
    // ANCHOR: borrowed
    let text = String::from("Go");
    let borrowed: &str = &text;
    println!("{}", describe(&borrowed));
    // ANCHOR_END: borrowed
}
