//! The event loop (`asyncio.BaseEventLoop` with a virtual or external clock).
//!
//! Invariants:
//! * only [`EventLoop::run_once`] runs callbacks;
//! * the clock moves only in `run_once` (virtual mode: jump to the earliest timer),
//!   through [`EventLoop::blocking_sleep`], or when the driver sets it (external mode);
//! * `timer_cancelled_count` counts cancelled handles still in the heap.

use std::cell::{Cell, RefCell};
use std::collections::VecDeque;
use std::rc::Rc;

use super::future::FutureEntry;
use super::handle::{Callback, HandleCallback, HandleId, HostCall, Label, LazyText};
use super::handle_table::HandleTable;
use super::heap::TimerHeap;
use super::driver::{DriverControl, Halt};
use super::trace::{TraceEvent, TraceKind};
use super::{FutureId, Host};

/// The exact message when the loop would block forever (the harness raises RuntimeError with it).
pub const WAIT_FOREVER_MESSAGE: &str =
    "the event loop would wait forever: nothing is ready and no timer is scheduled";

/// CPython's `MAXIMUM_SELECT_TIMEOUT` (24 h).
pub const MAXIMUM_SELECT_TIMEOUT: f64 = 24.0 * 3600.0;
const MIN_SCHEDULED_TIMER_HANDLES: usize = 100;
const MIN_CANCELLED_TIMER_HANDLES_FRACTION: f64 = 0.5;
/// The clock resolution (spec: 1e-9).
pub const CLOCK_RESOLUTION: f64 = 1e-9;

/// Process-wide state that survives loops (the task-name counter, like CPython's
/// process-global `_task_name_counter`, and the driver's instructions). Clone it
/// into each new loop.
#[derive(Clone, Debug, Default)]
pub struct Runtime {
    /// The last task number handed out.
    pub task_counter: Rc<Cell<u64>>,
    /// The driver's instructions, shared by every loop of the run.
    pub driver: Rc<RefCell<DriverControl>>,
    /// The one clock of the run, in seconds: every loop reads and moves it, and
    /// so does the host (a blocking `time.sleep` outside any loop).
    pub clock: Rc<Cell<f64>>,
}

/// The RuntimeError message a loop fails with once the driver has halted the run.
pub const HALTED_MESSAGE: &str = "looplab: the run was halted by its driver";

