//! The virtual machine: runs [`Code`] in explicit frames.
//!
//! A frame owns its instruction pointer, value stack, locals and handler
//! blocks. `run_frame` runs one frame until it returns, raises, or yields; a
//! yielded frame is kept in a [`GenState`] and resumed later by calling
//! `run_frame` again, so no Rust stack survives a suspension point.

mod builders;
mod calls;
mod exceptions;
mod fast;
mod fused;
mod iteration;
mod locals;
mod memory;
mod names;
mod operators;
mod patterns;
mod star;
mod suspension;

use std::any::Any;
use std::cell::RefCell;
use rustc_hash::FxHashMap;
use std::rc::Rc;

use crate::python::object::code::{Code, Op};
use crate::python::object::errors::{ExcObj, TbEntry, exception_class, is_subclass};
use super::super::limits::{LimitStop, Limits};
use crate::python::object::errors::{Res, exc, memory_error, type_error};
use crate::python::object::frame::{Finalizers, Frame, GenKind, GenState};
use super::suggestions;
use super::library::{AwaitOutcome, Extensions, Library, RunClock};
use crate::python::object::value::{Cell, DictMap, Function, Key, Value};

/// One printed chunk of output.
#[derive(Debug, Clone, PartialEq)]
pub struct OutputChunk {
    /// The text, exactly as written.
    pub text: String,
    /// The virtual time when it was written.
    pub time: f64,
    /// True for stderr, false for stdout.
    pub is_stderr: bool,
    /// Loop iterations the program had completed (or begun) when it was written,
    /// counted across every loop of the run: the trace's numbering.
    pub iteration: u64,
}

/// What `execute` stopped for.
enum Flow {
    Continue,
    Return,
    Yield,
}

/// What [`Vm::resumable_call`] made of a call.
pub enum Resumable {
    /// A frame to run in pieces.
    Frame(Rc<RefCell<GenState>>),
    /// The call's value: it ran at once.
    Done(Value),
}

/// How running a frame ended.
#[derive(Debug)]
pub enum FrameResult {
    /// It returned a value.
    Return(Value),
    /// It yielded a value and can be resumed.
    Yield(Value),
    /// An exception escaped it.
    Raise(Rc<ExcObj>),
}

/// The interpreter's state: module globals, output, limits, the random
/// generator, threads. The clock is the run's one clock (`runtime.clock`),
/// which every event loop shares.
#[derive(Debug)]
pub struct Interp {
    /// The program's module globals, by slot (`Code::global_names`).
    pub globals: Vec<Option<Value>>,
    /// The name of each global slot.
    pub global_names: Vec<Rc<str>>,
    /// The builtin each global slot falls back to.
    fallback: Vec<Option<Value>>,
    /// Everything printed so far.
    pub output: Vec<OutputChunk>,
    /// Limits on steps, time, memory, depth.
    pub limits: Limits,
    /// Set once a limit has stopped the run.
    pub stopped: Option<LimitStop>,
    steps: u64,
    /// The step at which `execute` next looks at the limits, the clock,
    /// the progress hook (see [`Vm::checkpoint`]) and the live memory: one
    /// comparison per step.
    next_check: u64,
    /// Emptied value stacks and locals of finished calls, for the next
    /// calls to reuse instead of allocating.
    spare: Spare,
    /// Real time since the run started (the --max-seconds limit).
    wall_clock: super::wallclock::WallClock,
    /// The run's live bytes against the --max-memory limit.
    heap: memory::HeapWatch,
    depth: usize,
    /// `sys.set_coroutine_origin_tracking_depth`: coroutines made while it
    /// is above 0 keep that many frames of where they were made (asyncio's
    /// debug mode turns it on while its loop runs).
    pub coroutine_origin_depth: usize,
    handling: Vec<Rc<ExcObj>>,
    builtins: FxHashMap<Rc<str>, Value>,
    /// The program's file name and text, for tracebacks the loop reports.
    pub program: (Rc<str>, Rc<str>),
    /// The warnings already printed (never awaited, deprecations), by line and text
    /// (Python's default filter shows a warning once per place and text:
    /// the `__warningregistry__` key).
    warned_lines: std::collections::HashSet<(u32, String)>,
    /// The builtins, modules, asyncio and threads.
    pub lib: &'static dyn Library,
    /// The run's one clock, shared with every event loop.
    pub clock: Rc<dyn RunClock>,
    /// What the library rooms keep here (see [`Extensions`]).
    pub ext: Extensions,
    /// Set by [`Interp::request_suspend`] when the running frame must
    /// suspend at once (a thread blocked): the frame yields at the next
    /// instruction.
    suspend_requested: bool,
    /// Generators dropped while suspended, to close at the next instruction.
    pub finalizers: Rc<Finalizers>,
    /// The error being unwound is a re-raise: its traceback already has
    /// this frame.
    reraising: bool,
    /// The error being unwound came from a method call's attribute lookup,
    /// not from the call.
    lookup_failed: bool,
    /// Called every [`PROGRESS_EVERY`] steps with the steps and the clock so
    /// far (the page's worker reports them while a long run goes on).
    pub progress: Option<ProgressHook>,
    /// Where the running frames are (a running coroutine's line).
    pub running_lines: super::running_lines::RunningLines,
}

/// What [`Interp::progress`] calls: steps so far, clock so far.
#[derive(Clone)]
pub struct ProgressHook(pub Rc<dyn Fn(u64, f64)>);

impl std::fmt::Debug for ProgressHook {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("ProgressHook")
    }
}

/// How many steps pass between two looks at the rare limits (real time,
/// live memory) and the progress hook: a power of two.
const EVERY_STEPS: u64 = 1 << 10;

/// How many steps pass between two calls of [`Interp::progress`]: rare
/// enough to cost nothing, often enough (a few per second) to show movement.
pub const PROGRESS_EVERY: u64 = 1 << 20;

/// How many steps pass between two readings of the real-time clock
/// (reading it costs more than a step). Divides [`PROGRESS_EVERY`].
const CLOCK_EVERY: u64 = 1 << 14;

/// The step after `steps` at which `execute` must look at the checks: the
/// next multiple of [`EVERY_STEPS`] (which every rarer check's period is),
/// or the first step over the limit if sooner.
fn next_check_after(steps: u64, max_steps: u64) -> u64 {
    ((steps / EVERY_STEPS + 1) * EVERY_STEPS).min(max_steps.saturating_add(1))
}

