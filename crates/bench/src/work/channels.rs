//! Channels: one message at a time through each library, in the five
//! patterns of the Go side (`go/channels.go`), at capacity 0, 1, 1024 and
//! unbounded where the library has it.
//!
//! Every value 0..n is received exactly once; each case checks the sum.

use std::sync::mpsc;
use std::thread;
use std::time::Instant;

use tokio::runtime::Runtime;

use crate::plan;
use crate::record::{NS_PER_OP, emit};

/// A channel's capacity: `Bounded(0)` is a rendezvous, like Go's
/// `make(chan T)`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Cap {
    Bounded(usize),
    Unbounded,
}

const CAPS: [Cap; 4] = [
    Cap::Bounded(0),
    Cap::Bounded(1),
    Cap::Bounded(1024),
    Cap::Unbounded,
];

impl Cap {
    fn label(self) -> String {
        match self {
            Cap::Bounded(n) => format!("cap={n}"),
            Cap::Unbounded => "cap=unbounded".to_owned(),
        }
    }
}

/// The senders and receivers of the mpsc, mpmc and select cases.
const SENDERS: u64 = 4;
const RECEIVERS: usize = 4;

/// A blocking channel library, as the thread-based cases use it.
trait Blocking {
    const NAME: &'static str;
    type Tx: Clone + Send;
    type Rx: Send;
    /// The channel, or `None` when the library has no such capacity.
    fn make(cap: Cap) -> Option<(Self::Tx, Self::Rx)>;
    fn send(tx: &Self::Tx, value: u64);
    /// `None` once every sender is gone and the channel is empty.
    fn recv(rx: &Self::Rx) -> Option<u64>;
    /// A second receiver of the same channel, when the library has them.
    fn clone_rx(rx: &Self::Rx) -> Option<Self::Rx>;
}

/// std's `sync_channel(n)` (bounded; 0 is a rendezvous) and `channel()`.
struct Std;

#[derive(Clone)]
enum StdTx {
    Bounded(mpsc::SyncSender<u64>),
    Unbounded(mpsc::Sender<u64>),
}

impl Blocking for Std {
    const NAME: &'static str = "std mpsc";
    type Tx = StdTx;
    type Rx = mpsc::Receiver<u64>;
    fn make(cap: Cap) -> Option<(StdTx, Self::Rx)> {
        Some(match cap {
            Cap::Bounded(n) => {
                let (tx, rx) = mpsc::sync_channel(n);
                (StdTx::Bounded(tx), rx)
            }
            Cap::Unbounded => {
                let (tx, rx) = mpsc::channel();
                (StdTx::Unbounded(tx), rx)
            }
        })
    }
    fn send(tx: &StdTx, value: u64) {
        let sent = match tx {
            StdTx::Bounded(tx) => tx.send(value),
            StdTx::Unbounded(tx) => tx.send(value),
        };
        sent.expect("the receiver outlives the senders");
    }
    fn recv(rx: &Self::Rx) -> Option<u64> {
        rx.recv().ok()
    }
    fn clone_rx(_: &Self::Rx) -> Option<Self::Rx> {
        None
    }
}

/// crossbeam-channel and flume have the same API for this: `bounded(n)`,
/// `unbounded()`, and `send`/`recv` that fail once the other side is gone.
macro_rules! same_api {
    ($lib:ident, $ty:ident, $name:literal) => {
        struct $ty;

        impl Blocking for $ty {
            const NAME: &'static str = $name;
            type Tx = $lib::Sender<u64>;
            type Rx = $lib::Receiver<u64>;
            fn make(cap: Cap) -> Option<(Self::Tx, Self::Rx)> {
                Some(match cap {
                    Cap::Bounded(n) => $lib::bounded(n),
                    Cap::Unbounded => $lib::unbounded(),
                })
            }
            fn send(tx: &Self::Tx, value: u64) {
                tx.send(value).expect("the receiver outlives the senders");
            }
            fn recv(rx: &Self::Rx) -> Option<u64> {
                rx.recv().ok()
            }
            fn clone_rx(rx: &Self::Rx) -> Option<Self::Rx> {
                Some(rx.clone())
            }
        }
    };
}

same_api!(crossbeam_channel, Crossbeam, "crossbeam");
same_api!(flume, Flume, "flume");

/// The channel the channels chapter builds by hand (a Mutex and two
/// Condvars); it has no unbounded form, as Go's channels have none.
struct GoChan;

