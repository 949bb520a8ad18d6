//! The engine: CPython 3.11's asyncio event loop, iteration for iteration, in Rust.
//!
//! The engine knows nothing of Python. It is generic over a [`Host`] that supplies
//! the value and exception types (the VM's objects) and a few constructors.
//!
//! # Shape
//! * [`EventLoop`] owns the clock, the ready queue, the timer heap (a faithful copy
//!   of Python's `heapq`, comparing `when` only), every future and task, the trace.
//! * [`EventLoop::run_once`] is `BaseEventLoop._run_once` and is the ONLY function
//!   that runs callbacks; everything else only schedules.
//! * A task drives a [`Coroutine`] exactly as `Task.__step` / `Task.__wakeup` do.
//!
//! # Library operations are engine coroutines
//! Operations that are coroutines in CPython (`asyncio.sleep`, `Lock.acquire`,
//! `Event.wait`, `Queue.get`, …) are small engine-side [`Coroutine`] state
//! machines. The VM delegates to them like `yield from`: it forwards `send` /
//! `throw` to the sub-coroutine and passes its `Step::Yield` / `Step::Await` up to
//! the task unchanged; a `Step::Return(v)` becomes the value of the `await`
//! expression. Because the engine builds them from futures and callbacks exactly
//! as CPython does, the iteration count matches CPython.
//!
//! ```ignore
//! // VM side, on `await asyncio.sleep(1.0)`:
//! let mut sub = looplab::engine::Sleep::new(1.0, H::none());
//! // first resume of the frame:
//! match sub.send(H::none(), lp) { Step::Await(f) => /* suspend the frame, return Step::Await(f) */, .. }
//! // when the task is woken, the VM forwards `send(v)` or `throw(e)` to `sub`.
//! ```
//!
//! Sub-coroutines available: [`Sleep`], [`AwaitFuture`] (`await fut`),
//! [`LockAcquire`], [`EventWait`], [`ConditionWait`], [`SemaphoreAcquire`],
//! [`queue::QueueGet`] / [`queue::QueuePut`] / [`queue::QueueJoin`], [`Wait`],
//! [`WaitFor`], [`WaitForOne`] (one step of `as_completed`). Plain functions on the
//! loop build futures: [`EventLoop::gather`], [`EventLoop::shield`],
//! [`EventLoop::as_completed`]. `asyncio.run` is
//! [`run::run`]. Coroutine arguments must be wrapped in tasks by the VM first
//! (`ensure_future`), in argument order, exactly as CPython does.
//!
//! Parity is checked by tests that run the same scenario under CPython 3.11 with the
//! virtual-clock harness (`tests/engine_scenarios/*.py`), including the number of
//! loop iterations each operation takes (`tests/engine_iterations.rs`).
//!
//! # Threads
//! The engine has no threads of its own. The host runs them (looplab's Python
//! threads, executor workers, `run_in_executor`, pools, by the rules of
//! `tests/reference/vclock.py`) through two doors: the selector wait
//! ([`EventLoop::set_wait_hook`]: threads run while the loop would wait) and
//! [`EventLoop::call_soon_threadsafe`] (a result reaching the loop).
//! [`EventLoop::trace_worker`] records a worker starting or ending a job in the
//! trace, which is how the page's timeline and inspector see workers.
//!
//! # Differences from CPython (known)
//! * `all_tasks()` is in creation order (CPython: a WeakSet, effectively arbitrary).
//! * `wait()`'s done and pending sets iterate in the order the futures were
//!   given (CPython: in an order that follows their addresses).
//! * "Task exception was never retrieved" is reported when the loop closes
//!   (CPython: when the task is garbage collected, which may be earlier).
//!
//! # Determinism
//! Every container that influences behaviour is a `Vec`, `VecDeque` or slot map;
//! no hash-map iteration order leaks into behaviour. The same program with the same
//! driver inputs produces the same trace, so the page can replay to iteration N.

#![warn(missing_docs)]

