//! The virtual machine: runs [`Code`] in explicit frames.
//!
//! A frame owns its instruction pointer, value stack, locals and handler
//! blocks. `run_frame` runs one frame until it returns, raises, or yields; a
//! yielded frame is kept in a [`GenState`] and resumed later by calling
//! `run_frame` again, so no Rust stack survives a suspension point.

use std::any::Any;
use std::cell::RefCell;
use rustc_hash::FxHashMap;
use std::rc::Rc;

use crate::python::object::code::{Code, Op, UnOp};
use crate::python::object::errors::{ExcObj, TbEntry, exception_class, is_subclass};
use super::super::limits::{LimitStop, Limits};
use crate::python::object::errors::{Res, exc, hashable, type_error};
use crate::python::object::frame::{Block, Frame, GenState};
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
    depth: usize,
    handling: Vec<Rc<ExcObj>>,
    builtins: FxHashMap<Rc<str>, Value>,
    /// The program's file name and text, for tracebacks the loop reports.
    pub program: (Rc<str>, Rc<str>),
    /// Lines that already printed a "never awaited" warning (Python shows a
    /// warning once per place).
    warned_lines: std::collections::HashSet<u32>,
    /// The builtins, modules, asyncio and threads.
    pub lib: &'static dyn Library,
    /// The run's one clock, shared with every event loop.
    pub clock: Rc<dyn RunClock>,
    /// What the library rooms keep here (see [`Extensions`]).
    pub ext: Extensions,
    /// Set by the library when the running frame must suspend at once (a
    /// thread blocked): the frame yields at the next instruction.
    pub suspend_requested: bool,
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

impl Interp {
    /// A fresh interpreter with `limits`, its library and the run's clock.
    pub fn new(limits: Limits, lib: &'static dyn Library, clock: Rc<dyn RunClock>) -> Interp {
        Interp {
            globals: Vec::new(),
            global_names: Vec::new(),
            fallback: Vec::new(),
            output: Vec::new(),
            limits,
            stopped: None,
            steps: 0,
            depth: 0,
            handling: Vec::new(),
            builtins: lib.builtins(),
            program: (Rc::from("main.py"), Rc::from("")),
            warned_lines: Default::default(),
            lib,
            clock,
            ext: Extensions::default(),
            suspend_requested: false,
        }
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
        if Rc::strong_count(g) != 1 || !state.coroutine || state.is_started() {
            return;
        }
        let line = frame.current_line();
        if !self.warned_lines.insert(line) {
            return;
        }
        let (filename, source) = self.program.clone();
        let text = source.lines().nth(line.saturating_sub(1) as usize).unwrap_or("").trim();
        let message = format!(
            "{filename}:{line}: RuntimeWarning: coroutine '{}' was never awaited\n  {text}\n\
             RuntimeWarning: Enable tracemalloc to get the object allocation traceback\n",
            state.qualname
        );
        drop(state);
        self.write(&message, true);
    }

    /// Nested Python calls now.
    pub fn depth(&self) -> usize {
        self.depth
    }

    /// `f(*args)` as a frame that can be suspended at a blocking call (a
    /// thread's target): `None` when `f` ran at once (a builtin).
    pub fn resumable_call(&mut self, f: &Value, args: Vec<Value>) -> Res<Option<Rc<RefCell<GenState>>>> {
        let (func, args) = match f {
            Value::Function(func) => (func.clone(), args),
            Value::Bound(b) => match &b.1 {
                Value::Function(func) => {
                    let mut all = vec![b.0.clone()];
                    all.extend(args);
                    (func.clone(), all)
                }
                other => {
                    self.call(other, args, Vec::new())?;
                    return Ok(None);
                }
            },
            other => {
                self.call(other, args, Vec::new())?;
                return Ok(None);
            }
        };
        if func.code.is_coroutine || func.code.is_generator {
            self.call_function(&func, args, Vec::new())?;
            return Ok(None);
        }
        let locals = bind_args(&func, args, Vec::new())?;
        let frame = self.new_frame(func.code.clone(), locals, func.closure.clone());
        Ok(Some(Rc::new(RefCell::new(GenState { frame: Some(frame), qualname: func.code.qualname.clone(), coroutine: false, running: false }))))
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
        match self.run_frame(&mut frame, None) {
            FrameResult::Return(v) => Ok(v),
            FrameResult::Raise(e) => Err(e),
            FrameResult::Yield(_) => Err(exc("SyntaxError", "'yield' outside function")),
        }
    }

