//! The ipc crate's own tests: each way works between two processes and
//! leaves nothing behind. The children are this test binary, started again
//! to run only `child_role`.

use ipc::{fifo, mqueue, pipe, semaphore, shm, signal, socket};

/// The child's entry point: does nothing unless started as a child.
#[test]
fn child_role() {
    ipc::child_main();
}

#[test]
fn a_pipe_carries_the_childs_output() {
    assert_eq!(
        pipe::echo_through_pipe("through a pipe").unwrap(),
        "through a pipe"
    );
}

#[test]
fn a_fifo_carries_a_message_and_is_removed() {
    assert_eq!(fifo::through_fifo("hi fifo").unwrap(), "hi fifo");
    assert!(!fifo::leftover(), "the FIFO should be removed");
}

#[test]
fn a_signal_from_a_child_arrives() {
    assert_eq!(signal::signal_from_child().unwrap(), libc::SIGUSR1);
}

#[test]
fn a_message_queue_carries_a_message_and_is_unlinked() {
    assert_eq!(mqueue::from_child().unwrap(), mqueue::MESSAGE);
    assert!(
        !mqueue::leftover(),
        "/dev/mqueue should not list the queue any more"
    );
}

#[test]
fn shared_memory_carries_a_message_and_is_unlinked() {
    assert_eq!(shm::from_child().unwrap(), shm::MESSAGE);
    assert!(
        !shm::leftover(),
        "/dev/shm should not list the object any more"
    );
}

/// Two mappings of one object see each other's writes: the mapping is
/// shared, not a private copy (the mistake the SAFETY comment rules out).
#[test]
fn two_mappings_of_one_object_share_their_bytes() {
    let name = "/ipc-shm-two-mappings-test";
    let _ = nix::sys::mman::shm_unlink(name);
    let mut first = shm::map(name, true).unwrap();
    let second = shm::map(name, false).unwrap();
    nix::sys::mman::shm_unlink(name).unwrap();
    first[10] = 42;
    assert_eq!(second[10], 42);
}

#[test]
fn a_semaphore_counts_the_childs_posts_and_is_unlinked() {
    assert_eq!(semaphore::posts_from_child().unwrap(), semaphore::POSTS);
    assert!(
        !semaphore::leftover(),
        "/dev/shm should not list the semaphore any more"
    );
}

#[test]
fn a_semaphore_cannot_be_taken_below_zero() {
    let name = format!("/{}", ipc::unique_name("sem-zero"));
    let sem = semaphore::NamedSemaphore::open(&name, true, 1).unwrap();
    semaphore::NamedSemaphore::unlink(&name).unwrap();
    assert!(sem.try_wait().unwrap());
    assert!(
        !sem.try_wait().unwrap(),
        "a semaphore at zero must not be taken"
    );
}

#[test]
fn a_unix_socket_carries_a_message_both_ways_and_is_removed() {
    assert_eq!(socket::from_child().unwrap(), socket::MESSAGE);
    assert!(!socket::leftover(), "the socket path should be removed");
}