/// How many emptied stacks and locals vectors [`Spare`] keeps.
const SPARE_KEEP: usize = 32;

/// Emptied value stacks and locals vectors of finished calls.
#[derive(Debug, Default)]
struct Spare {
    stacks: Vec<Vec<Value>>,
    locals: Vec<Vec<Option<Value>>>,
}

/// The interpreter at work: its state, and the event loop that is running
/// it, if any (an `asyncio.EventLoop`, seen only by the asyncio bridge).
///
/// A `Vm` lives for one entry into Python code: the session makes one to run
/// the module, and the bridge makes one inside each loop callback and task
/// step, from the state and the loop the engine hands it. So the loop travels
/// as a parameter, and nothing points back from the loop to the interpreter.
pub struct Vm<'a> {
    st: &'a mut Interp,
    running_loop: Option<&'a mut dyn Any>,
}

impl std::ops::Deref for Vm<'_> {
    type Target = Interp;
    fn deref(&self) -> &Interp {
        self.st
    }
}

impl std::ops::DerefMut for Vm<'_> {
    fn deref_mut(&mut self) -> &mut Interp {
        self.st
    }
}

impl<'a> Vm<'a> {
    /// The interpreter `st` at work, inside `running_loop` if one runs it.
    pub fn new(st: &'a mut Interp, running_loop: Option<&'a mut dyn Any>) -> Vm<'a> {
        Vm { st, running_loop }
    }

    /// The state and the running loop, apart (to hand both to the engine).
    pub fn parts(&mut self) -> (&mut Interp, Option<&mut dyn Any>) {
        (self.st, self.running_loop.as_deref_mut())
    }

    /// The loop running this code, if any.
    pub fn running_loop(&mut self) -> Option<&mut dyn Any> {
        self.running_loop.as_deref_mut()
    }

    /// The loop running this code, if any, to look at.
    pub fn running_loop_ref(&self) -> Option<&dyn Any> {
        self.running_loop.as_deref().map(|l| l as &dyn Any)
    }
}

/// Where the line goes in a limit's message when the stop comes from
/// outside an instruction; the innermost frame it leaves fills the line in.
const LINE_UNKNOWN: &str = "at line ?";

impl Interp {
    /// A fresh interpreter with `limits`, its library and the run's clock.
    pub fn new(limits: Limits, lib: &'static dyn Library, clock: Rc<dyn RunClock>) -> Interp {
        let next_check = next_check_after(0, limits.max_steps);
        Interp {
            globals: Vec::new(),
            global_names: Vec::new(),
            fallback: Vec::new(),
            output: Vec::new(),
            limits,
            stopped: None,
            steps: 0,
            next_check,
            spare: Spare::default(),
            wall_clock: super::wallclock::WallClock::start(),
            heap: memory::HeapWatch::start(),
            depth: 0,
            coroutine_origin_depth: 0,
            handling: Vec::new(),
            builtins: lib.builtins(),
            program: (Rc::from("main.py"), Rc::from("")),
            warned_lines: Default::default(),
            lib,
            clock,
            ext: Extensions::default(),
            suspend_requested: false,
            finalizers: Rc::default(),
            reraising: false,
            lookup_failed: false,
            progress: None,
            running_lines: Default::default(),
        }
    }

    /// Makes the running frame suspend at its next instruction (a thread
    /// blocked in a call).
    pub fn request_suspend(&mut self) {
        self.suspend_requested = true;
        self.finalizers.pending.set(true);
    }

    /// Instructions executed so far.
    pub fn steps(&self) -> u64 {
        self.steps
    }

    /// The clock's reading, in seconds.
    pub fn now(&self) -> f64 {
        self.clock.now()
    }

    /// Moves the clock to `t`.
    pub fn set_clock(&mut self, t: f64) {
        self.clock.set_now(t);
    }

    /// The exception the innermost running `except` block is handling
    /// (what `logging.exception` and `sys.exc_info()` report).
    pub fn handled_exception(&self) -> Option<Rc<ExcObj>> {
        self.handling.last().cloned()
    }

    /// Appends printed text to the output.
    pub fn write(&mut self, text: &str, is_stderr: bool) {
        if text.is_empty() {
            return;
        }
        let time = self.now();
        let iteration = self.clock.iteration();
        if let Some(last) = self.output.last_mut()
            && last.is_stderr == is_stderr
            && last.time == time
            && last.iteration == iteration
        {
            last.text.push_str(text);
            return;
        }
        self.output.push(OutputChunk { text: text.to_string(), time, is_stderr, iteration });
    }
}