/// An exception that escaped a callback (CPython's `call_exception_handler` context).
#[derive(Clone, Debug)]
pub struct LoopError<H: Host> {
    /// e.g. `Exception in callback print_message('hi')` or `Task exception was never retrieved`.
    pub message: String,
    /// The exception.
    pub exception: Option<H::Exception>,
    /// Virtual time it happened.
    pub time: f64,
    /// The future the report is about (`context['future']`), if any.
    pub future: Option<FutureId>,
    /// For a failed done callback: the future it was called with (its
    /// handle's argument, which CPython's message shows).
    pub callback_arg: Option<FutureId>,
    /// The handle whose callback raised (`context['handle']`), if any.
    pub handle: Option<HandleId>,
    /// The context's other keys (`task`, `asyncgen`), in order.
    pub extra: Vec<(&'static str, H::Value)>,
}

/// The event loop. See the module docs for invariants.
pub struct EventLoop<H: Host> {
    pub(crate) external_clock: bool,
    pub(crate) handles: HandleTable<H>,
    pub(crate) ready: VecDeque<HandleId>,
    pub(crate) scheduled: TimerHeap<HandleId>,
    pub(crate) timer_cancelled_count: usize,
    pub(crate) futures: Vec<FutureEntry<H>>,
    pub(crate) tasks: Vec<FutureId>,
    pub(crate) current_task: Option<FutureId>,
    pub(crate) stopping: bool,
    pub(crate) running: bool,
    pub(crate) closed: bool,
    pub(crate) iteration: u64,
    pub(crate) runtime: Runtime,
    pub(crate) trace: Option<Vec<TraceEvent>>,
    pub(crate) errors: Vec<LoopError<H>>,
    pub(crate) output: String,
    pub(crate) wait_hook: Option<WaitHook<H>>,
    pub(crate) error_hook: Option<ErrorHook<H>>,
    /// `loop.get_debug()`.
    pub(crate) debug: bool,
    /// What a future made in debug mode is `created at` (the host's words).
    pub(crate) future_origin: Option<Rc<str>>,
    /// Where the next task made was created (see `set_next_task_origin`).
    pub(crate) next_task_origin: Option<Rc<str>>,
    pub(crate) slow_callback_duration: f64,
    pub(crate) slow_hook: Option<super::debug::SlowHook<H>>,
    /// `BaseEventLoop._current_handle`: the handle running now, in debug mode.
    pub(crate) current_handle: Option<HandleId>,
    /// What the host needs to make a future's token (see `release.rs`).
    pub(crate) token_home: Option<Rc<dyn std::any::Any>>,
    /// The futures that failed during the handle running now.
    pub(crate) failed_now: Vec<FutureId>,
    /// The last task's coroutine description (see `shared_describe`).
    pub(crate) last_describe: Option<Rc<str>>,
}

/// The host's exception handler: called after a callback or a task step
/// reported errors (CPython calls `call_exception_handler` there), to take
/// them with [`EventLoop::take_errors`] and handle them at once. An error it
/// returns (a `SystemExit` raised by the handler) ends `run_once`.
pub type ErrorHook<H> = fn(&mut EventLoop<H>, &mut <H as Host>::Cx) -> Result<(), <H as Host>::Exception>;

/// The host's selector wait: called when the loop would wait until the given
/// clock time (None: until a handle is ready). It returns whether it waited
/// (then the clock and the ready queue are as it left them); false lets the
/// loop wait on its own virtual clock.
pub type WaitHook<H> = fn(&mut EventLoop<H>, &mut <H as Host>::Cx, Option<f64>) -> Result<bool, <H as Host>::Exception>;

impl<H: Host> Default for EventLoop<H> {
    fn default() -> Self {
        Self::new(Runtime::default())
    }
}

impl<H: Host> EventLoop<H> {
    /// A new loop on `runtime`'s clock, sharing its task counter and driver.
    pub fn new(runtime: Runtime) -> Self {
        EventLoop {
            external_clock: false,
            handles: HandleTable::default(),
            ready: VecDeque::new(),
            scheduled: TimerHeap::new(),
            timer_cancelled_count: 0,
            futures: Vec::new(),
            tasks: Vec::new(),
            current_task: None,
            stopping: false,
            running: false,
            closed: false,
            iteration: 0,
            runtime,
            trace: None,
            errors: Vec::new(),
            output: String::new(),
            wait_hook: None,
            error_hook: None,
            debug: false,
            future_origin: None,
            next_task_origin: None,
            slow_callback_duration: super::debug::SLOW_CALLBACK_DURATION,
            slow_hook: None,
            current_handle: None,
            token_home: None,
            failed_now: Vec::new(),
            last_describe: None,
        }
    }

    /// The shared runtime (task counter).
    pub fn runtime(&self) -> &Runtime {
        &self.runtime
    }

    // ----- clock -----

