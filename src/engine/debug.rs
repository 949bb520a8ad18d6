//! Debug mode (`loop.set_debug(True)`, `asyncio.run(..., debug=True)`): each
//! handle is timed as `BaseEventLoop._run_once` times it, and one that runs
//! for `slow_callback_duration` or longer is recorded in the trace and handed
//! to the host, which logs CPython's `Executing <Handle …> took 2.000 seconds`.
//! Futures and handles made in debug mode remember where they were made
//! (`created at FILE:LINE`, from `_source_traceback`), in the host's words.

use std::rc::Rc;

use super::handle::HandleId;
use super::trace::TraceKind;
use super::{EventLoop, FutureId, Host};

/// `BaseEventLoop.slow_callback_duration`'s default, in seconds.
pub const SLOW_CALLBACK_DURATION: f64 = 0.1;

/// What the host does with a slow handle (it has already run): called with
/// the handle and how long it took. CPython logs a warning on the `asyncio`
/// logger; an error the hook returns ends the loop's run.
pub type SlowHook<H> = fn(&mut EventLoop<H>, &mut <H as Host>::Cx, HandleId, f64) -> Result<(), <H as Host>::Exception>;

impl<H: Host> EventLoop<H> {
    /// `loop.set_debug(enabled)`.
    pub fn set_debug(&mut self, enabled: bool) {
        self.debug = enabled;
        self.trace_debug_mode();
    }
    /// `loop.get_debug()`.
    pub fn get_debug(&self) -> bool {
        self.debug
    }
    /// `loop.slow_callback_duration`.
    pub fn slow_callback_duration(&self) -> f64 {
        self.slow_callback_duration
    }
    /// `loop.slow_callback_duration = seconds`.
    pub fn set_slow_callback_duration(&mut self, seconds: f64) {
        self.slow_callback_duration = seconds;
        self.trace_debug_mode();
    }
    /// Records the slow-step threshold now in force (the page marks slow
    /// steps past it, or past the default outside debug mode).
    fn trace_debug_mode(&mut self) {
        let slow_callback_duration = self.debug.then_some(self.slow_callback_duration);
        self.emit(|| TraceKind::DebugMode { slow_callback_duration });
    }
    /// Installs what the host does with a slow handle (see [`SlowHook`]).
    pub fn set_slow_hook(&mut self, hook: SlowHook<H>) {
        self.slow_hook = Some(hook);
    }
    /// Where futures made in debug mode say they were made (CPython:
    /// `loop.create_future`'s line in base_events.py).
    pub fn set_future_origin(&mut self, text: Rc<str>) {
        self.future_origin = Some(text);
    }
    /// Says where the next task [`EventLoop::create_task`] makes was made
    /// (for tasks made inside the engine, as `run::run_main`'s main task).
    pub fn set_next_task_origin(&mut self, text: Rc<str>) {
        self.next_task_origin = Some(text);
    }
    /// Says where future `f` was made (`created at`), in debug mode only.
    pub fn set_origin(&mut self, f: FutureId, text: Rc<str>) {
        if self.debug
            && let Some(e) = self.futures.get_mut(f.0 as usize)
        {
            e.debug_mut().origin = Some(text);
        }
    }
    /// Says where handle `h` was made (`created at`), in debug mode only.
    pub fn set_handle_origin(&mut self, h: HandleId, text: Rc<str>) {
        if self.debug
            && self.handles.get(h).is_some()
        {
            self.handles.debug_mut(h).origin = Some(text);
        }
    }
    /// Keeps the frames that made handle `h` (its `_source_traceback`, a
    /// value of the host's), in debug mode only.
    pub fn set_handle_source_traceback(&mut self, h: HandleId, frames: H::Value) {
        if self.debug
            && self.handles.get(h).is_some()
        {
            self.handles.debug_mut(h).source_traceback = Some(frames);
        }
    }
    /// Keeps the frames that made future `f` (its `_source_traceback`, a
    /// value of the host's), in debug mode only.
    pub fn set_future_source_traceback(&mut self, f: FutureId, frames: H::Value) {
        if self.debug
            && let Some(e) = self.futures.get_mut(f.0 as usize)
        {
            e.debug_mut().source_traceback = Some(frames);
        }
    }
    /// The frames that made future `f`, if they were kept.
    pub fn future_source_traceback(&self, f: FutureId) -> Option<H::Value> {
        self.futures.get(f.0 as usize).and_then(|e| e.debug.as_ref()?.source_traceback.clone())
    }
    /// The frames that made handle `h`, if it was made in debug mode.
    pub fn handle_source_traceback(&self, h: HandleId) -> Option<H::Value> {
        self.handles.debug(h).and_then(|e| e.source_traceback.clone())
    }
    /// Where handle `h` was made, if it was made in debug mode.
    pub fn handle_origin(&self, h: HandleId) -> Option<Rc<str>> {
        self.handles.debug(h).and_then(|e| e.origin.clone())
    }
    /// The handle running now (`_current_handle`), in debug mode only.
    pub fn current_handle(&self) -> Option<HandleId> {
        self.current_handle
    }
    /// The label of handle `h`, as the trace shows it.
    pub fn handle_label(&self, h: HandleId) -> Option<String> {
        self.handles.get(h).map(|_| self.describe_handle(h))
    }
    /// The task whose step or wakeup handle `h` runs (CPython's
    /// `_format_handle` shows the task then), if it is one.
    pub fn handle_task(&self, h: HandleId) -> Option<FutureId> {
        match self.handles.label(h)? {
            super::Label::TaskStep(f) | super::Label::TaskWakeup(f) => Some(*f),
            _ => None,
        }
    }

    /// After handle `h`, started at `t0`, ran in debug mode: a slow one is
    /// traced and handed to the host (`dt >= slow_callback_duration`).
    pub(crate) fn check_slow(&mut self, cx: &mut H::Cx, h: HandleId, t0: f64) -> Result<(), H::Exception> {
        let seconds = self.now() - t0;
        if seconds < self.slow_callback_duration {
            return Ok(());
        }
        if self.trace.is_some() {
            let label = self.describe_handle(h);
            self.emit(|| TraceKind::SlowCallback { label, seconds });
        }
        match self.slow_hook {
            Some(hook) => hook(self, cx, h, seconds),
            None => Ok(()),
        }
    }
}