    fn new_frame(&self, code: Rc<Code>, locals: Vec<Option<Value>>, closure: Vec<Cell>) -> Frame {
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
            stack: Vec::with_capacity(8),
            locals,
            cells,
            blocks: Vec::new(),
            started: false,
            namespace: None,
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
            Value::Bound(b) => {
                let mut full = Vec::with_capacity(args.len() + 1);
                full.push(b.0.clone());
                full.extend(args);
                self.call(&b.1, full, kwargs)
            }
            other => type_error(format!("'{}' object is not callable", other.type_name())),
        }
    }

    /// Calls a user function.
    pub fn call_function(&mut self, func: &Rc<Function>, args: Vec<Value>, kwargs: Vec<(Rc<str>, Value)>) -> Res<Value> {
        let locals = bind_args(func, args, kwargs)?;
        let code = func.code.clone();
        let frame = self.new_frame(code.clone(), locals, func.closure.clone());
        if code.is_coroutine || code.is_generator {
            let state = GenState {
                frame: Some(frame),
                qualname: code.qualname.clone(),
                coroutine: code.is_coroutine,
                running: false,
            };
            return Ok(Value::Gen(Rc::new(RefCell::new(state))));
        }
        let mut frame = frame;
        match self.run_frame(&mut frame, None) {
            FrameResult::Return(v) => Ok(v),
            FrameResult::Raise(e) => Err(e),
            FrameResult::Yield(_) => Err(exc("RuntimeError", "yield from a plain function")),
        }
    }

    /// Resumes a generator or coroutine with `sent` (or throws `thrown` into
    /// it). Returns what the frame did; a finished generator is marked so.
    pub fn resume(&mut self, g: &Rc<RefCell<GenState>>, sent: Value, thrown: Option<Rc<ExcObj>>) -> FrameResult {
        let taken = {
            let mut state = g.borrow_mut();
            if state.running {
                let what = if state.coroutine { "coroutine" } else { "generator" };
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
            let coroutine = g.borrow().coroutine;
            if let Some(e) = thrown {
                return FrameResult::Raise(e);
            }
            if coroutine {
                return FrameResult::Raise(exc("RuntimeError", "cannot reuse already awaited coroutine"));
            }
            return FrameResult::Raise(ExcObj::new("StopIteration", Vec::new()));
        };
        if frame.started && thrown.is_none() {
            frame.stack.push(sent);
        }
        frame.started = true;
        let result = self.run_frame(&mut frame, thrown);
        let mut state = g.borrow_mut();
        state.running = false;
        if let FrameResult::Yield(_) = result {
            state.frame = Some(frame);
        }
        result
    }

    fn add_traceback(&self, e: &Rc<ExcObj>, frame: &Frame) {
        e.traceback.borrow_mut().push(TbEntry { line: frame.current_line(), func: frame.code.name.clone() });
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
        let result = self.run_frame_inner(frame, thrown, handling_base);
        self.depth -= 1;
        if !matches!(result, FrameResult::Yield(_)) {
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
                    if self.stopped.is_some() {
                        return FrameResult::Raise(e);
                    }
                    match frame.blocks.pop() {
                        Some(block) => {
                            frame.stack.truncate(block.stack_depth);
                            self.handling.truncate(block.handling_depth.max(handling_base));
                            frame.stack.push(Value::Exc(e));
                            frame.ip = block.handler;
                        }
                        None => {
                            self.add_traceback(&e, frame);
                            return FrameResult::Raise(e);
                        }
                    }
                }
            }
        }
    }

    fn pop(frame: &mut Frame) -> Value {
        frame.stack.pop().unwrap_or(Value::None)
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
            return match self.lib.drive(self, &aw, Value::None, Some(e)) {
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

    /// Runs instructions until one fails, returns or yields.
    fn execute(&mut self, frame: &mut Frame, code: &Rc<Code>) -> Res<Flow> {
        loop {
            self.steps += 1;
            if self.steps > self.limits.max_steps {
                let line = frame.code.lines.get(frame.ip).copied().unwrap_or(0);
                let msg = format!(
                    "looplab: stopped after {} steps (the --max-steps limit) at line {line}",
                    self.limits.max_steps
                );
                return Err(self.stop(msg));
            }
            if self.suspend_requested {
                // A blocking call of a thread's own frame: suspend the thread;
                // the value sent in when it goes on is that call's result.
                self.suspend_requested = false;
                frame.stack.pop();
                frame.stack.push(Value::None);
                return Ok(Flow::Yield);
            }
            let Some(&op) = code.ops.get(frame.ip) else {
                return Ok(Flow::Return);
            };
            frame.ip += 1;
            let flow = match op {
                Op::Const(..) | Op::LoadLocal(..) | Op::StoreLocal(..) | Op::DeleteLocal(..) |
                Op::LoadCell(..) | Op::StoreCell(..) | Op::LoadGlobal(..) | Op::StoreGlobal(..) |
                Op::DeleteGlobal(..) | Op::LoadAttr(..) | Op::StoreAttr(..) | Op::LoadName(..) |
                Op::StoreName(..) | Op::BuildClass(..) | Op::ImportName(..) | Op::ImportFrom(..) => self.exec_names(op, frame, code)?,
                Op::Subscr | Op::StoreSubscr | Op::DeleteSubscr | Op::Binary(..) | Op::Unary(..) |
                Op::Compare(..) | Op::Pop | Op::Dup | Op::Dup2 | Op::Rot2 | Op::Rot3 |
                Op::Jump(..) | Op::JumpIfFalse(..) | Op::JumpIfTrue(..) | Op::JumpIfFalseOrPop(..) |
                Op::JumpIfTrueOrPop(..) | Op::Nop => self.exec_operators(op, frame, code)?,
                Op::BuildList(..) | Op::BuildTuple(..) | Op::BuildSet(..) | Op::BuildDict(..) |
                Op::BuildSlice | Op::BuildString(..) | Op::ListAppend(..) | Op::ListExtend(..) |
                Op::SetAdd(..) | Op::MapAdd(..) | Op::DictUpdate(..) | Op::FormatValue(..) => self.exec_builders(op, frame, code)?,
                Op::GetIter | Op::ForIter(..) | Op::Unpack(..) | Op::UnpackEx(..) => self.exec_iteration(op, frame, code)?,
                Op::Call(..) | Op::CallKw(..) | Op::CallMethod(..) | Op::CallEx |
                Op::MakeFunction(..) => self.exec_calls(op, frame, code)?,
                Op::Return | Op::Yield | Op::GetAwaitable | Op::Await | Op::AsyncExitExc |
                Op::GetAIter | Op::GetANext | Op::WithEnter | Op::WithExit | Op::WithExitExc |
                Op::AsyncEnter | Op::AsyncExit | Op::GetYieldFromIter => self.exec_suspension(op, frame, code)?,
                Op::SetupExcept(..) | Op::PopBlock | Op::PushExcInfo | Op::PopExcInfo |
                Op::ExceptMatch | Op::Raise(..) | Op::Reraise => self.exec_exceptions(op, frame, code)?,
            };
            if let Some(flow) = flow {
                return Ok(flow);
            }
        }
    }

    /// Constants, locals, cells, globals, names, attributes, classes and imports.
    fn exec_names(&mut self, op: Op, frame: &mut Frame, code: &Rc<Code>) -> Res<Option<Flow>> {
        match op {
            Op::Const(i) => frame.stack.push(code.consts[i as usize].clone()),
            Op::LoadLocal(i) => match &frame.locals[i as usize] {
                Some(v) => frame.stack.push(v.clone()),
                None => {
                    let name = &code.locals[i as usize];
                    return Err(exc(
                        "UnboundLocalError",
                        format!("cannot access local variable '{name}' where it is not associated with a value"),
                    ));
                }
            },
            Op::StoreLocal(i) => frame.locals[i as usize] = Some(Self::pop(frame)),
            Op::DeleteLocal(i) => frame.locals[i as usize] = None,
            Op::LoadCell(i) => {
                let v = frame.cells[i as usize].borrow().clone();
                frame.stack.push(v);
            }
            Op::StoreCell(i) => {
                let v = Self::pop(frame);
                *frame.cells[i as usize].borrow_mut() = v;
            }
            Op::LoadGlobal(i) => {
                let i = i as usize;
                let v = match self.globals.get(i) {
                    Some(Some(v)) => v.clone(),
                    _ => match self.fallback.get(i) {
                        Some(Some(v)) => v.clone(),
                        _ => {
                            let name = self.global_names.get(i).cloned().unwrap_or_else(|| Rc::from("?"));
                            return Err(exc("NameError", format!("name '{name}' is not defined")));
                        }
                    },
                };
                frame.stack.push(v);
            }
            Op::StoreGlobal(i) => {
                let v = Self::pop(frame);
                if let Some(slot) = self.globals.get_mut(i as usize) {
                    *slot = Some(v);
                }
            }
            Op::DeleteGlobal(i) => {
                let slot = self.globals.get_mut(i as usize).and_then(Option::take);
                if slot.is_none() {
                    let name = self.global_names.get(i as usize).cloned().unwrap_or_else(|| Rc::from("?"));
                    return Err(exc("NameError", format!("name '{name}' is not defined")));
                }
            }
            Op::LoadAttr(i) => {
                let obj = Self::pop(frame);
                let v = self.lib.get_attr(self, &obj, &code.names[i as usize])?;
                frame.stack.push(v);
            }
            Op::StoreAttr(i) => {
                let obj = Self::pop(frame);
                let value = Self::pop(frame);
                crate::python::object::classes::set_attr(&obj, &code.names[i as usize], value)?;
            }
            Op::LoadName(i) => {
                let name = &code.names[i as usize];
                let local = frame.namespace.as_ref().and_then(|ns| ns.borrow().get(name).cloned());
                let v = match local {
                    Some(v) => v,
                    None => {
                        let slot = self.global_names.iter().position(|n| n == name);
                        match slot.and_then(|s| self.globals.get(s).cloned().flatten()) {
                            Some(v) => v,
                            None => match self.builtins.get(name) {
                                Some(v) => v.clone(),
                                None => return Err(exc("NameError", format!("name '{name}' is not defined"))),
                            },
                        }
                    }
                };
                frame.stack.push(v);
            }
            Op::StoreName(i) => {
                let v = Self::pop(frame);
                if let Some(ns) = &frame.namespace {
                    ns.borrow_mut().insert(code.names[i as usize].clone(), v);
                }
            }
            Op::BuildClass(i, n) => {
                let bases = Self::pop_n(frame, n as usize);
                let body = Self::pop(frame);
                let Value::Function(f) = &body else {
                    return type_error("bad class body");
                };
                let namespace = Rc::new(RefCell::new(FxHashMap::default()));
                let mut body_frame = self.new_frame(f.code.clone(), Vec::new(), f.closure.clone());
                body_frame.namespace = Some(namespace.clone());
                if let FrameResult::Raise(e) = self.run_frame(&mut body_frame, None) {
                    return Err(e);
                }
                let ns = std::mem::take(&mut *namespace.borrow_mut());
                let class = crate::python::object::classes::make_class(code.names[i as usize].clone(), bases, ns)?;
                frame.stack.push(class);
            }
            Op::ImportName(i) => {
                let name = &code.names[i as usize];
                let m = self.lib.import(name)?;
                frame.stack.push(m);
            }
            Op::ImportFrom(i) => {
                let module = frame.stack.last().cloned().unwrap_or(Value::None);
                let name = &code.names[i as usize];
                let v = match self.lib.get_attr(self, &module, name) {
                    Ok(v) => v,
                    Err(_) => {
                        return Err(exc(
                            "ImportError",
                            format!("cannot import name '{name}' from '{}'", module_name(&module)),
                        ));
                    }
                };
                frame.stack.push(v);
            }
            _ => {}
        }
        Ok(None)
    }

    /// Subscripts, operators, comparisons, stack shuffles and jumps.
    fn exec_operators(&mut self, op: Op, frame: &mut Frame, _code: &Rc<Code>) -> Res<Option<Flow>> {
        match op {
            Op::Subscr => {
                let index = Self::pop(frame);
                let obj = Self::pop(frame);
                let v = super::ops::get_item(&obj, &index)?;
                frame.stack.push(v);
            }
            Op::StoreSubscr => {
                let index = Self::pop(frame);
                let obj = Self::pop(frame);
                let value = Self::pop(frame);
                super::ops::set_item(&obj, index, value)?;
            }
            Op::DeleteSubscr => {
                let index = Self::pop(frame);
                let obj = Self::pop(frame);
                super::ops::del_item(&obj, &index)?;
            }
            Op::Binary(op, inplace) => {
                let b = Self::pop(frame);
                let a = Self::pop(frame);
                let v = super::ops::binary(self, op, a, b, inplace)?;
                frame.stack.push(v);
            }
            Op::Unary(op) => {
                let a = Self::pop(frame);
                let v = match op {
                    UnOp::Not => Value::Bool(!a.truthy()),
                    _ => super::ops::unary(op, &a)?,
                };
                frame.stack.push(v);
            }
            Op::Compare(op) => {
                let b = Self::pop(frame);
                let a = Self::pop(frame);
                let v = super::ops::compare(self, op, &a, &b)?;
                frame.stack.push(Value::Bool(v));
            }
            Op::Pop => {
                if let Some(Value::Gen(g)) = frame.stack.pop() {
                    self.warn_if_never_awaited(&g, frame);
                }
            }
            Op::Dup => {
                let v = frame.stack.last().cloned().unwrap_or(Value::None);
                frame.stack.push(v);
            }
            Op::Dup2 => {
                let n = frame.stack.len();
                if n >= 2 {
                    let (a, b) = (frame.stack[n - 2].clone(), frame.stack[n - 1].clone());
                    frame.stack.push(a);
                    frame.stack.push(b);
                }
            }
            Op::Rot2 => {
                let n = frame.stack.len();
                if n >= 2 {
                    frame.stack.swap(n - 1, n - 2);
                }
            }
            Op::Rot3 => {
                let v = Self::pop(frame);
                let n = frame.stack.len();
                frame.stack.insert(n.saturating_sub(2), v);
            }
            Op::Jump(t) => frame.ip = t as usize,
            Op::JumpIfFalse(t) => {
                let jump = !Self::pop(frame).truthy();
                if jump {
                    frame.ip = t as usize;
                }
            }
            Op::JumpIfTrue(t) => {
                let jump = Self::pop(frame).truthy();
                if jump {
                    frame.ip = t as usize;
                }
            }
            Op::JumpIfFalseOrPop(t) => {
                if frame.stack.last().is_some_and(|v| !v.truthy()) {
                    frame.ip = t as usize;
                } else {
                    frame.stack.pop();
                }
            }
            Op::JumpIfTrueOrPop(t) => {
                if frame.stack.last().is_some_and(Value::truthy) {
                    frame.ip = t as usize;
                } else {
                    frame.stack.pop();
                }
            }
            Op::Nop => {}
            _ => {}
        }
        Ok(None)
    }

    /// Building lists, tuples, sets, dicts, slices and strings; comprehension appends; f-string formatting.
    fn exec_builders(&mut self, op: Op, frame: &mut Frame, _code: &Rc<Code>) -> Res<Option<Flow>> {
        match op {
            Op::BuildList(n) => {
                let items = Self::pop_n(frame, n as usize);
                frame.stack.push(Value::list(items));
            }
            Op::BuildTuple(n) => {
                let items = Self::pop_n(frame, n as usize);
                frame.stack.push(Value::tuple(items));
            }
            Op::BuildSet(n) => {
                let items = Self::pop_n(frame, n as usize);
                let mut set = indexmap::IndexSet::new();
                for item in items {
                    set.insert(hashable(item)?);
                }
                frame.stack.push(Value::Set(Rc::new(RefCell::new(set))));
            }
            Op::BuildDict(n) => {
                let items = Self::pop_n(frame, 2 * n as usize);
                let mut map = DictMap::new();
                let mut it = items.into_iter();
                while let (Some(k), Some(v)) = (it.next(), it.next()) {
                    map.insert(hashable(k)?, v);
                }
                frame.stack.push(Value::Dict(Rc::new(RefCell::new(map))));
            }
            Op::BuildSlice => {
                let step = Self::pop(frame);
                let stop = Self::pop(frame);
                let start = Self::pop(frame);
                frame.stack.push(Value::Slice(Rc::new((start, stop, step))));
            }
            Op::BuildString(n) => {
                let parts = Self::pop_n(frame, n as usize);
                let mut s = String::new();
                for p in parts {
                    match p {
                        Value::Str(t) => s.push_str(&t),
                        other => s.push_str(&other.to_str()),
                    }
                }
                frame.stack.push(Value::str(&s));
            }
            Op::ListAppend(depth) => {
                let v = Self::pop(frame);
                let at = frame.stack.len() - depth as usize;
                if let Value::List(l) = &frame.stack[at] {
                    l.borrow_mut().push(v);
                }
            }
            Op::ListExtend(depth) => {
                let v = Self::pop(frame);
                let items = self.collect(&v)?;
                let at = frame.stack.len() - depth as usize;
                if let Value::List(l) = &frame.stack[at] {
                    l.borrow_mut().extend(items);
                }
            }
            Op::SetAdd(depth) => {
                let v = hashable(Self::pop(frame))?;
                let at = frame.stack.len() - depth as usize;
                if let Value::Set(s) = &frame.stack[at] {
                    s.borrow_mut().insert(v);
                }
            }
            Op::MapAdd(depth) => {
                let v = Self::pop(frame);
                let k = hashable(Self::pop(frame))?;
                let at = frame.stack.len() - depth as usize;
                if let Value::Dict(d) = &frame.stack[at] {
                    d.borrow_mut().insert(k, v);
                }
            }
            Op::DictUpdate(depth) => {
                let v = Self::pop(frame);
                let Value::Dict(src) = &v else {
                    return type_error(format!("'{}' object is not a mapping", v.type_name()));
                };
                let at = frame.stack.len() - depth as usize;
                if let Value::Dict(d) = &frame.stack[at] {
                    let pairs: Vec<(Key, Value)> =
                        src.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
                    d.borrow_mut().extend(pairs);
                }
            }
            Op::FormatValue(0, false) if matches!(frame.stack.last(), Some(Value::Str(_))) => {}
            Op::FormatValue(0, false) => {
                let v = Self::pop(frame);
                let s = crate::python::vm::instances::display(self, &v, false)?;
                frame.stack.push(Value::str(&s));
            }
            Op::FormatValue(conversion, has_spec) => {
                let spec = if has_spec { Some(Self::pop(frame)) } else { None };
                let v = Self::pop(frame);
                let v = match conversion {
                    b'r' | b'a' => Value::str(&crate::python::vm::instances::display(self, &v, true)?),
                    b's' => Value::str(&crate::python::vm::instances::display(self, &v, false)?),
                    _ if matches!(v, Value::Instance(_)) => Value::str(&crate::python::vm::instances::display(self, &v, false)?),
                    _ => v,
                };
                let spec = spec.map(|s| s.to_str()).unwrap_or_default();
                let s = super::format::format_value(&v, &spec)?;
                frame.stack.push(Value::str(&s));
            }
            _ => {}
        }
        Ok(None)
    }

    /// Iteration and unpacking.
    fn exec_iteration(&mut self, op: Op, frame: &mut Frame, _code: &Rc<Code>) -> Res<Option<Flow>> {
        match op {
            Op::GetIter => {
                let v = Self::pop(frame);
                let it = super::iter::get_iter(&v)?;
                frame.stack.push(it);
            }
            Op::ForIter(t) => {
                let it = frame.stack.last().cloned().unwrap_or(Value::None);
                match super::iter::next(self, &it)? {
                    Some(v) => frame.stack.push(v),
                    None => {
                        frame.stack.pop();
                        frame.ip = t as usize;
                    }
                }
            }
            Op::Unpack(n) => {
                let v = Self::pop(frame);
                let items = self.collect(&v)?;
                if items.len() != n as usize {
                    return Err(if items.len() > n as usize {
                        exc("ValueError", format!("too many values to unpack (expected {n})"))
                    } else {
                        exc(
                            "ValueError",
                            format!("not enough values to unpack (expected {n}, got {})", items.len()),
                        )
                    });
                }
                frame.stack.extend(items.into_iter().rev());
            }
            Op::UnpackEx(before, after) => {
                let v = Self::pop(frame);
                let mut items = self.collect(&v)?;
                let (before, after) = (before as usize, after as usize);
                if items.len() < before + after {
                    return Err(exc(
                        "ValueError",
                        format!(
                            "not enough values to unpack (expected at least {}, got {})",
                            before + after,
                            items.len()
                        ),
                    ));
                }
                let tail = items.split_off(items.len() - after);
                let middle = items.split_off(before);
                for t in tail.into_iter().rev() {
                    frame.stack.push(t);
                }
                frame.stack.push(Value::list(middle));
                for h in items.into_iter().rev() {
                    frame.stack.push(h);
                }
            }
            _ => {}
        }
        Ok(None)
    }

    /// Calls and making functions.
    fn exec_calls(&mut self, op: Op, frame: &mut Frame, code: &Rc<Code>) -> Res<Option<Flow>> {
        match op {
            Op::Call(n) => {
                let n = n as usize;
                let at = frame.stack.len().saturating_sub(n + 1);
                if let Some(Value::Function(func)) = frame.stack.get(at) {
                    let c = &func.code;
                    let p = &c.params;
                    if p.positional == n && p.kwonly == 0 && !p.varargs && !p.varkw && !c.is_coroutine && !c.is_generator {
                        let func = func.clone();
                        let mut locals: Vec<Option<Value>> = Vec::with_capacity(c.locals.len());
                        locals.extend(frame.stack.drain(at + 1..).map(Some));
                        frame.stack.pop();
                        let mut callee = self.new_frame(func.code.clone(), locals, func.closure.clone());
                        match self.run_frame(&mut callee, None) {
                            FrameResult::Return(v) => frame.stack.push(v),
                            FrameResult::Raise(e) => return Err(e),
                            FrameResult::Yield(_) => return Err(exc("RuntimeError", "yield from a plain function")),
                        }
                        return Ok(None);
                    }
                }
                let args = Self::pop_n(frame, n);
                let f = Self::pop(frame);
                let v = self.call(&f, args, Vec::new())?;
                frame.stack.push(v);
            }
            Op::CallKw(n, names) => {
                let Value::Tuple(names) = &code.consts[names as usize] else {
                    return type_error("bad keyword names");
                };
                let mut args = Self::pop_n(frame, n as usize);
                let kwvalues = args.split_off(args.len() - names.len());
                let kwargs = names.iter().map(|n| Rc::from(n.to_str().as_str())).zip(kwvalues).collect();
                let f = Self::pop(frame);
                let v = self.call(&f, args, kwargs)?;
                frame.stack.push(v);
            }
            Op::CallMethod(name, n) => {
                let args = Self::pop_n(frame, n as usize);
                let obj = Self::pop(frame);
                let name = &code.names[name as usize];
                let v = match &obj {
                    Value::Str(_) | Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::Tuple(_) => {
                        match self.lib.builtin_method(&obj, name) {
                            Some(m) => self.lib.call_method(self, &obj, m, args, Vec::new())?,
                            None => {
                                let f = self.lib.get_attr(self, &obj, name)?;
                                self.call(&f, args, Vec::new())?
                            }
                        }
                    }
                    _ => {
                        let f = self.lib.get_attr(self, &obj, name)?;
                        self.call(&f, args, Vec::new())?
                    }
                };
                frame.stack.push(v);
            }
            Op::CallEx => {
                let kw = Self::pop(frame);
                let args = Self::pop(frame);
                let f = Self::pop(frame);
                let args = self.collect(&args)?;
                let mut kwargs = Vec::new();
                if let Value::Dict(d) = &kw {
                    for (k, v) in d.borrow().iter() {
                        match &k.0 {
                            Value::Str(s) => kwargs.push((s.clone(), v.clone())),
                            _ => return type_error("keywords must be strings"),
                        }
                    }
                }
                let v = self.call(&f, args, kwargs)?;
                frame.stack.push(v);
            }
            Op::MakeFunction(i, flags) => {
                let Value::Code(child) = &code.consts[i as usize] else {
                    return type_error("bad code constant");
                };
                let kwdefaults = if flags & 2 != 0 {
                    match Self::pop(frame) {
                        Value::Dict(d) => d
                            .borrow()
                            .iter()
                            .map(|(k, v)| (Rc::from(k.0.to_str().as_str()), v.clone()))
                            .collect(),
                        _ => Vec::new(),
                    }
                } else {
                    Vec::new()
                };
                let defaults = if flags & 1 != 0 {
                    match Self::pop(frame) {
                        Value::Tuple(t) => t.to_vec(),
                        _ => Vec::new(),
                    }
                } else {
                    Vec::new()
                };
                let closure = child.closure_from.iter().map(|&c| frame.cells[c as usize].clone()).collect();
                let f = Function { code: child.clone(), defaults, kwdefaults, closure };
                frame.stack.push(Value::Function(Rc::new(f)));
            }
            _ => {}
        }
        Ok(None)
    }

    /// Returning, yielding, awaiting, and `with` / `async with` / `async for` protocol steps.
    fn exec_suspension(&mut self, op: Op, frame: &mut Frame, _code: &Rc<Code>) -> Res<Option<Flow>> {
        match op {
            Op::Return => return Ok(Some(Flow::Return)),
            Op::Yield => return Ok(Some(Flow::Yield)),
            Op::GetAwaitable => {
                let v = Self::pop(frame);
                frame.stack.push(self.lib.to_awaitable(v)?);
            }
            Op::Await if matches!(frame.stack.iter().rev().nth(1), Some(Value::Native(n)) if n.is_awaitable()) => {
                let sent = Self::pop(frame);
                let Some(Value::Native(aw)) = frame.stack.last().cloned() else {
                    return type_error("await on a non-awaitable");
                };
                match self.lib.drive(self, &aw, sent, None) {
                    Ok(AwaitOutcome::Done(v)) => {
                        frame.stack.pop();
                        frame.stack.push(v);
                    }
                    Ok(AwaitOutcome::Suspend(marker)) => {
                        frame.ip -= 1;
                        frame.stack.push(marker);
                        return Ok(Some(Flow::Yield));
                    }
                    Err(e) => {
                        frame.stack.pop();
                        return Err(e);
                    }
                }
            }
            Op::AsyncExitExc => {
                let e = Self::pop(frame);
                let manager = Self::pop(frame);
                let aw = match (&manager, &e) {
                    (Value::Instance(_), Value::Exc(x)) => {
                        let class = match x.class.borrow().as_ref() {
                            Some(c) => Value::Class(c.clone()),
                            None => Value::Type(x.kind),
                        };
                        match crate::python::object::classes::get_attr(&manager, "__aexit__") {
                            Some(Ok(method)) => self.call(&method, vec![class, e.clone(), Value::None], Vec::new())?,
                            _ => return type_error("object does not support the asynchronous context manager protocol"),
                        }
                    }
                    _ => self.lib.async_with(self, &manager, false)?,
                };
                frame.stack.push(e);
                frame.stack.push(aw);
            }
            Op::GetAIter | Op::GetANext => {
                let obj = Self::pop(frame);
                let name = if matches!(op, Op::GetAIter) { "__aiter__" } else { "__anext__" };
                let method = match &obj {
                    Value::Instance(_) => crate::python::object::classes::get_attr(&obj, name).and_then(Result::ok),
                    _ => None,
                };
                let Some(method) = method else {
                    return type_error(if matches!(op, Op::GetAIter) {
                        format!("'async for' requires an object with __aiter__ method, got {}", obj.type_name())
                    } else {
                        format!("'async for' received an object from __aiter__ that does not implement __anext__: {}", obj.type_name())
                    });
                };
                let v = self.call(&method, Vec::new(), Vec::new())?;
                frame.stack.push(v);
            }
            Op::WithEnter => {
                let manager = Self::pop(frame);
                let entered = self.call_dunder(&manager, "__enter__", Vec::new())?;
                frame.stack.push(entered);
            }
            Op::WithExit => {
                let manager = Self::pop(frame);
                self.call_dunder(&manager, "__exit__", vec![Value::None, Value::None, Value::None])?;
            }
            Op::WithExitExc => {
                let e = Self::pop(frame);
                let manager = Self::pop(frame);
                let args = match &e {
                    Value::Exc(x) => {
                        let class = match x.class.borrow().as_ref() {
                            Some(c) => Value::Class(c.clone()),
                            None => Value::Type(x.kind),
                        };
                        vec![class, e.clone(), Value::None]
                    }
                    _ => vec![Value::None, Value::None, Value::None],
                };
                let suppress = self.call_dunder(&manager, "__exit__", args)?;
                frame.stack.push(e);
                frame.stack.push(Value::Bool(suppress.truthy()));
            }
            Op::AsyncEnter | Op::AsyncExit => {
                let manager = Self::pop(frame);
                let aw = self.lib.async_with(self, &manager, matches!(op, Op::AsyncEnter))?;
                frame.stack.push(aw);
            }
            Op::GetYieldFromIter => {
                let v = Self::pop(frame);
                let it = match &v {
                    Value::Gen(g) if g.borrow().is_coroutine() => {
                        return type_error("cannot 'yield from' a coroutine object in a non-coroutine generator");
                    }
                    Value::Gen(_) => v,
                    other => super::iter::get_iter(other)?,
                };
                frame.stack.push(it);
            }
            Op::Await if !matches!(frame.stack.iter().rev().nth(1), Some(Value::Gen(_))) => {
                // `yield from` over a plain iterator: yield each item.
                let _sent = Self::pop(frame);
                let it = frame.stack.last().cloned().unwrap_or(Value::None);
                match super::iter::next(self, &it)? {
                    Some(v) => {
                        frame.ip -= 1;
                        frame.stack.push(v);
                        return Ok(Some(Flow::Yield));
                    }
                    None => {
                        frame.stack.pop();
                        frame.stack.push(Value::None);
                    }
                }
            }
            Op::Await => {
                let sent = Self::pop(frame);
                let Some(Value::Gen(g)) = frame.stack.last().cloned() else {
                    return type_error("await on a non-coroutine");
                };
                match self.resume(&g, sent, None) {
                    FrameResult::Return(r) => {
                        frame.stack.pop();
                        frame.stack.push(r);
                    }
                    FrameResult::Raise(e) => {
                        frame.stack.pop();
                        return Err(e);
                    }
                    FrameResult::Yield(y) => {
                        frame.ip -= 1;
                        frame.stack.push(y);
                        return Ok(Some(Flow::Yield));
                    }
                }
            }
            _ => {}
        }
        Ok(None)
    }

    /// Handler blocks, matching and raising exceptions.
    fn exec_exceptions(&mut self, op: Op, frame: &mut Frame, _code: &Rc<Code>) -> Res<Option<Flow>> {
        match op {
            Op::SetupExcept(t) => frame.blocks.push(Block {
                handler: t as usize,
                stack_depth: frame.stack.len(),
                handling_depth: self.handling.len(),
            }),
            Op::PopBlock => {
                frame.blocks.pop();
            }
            Op::PushExcInfo => {
                if let Some(Value::Exc(e)) = frame.stack.last() {
                    self.handling.push(e.clone());
                }
            }
            Op::PopExcInfo => {
                self.handling.pop();
            }
            Op::ExceptMatch => {
                let class = Self::pop(frame);
                let Some(Value::Exc(e)) = frame.stack.last() else {
                    frame.stack.push(Value::Bool(false));
                    return Ok(None);
                };
                let matched = exception_matches(e, &class)?;
                frame.stack.push(Value::Bool(matched));
            }
            Op::Raise(n) => {
                let e = match n {
                    0 => match self.handling.last() {
                        Some(e) => return Err(e.clone()),
                        None => exc("RuntimeError", "No active exception to reraise"),
                    },
                    1 => {
                        let v = Self::pop(frame);
                        self.make_exception(v)?
                    }
                    _ => {
                        let cause = Self::pop(frame);
                        let v = Self::pop(frame);
                        let e = self.make_exception(v)?;
                        if let Value::Exc(c) = cause {
                            *e.cause.borrow_mut() = Some(c);
                        } else if !matches!(cause, Value::None) {
                            *e.cause.borrow_mut() = Some(self.make_exception(cause)?);
                        }
                        e
                    }
                };
                return Err(self.raise_with_context(e));
            }
            Op::Reraise => {
                let v = Self::pop(frame);
                return match v {
                    Value::Exc(e) => Err(e),
                    _ => Err(exc("RuntimeError", "reraise without exception")),
                };
            }
            _ => {}
        }
        Ok(None)
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

    /// Collects every item of an iterable.
    pub fn collect(&mut self, v: &Value) -> Res<Vec<Value>> {
        match v {
            Value::List(l) => Ok(l.borrow().clone()),
            Value::Tuple(t) => Ok(t.to_vec()),
            _ => {
                let it = super::iter::get_iter(v)?;
                let mut out = Vec::new();
                while let Some(x) = super::iter::next(self, &it)? {
                    out.push(x);
                    if out.len() * 16 > self.limits.max_memory {
                        return Err(exc("MemoryError", ""));
                    }
                }
                Ok(out)
            }
        }
    }
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
        Value::Type(name) if exception_class(name).is_some() => Ok(is_subclass(kind, name)),
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
