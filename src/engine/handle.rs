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
    Text(std::rc::Rc<str>),
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
/// the same object.
#[derive(Clone)]
pub struct LazyText(pub std::rc::Rc<dyn LabelText>);

/// What makes a [`LazyText`]'s text: a closure, or a host's object that
/// also serves for something else (the callback a handle runs), so that a
/// handle's label costs no allocation of its own.
pub trait LabelText {
    /// The text.
    fn text(&self) -> String;
}

impl<F: Fn() -> String> LabelText for F {
    fn text(&self) -> String {
        self()
    }
}

impl std::fmt::Debug for LazyText {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0.text())
    }
}

impl PartialEq for LazyText {
    fn eq(&self, other: &LazyText) -> bool {
        std::ptr::addr_eq(std::rc::Rc::as_ptr(&self.0), std::rc::Rc::as_ptr(&other.0))
    }
}

/// The boxed callback of a handle.
pub type Callback<H> = Box<dyn FnOnce(&mut EventLoop<H>, &mut <H as Host>::Cx) -> Result<(), <H as Host>::Exception>>;

/// A host's object that is both a handle's callback and its label (the
/// program's `call_soon(f, *args)`): one allocation for both, where a
/// program may keep a hundred thousand timers waiting.
pub trait HostCall<H: Host>: LabelText {
    /// Runs the callback.
    fn call(&self, lp: &mut EventLoop<H>, cx: &mut H::Cx) -> Result<(), H::Exception>;
}

/// What a handle runs: a boxed closure, or a host's [`HostCall`].
pub(crate) enum HandleCallback<H: Host> {
    Boxed(Callback<H>),
    Shared(std::rc::Rc<dyn HostCall<H>>),
}

impl<H: Host> HandleCallback<H> {
    /// Runs it.
    pub fn run(self, lp: &mut EventLoop<H>, cx: &mut H::Cx) -> Result<(), H::Exception> {
        match self {
            HandleCallback::Boxed(callback) => callback(lp, cx),
            HandleCallback::Shared(call) => call.call(lp, cx),
        }
    }
}

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
    /// How many handles held its slot before (kept here, where it takes
    /// no room of its own).
    pub generation: u32,
}

/// What a handle holds until it has run (or left the queues cancelled).
pub(crate) struct HandleLive<H: Host> {
    pub callback: Option<HandleCallback<H>>,
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
