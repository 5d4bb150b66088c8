//! Graded tests for once-1: Go's `OnceValue` as a Rust type.

use once_1::OnceValue;
use std::panic::{AssertUnwindSafe, catch_unwind};
use std::sync::Barrier;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::thread;

graded::tests! {
    /// Nothing is computed until the first `get`; then the value is there.
    fn computes_nothing_before_the_first_get() {
        let runs = AtomicUsize::new(0);
        let value = OnceValue::new(|| {
            runs.fetch_add(1, Ordering::SeqCst);
            String::from("ready")
        });
        assert_eq!(runs.load(Ordering::SeqCst), 0);
        assert_eq!(value.get(), "ready");
        assert_eq!(value.get(), "ready");
        assert_eq!(runs.load(Ordering::SeqCst), 1);
    }

    /// Eight threads ask at once, many times over: `init` runs once per
    /// value, and every caller gets the very same value (same address).
    fn many_threads_share_one_computation() {
        for _ in 0..100 {
            let runs = AtomicUsize::new(0);
            let value = OnceValue::new(|| {
                runs.fetch_add(1, Ordering::SeqCst);
                vec![1, 2, 3]
            });
            let start = Barrier::new(8);
            let addresses: Vec<usize> = thread::scope(|scope| {
                let handles: Vec<_> = (0..8)
                    .map(|_| {
                        scope.spawn(|| {
                            start.wait();
                            let v = value.get();
                            assert_eq!(*v, [1, 2, 3]);
                            std::ptr::from_ref(v) as usize
                        })
                    })
                    .collect();
                handles.into_iter().map(|h| h.join().unwrap()).collect()
            });
            assert_eq!(runs.load(Ordering::SeqCst), 1);
            assert!(addresses.windows(2).all(|w| w[0] == w[1]));
        }
    }

    /// A plain function works as `init` (the default type parameter).
    fn a_plain_fn_can_be_the_initializer() {
        fn answer() -> u32 {
            42
        }
        let value: OnceValue<u32> = OnceValue::new(answer);
        assert_eq!(*value.get(), 42);
    }

    /// Go's `OnceValue` panics again on every call after `f` panicked, and
    /// never calls `f` twice.
    fn a_panic_in_init_repeats_on_every_get() {
        let runs = AtomicUsize::new(0);
        let value = OnceValue::new(|| -> u32 {
            runs.fetch_add(1, Ordering::SeqCst);
            panic!("no config")
        });
        assert!(catch_unwind(AssertUnwindSafe(|| *value.get())).is_err());
        assert!(catch_unwind(AssertUnwindSafe(|| *value.get())).is_err());
        assert_eq!(runs.load(Ordering::SeqCst), 1);
    }
}