    /// `loop.time()`: the current virtual time.
    pub fn time(&self) -> f64 {
        self.now()
    }
    /// The shared clock's reading.
    pub(crate) fn now(&self) -> f64 {
        self.runtime.clock.get()
    }
    /// Moves the shared clock.
    pub(crate) fn set_now(&mut self, t: f64) {
        self.runtime.clock.set(t);
    }
    /// Switch to an external clock: the driver sets `now` via [`Self::set_time`] and
    /// `run_once` never jumps the clock.
    pub fn set_external_clock(&mut self, external: bool) {
        self.external_clock = external;
    }
    /// Installs the host's selector wait (threads that run while the loop
    /// waits); see [`WaitHook`].
    pub fn set_wait_hook(&mut self, hook: WaitHook<H>) {
        self.wait_hook = Some(hook);
    }
    /// Installs the host's exception handler; see [`ErrorHook`].
    pub fn set_error_hook(&mut self, hook: ErrorHook<H>) {
        self.error_hook = Some(hook);
    }
    /// Set the clock (external mode; the clock never goes backwards).
    pub fn set_time(&mut self, now: f64) {
        if now > self.now() {
            self.set_now(now);
        }
    }
    /// A blocking `time.sleep(d)` on the loop thread: the clock advances by `d`.
    pub fn blocking_sleep(&mut self, seconds: f64) -> Result<(), H::Exception> {
        if seconds < 0.0 || seconds.is_nan() {
            return Err(H::value_error("sleep length must be non-negative"));
        }
        let start = self.now();
        let Some(end) = self.runtime.driver.borrow_mut().wake_time(start + seconds) else {
            return Err(H::runtime_error(HALTED_MESSAGE));
        };
        self.emit(|| TraceKind::Blocked { start, end });
        self.set_now(end);
        Ok(())
    }

    // ----- trace / output / errors -----