impl Blocking for GoChan {
    const NAME: &'static str = "course gochan";
    type Tx = channels::gochan::Sender<u64>;
    type Rx = channels::gochan::Receiver<u64>;
    fn make(cap: Cap) -> Option<(Self::Tx, Self::Rx)> {
        match cap {
            Cap::Bounded(n) => Some(channels::gochan::channel(n)),
            Cap::Unbounded => None,
        }
    }
    fn send(tx: &Self::Tx, value: u64) {
        tx.send(value)
            .map_err(|_| "closed")
            .expect("the receiver outlives the senders");
    }
    fn recv(rx: &Self::Rx) -> Option<u64> {
        rx.recv()
    }
    fn clone_rx(rx: &Self::Rx) -> Option<Self::Rx> {
        Some(rx.clone())
    }
}

/// The sum every case must receive: 0 + 1 + … + (n-1).
fn expected(n: u64) -> u64 {
    n * (n - 1) / 2
}

fn check(case: &str, imp: &str, got: u64, n: u64) {
    assert_eq!(got, expected(n), "{case} with {imp}: wrong sum received");
}

/// Runs `work` (which returns the sum it received), checks it and prints
/// the case's record.
fn measure(case: &str, imp: &str, n: u64, work: impl FnOnce() -> u64) {
    let started = Instant::now();
    let sum = work();
    let elapsed = started.elapsed();
    check(case, imp, sum, n);
    emit(
        "channels",
        case,
        imp,
        elapsed.as_nanos() as f64 / n as f64,
        NS_PER_OP,
        n,
    );
}

/// Sender `k` of `senders` sends its share of 0..n.
fn share(k: u64, senders: u64, n: u64) -> std::ops::Range<u64> {
    let each = n / senders;
    k * each..(k + 1) * each
}

fn blocking<C: Blocking>(n: u64, filter: Option<&str>) {
    for cap in CAPS {
        let label = cap.label();
        let case = |pattern: &str| format!("{pattern} {label}");
        let wanted = |case: &str| plan::selects(filter, "channels", case);
        if C::make(cap).is_none() {
            continue;
        }
        let seq = case("seq");
        if cap != Cap::Bounded(0) && wanted(&seq) {
            measure(&seq, C::NAME, n, || {
                let (tx, rx) = C::make(cap).expect("made above");
                let mut sum = 0;
                for i in 0..n {
                    C::send(&tx, i);
                    sum += C::recv(&rx).expect("just sent");
                }
                sum
            });
        }
        for (pattern, senders) in [("spsc", 1), ("mpsc", SENDERS)] {
            let name = case(pattern);
            if !wanted(&name) {
                continue;
            }
            measure(&name, C::NAME, n, || {
                let (tx, rx) = C::make(cap).expect("made above");
                thread::scope(|s| {
                    for k in 0..senders {
                        let tx = tx.clone();
                        s.spawn(move || share(k, senders, n).for_each(|i| C::send(&tx, i)));
                    }
                    drop(tx);
                    let mut sum = 0;
                    while let Some(v) = C::recv(&rx) {
                        sum += v;
                    }
                    sum
                })
            });
        }
        let mpmc = case("mpmc");
        let probe = C::make(cap).expect("made above");
        if C::clone_rx(&probe.1).is_some() && wanted(&mpmc) {
            measure(&mpmc, C::NAME, n, || {
                let (tx, rx) = C::make(cap).expect("made above");
                thread::scope(|s| {
                    for k in 0..SENDERS {
                        let tx = tx.clone();
                        s.spawn(move || share(k, SENDERS, n).for_each(|i| C::send(&tx, i)));
                    }
                    drop(tx);
                    let receivers: Vec<_> = (0..RECEIVERS)
                        .map(|_| {
                            let rx = C::clone_rx(&rx).expect("checked above");
                            s.spawn(move || {
                                let mut sum = 0;
                                while let Some(v) = C::recv(&rx) {
                                    sum += v;
                                }
                                sum
                            })
                        })
                        .collect();
                    drop(rx);
                    receivers
                        .into_iter()
                        .map(|r| r.join().expect("a receiver panicked"))
                        .sum()
                })
            });
        }
    }
}

/// Two senders, each on its own channel; one receiver selects between them
/// until it has all n. The main thread keeps a sender of each so that
/// neither channel disconnects while it selects (as in Go, where nobody
/// closes them).
fn select_crossbeam(n: u64, filter: Option<&str>) {
    for cap in CAPS {
        let name = format!("select {}", cap.label());
        if !plan::selects(filter, "channels", &name) {
            continue;
        }
        measure(&name, "crossbeam", n, || {
            let ((atx, arx), (btx, brx)) = (
                Crossbeam::make(cap).expect("has all"),
                Crossbeam::make(cap).expect("has all"),
            );
            thread::scope(|s| {
                for (k, tx) in [(0, atx.clone()), (1, btx.clone())] {
                    s.spawn(move || share(k, 2, n).for_each(|i| Crossbeam::send(&tx, i)));
                }
                let mut sum = 0;
                for _ in 0..n {
                    crossbeam_channel::select! {
                        recv(arx) -> v => sum += v.expect("a sender is kept"),
                        recv(brx) -> v => sum += v.expect("a sender is kept"),
                    }
                }
                drop((atx, btx));
                sum
            })
        });
    }
}