impl Vm<'_> {

    /// CPython warns when a coroutine that never ran is freed; a value
    /// dropped from the stack with no other reference is freed here.
    fn warn_if_never_awaited(&mut self, g: &Rc<RefCell<GenState>>, frame: &Frame) {
        let state = g.borrow();
        if Rc::strong_count(g) != 1 || !state.is_coroutine() || state.is_started() {
            return;
        }
        let line = frame.current_line();
        let origin = match &state.origin {
            Some(frames) => format!("\nCoroutine created at (most recent call last)\n{}", frames.trim_end_matches('\n')),
            None => String::new(),
        };
        let warning = format!("coroutine '{}' was never awaited{origin}", state.qualname);
        if !self.warned_lines.insert((line, warning.clone())) {
            return;
        }
        let (filename, source) = self.program.clone();
        let text = source.lines().nth(line.saturating_sub(1) as usize).unwrap_or("").trim();
        let message = format!(
            "{filename}:{line}: RuntimeWarning: {warning}\n  {text}\n\
             RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n"
        );
        drop(state);
        self.write(&message, true);
    }

    /// The exception being handled (`sys.exc_info()[1]`), if any.
    pub fn current_exception(&self) -> Option<Rc<ExcObj>> {
        self.handling.last().cloned()
    }

    /// Nested Python calls now.
    pub fn depth(&self) -> usize {
        self.depth
    }

    /// `f(*args)` as a frame that can be suspended at a blocking call (a
    /// thread's target), or its value when it ran at once (a builtin, or a
    /// generator / coroutine function, whose call only makes the object).
    pub fn resumable_call(&mut self, f: &Value, args: Vec<Value>) -> Res<Resumable> {
        let (func, args) = match f {
            Value::Function(func) => (func.clone(), args),
            Value::Bound(b) => match &b.1 {
                Value::Function(func) => {
                    let mut all = vec![b.0.clone()];
                    all.extend(args);
                    (func.clone(), all)
                }
                _ => return Ok(Resumable::Done(self.call(f, args, Vec::new())?)),
            },
            other => return Ok(Resumable::Done(self.call(other, args, Vec::new())?)),
        };
        if func.code.is_coroutine || func.code.is_generator || func.code.is_async_generator {
            return Ok(Resumable::Done(self.call_function(&func, args, Vec::new())?));
        }
        let locals = bind_args(&func, args, Vec::new())?;
        let frame = self.new_frame(func.code.clone(), locals, func.closure.clone());
        let state = GenState::new(frame, func.code.qualname.clone(), GenKind::Generator, None);
        Ok(Resumable::Frame(Rc::new(RefCell::new(state))))
    }

    /// Stops the run because of a limit (the error is uncatchable).
    pub fn stop(&mut self, message: String) -> Rc<ExcObj> {
        if self.stopped.is_none() {
            self.stopped = Some(LimitStop { message: message.clone() });
        }
        exc("SystemExit", message)
    }

    /// If the driver halted the run, stops it (uncatchable, like a limit) so no
    /// more of the program runs; otherwise passes `result` through.
    pub fn unless_halted<T>(&mut self, result: Res<T>) -> Res<T> {
        if self.clock.halted() {
            return Err(self.stop("looplab: halted by the driver".to_string()));
        }
        result
    }

    /// `manager.__enter__()` / `manager.__exit__(...)` for a `with` statement.
    fn call_dunder(&mut self, manager: &Value, name: &str, args: Vec<Value>) -> Res<Value> {
        match manager {
            Value::Instance(inst) if inst.class.lookup(name).is_some() => {
                let method = crate::python::vm::attributes::load_attr(self, manager, name)?;
                self.call(&method, args, Vec::new())
            }
            Value::Instance(_) => match crate::python::object::classes::get_attr(manager, name) {
                Some(Ok(method)) => self.call(&method, args, Vec::new()),
                _ => type_error(format!(
                    "'{}' object does not support the context manager protocol",
                    manager.type_name()
                )),
            },
            other => self.lib.context_manager(self, other, name == "__enter__", args),
        }
    }

    /// Runs a module's code to the end.
    pub fn run_module(&mut self, code: Rc<Code>) -> Res<Value> {
        self.global_names = code.global_names.clone();
        self.globals = vec![None; self.global_names.len()];
        self.fallback = self.global_names.iter().map(|n| self.builtins.get(n).cloned()).collect();
        if let Some(i) = self.global_names.iter().position(|n| &**n == "__name__") {
            self.globals[i] = Some(Value::str("__main__"));
        }
        let mut frame = self.new_frame(code, Vec::new(), Vec::new());
        // The program's memory is what it makes from here on.
        self.heap = memory::HeapWatch::start();
        let result = self.run_frame(&mut frame, None);
        self.run_finalizers();
        match result {
            FrameResult::Return(v) => Ok(v),
            FrameResult::Raise(e) => Err(e),
            FrameResult::Yield(_) => Err(exc("SyntaxError", "'yield' outside function")),
        }
    }

    fn new_frame(&mut self, code: Rc<Code>, locals: Vec<Option<Value>>, closure: Vec<Cell>) -> Frame {
        let mut locals = locals;
        locals.resize(code.locals.len(), None);
        let mut cells = Vec::with_capacity(code.cellvars.len() + closure.len());
        for (_, slot) in code.cellvars.iter() {
            let initial = slot.and_then(|s| locals.get(s as usize).cloned().flatten());
            cells.push(Rc::new(RefCell::new(initial.unwrap_or(Value::None))));
        }
        cells.extend(closure);
        Frame {
            code,
            ip: 0,
            stack: self.spare.stacks.pop().unwrap_or_else(|| Vec::with_capacity(8)),
            locals,
            cells,
            blocks: Vec::new(),
            started: false,
            namespace: None,
            handling_base: 0,
            handling: Vec::new(),
        }
    }

    /// Calls any callable with positional and keyword arguments.
    pub fn call(&mut self, f: &Value, args: Vec<Value>, kwargs: Vec<(Rc<str>, Value)>) -> Res<Value> {
        match f {
            Value::Function(func) => self.call_function(func, args, kwargs),
            Value::Builtin(name) => self.lib.call_builtin(self, name, args, kwargs),
            Value::Method(m) => self.lib.call_method(self, &m.0, m.1, args, kwargs),
            Value::Type(name) => self.lib.call_type(self, name, args, kwargs),
            Value::Class(c) => crate::python::vm::instances::instantiate(self, c, args, kwargs),
            Value::Native(n) if let Some(s) = crate::python::object::native::downcast::<crate::python::object::descriptors::StaticMethod>(n) => {
                let inner = s.0.clone();
                self.call(&inner, args, kwargs)
            }
            Value::Native(n) if let Some(origin) = crate::python::object::generic_alias::origin_of(n) => self.call(&origin, args, kwargs),
            Value::Native(n) if n.methods().contains(&"__call__") => self.lib.call_method(self, f, "__call__", args, kwargs),
            Value::Bound(b) => {
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(b.0.clone());
                full.extend(args);
                self.call(&b.1, full, kwargs)
            }
            Value::Instance(_) => match super::dunder::special(f, "__call__") {
                Some(m) => super::dunder::call_special_kw(self, f, "__call__", m, args, kwargs),
                None => type_error(format!("'{}' object is not callable", super::dunder::type_name(f))),
            },
            other => type_error(format!("'{}' object is not callable", other.type_name())),
        }
    }

    /// Calls a user function.
    pub fn call_function(&mut self, func: &Rc<Function>, args: Vec<Value>, kwargs: Vec<(Rc<str>, Value)>) -> Res<Value> {
        let locals = bind_args(func, args, kwargs)?;
        let code = func.code.clone();
        let frame = self.new_frame(code.clone(), locals, func.closure.clone());
        if code.is_coroutine || code.is_generator || code.is_async_generator {
            let kind = if code.is_async_generator {
                GenKind::AsyncGenerator
            } else if code.is_coroutine {
                GenKind::Coroutine
            } else {
                GenKind::Generator
            };
            // Coroutines are never finalized on drop (their tasks keep them).
            let home = (kind != GenKind::Coroutine).then(|| self.finalizers.clone());
            let mut state = GenState::new(frame, func.qualname(), kind, home);
            if kind == GenKind::Coroutine && self.coroutine_origin_depth > 0 {
                state.origin = Some(self.coroutine_origin());
            }
            return Ok(Value::Gen(Rc::new(RefCell::new(state))));
        }
        let mut frame = frame;
        let result = self.run_frame(&mut frame, None);
        self.recycle(frame);
        self.run_finalizers();
        match result {
            FrameResult::Return(v) => Ok(v),
            FrameResult::Raise(e) => Err(e),
            FrameResult::Yield(_) => Err(exc("RuntimeError", "yield from a plain function")),
        }
    }

    /// An empty locals vector with room for `n`, reused if one is spare.
    fn spare_locals(&mut self, n: usize) -> Vec<Option<Value>> {
        match self.spare.locals.pop() {
            Some(mut v) => {
                v.reserve(n);
                v
            }
            None => Vec::with_capacity(n),
        }
    }

    /// Drops a finished plain call's frame, keeping its stack and locals
    /// vectors, emptied, for the next calls. Its values drop in the order
    /// dropping the frame drops them: stack, locals, then the rest.
    fn recycle(&mut self, frame: Frame) {
        let Frame { mut stack, mut locals, .. } = frame;
        stack.clear();
        locals.clear();
        // Each kept apart: every frame takes a spare stack, only plain
        // calls a spare locals vector.
        if self.spare.stacks.len() < SPARE_KEEP {
            self.spare.stacks.push(stack);
        }
        if self.spare.locals.len() < SPARE_KEEP {
            self.spare.locals.push(locals);
        }
    }

    /// Closes the generators dropped while suspended (see [`Finalizers`]).
    pub fn run_finalizers(&mut self) {
        if self.finalizers.pending.get() {
            super::asyncgen::run_finalizers(self);
            // The flag also carries a suspension request, which the next
            // instruction must still see.
            if self.suspend_requested {
                self.finalizers.pending.set(true);
            }
        }
    }

    /// Resumes a generator or coroutine with `sent` (or throws `thrown` into
    /// it). Returns what the frame did; a finished generator is marked so.
    pub fn resume(&mut self, g: &Rc<RefCell<GenState>>, sent: Value, thrown: Option<Rc<ExcObj>>) -> FrameResult {
        let taken = {
            let mut state = g.borrow_mut();
            if state.running {
                let what = match state.kind {
                    GenKind::Coroutine => "coroutine",
                    GenKind::AsyncGenerator => "async generator",
                    GenKind::Generator => "generator",
                };
                return FrameResult::Raise(exc("ValueError", format!("{what} already executing")));
            }
            match state.frame.take() {
                Some(f) => {
                    state.running = true;
                    Some(f)
                }
                None => None,
            }
        };
        let Some(mut frame) = taken else {
            let kind = g.borrow().kind;
            if let Some(e) = thrown {
                return FrameResult::Raise(e);
            }
            return FrameResult::Raise(match kind {
                GenKind::Coroutine => exc("RuntimeError", "cannot reuse already awaited coroutine"),
                GenKind::AsyncGenerator => ExcObj::new("StopAsyncIteration", Vec::new()),
                GenKind::Generator => ExcObj::new("StopIteration", Vec::new()),
            });
        };
        if frame.started && thrown.is_none() {
            frame.stack.push(sent);
        }
        frame.started = true;
        self.running_lines.resume(g);
        let result = self.run_frame(&mut frame, thrown);
        self.running_lines.suspend();
        let result = match result {
            FrameResult::Raise(e) => FrameResult::Raise(stop_iteration_escaped(&frame.code, e)),
            other => other,
        };
        let mut state = g.borrow_mut();
        state.running = false;
        if let FrameResult::Yield(_) = result {
            state.frame = Some(frame);
            return result;
        }
        drop(state);
        drop(frame);
        self.run_finalizers();
        result
    }

    /// CPython's NameError suggestion: the closest of the frame's local
    /// names, else of the module's bound globals, else of the builtins.
    fn suggest_name(&self, e: &Rc<ExcObj>, frame: &Frame) {
        let message = e.message();
        let Some(name) = message.strip_prefix("name '").and_then(|m| m.strip_suffix("' is not defined")) else {
            return;
        };
        if e.class.borrow().is_some() {
            return;
        }
        let code = &frame.code;
        let locals = code.locals.iter().chain(code.cellvars.iter().map(|(n, _)| n)).map(|n| &**n);
        let bound = self.global_names.iter().zip(&self.globals).filter(|(_, v)| v.is_some()).map(|(n, _)| &**n);
        let globals = suggestions::MODULE_DUNDERS.iter().copied().chain(bound);
        let found = suggestions::closest(name, locals)
            .or_else(|| suggestions::closest(name, globals))
            .or_else(|| suggestions::closest(name, suggestions::BUILTIN_NAMES.iter().copied()));
        *e.suggestion.borrow_mut() = found;
    }

    /// CPython's AttributeError suggestion: the closest of `dir(obj)`.
    pub(crate) fn suggest_attribute(e: &Rc<ExcObj>, obj: &Value, name: &str) {
        let expected = match obj {
            Value::Module(m) => format!("module '{m}' has no attribute '{name}'"),
            other => format!("'{}' object has no attribute '{name}'", super::dunder::type_name(other)),
        };
        if e.kind != "AttributeError" || e.class.borrow().is_some() || e.message() != expected {
            return;
        }
        let names = suggestions::attribute_names(obj);
        *e.suggestion.borrow_mut() = suggestions::closest(name, names.iter().map(|n| &**n));
    }

    /// The traceback entry for `frame` at its current instruction.
    fn traceback_entry(&self, frame: &Frame) -> TbEntry {
        let at = frame.ip.saturating_sub(1);
        let span = frame.code.spans.get(at).copied().unwrap_or_default();
        let line = if span.line > 0 { span.line } else { frame.current_line() };
        let library = frame.code.generated.then_some(("<string>", ""));
        TbEntry { line, func: frame.code.name.clone(), span, library }
    }

    /// Records that `e` passed through `frame`, at the instruction that
    /// raised it (CPython's `PyTraceBack_Here`).
    fn add_traceback(&mut self, e: &Rc<ExcObj>, frame: &Frame) {
        let mut entry = self.traceback_entry(frame);
        if std::mem::take(&mut self.lookup_failed)
            && let Some((end_line, end_col)) = entry.span.head
        {
            (entry.span.end_line, entry.span.end_col) = (end_line, end_col);
        }
        if e.traceback.borrow().is_empty() && e.kind == "NameError" {
            self.suggest_name(e, frame);
        }
        e.traceback.borrow_mut().push(entry);
    }

    /// Runs `frame` until it returns, yields or raises. With `thrown`, the
    /// exception is raised at the frame's current position first.
    pub fn run_frame(&mut self, frame: &mut Frame, thrown: Option<Rc<ExcObj>>) -> FrameResult {
        self.depth += 1;
        if self.depth > self.limits.max_depth {
            self.depth -= 1;
            return FrameResult::Raise(exc("RecursionError", "maximum recursion depth exceeded"));
        }
        let handling_base = self.handling.len();
        frame.handling_base = handling_base;
        self.handling.append(&mut frame.handling);
        self.running_lines.enter(&frame.code, frame.ip);
        let result = self.run_frame_inner(frame, thrown, handling_base);
        self.running_lines.exit();
        self.depth -= 1;
        if matches!(result, FrameResult::Yield(_)) {
            // A suspended frame keeps the exceptions it is handling to itself.
            let at = handling_base.min(self.handling.len());
            frame.handling = self.handling.split_off(at);
        } else {
            self.handling.truncate(handling_base);
        }
        result
    }

    fn run_frame_inner(&mut self, frame: &mut Frame, thrown: Option<Rc<ExcObj>>, handling_base: usize) -> FrameResult {
        let code = frame.code.clone();
        let mut pending = thrown;
        loop {
            let result: Res<Flow> = match pending.take() {
                Some(e) => self.throw_at(frame, &code, e),
                None => self.execute(frame, &code),
            };
            match result {
                Ok(Flow::Continue) => {}
                Ok(Flow::Return) => {
                    let v = frame.stack.pop().unwrap_or(Value::None);
                    return FrameResult::Return(v);
                }
                Ok(Flow::Yield) => {
                    let v = frame.stack.pop().unwrap_or(Value::None);
                    return FrameResult::Yield(v);
                }
                Err(e) => {
                    let reraising = std::mem::take(&mut self.reraising);
                    if let Some(stop) = &mut self.stopped {
                        if stop.message.ends_with(LINE_UNKNOWN) {
                            let line = format!("at line {}", frame.current_line());
                            stop.message = stop.message.replace(LINE_UNKNOWN, &line);
                        }
                        return FrameResult::Raise(e);
                    }
                    // A re-raise goes on with the traceback it has (CPython
                    // jumps past `PyTraceBack_Here` for RERAISE and bare `raise`).
                    let e = if reraising {
                        e
                    } else {
                        self.add_traceback(&e, frame);
                        self.raise_with_context(e)
                    };
                    match frame.blocks.pop() {
                        Some(block) => {
                            frame.stack.truncate(block.stack_depth);
                            self.handling.truncate(handling_base + block.handling_depth);
                            frame.stack.push(Value::Exc(e));
                            frame.ip = block.handler;
                        }
                        None => return FrameResult::Raise(e),
                    }
                }
            }
        }
    }

    #[inline(always)]
    fn pop(frame: &mut Frame) -> Value {
        // Not `unwrap_or(Value::None)`: that default would be dropped after
        // every pop, through the call that drops any value.
        match frame.stack.pop() {
            Some(v) => v,
            None => Value::None,
        }
    }

    fn pop_n(frame: &mut Frame, n: usize) -> Vec<Value> {
        let at = frame.stack.len().saturating_sub(n);
        frame.stack.split_off(at)
    }

    fn raise_with_context(&self, e: Rc<ExcObj>) -> Rc<ExcObj> {
        if let Some(current) = self.handling.last()
            && !Rc::ptr_eq(current, &e)
            && e.context.borrow().is_none()
        {
            *e.context.borrow_mut() = Some(current.clone());
        }
        e
    }

    /// Raises `e` where the frame is suspended: into the awaited coroutine
    /// first when the frame is at an `Await`.
    fn throw_at(&mut self, frame: &mut Frame, code: &Rc<Code>, e: Rc<ExcObj>) -> Res<Flow> {
        if let Some(Op::Await) = code.ops.get(frame.ip)
            && let Some(Value::Gen(g)) = frame.stack.last().cloned()
        {
            return match self.resume(&g, Value::None, Some(e)) {
                FrameResult::Return(r) => {
                    frame.stack.pop();
                    frame.stack.push(r);
                    frame.ip += 1;
                    Ok(Flow::Continue)
                }
                FrameResult::Yield(y) => {
                    frame.stack.push(y);
                    Ok(Flow::Yield)
                }
                FrameResult::Raise(e2) => {
                    frame.stack.pop();
                    frame.ip += 1;
                    Err(e2)
                }
            };
        }
        if let Some(Op::Await) = code.ops.get(frame.ip)
            && let Some(Value::Native(aw)) = frame.stack.last().cloned()
            && aw.is_awaitable()
        {
            return match self.drive_native(&aw, Value::None, Some(e)) {
                Ok(AwaitOutcome::Done(v)) => {
                    frame.stack.pop();
                    frame.stack.push(v);
                    frame.ip += 1;
                    Ok(Flow::Continue)
                }
                Ok(AwaitOutcome::Suspend(marker)) => {
                    frame.stack.push(marker);
                    Ok(Flow::Yield)
                }
                Err(e2) => {
                    frame.stack.pop();
                    frame.ip += 1;
                    Err(e2)
                }
            };
        }
        if code.ops.get(frame.ip).is_some() {
            frame.ip += 1;
        }
        Err(e)
    }

    /// The progress hook, the step limit and the real-time limit, looked
    /// at when the steps reach `next_check` (so the common step compares
    /// once): the hook at each multiple of [`PROGRESS_EVERY`], the clock at
    /// each multiple of [`CLOCK_EVERY`], the limit whenever it is passed.
    #[cold]
    #[inline(never)]
    fn checkpoint(&mut self, frame: &Frame) -> Res<()> {
        let steps = self.steps;
        self.next_check = next_check_after(steps, self.limits.max_steps);
        if steps % PROGRESS_EVERY == 0
            && let Some(ProgressHook(progress)) = &self.progress
        {
            progress(steps, self.clock.now());
        }
        if steps > self.limits.max_steps {
            let line = frame.code.lines.get(frame.ip).copied().unwrap_or(0);
            let msg = format!(
                "looplab: stopped after {} steps (the --max-steps limit) at line {line}",
                self.limits.max_steps
            );
            return Err(self.stop(msg));
        }
        if steps % CLOCK_EVERY == 0 && self.wall_clock.elapsed() > self.limits.max_seconds {
            let line = frame.code.lines.get(frame.ip).copied().unwrap_or(0);
            let msg = format!(
                "looplab: stopped after {} seconds of real time (the --max-seconds limit) at line {line}",
                self.limits.max_seconds
            );
            return Err(self.stop(msg));
        }
        Ok(())
    }

    /// Runs instructions until one fails, returns or yields.
    fn execute(&mut self, frame: &mut Frame, code: &Rc<Code>) -> Res<Flow> {
        let ops: &[Op] = &code.ops;
        loop {
            self.steps += 1;
            // Every check's step is at or after `next_check`: the common step
            // compares once (and a superinstruction, see `fused.rs`, once for
            // the steps it stands for).
            let due = self.steps >= self.next_check;
            if due {
                self.checkpoint(frame)?;
            }
            // One flag for the two rare events, so the common path tests once.
            if self.finalizers.pending.get() {
                super::asyncgen::run_finalizers(self);
                if self.suspend_requested {
                    // A blocking call of a thread's own frame: suspend the thread;
                    // the value sent in when it goes on is that call's result.
                    self.suspend_requested = false;
                    frame.stack.pop();
                    frame.stack.push(Value::None);
                    return Ok(Flow::Yield);
                }
            }
            let Some(&op) = ops.get(frame.ip) else {
                return Ok(Flow::Return);
            };
            frame.ip += 1;
            self.running_lines.now = frame.ip;
            // The memory check, after the fetch so a MemoryError here is
            // the instruction's own.
            if due && self.steps & (EVERY_STEPS - 1) == 0 {
                self.every_few_steps()?;
            }
            match op {
                Op::Const(i) => frame.stack.push(fast::clone_value(&code.consts[i as usize])),
                Op::LoadLocal(_) => self.op_load_local(op, frame, code)?,
                Op::StoreLocal(i) => {
                    let v = Self::pop(frame);
                    fast::store(&mut frame.locals[i as usize], v);
                }
                Op::DeleteLocal(i) => frame.locals[i as usize] = None,
                Op::LoadCell(_) => self.op_load_cell(op, frame, code)?,
                Op::StoreCell(_) => self.op_store_cell(op, frame, code)?,
                Op::LoadGlobal(_) => self.op_load_global(op, frame, code)?,
                Op::StoreGlobal(_) => self.op_store_global(op, frame, code)?,
                Op::DeleteGlobal(_) => self.op_delete_global(op, frame, code)?,
                Op::LoadAttr(_) => self.op_load_attr(op, frame, code)?,
                Op::StoreAttr(_) => self.op_store_attr(op, frame, code)?,
                Op::DeleteAttr(_) => self.op_delete_attr(op, frame, code)?,
                Op::LoadName(_) => self.op_load_name(op, frame, code)?,
                Op::StoreName(_) => self.op_store_name(op, frame, code)?,
                Op::BuildClass(_, _) | Op::BuildClassKw(_, _) => self.op_build_class(op, frame, code)?,
                Op::ImportName(_) => self.op_import_name(op, frame, code)?,
                Op::ImportFrom(_) => self.op_import_from(op, frame, code)?,
                Op::Subscr => self.op_subscr(op, frame, code)?,
                Op::StoreSubscr => self.op_store_subscr(op, frame, code)?,
                Op::DeleteSubscr => self.op_delete_subscr(op, frame, code)?,
                Op::Binary(_, _) => self.op_binary(op, frame, code)?,
                Op::Unary(_) => self.op_unary(op, frame, code)?,
                Op::Compare(_) => self.op_compare(op, frame, code)?,
                Op::Pop => self.op_pop(op, frame, code)?,
                Op::Dup => self.op_dup(op, frame, code)?,
                Op::Dup2 => self.op_dup2(op, frame, code)?,
                Op::Rot2 => self.op_rot2(op, frame, code)?,
                Op::Rot3 => self.op_rot3(op, frame, code)?,
                Op::Jump(t) => frame.ip = t as usize,
                Op::JumpIfFalse(_) => self.op_jump_if_false(op, frame, code)?,
                Op::JumpIfTrue(_) => self.op_jump_if_true(op, frame, code)?,
                Op::JumpIfFalseOrPop(_) => self.op_jump_if_false_or_pop(op, frame, code)?,
                Op::JumpIfTrueOrPop(_) => self.op_jump_if_true_or_pop(op, frame, code)?,
                Op::Nop => {}
                Op::Match(_) => self.op_match(op, frame, code)?,
                Op::MatchClass(_, _) => self.op_match_class(op, frame, code)?,
                Op::Star(_) => self.op_star(op, frame, code)?,
                Op::Locals => self.op_locals(op, frame, code)?,
                Op::BuildList(_) => self.op_build_list(op, frame, code)?,
                Op::BuildTuple(_) => self.op_build_tuple(op, frame, code)?,
                Op::BuildSet(_) => self.op_build_set(op, frame, code)?,
                Op::BuildDict(_) => self.op_build_dict(op, frame, code)?,
                Op::BuildSlice => self.op_build_slice(op, frame, code)?,
                Op::BuildString(_) => self.op_build_string(op, frame, code)?,
                Op::ListAppend(_) => self.op_list_append(op, frame, code)?,
                Op::ListExtend(_) => self.op_list_extend(op, frame, code)?,
                Op::SetAdd(_) => self.op_set_add(op, frame, code)?,
                Op::MapAdd(_) => self.op_map_add(op, frame, code)?,
                Op::DictUpdate(_) => self.op_dict_update(op, frame, code)?,
                Op::FormatValue(0, false) if matches!(frame.stack.last(), Some(Value::Str(_))) => {}
                Op::FormatValue(0, false) => self.op_format_value(op, frame, code)?,
                Op::FormatValue(_, _) => self.op_format_value_2(op, frame, code)?,
                Op::GetIter => self.op_get_iter(op, frame, code)?,
                Op::ForIter(_) => self.op_for_iter(op, frame, code)?,
                Op::Unpack(_) => self.op_unpack(op, frame, code)?,
                Op::UnpackEx(_, _) => self.op_unpack_ex(op, frame, code)?,
                Op::Call(_) => self.op_call(op, frame, code)?,
                Op::CallKw(_, _) => self.op_call_kw(op, frame, code)?,
                Op::CallMethod(_, _) => self.op_call_method(op, frame, code)?,
                Op::CallEx => self.op_call_ex(op, frame, code)?,
                Op::MakeFunction(_, _) => self.op_make_function(op, frame, code)?,
                Op::Return => return Ok(Flow::Return),
                Op::Yield => return Ok(Flow::Yield),
                Op::AsyncGenWrap => {
                    let v = Self::pop(frame);
                    frame.stack.push(super::asyncgen::wrap(v));
                }
                Op::GetAwaitable => self.op_get_awaitable(op, frame, code)?,
                Op::Await if matches!(frame.stack.iter().rev().nth(1), Some(Value::Native(n)) if n.is_awaitable()) => {
                    if let Some(flow) = self.op_await(op, frame, code)? {
                        return Ok(flow);
                    }
                }
                Op::AsyncExitExc => self.op_async_exit_exc(op, frame, code)?,
                Op::GetAIter | Op::GetANext => self.op_get_a_iter(op, frame, code)?,
                Op::WithEnter => self.op_with_enter(op, frame, code)?,
                Op::WithExit => self.op_with_exit(op, frame, code)?,
                Op::WithExitExc => self.op_with_exit_exc(op, frame, code)?,
                Op::AsyncEnter | Op::AsyncExit => self.op_async_enter(op, frame, code)?,
                Op::GetYieldFromIter => self.op_get_yield_from_iter(op, frame, code)?,
                Op::Await if !matches!(frame.stack.iter().rev().nth(1), Some(Value::Gen(_))) => {
                    if let Some(flow) = self.op_await_2(op, frame, code)? {
                        return Ok(flow);
                    }
                }
                Op::Await => {
                    if let Some(flow) = self.op_await_3(op, frame, code)? {
                        return Ok(flow);
                    }
                }
                Op::SetupExcept(_) => self.op_setup_except(op, frame, code)?,
                Op::PopBlock => self.op_pop_block(op, frame, code)?,
                Op::PushExcInfo => self.op_push_exc_info(op, frame, code)?,
                Op::PopExcInfo => self.op_pop_exc_info(op, frame, code)?,
                Op::ExceptMatch => self.op_except_match(op, frame, code)?,
                Op::Raise(_) => self.op_raise(op, frame, code)?,
                Op::Reraise => self.op_reraise(op, frame, code)?,
                Op::CheckEgMatch(_) | Op::StarAppend | Op::PrepReraiseStar => self.op_except_star(op, frame, code)?,
                Op::ConstBinary(..) => self.op_const_binary(op, frame, code)?,
                Op::CompareJump(..) => self.op_compare_jump(op, frame, code)?,
                Op::ConstCompareJump(..) => self.op_const_compare_jump(op, frame, code)?,
                Op::LocalConstCompareJump(..) => self.op_local_const_compare_jump(op, frame, code)?,
                Op::GlobalConstCompareJump(..) => self.op_global_const_compare_jump(op, frame, code)?,
                Op::LoadLocal2(..) => self.op_load_local2(op, frame, code)?,
                Op::NopJump(_) => self.op_nop_jump(op, frame, code)?,
                Op::AugLocal(..) => self.op_aug_local(op, frame, code)?,
                Op::AugGlobal(..) => self.op_aug_global(op, frame, code)?,
                Op::LoadGlobal2(..) => self.op_load_global2(op, frame, code)?,
                Op::LocalConstBinary(..) => self.op_local_const_binary(op, frame, code)?,
                Op::BinaryStoreLocal(..) => self.op_binary_store_local(op, frame, code)?,
                Op::BinaryStoreGlobal(..) => self.op_binary_store_global(op, frame, code)?,
            }
        }
    }

    /// Turns a raised value into an exception object.
    pub fn make_exception(&mut self, v: Value) -> Res<Rc<ExcObj>> {
        match v {
            Value::Exc(e) => Ok(e),
            Value::Type(name) if exception_class(name).is_some() => Ok(ExcObj::new(name, Vec::new())),
            Value::Class(c) if c.exception_base().is_some() => match crate::python::vm::instances::instantiate(self, &c, Vec::new(), Vec::new())? {
                Value::Exc(e) => Ok(e),
                _ => type_error("exceptions must derive from BaseException"),
            },
            _ => type_error("exceptions must derive from BaseException"),
        }
    }

    /// Every [`EVERY_STEPS`] steps, at the instruction just fetched (so a
    /// MemoryError is that instruction's): the live bytes against
    /// `--max-memory`. The step and real-time limits and the progress hook
    /// are [`Vm::checkpoint`]'s.
    #[cold]
    #[inline(never)]
    fn every_few_steps(&mut self) -> Res<()> {
        self.check_memory(0)
    }

    /// Counts `cost` steps of work done outside an instruction (a library
    /// loop), stopping the run at the step or real-time limit; the frame the
    /// stop leaves names the line (see [`LINE_UNKNOWN`]).
    pub fn charge_steps(&mut self, cost: u64) -> Res<()> {
        let before = self.steps;
        self.steps = self.steps.saturating_add(cost);
        if self.steps > self.limits.max_steps {
            let msg = format!("looplab: stopped after {} steps (the --max-steps limit) {LINE_UNKNOWN}", self.limits.max_steps);
            return Err(self.stop(msg));
        }
        if before >> 14 != self.steps >> 14 && self.wall_clock.elapsed() > self.limits.max_seconds {
            let msg = format!(
                "looplab: stopped after {} seconds of real time (the --max-seconds limit) {LINE_UNKNOWN}",
                self.limits.max_seconds
            );
            return Err(self.stop(msg));
        }
        if before / EVERY_STEPS != self.steps / EVERY_STEPS {
            self.check_memory(0)?;
        }
        Ok(())
    }

    /// Collects every item of an iterable.
    pub fn collect(&mut self, v: &Value) -> Res<Vec<Value>> {
        match v {
            Value::List(l) => Ok(l.borrow().clone()),
            Value::Tuple(t) => Ok(t.to_vec()),
            _ => {
                let it = super::iter::get_iter(self, v)?;
                let mut out = Vec::new();
                while let Some(x) = super::iter::next(self, &it)? {
                    // Each item is work no instruction counts (`list(count())`).
                    self.charge_steps(1)?;
                    out.push(x);
                    if out.len() * 16 > self.limits.max_memory {
                        return Err(memory_error());
                    }
                }
                Ok(out)
            }
        }
    }
}

