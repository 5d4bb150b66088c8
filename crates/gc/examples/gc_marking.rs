//! Tri-colour marking, one grey object per step, on a small graph with a
//! reachable part and an unreachable cycle.

use gc::marking::Marking;

fn main() {
    // ANCHOR: main
    // 0 is the root; 0 -> 1 -> 2 -> 0 is reachable, 3 <-> 4 is a cycle
    // nothing reaches.
    let edges = vec![vec![1], vec![2], vec![0], vec![4], vec![3]];
    let mut marking = Marking::start(edges, &[0]);
    let mut step = 0;
    loop {
        let colors: Vec<String> = marking.colors().iter().map(|c| c.to_string()).collect();
        println!(
            "step {step}: {} (invariant holds: {})",
            colors.join(" "),
            marking.invariant_holds()
        );
        if !marking.step() {
            break;
        }
        step += 1;
    }
    println!("sweep frees {:?}", marking.garbage());
    // ANCHOR_END: main
}