pub mod as_completed;
pub mod condition;
pub mod debug;
pub mod driver;
pub mod gather;
pub mod handle;
pub(crate) mod handle_table;
pub mod heap;
pub mod r#loop;
pub mod future;
pub mod queue;
pub mod release;
pub mod run;
pub mod semaphore;
pub mod sleep;
pub mod snapshot;
pub mod sync;
pub mod task;
pub mod trace;
pub mod wait;
pub mod waiters;

pub use handle::{HandleId, HostCall, Label, LabelText, LazyText};
pub use driver::{DriverControl, Halt};
pub use r#loop::{EventLoop, LoopError, Runtime, HALTED_MESSAGE, WAIT_FOREVER_MESSAGE};
pub use future::{CallbackId, FutureFacts, FutureState, TaskFacts};
pub use sleep::{AwaitFuture, Sleep, SleepPhase};
pub use semaphore::{Semaphore, SemaphoreAcquire};
pub use wait::{ReturnWhen, Wait, WaitFor};
pub use snapshot::{LoopState, TaskState, TaskView, TimerView};
pub use sync::{Event, EventWait, Lock, LockAcquire};
pub use condition::{Condition, ConditionWait};
pub use as_completed::{AsCompleted, WaitForOne};
pub use queue::{Order as QueueOrder, Queue, QueueGet, QueuePut, QueueJoin};
pub use task::{Coroutine, Step};
pub use trace::{TraceEvent, TraceKind};

use std::fmt::Debug;

/// Identifies a future (or a task: a task is a future with a coroutine) in one loop.
/// Invariant: ids are dense indices handed out in creation order, never reused.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct FutureId(pub u32);

/// The host language's values and exceptions, as the engine needs them.
pub trait Host: 'static {
    /// A language value (result of a future, value sent into a coroutine).
    type Value: Clone + Debug;
    /// A language exception.
    type Exception: Clone + Debug;
    /// What the host's own code needs to run inside a callback or a coroutine
    /// step (the VM's interpreter state). The loop never looks inside it: it
    /// receives it in [`EventLoop::run_once`] and hands it to every callback it
    /// runs and every coroutine a task steps, so the host never needs a pointer
    /// back from the loop to itself. `()` for a host that needs nothing.
    type Cx;
    /// `None`.
    fn none() -> Self::Value;
    /// `True` / `False`.
    fn bool_value(b: bool) -> Self::Value;
    /// A list of values (gather's result).
    fn list(items: Vec<Self::Value>) -> Self::Value;
    /// A tuple of values (wait's `(done, pending)`).
    fn tuple(items: Vec<Self::Value>) -> Self::Value;
    /// The language object standing for future `id` of loop `lp` (as_completed
    /// yields them); the loop tells a task from a plain future.
    fn future_value(lp: &EventLoop<Self>, id: FutureId) -> Self::Value
    where
        Self: Sized;
    /// A set of futures of `lp`, iterating in the given order (wait's done and pending).
    fn future_set(lp: &EventLoop<Self>, ids: Vec<FutureId>) -> Self::Value
    where
        Self: Sized;
    /// An exception used as a value (gather with return_exceptions=True).
    fn exception_value(e: &Self::Exception) -> Self::Value;
    /// `asyncio.CancelledError(msg)`.
    fn cancelled_error(msg: Option<String>) -> Self::Exception;
    /// Is this a CancelledError?
    fn is_cancelled_error(e: &Self::Exception) -> bool;
    /// `TimeoutError()`.
    fn timeout_error() -> Self::Exception;
    /// `asyncio.InvalidStateError(msg)`.
    fn invalid_state_error(msg: &str) -> Self::Exception;
    /// `RuntimeError(msg)`.
    fn runtime_error(msg: &str) -> Self::Exception;
    /// `ValueError(msg)`.
    fn value_error(msg: &str) -> Self::Exception;
    /// `asyncio.QueueEmpty()`.
    fn queue_empty() -> Self::Exception;
    /// `asyncio.QueueFull()`.
    fn queue_full() -> Self::Exception;
    /// `repr()` of a value, for the trace.
    fn describe_value(v: &Self::Value) -> String;
    /// `repr()` of an exception, for the trace.
    fn describe_exception(e: &Self::Exception) -> String;
}
