//! Handles: a scheduled callback (`asyncio.Handle` / `asyncio.TimerHandle`).
//!
//! Invariant: a handle entry lives for the loop's lifetime (ids are never reused);
//! its callback is dropped once run or cancelled.

use super::{EventLoop, FutureId, Host};

/// Identifies a handle in one loop: a slot of the loop's handle table and
/// the slot's generation. Slots are reused once a handle has run or left the
/// queues cancelled; the generation tells the handle that held a slot from a
/// later one, so an id never names another handle.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct HandleId {
    pub(crate) slot: u32,
    pub(crate) generation: u32,
}

impl HandleId {
    /// A number no other handle of the loop has.
    pub fn number(self) -> u64 {
        (u64::from(self.generation) << 32) | u64::from(self.slot)
    }
}

/// A human label of a callback, for the trace and snapshots; formatted lazily.
#[derive(Clone, Debug, PartialEq)]
pub enum Label {
    /// A fixed label.
    Static(&'static str),
    /// A label built by the host (e.g. `print_message('hi')`).
    Text(String),
    /// A label the host builds only when it is read (most runs never read
    /// their labels: only the trace and snapshots do).
    Lazy(LazyText),
    /// `Task.__step(Task-N)`.
    TaskStep(FutureId),
    /// `Task.__wakeup(Task-N)`.
    TaskWakeup(FutureId),
    /// A future's done callback.
    DoneCallback(FutureId, &'static str),
}

/// Text made on demand, for [`Label::Lazy`]. Two are equal when they are
/// the same closure.
#[derive(Clone)]
pub struct LazyText(pub std::rc::Rc<dyn Fn() -> String>);

impl std::fmt::Debug for LazyText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&(self.0)())
    }
}

impl PartialEq for LazyText {
    fn eq(&self, other: &LazyText) -> bool {
        std::rc::Rc::ptr_eq(&self.0, &other.0)
    }
}

/// The boxed callback of a handle.
pub type Callback<H> = Box<dyn FnOnce(&mut EventLoop<H>, &mut <H as Host>::Cx) -> Result<(), <H as Host>::Exception>>;

/// The facts of a handle its `Handle` object and the queues ask about.
#[derive(Clone, Copy, Debug)]
pub(crate) struct HandleEntry {
    /// The deadline of a TimerHandle (meaningless unless `timer`).
    pub when: f64,
    pub cancelled: bool,
    /// TimerHandle._scheduled: currently in the heap.
    pub scheduled: bool,
    /// A TimerHandle (it has a `when`).
    pub timer: bool,
}

/// What a handle holds until it has run (or left the queues cancelled).
pub(crate) struct HandleLive<H: Host> {
    pub callback: Option<Callback<H>>,
    pub label: Label,
    /// For a future's done callback: the future, its argument.
    pub done_of: Option<FutureId>,
}

/// Debug mode's facts about a handle, kept for its lifetime (only loops in
/// debug mode have any).
pub(crate) struct HandleDebug<H: Host> {
    /// `created at FILE:LINE`, as the host names it.
    pub origin: Option<std::rc::Rc<str>>,
    /// `_source_traceback`, as the host keeps it.
    pub source_traceback: Option<H::Value>,
}