fn select_flume(n: u64, filter: Option<&str>) {
    for cap in CAPS {
        let name = format!("select {}", cap.label());
        if !plan::selects(filter, "channels", &name) {
            continue;
        }
        measure(&name, "flume", n, || {
            let ((atx, arx), (btx, brx)) = (
                Flume::make(cap).expect("has all"),
                Flume::make(cap).expect("has all"),
            );
            thread::scope(|s| {
                for (k, tx) in [(0, atx.clone()), (1, btx.clone())] {
                    s.spawn(move || share(k, 2, n).for_each(|i| Flume::send(&tx, i)));
                }
                let mut sum = 0;
                for _ in 0..n {
                    sum += flume::Selector::new()
                        .recv(&arx, |v| v.expect("a sender is kept"))
                        .recv(&brx, |v| v.expect("a sender is kept"))
                        .wait();
                }
                drop((atx, btx));
                sum
            })
        });
    }
}

/// An async channel library, as the task-based cases use it.
trait Async: 'static {
    const NAME: &'static str;
    type Tx: Clone + Send + Sync + 'static;
    type Rx: Send + 'static;
    /// The channel; neither async library has a rendezvous (capacity 0
    /// panics), so it is never asked for one.
    fn make(cap: Cap) -> (Self::Tx, Self::Rx);
    fn send(tx: &Self::Tx, value: u64) -> impl Future<Output = ()> + Send;
    /// `None` once every sender is gone and the channel is empty.
    fn recv(rx: &mut Self::Rx) -> impl Future<Output = Option<u64>> + Send;
    /// A second receiver of the same channel, when the library has them.
    fn clone_rx(rx: &Self::Rx) -> Option<Self::Rx>;
}

/// tokio's `mpsc::channel(n)` and `unbounded_channel()`, behind one
/// interface.
struct Tokio;

#[derive(Clone)]
enum TokioTx {
    Bounded(tokio::sync::mpsc::Sender<u64>),
    Unbounded(tokio::sync::mpsc::UnboundedSender<u64>),
}

enum TokioRx {
    Bounded(tokio::sync::mpsc::Receiver<u64>),
    Unbounded(tokio::sync::mpsc::UnboundedReceiver<u64>),
}

impl Async for Tokio {
    const NAME: &'static str = "tokio mpsc";
    type Tx = TokioTx;
    type Rx = TokioRx;
    fn make(cap: Cap) -> (TokioTx, TokioRx) {
        match cap {
            Cap::Bounded(n) => {
                let (tx, rx) = tokio::sync::mpsc::channel(n);
                (TokioTx::Bounded(tx), TokioRx::Bounded(rx))
            }
            Cap::Unbounded => {
                let (tx, rx) = tokio::sync::mpsc::unbounded_channel();
                (TokioTx::Unbounded(tx), TokioRx::Unbounded(rx))
            }
        }
    }
    async fn send(tx: &TokioTx, value: u64) {
        let sent = match tx {
            TokioTx::Bounded(tx) => tx.send(value).await.is_ok(),
            TokioTx::Unbounded(tx) => tx.send(value).is_ok(),
        };
        assert!(sent, "the receiver outlives the senders");
    }
    async fn recv(rx: &mut TokioRx) -> Option<u64> {
        match rx {
            TokioRx::Bounded(rx) => rx.recv().await,
            TokioRx::Unbounded(rx) => rx.recv().await,
        }
    }
    fn clone_rx(_: &TokioRx) -> Option<TokioRx> {
        None
    }
}

struct AsyncChannel;

impl Async for AsyncChannel {
    const NAME: &'static str = "async-channel";
    type Tx = async_channel::Sender<u64>;
    type Rx = async_channel::Receiver<u64>;
    fn make(cap: Cap) -> (Self::Tx, Self::Rx) {
        match cap {
            Cap::Bounded(n) => async_channel::bounded(n),
            Cap::Unbounded => async_channel::unbounded(),
        }
    }
    async fn send(tx: &Self::Tx, value: u64) {
        tx.send(value)
            .await
            .expect("the receiver outlives the senders");
    }
    async fn recv(rx: &mut Self::Rx) -> Option<u64> {
        rx.recv().await.ok()
    }
    fn clone_rx(rx: &Self::Rx) -> Option<Self::Rx> {
        Some(rx.clone())
    }
}