    /// Turn tracing on or off (off: next to no cost).
    pub fn set_tracing(&mut self, on: bool) {
        if on {
            if self.trace.is_none() {
                self.trace = Some(Vec::new());
            }
        } else {
            self.trace = None;
        }
    }
    /// Take the trace recorded so far.
    pub fn take_trace(&mut self) -> Vec<TraceEvent> {
        match &mut self.trace {
            Some(t) => std::mem::take(t),
            None => Vec::new(),
        }
    }
    #[inline]
    pub(crate) fn emit(&mut self, f: impl FnOnce() -> TraceKind) {
        if let Some(t) = &mut self.trace {
            let iteration = self.runtime.driver.borrow().iterations;
            t.push(TraceEvent { time: self.runtime.clock.get(), iteration, kind: f() });
        }
    }
    /// The host's threads report a worker starting (`done` false) or ending a
    /// job (recorded in the trace, for the timeline's worker lanes).
    pub fn trace_worker(&mut self, worker: usize, job: String, done: bool) {
        self.emit(|| if done { TraceKind::WorkerDone { worker, job } } else { TraceKind::WorkerStep { worker, job } });
    }
    /// The host writes program output through here (recorded in the trace).
    pub fn write_output(&mut self, text: &str) {
        self.output.push_str(text);
        self.emit(|| TraceKind::Output { text: text.to_string() });
    }
    /// Take the output written so far.
    pub fn take_output(&mut self) -> String {
        std::mem::take(&mut self.output)
    }
    /// `loop.call_exception_handler(context)`: record a structured error.
    pub fn call_exception_handler(&mut self, message: String, exception: Option<H::Exception>) {
        self.report_error(message, exception, None);
    }
    /// `call_exception_handler` with more keys in the context (`task`,
    /// `asyncgen`), after `message` and `exception`.
    pub fn call_exception_handler_with(&mut self, message: String, exception: Option<H::Exception>, extra: Vec<(&'static str, H::Value)>) {
        self.report_error(message, exception, None);
        if let Some(e) = self.errors.last_mut() {
            e.extra = extra;
        }
    }
    /// `call_exception_handler` with the context's `future`.
    pub(crate) fn report_error(&mut self, message: String, exception: Option<H::Exception>, future: Option<FutureId>) {
        let text = match &exception {
            Some(e) => format!("{message}: {}", H::describe_exception(e)),
            None => message.clone(),
        };
        self.emit(|| TraceKind::Error { text });
        self.errors.push(LoopError { message, exception, time: self.now(), future, callback_arg: None, handle: None, extra: Vec::new() });
    }
    /// Take the errors reported to the exception handler so far.
    pub fn take_errors(&mut self) -> Vec<LoopError<H>> {
        std::mem::take(&mut self.errors)
    }

    /// Handle `h`'s label as the trace shows it (a handle that has run
    /// keeps none).
    pub(crate) fn describe_handle(&self, h: HandleId) -> String {
        match self.handles.label(h) {
            Some(l) => self.describe_label(l),
            None => "(a handle that ran)".to_string(),
        }
    }
    /// Format a label.
    pub fn describe_label(&self, l: &Label) -> String {
        match l {
            Label::Static(s) => s.to_string(),
            Label::Text(s) => s.to_string(),
            Label::Lazy(text) => text.0.text(),
            Label::TaskStep(f) => format!("Task.__step({})", self.task_name(*f).unwrap_or_default()),
            Label::TaskWakeup(f) => format!("Task.__wakeup({})", self.task_name(*f).unwrap_or_default()),
            Label::DoneCallback(f, what) => format!("{what}(fut-{})", f.0),
        }
    }

    // ----- scheduling -----

    fn new_handle(&mut self, cb: HandleCallback<H>, label: Label, when: Option<f64>) -> HandleId {
        self.handles.push(cb, label, when)
    }

    /// `loop.call_soon(callback)`.
    pub fn call_soon(
        &mut self,
        label: Label,
        cb: impl FnOnce(&mut EventLoop<H>, &mut H::Cx) -> Result<(), H::Exception> + 'static,
    ) -> HandleId {
        self.call_soon_boxed(label, Box::new(cb))
    }
    /// `loop.call_soon` with an already boxed callback.
    pub fn call_soon_boxed(&mut self, label: Label, cb: Callback<H>) -> HandleId {
        self.call_soon_with(label, HandleCallback::Boxed(cb))
    }
    /// `loop.call_soon` (`when` None), `call_later(t)` (`Some((t, true))`)
    /// or `call_at(t)` (`Some((t, false))`) of a host's callback that is its
    /// own label.
    pub fn schedule_host_call(&mut self, call: Rc<dyn HostCall<H>>, when: Option<(f64, bool)>) -> HandleId {
        let label = Label::Lazy(LazyText(call.clone()));
        let cb = HandleCallback::Shared(call);
        match when {
            None => self.call_soon_with(label, cb),
            Some((delay, true)) => self.call_at_inner(self.now() + delay, label, cb, false),
            Some((when, false)) => self.call_at_inner(when, label, cb, true),
        }
    }
    fn call_soon_with(&mut self, label: Label, cb: HandleCallback<H>) -> HandleId {
        if self.trace.is_some() {
            let l = self.describe_label(&label);
            self.emit(|| TraceKind::ScheduledSoon { label: l });
        }
        let id = self.new_handle(cb, label, None);
        self.ready.push_back(id);
        id
    }
    /// `loop.call_soon_threadsafe` (same as call_soon here: one thread).
    pub fn call_soon_threadsafe(
        &mut self,
        label: Label,
        cb: impl FnOnce(&mut EventLoop<H>, &mut H::Cx) -> Result<(), H::Exception> + 'static,
    ) -> HandleId {
        self.call_soon(label, cb)
    }
    /// `loop.call_later(delay, callback)`.
    pub fn call_later(
        &mut self,
        delay: f64,
        label: Label,
        cb: impl FnOnce(&mut EventLoop<H>, &mut H::Cx) -> Result<(), H::Exception> + 'static,
    ) -> HandleId {
        let when = self.now() + delay;
        self.call_at_inner(when, label, HandleCallback::Boxed(Box::new(cb)), false)
    }
    /// `loop.call_at(when, callback)`.
    pub fn call_at(
        &mut self,
        when: f64,
        label: Label,
        cb: impl FnOnce(&mut EventLoop<H>, &mut H::Cx) -> Result<(), H::Exception> + 'static,
    ) -> HandleId {
        self.call_at_inner(when, label, HandleCallback::Boxed(Box::new(cb)), true)
    }
    fn call_at_inner(&mut self, when: f64, label: Label, cb: HandleCallback<H>, at: bool) -> HandleId {
        if self.trace.is_some() {
            let l = self.describe_label(&label);
            self.emit(|| if at { TraceKind::ScheduledAt { when, label: l } } else { TraceKind::ScheduledLater { when, label: l } });
        }
        let id = self.new_handle(cb, label, Some(when));
        self.handles.entry_mut(id).scheduled = true;
        self.scheduled.push(when, id);
        id
    }
    /// `Handle.cancel()` / `TimerHandle.cancel()`. Unknown ids are an error.
    /// A handle that has run, or left the queues cancelled, is gone:
    /// cancelling it changes nothing the loop sees.
    pub fn cancel_handle(&mut self, h: HandleId) -> Result<(), H::Exception> {
        let Some(e) = self.handles.get_mut(h) else { return Ok(()) };
        if e.cancelled {
            return Ok(());
        }
        if e.timer && e.scheduled {
            self.timer_cancelled_count += 1;
        }
        e.cancelled = true;
        if let Some(live) = self.handles.live_mut(h) {
            live.callback = None;
        }
        if self.trace.is_some() {
            let l = self.describe_handle(h);
            self.emit(|| TraceKind::HandleCancelled { label: l });
        }
        Ok(())
    }
    /// `Handle.cancelled()`.
    /// False once the handle is gone (it has run, or left the queues
    /// cancelled): the host's handle object remembers its own cancel.
    pub fn handle_cancelled(&self, h: HandleId) -> Result<bool, H::Exception> {
        Ok(self.handles.get(h).is_some_and(|e| e.cancelled))
    }
    /// `TimerHandle.when()` (None for a plain handle, or once the handle is
    /// gone: the host's handle object remembers its own deadline).
    pub fn handle_when(&self, h: HandleId) -> Result<Option<f64>, H::Exception> {
        Ok(self.handles.get(h).and_then(|e| e.timer.then_some(e.when)))
    }

    // ----- state -----

    /// `loop.is_running()`.
    pub fn is_running(&self) -> bool {
        self.running
    }
    /// `loop.is_closed()`.
    pub fn is_closed(&self) -> bool {
        self.closed
    }
    /// The iteration number (count of `run_once` calls so far).
    pub fn iteration(&self) -> u64 {
        self.iteration
    }
    /// Number of handles in the ready queue.
    pub fn ready_len(&self) -> usize {
        self.ready.len()
    }
    /// Number of timers in the heap (including cancelled ones not yet popped).
    pub fn timer_len(&self) -> usize {
        self.scheduled.len()
    }
    /// Is there anything ready or scheduled?
    pub fn has_work(&self) -> bool {
        !self.ready.is_empty() || !self.scheduled.is_empty()
    }
    /// Nothing ready (the loop would wait).
    pub fn is_idle(&self) -> bool {
        self.ready.is_empty()
    }
    /// When the loop next needs to run: now if something is ready, else the earliest timer.
    pub fn next_deadline(&self) -> Option<f64> {
        if !self.ready.is_empty() || self.stopping {
            return Some(self.now());
        }
        self.scheduled.peek().map(|(w, _)| w)
    }
    /// `loop.stop()`: finish the current iteration, then return from run_forever.
    pub fn stop(&mut self) {
        self.stopping = true;
    }
    /// `loop.close()`.
    pub fn close(&mut self) -> Result<(), H::Exception> {
        if self.running {
            return Err(H::runtime_error("Cannot close a running event loop"));
        }
        if self.closed {
            return Ok(());
        }
        self.report_unretrieved();
        if self.runtime.driver.borrow().is_recording() {
            let state = self.snapshot();
            self.runtime.driver.borrow_mut().record(state, true);
        }
        if self.runtime.driver.borrow().snapshot_at.is_some_and(|p| p >= self.runtime.driver.borrow().iterations) {
            let state = self.snapshot();
            let mut driver = self.runtime.driver.borrow_mut();
            if driver.halt.is_none() {
                driver.snapshot = Some(state);
            }
        }
        self.closed = true;
        self.ready.clear();
        self.scheduled.items.clear();
        self.emit(|| TraceKind::Closed);
        Ok(())
    }

    // ----- running -----

    /// Whether the driver halted the run; takes the snapshot the driver asked
    /// for (and halts) when this is its moment.
    fn halted_by_driver(&mut self) -> bool {
        if self.runtime.driver.borrow().is_recording() {
            let state = self.snapshot();
            self.runtime.driver.borrow_mut().record(state, false);
        }
        if self.runtime.driver.borrow().wants_snapshot_now() {
            let state = self.snapshot();
            let mut driver = self.runtime.driver.borrow_mut();
            driver.snapshot = Some(state);
            driver.halt = Some(Halt::Snapshot);
        }
        self.runtime.driver.borrow_mut().check_iteration_limit()
    }

    /// One iteration: `BaseEventLoop._run_once`. Errors: the wait-forever RuntimeError,
    /// a closed loop, re-entrancy.
    pub fn run_once(&mut self, cx: &mut H::Cx) -> Result<(), H::Exception> {
        if self.closed {
            return Err(H::runtime_error("Event loop is closed"));
        }
        if self.running {
            return Err(H::runtime_error("This event loop is already running"));
        }
        self.running = true;
        let r = self.run_once_inner(cx);
        self.running = false;
        r
    }

    fn run_once_inner(&mut self, cx: &mut H::Cx) -> Result<(), H::Exception> {
        if self.halted_by_driver() {
            return Err(H::runtime_error(HALTED_MESSAGE));
        }
        let sched_count = self.scheduled.len();
        if sched_count > MIN_SCHEDULED_TIMER_HANDLES
            && (self.timer_cancelled_count as f64) / (sched_count as f64) > MIN_CANCELLED_TIMER_HANDLES_FRACTION
        {
            let mut kept = Vec::with_capacity(sched_count);
            for &(w, h) in &self.scheduled.items {
                let e = self.handles.entry_mut(h);
                if e.cancelled {
                    e.scheduled = false;
                    self.handles.release(h);
                } else {
                    kept.push((w, h));
                }
            }
            self.scheduled.items = kept;
            self.scheduled.heapify();
            self.timer_cancelled_count = 0;
        } else {
            while let Some((_, h)) = self.scheduled.peek() {
                if !self.handles.entry(h).cancelled {
                    break;
                }
                self.timer_cancelled_count = self.timer_cancelled_count.saturating_sub(1);
                self.scheduled.pop();
                self.handles.entry_mut(h).scheduled = false;
                self.handles.release(h);
            }
        }
        // timeout / select
        let timeout = if !self.ready.is_empty() || self.stopping {
            Some(0.0)
        } else {
            self.scheduled.peek().map(|(when, _)| (when - self.now()).clamp(0.0, MAXIMUM_SELECT_TIMEOUT))
        };
        let waiting = timeout.is_none_or(|t| t > 0.0) && !self.external_clock;
        let mut waited = false;
        if waiting && let Some(hook) = self.wait_hook {
            let deadline = timeout.map(|t| match self.scheduled.peek() {
                Some((w, _)) if w <= self.now() + t => w,
                _ => self.now() + t,
            });
            let r = hook(self, cx, deadline);
            waited = r?;
        }
        match timeout {
            _ if waited => {}
            None => return Err(H::runtime_error(WAIT_FOREVER_MESSAGE)),
            Some(t) if t > 0.0 && !self.external_clock => {
                let mut deadline = self.now() + t;
                if let Some((w, _)) = self.scheduled.peek()
                    && w <= deadline {
                        deadline = w;
                    }
                if deadline > self.now() {
                    let woke = self.runtime.driver.borrow_mut().wake_time(deadline);
                    match woke {
                        Some(t) => self.set_now(t),
                        None => return Err(H::runtime_error(HALTED_MESSAGE)),
                    }
                }
            }
            _ => {}
        }
        self.iteration += 1;
        self.runtime.driver.borrow_mut().iterations += 1;
        if self.trace.is_some() {
            let (r, t) = (self.ready.len(), self.scheduled.len());
            self.emit(|| TraceKind::IterationStart { ready: r, timers: t });
        }
        let end_time = self.now() + CLOCK_RESOLUTION;
        while let Some((w, h)) = self.scheduled.peek() {
            if w >= end_time {
                break;
            }
            self.scheduled.pop();
            self.handles.entry_mut(h).scheduled = false;
            if self.trace.is_some() {
                let l = self.describe_handle(h);
                self.emit(|| TraceKind::TimerDue { when: w, label: l });
            }
            self.ready.push_back(h);
        }
        let ntodo = self.ready.len();
        for _ in 0..ntodo {
            let Some(h) = self.ready.pop_front() else { break };
            if self.handles.entry(h).cancelled {
                self.handles.release(h);
                continue;
            }
            let Some(cb) = self.handles.live_mut(h).and_then(|live| live.callback.take()) else { continue };
            if self.trace.is_some() {
                let l = self.describe_handle(h);
                self.emit(|| TraceKind::HandleStart { label: l });
            }
            let started = self.debug.then(|| self.now());
            self.current_handle = self.debug.then_some(h);
            let r = cb.run(self, cx);
            if self.trace.is_some() {
                self.emit(|| TraceKind::HandleEnd);
            }
            if self.runtime.driver.borrow().halt.is_some() {
                self.current_handle = None;
                break;
            }
            if let Err(exc) = r {
                let l = self.describe_handle(h);
                let done_of = self.handles.live(h).and_then(|live| live.done_of);
                self.report_error(format!("Exception in callback {l}"), Some(exc), None);
                if let Some(e) = self.errors.last_mut() {
                    e.callback_arg = done_of;
                    e.handle = Some(h);
                }
            }
            let after = self.after_handle(cx, h, started);
            self.current_handle = None;
            after?;
        }
        Ok(())
    }

    /// After handle `h` ran (started at `started` in debug mode): CPython's
    /// `Handle._run` calls `call_exception_handler` inside, so the host's
    /// error hook runs (and is timed) before the slow-callback check.
    fn after_handle(&mut self, cx: &mut H::Cx, h: HandleId, started: Option<f64>) -> Result<(), H::Exception> {
        if !self.errors.is_empty()
            && let Some(hook) = self.error_hook
        {
            hook(self, cx)?;
        }
        if let Some(t0) = started {
            self.check_slow(cx, h, t0)?;
        }
        self.release_after(h);
        // `handle = None`: what the handle alone kept goes now, the values a
        // host's label holds for its text included (a host's handle object
        // keeps its own).
        self.handles.release(h);
        if !self.errors.is_empty()
            && let Some(hook) = self.error_hook
        {
            hook(self, cx)?;
        }
        Ok(())
    }

    /// `loop.run_forever()`: run iterations until `stop()`.
    pub fn run_forever(&mut self, cx: &mut H::Cx) -> Result<(), H::Exception> {
        if self.running {
            return Err(H::runtime_error("This event loop is already running"));
        }
        if self.closed {
            return Err(H::runtime_error("Event loop is closed"));
        }
        self.running = true;
        let r = loop {
            if let Err(e) = self.run_once_inner(cx) {
                break Err(e);
            }
            if self.stopping {
                break Ok(());
            }
        };
        self.stopping = false;
        self.running = false;
        self.emit(|| TraceKind::Stopped);
        r
    }

    /// `loop.run_until_complete(future)`: returns the future's result, or its exception
    /// (`Err`), or RuntimeError("Event loop stopped before Future completed.").
    pub fn run_until_complete(&mut self, fut: FutureId, cx: &mut H::Cx) -> Result<H::Value, H::Exception> {
        self.check_future(fut)?;
        let cb = self.add_done_callback(fut, Label::Static("_run_until_complete_cb"), move |lp, _cx, _f| {
            lp.stop();
            Ok(())
        })?;
        let r = self.run_forever(cx);
        let _ = self.remove_done_callback(fut, cb);
        r?;
        if !self.future_done(fut)? {
            return Err(H::runtime_error("Event loop stopped before Future completed."));
        }
        self.future_result(fut)
    }
}