/// An exception leaving a generator's, coroutine's or async generator's
/// frame: StopIteration (and StopAsyncIteration from an async generator)
/// becomes a RuntimeError caused by it, as in CPython's `gen_send_ex2`.
fn stop_iteration_escaped(code: &Code, e: Rc<ExcObj>) -> Rc<ExcObj> {
    let what = if code.is_async_generator {
        "async generator"
    } else if code.is_coroutine {
        "coroutine"
    } else if code.is_generator {
        "generator"
    } else {
        return e;
    };
    let stop = match e.kind {
        "StopIteration" => "StopIteration",
        "StopAsyncIteration" if code.is_async_generator => "StopAsyncIteration",
        _ => return e,
    };
    let err = exc("RuntimeError", format!("{what} raised {stop}"));
    *err.cause.borrow_mut() = Some(e.clone());
    *err.context.borrow_mut() = Some(e);
    err
}

fn module_name(v: &Value) -> String {
    match v {
        Value::Module(m) => m.to_string(),
        other => other.type_name().to_string(),
    }
}


/// Whether an exception of class `kind` matches an except clause's class(es).
pub fn exception_matches(e: &ExcObj, class: &Value) -> Res<bool> {
    let kind = e.kind;
    match class {
        Value::Type(name) if exception_class(name).is_some() => Ok(match e.class.borrow().as_ref() {
            Some(own) => own.is_subclass_of_type(name),
            None => is_subclass(kind, name),
        }),
        Value::Class(c) if c.exception_base().is_none() => {
            type_error("catching classes that do not inherit from BaseException is not allowed")
        }
        Value::Class(c) => Ok(e.class.borrow().as_ref().is_some_and(|own| own.is_subclass_of(c))),
        Value::Tuple(items) => {
            for item in items.iter() {
                if exception_matches(e, item)? {
                    return Ok(true);
                }
            }
            Ok(false)
        }
        _ => type_error("catching classes that do not inherit from BaseException is not allowed"),
    }
}