/// Spawns a task for each share `k` in `shares` (of 0..n split `senders`
/// ways) that sends it on `tx`.
fn spawn_senders<C: Async>(tx: &C::Tx, shares: std::ops::Range<u64>, senders: u64, n: u64) {
    for k in shares {
        let tx = tx.clone();
        tokio::spawn(async move {
            for i in share(k, senders, n) {
                C::send(&tx, i).await;
            }
        });
    }
}

/// Receives until every sender is gone; the sum received.
async fn drain<C: Async>(mut rx: C::Rx) -> u64 {
    let mut sum = 0;
    while let Some(v) = C::recv(&mut rx).await {
        sum += v;
    }
    sum
}

/// An async library's cases, on a tokio multi-thread runtime (one worker
/// per core, as Go runs goroutines on GOMAXPROCS threads): every sender and
/// receiver is a task.
fn asynchronous<C: Async>(rt: &Runtime, n: u64, filter: Option<&str>) {
    for cap in CAPS.into_iter().filter(|&cap| cap != Cap::Bounded(0)) {
        let label = cap.label();
        let wanted = |case: &str| plan::selects(filter, "channels", case);
        let seq = format!("seq {label}");
        if wanted(&seq) {
            measure(&seq, C::NAME, n, || {
                rt.block_on(async {
                    let (tx, mut rx) = C::make(cap);
                    let mut sum = 0;
                    for i in 0..n {
                        C::send(&tx, i).await;
                        sum += C::recv(&mut rx).await.expect("just sent");
                    }
                    sum
                })
            });
        }
        for (pattern, senders) in [("spsc", 1), ("mpsc", SENDERS)] {
            let name = format!("{pattern} {label}");
            if !wanted(&name) {
                continue;
            }
            measure(&name, C::NAME, n, || {
                rt.block_on(async {
                    let (tx, rx) = C::make(cap);
                    spawn_senders::<C>(&tx, 0..senders, senders, n);
                    drop(tx);
                    let receiver = tokio::spawn(drain::<C>(rx));
                    receiver.await.expect("the receiver panicked")
                })
            });
        }
        let mpmc = format!("mpmc {label}");
        if C::clone_rx(&C::make(cap).1).is_some() && wanted(&mpmc) {
            measure(&mpmc, C::NAME, n, || {
                rt.block_on(async {
                    let (tx, rx) = C::make(cap);
                    spawn_senders::<C>(&tx, 0..SENDERS, SENDERS, n);
                    drop(tx);
                    let receivers: Vec<_> = (0..RECEIVERS)
                        .map(|_| tokio::spawn(drain::<C>(C::clone_rx(&rx).expect("checked"))))
                        .collect();
                    drop(rx);
                    let mut sum = 0;
                    for r in receivers {
                        sum += r.await.expect("a receiver panicked");
                    }
                    sum
                })
            });
        }
        let select = format!("select {label}");
        if wanted(&select) {
            // Two senders, each on its own channel; this task keeps a
            // sender of each until the receiver has all n, so that neither
            // channel closes while it selects (as in Go).
            measure(&select, C::NAME, n, || {
                rt.block_on(async {
                    let ((atx, mut arx), (btx, mut brx)) = (C::make(cap), C::make(cap));
                    spawn_senders::<C>(&atx, 0..1, 2, n);
                    spawn_senders::<C>(&btx, 1..2, 2, n);
                    let receiver = tokio::spawn(async move {
                        let mut sum = 0;
                        for _ in 0..n {
                            tokio::select! {
                                Some(v) = C::recv(&mut arx) => sum += v,
                                Some(v) = C::recv(&mut brx) => sum += v,
                            }
                        }
                        sum
                    });
                    let sum = receiver.await.expect("the receiver panicked");
                    drop((atx, btx));
                    sum
                })
            });
        }
    }
}

/// Every channel case of every library, at `n` messages each.
pub fn run(n: u64, filter: Option<&str>) {
    blocking::<Std>(n, filter);
    blocking::<Crossbeam>(n, filter);
    blocking::<Flume>(n, filter);
    blocking::<GoChan>(n, filter);
    select_crossbeam(n, filter);
    select_flume(n, filter);
    let rt = super::multi_thread();
    asynchronous::<Tokio>(&rt, n, filter);
    asynchronous::<AsyncChannel>(&rt, n, filter);
}
