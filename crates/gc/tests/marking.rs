//! Marking keeps the tri-colour invariant at every step and leaves exactly
//! the unreachable objects white.

use gc::marking::{Color, Marking};

#[test]
fn every_step_keeps_the_invariant_and_cycles_stay_white() {
    let edges = vec![vec![1], vec![2], vec![0], vec![4], vec![3]];
    let mut marking = Marking::start(edges, &[0]);
    assert!(marking.invariant_holds());
    while marking.step() {
        assert!(marking.invariant_holds());
    }
    assert_eq!(marking.garbage(), [3, 4]);
    assert!(marking.colors()[..3].iter().all(|&c| c == Color::Black));
}

#[test]
fn no_roots_means_everything_is_garbage() {
    let mut marking = Marking::start(vec![vec![1], vec![0]], &[]);
    assert!(!marking.step());
    assert_eq!(marking.garbage(), [0, 1]);
}