fn bind_args(func: &Function, args: Vec<Value>, kwargs: Vec<(Rc<str>, Value)>) -> Res<Vec<Option<Value>>> {
    let code = &func.code;
    let p = &code.params;
    if kwargs.is_empty() && args.len() == p.positional && p.kwonly == 0 && !p.varargs && !p.varkw {
        let mut locals: Vec<Option<Value>> = args.into_iter().map(Some).collect();
        locals.resize(code.locals.len(), None);
        return Ok(locals);
    }
    let name = &code.qualname;
    let mut locals: Vec<Option<Value>> = vec![None; code.locals.len()];
    let nargs = args.len();
    let mut extra = Vec::new();
    for (i, a) in args.into_iter().enumerate() {
        if i < p.positional {
            locals[i] = Some(a);
        } else {
            extra.push(a);
        }
    }
    if !extra.is_empty() && !p.varargs {
        let given = nargs;
        let with_defaults = func.defaults.len();
        let takes = if with_defaults > 0 {
            format!("from {} to {} positional arguments", p.positional - with_defaults, p.positional)
        } else if p.positional == 1 {
            "1 positional argument".to_string()
        } else {
            format!("{} positional arguments", p.positional)
        };
        let was = if given == 1 { "was" } else { "were" };
        return type_error(format!("{name}() takes {takes} but {given} {was} given"));
    }
    let kw_end = p.positional + p.kwonly;
    let mut varkw = DictMap::new();
    for (k, v) in kwargs {
        match code.locals[..kw_end].iter().position(|n| **n == *k) {
            Some(i) => {
                if locals[i].is_some() {
                    return type_error(format!("{name}() got multiple values for argument '{k}'"));
                }
                locals[i] = Some(v);
            }
            None if p.varkw => {
                varkw.insert(Key(Value::Str(k)), v);
            }
            None => return type_error(format!("{name}() got an unexpected keyword argument '{k}'")),
        }
    }
    let first_default = p.positional - func.defaults.len().min(p.positional);
    let mut missing = Vec::new();
    for (i, slot) in locals.iter_mut().enumerate().take(p.positional) {
        if slot.is_none() {
            if i >= first_default {
                *slot = Some(func.defaults[i - first_default].clone());
            } else {
                missing.push(format!("'{}'", code.locals[i]));
            }
        }
    }
    if !missing.is_empty() {
        return type_error(format!(
            "{name}() missing {} required positional argument{}: {}",
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            join_names(&missing)
        ));
    }
    for (slot, pname) in locals.iter_mut().zip(code.locals.iter()).take(kw_end).skip(p.positional) {
        if slot.is_none() {
            match func.kwdefaults.iter().find(|(n, _)| n == pname) {
                Some((_, v)) => *slot = Some(v.clone()),
                None => missing.push(format!("'{pname}'")),
            }
        }
    }
    if !missing.is_empty() {
        return type_error(format!(
            "{name}() missing {} required keyword-only argument{}: {}",
            missing.len(),
            if missing.len() == 1 { "" } else { "s" },
            join_names(&missing)
        ));
    }
    let mut slot = kw_end;
    if p.varargs {
        locals[slot] = Some(Value::tuple(extra));
        slot += 1;
    }
    if p.varkw {
        locals[slot] = Some(Value::Dict(Rc::new(RefCell::new(varkw))));
    }
    Ok(locals)
}

fn join_names(names: &[String]) -> String {
    match names {
        [one] => one.clone(),
        [a, b] => format!("{a} and {b}"),
        [rest @ .., last] => format!("{}, and {last}", rest.join(", ")),
        [] => String::new(),
    }
}
