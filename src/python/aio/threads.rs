//! Threads on the virtual clock: `threading.Thread` / `Lock` /
//! `current_thread`, `concurrent.futures.ThreadPoolExecutor`,
//! `loop.run_in_executor`, and `multiprocessing.Pool` (its processes become
//! threads), scheduled deterministically by the rules of the reference harness
//! (`tests/reference/vclock.py`):
//!
//! * exactly one thread runs at a time; it runs until it blocks (time.sleep, a
//!   lock, a join, a future's result, an idle worker, the event loop's wait);
//! * when it blocks, the next to run is the one that has waited longest among
//!   those that can go on now; if none can, the clock jumps to the earliest
//!   deadline and that thread runs, ties going to the one that blocked first;
//! * a new thread first runs when its starter blocks.
//!
//! A thread is its target's frame, run as a resumable frame: a blocking call
//! made in that frame suspends it (the VM yields it back here). The main
//! thread cannot be suspended, so when it blocks it runs the others itself
//! until it may go on. A thread that blocks inside a function its target
//! calls is refused with a clear error (not supported yet).
//!
//! Invariant: `threads[0]` is the main thread; `running` is the thread whose
//! code is executing; every blocked thread has exactly one waiter.

use std::any::Any;
use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use crate::python::lib::builtins::number_arg;
use crate::python::object::errors::ExcObj;
use crate::python::object::native::{self, NativeObject};
use crate::python::object::value::Value;
use crate::python::vm::machine::{FrameResult, Resumable, Vm};
use crate::python::object::frame::GenState;
use crate::python::object::errors::{Res, exc, type_error};

/// `os.cpu_count()` on the virtual machine (as in the reference harness).
pub const CPU_COUNT: usize = 2;

/// A built-in object of the threading modules, by its index in [`Threads`].
#[derive(Debug, Clone, Copy, PartialEq, Hash)]
pub enum Native {
    /// `threading.Thread` (or a `multiprocessing` worker).
    Thread(usize),
    /// `threading.Lock`.
    Lock(usize),
    /// `ThreadPoolExecutor`.
    Executor(usize),
    /// `concurrent.futures.Future`.
    Future(usize),
    /// `multiprocessing.Pool` (on an executor).
    Pool(usize),
    /// `multiprocessing.pool.AsyncResult` (on a future).
    AsyncResult(usize),
    /// `queue.Queue` / `multiprocessing.Queue`.
    Queue(usize),
}

impl NativeObject for Native {
    fn type_name(&self) -> &'static str {
        Native::type_name(self)
    }
    fn methods(&self) -> &'static [&'static str] {
        methods(self)
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn same(&self, other: &dyn NativeObject) -> bool {
        other.as_any().downcast_ref::<Native>() == Some(self)
    }
    fn hash_identity(&self, mut state: &mut dyn std::hash::Hasher) {
        std::hash::Hash::hash(self, &mut state);
    }
}

impl Native {
    /// The Python type's name.
    pub fn type_name(&self) -> &'static str {
        match self {
            Native::Thread(_) => "Thread",
            Native::Lock(_) => "lock",
            Native::Executor(_) => "ThreadPoolExecutor",
            Native::Future(_) => "Future",
            Native::Pool(_) => "Pool",
            Native::AsyncResult(_) => "ApplyResult",
            Native::Queue(_) => "Queue",
        }
    }
}

/// The threads' state, kept in the interpreter.
pub fn threads<'v>(vm: &'v mut Vm<'_>) -> &'v mut Threads {
    vm.ext.get_mut::<Threads>()
}

/// What lets a blocked thread go on.
#[derive(Debug, Clone, Copy, PartialEq)]
enum Cond {
    /// Always (a thread just started).
    Always,
    /// Only its deadline.
    Never,
    /// That thread finished.
    ThreadDone(usize),
    /// That lock is free.
    LockFree(usize),
    /// That future is done.
    FutureDone(usize),
    /// That executor has work or was shut down.
    Work(usize),
    /// The running event loop has a ready handle.
    LoopReady,
    /// That queue has an item.
    QueueItem(usize),
}

/// What a blocked thread does when it goes on, giving its blocking call's value.
#[derive(Debug, Clone, Copy, PartialEq)]
enum After {
    /// Returns None.
    Nothing,
    /// Takes the lock if free: True, else (timed out) False.
    Acquire(usize),
    /// The future's result (raised if it failed, TimeoutError if not done).
    Result(usize),
    /// The queue's first item (queue.Empty if there is none).
    Pop(usize),
}

#[derive(Debug)]
struct Waiter {
    thread: usize,
    cond: Cond,
    deadline: Option<f64>,
    seq: u64,
}

/// A job of an executor: `fn(*args)`, then (a pool's) callbacks.
#[derive(Debug, Clone)]
struct Job {
    future: usize,
    func: Value,
    args: Vec<Value>,
    callback: Option<Value>,
    error_callback: Option<Value>,
}

#[derive(Debug)]
enum Body {
    Main,
    Target { target: Value, args: Vec<Value>, frame: Option<Rc<RefCell<GenState>>> },
    Worker { executor: usize, job: Option<(Job, Option<Rc<RefCell<GenState>>>)>, idle: bool },
}

#[derive(Debug)]
struct Thread {
    name: String,
    body: Body,
    started: bool,
    done: bool,
    after: After,
}

#[derive(Debug, Default)]
struct Executor {
    prefix: String,
    max_workers: usize,
    queue: VecDeque<Job>,
    workers: Vec<usize>,
    idle: usize,
    shutdown: bool,
}

#[derive(Debug, Default)]
struct Future {
    outcome: Option<Result<Value, Rc<ExcObj>>>,
    /// `run_in_executor`: the asyncio future to settle, through the loop.
    asyncio: Option<crate::engine::FutureId>,
}

/// Every thread, lock, executor and future of the program.
#[derive(Debug)]
pub struct Threads {
    threads: Vec<Thread>,
    waiters: Vec<Waiter>,
    seq: u64,
    running: usize,
    thread_counter: u64,
    executor_counter: u64,
    locks: Vec<bool>,
    executors: Vec<Executor>,
    futures: Vec<Future>,
    queues: Vec<VecDeque<Value>>,
    /// The depth the running thread's own frame runs at.
    top_depth: usize,
    /// Set by a blocking call of a thread's own frame: the VM suspends it.
    pub yield_now: bool,
    /// The loop's default executor (`run_in_executor(None, …)`).
    pub default_executor: Option<usize>,
}

impl Default for Threads {
    fn default() -> Self {
        Threads {
            threads: vec![Thread { name: "MainThread".into(), body: Body::Main, started: true, done: false, after: After::Nothing }],
            waiters: Vec::new(),
            seq: 0,
            running: 0,
            thread_counter: 0,
            executor_counter: 0,
            locks: Vec::new(),
            executors: Vec::new(),
            futures: Vec::new(),
            queues: Vec::new(),
            top_depth: 0,
            yield_now: false,
            default_executor: None,
        }
    }
}

impl Threads {
    /// Whether any thread other than the main one was ever started (until
    /// then, blocking calls behave exactly as without threads).
    pub fn active(&self) -> bool {
        self.threads.len() > 1
    }

    fn wait(&mut self, thread: usize, cond: Cond, deadline: Option<f64>) {
        self.seq += 1;
        self.waiters.push(Waiter { thread, cond, deadline, seq: self.seq });
    }
}

fn native(n: Native) -> Value {
    Value::Native(Rc::new(n))
}

fn kwarg<'a>(kwargs: &'a [(Rc<str>, Value)], name: &str) -> Option<&'a Value> {
    kwargs.iter().find(|(k, _)| &**k == name).map(|(_, v)| v)
}

fn can_go(vm: &mut Vm, cond: Cond) -> bool {
    if cond == Cond::LoopReady {
        return super::event_loop::loop_ready(vm);
    }
    let t = threads(vm);
    match cond {
        Cond::Always => true,
        Cond::Never => false,
        Cond::ThreadDone(i) => t.threads.get(i).is_none_or(|th| th.done),
        Cond::LockFree(l) => !t.locks.get(l).copied().unwrap_or(false),
        Cond::FutureDone(f) => t.futures.get(f).is_none_or(|f| f.outcome.is_some()),
        Cond::Work(e) => t.executors.get(e).is_none_or(|e| !e.queue.is_empty() || e.shutdown),
        Cond::LoopReady => false,
        Cond::QueueItem(q) => t.queues.get(q).is_some_and(|q| !q.is_empty()),
    }
}

/// Hands the baton to the next thread (see the module docs). Err: every
/// thread would wait forever.
fn pass_baton(vm: &mut Vm) -> Res<()> {
    let waiters: Vec<_> = threads(vm).waiters.iter().map(|w| (w.cond, w.seq, w.deadline)).collect();
    let ready = (0..waiters.len()).filter(|&i| can_go(vm, waiters[i].0)).min_by_key(|&i| waiters[i].1);
    let chosen = match ready {
        Some(i) => i,
        None => {
            let timed = (0..waiters.len())
                .filter_map(|i| waiters[i].2.map(|d| (i, d)))
                .min_by(|a, b| a.1.total_cmp(&b.1).then(waiters[a.0].1.cmp(&waiters[b.0].1)));
            match timed {
                Some((i, deadline)) => {
                    if deadline > vm.now() {
                        let woke = vm.clock.wake_time(deadline);
                        let t = vm.unless_halted(woke.ok_or_else(|| exc("RuntimeError", "the run was halted by its driver")))?;
                        vm.set_clock(t);
                    }
                    i
                }
                None => return Err(exc("RuntimeError", crate::engine::WAIT_FOREVER_MESSAGE)),
            }
        }
    };
    let w = threads(vm).waiters.remove(chosen);
    threads(vm).running = w.thread;
    Ok(())
}

/// Blocks the running thread until `cond` holds or the clock reaches
/// `deadline`; returns the value its blocking call gives (`after`). A thread
/// other than the main one is suspended (the value is sent in when it goes
/// on); the main thread runs the others until it may go on.
fn block(vm: &mut Vm, cond: Cond, deadline: Option<f64>, after: After) -> Res<Value> {
    let me = threads(vm).running;
    if me != 0 {
        if vm.depth() != threads(vm).top_depth {
            return Err(exc(
                "RuntimeError",
                "looplab: a thread may block (sleep, lock, join, result) only in the function it runs, \
                 not in a function that function calls (not supported yet)",
            ));
        }
        threads(vm).wait(me, cond, deadline);
        threads(vm).threads[me].after = after;
        vm.request_suspend();
        return Ok(Value::None);
    }
    threads(vm).wait(0, cond, deadline);
    loop {
        pass_baton(vm)?;
        let running = threads(vm).running;
        if running == 0 {
            break;
        }
        run_thread(vm, running)?;
    }
    perform(vm, after)
}

fn perform(vm: &mut Vm, after: After) -> Res<Value> {
    match after {
        After::Nothing => Ok(Value::None),
        After::Acquire(l) => Ok(Value::Bool(match threads(vm).locks.get_mut(l) {
            Some(locked) if !*locked => {
                *locked = true;
                true
            }
            _ => false,
        })),
        After::Result(f) => match threads(vm).futures.get(f).and_then(|f| f.outcome.clone()) {
            Some(Ok(v)) => Ok(v),
            Some(Err(e)) => Err(e),
            None => Err(ExcObj::new("TimeoutError", Vec::new())),
        },
        After::Pop(q) => threads(vm).queues.get_mut(q).and_then(VecDeque::pop_front).ok_or_else(|| ExcObj::new("Empty", Vec::new())),
    }
}

/// Runs thread `id` until it blocks or ends.
fn run_thread(vm: &mut Vm, id: usize) -> Res<()> {
    let after = std::mem::replace(&mut threads(vm).threads[id].after, After::Nothing);
    let sent = perform(vm, after);
    let body = std::mem::replace(&mut threads(vm).threads[id].body, Body::Main);
    let (body, finished) = match body {
        Body::Main => (Body::Main, false),
        Body::Target { target, args, frame } => {
            let frame = match frame {
                Some(f) => Some(f),
                None => match vm.resumable_call(&target, args.clone()) {
                    Ok(Resumable::Frame(f)) => Some(f),
                    Ok(Resumable::Done(_)) => None,
                    Err(e) => {
                        report_thread_exception(vm, id, &target, &e);
                        None
                    }
                },
            };
            match frame {
                None => (Body::Target { target, args, frame: None }, true),
                Some(f) => match step(vm, &f, sent) {
                    Step::Blocked => (Body::Target { target, args, frame: Some(f) }, false),
                    Step::Returned(_) => (Body::Target { target, args, frame: None }, true),
                    Step::Raised(e) => {
                        report_thread_exception(vm, id, &target, &e);
                        (Body::Target { target, args, frame: None }, true)
                    }
                },
            }
        }
        Body::Worker { executor, job, idle } => run_worker(vm, id, executor, job, idle, sent)?,
    };
    threads(vm).threads[id].body = body;
    if finished {
        threads(vm).threads[id].done = true;
    }
    threads(vm).running = 0;
    Ok(())
}

enum Step {
    Blocked,
    Returned(Value),
    Raised(Rc<ExcObj>),
}

fn step(vm: &mut Vm, frame: &Rc<RefCell<GenState>>, sent: Res<Value>) -> Step {
    threads(vm).top_depth = vm.depth() + 1;
    let result = match sent {
        Ok(v) => vm.resume(frame, v, None),
        Err(e) => vm.resume(frame, Value::None, Some(e)),
    };
    match result {
        FrameResult::Yield(_) => Step::Blocked,
        FrameResult::Return(v) => Step::Returned(v),
        FrameResult::Raise(e) => Step::Raised(e),
    }
}

fn report_thread_exception(vm: &mut Vm, id: usize, target: &Value, e: &Rc<ExcObj>) {
    if vm.stopped.is_some() {
        return;
    }
    super::library_frames::add_thread_frames(e, target);
    let (filename, source) = vm.program.clone();
    let text = format!(
        "Exception in thread {}:\n{}",
        threads(vm).threads[id].name,
        crate::python::object::errors::format_exception(e, &filename, &source)
    );
    vm.write(&text, true);
}

type WorkerState = (Body, bool);

/// An executor's worker (`ThreadPoolExecutor._work` in the reference): take
/// the next job, run it, settle its future; idle while there is none; end
/// when shut down with nothing left.
fn run_worker(
    vm: &mut Vm,
    id: usize,
    executor: usize,
    mut job: Option<(Job, Option<Rc<RefCell<GenState>>>)>,
    idle: bool,
    mut sent: Res<Value>,
) -> Res<WorkerState> {
    if idle && let Some(e) = threads(vm).executors.get_mut(executor) {
        e.idle = e.idle.saturating_sub(1);
    }
    loop {
        if let Some((current, frame)) = job.take() {
            let frame = match frame {
                Some(f) => Some(f),
                None => {
                    trace_job(vm, id, &current, false);
                    match vm.resumable_call(&current.func, current.args.clone()) {
                        Ok(Resumable::Frame(f)) => Some(f),
                        Ok(Resumable::Done(v)) => {
                            settle(vm, &current, Ok(v));
                            None
                        }
                        Err(e) => {
                            settle(vm, &current, Err(e));
                            None
                        }
                    }
                }
            };
            if let Some(f) = frame {
                match step(vm, &f, std::mem::replace(&mut sent, Ok(Value::None))) {
                    Step::Blocked => return Ok((Body::Worker { executor, job: Some((current, Some(f))), idle: false }, false)),
                    Step::Returned(v) => settle(vm, &current, Ok(v)),
                    Step::Raised(e) => settle(vm, &current, Err(e)),
                }
            }
            trace_job(vm, id, &current, true);
            continue;
        }
        let Some(e) = threads(vm).executors.get_mut(executor) else {
            return Ok((Body::Worker { executor, job: None, idle: false }, true));
        };
        match e.queue.pop_front() {
            Some(next) => job = Some((next, None)),
            None if e.shutdown => return Ok((Body::Worker { executor, job: None, idle: false }, true)),
            None => {
                e.idle += 1;
                threads(vm).wait(id, Cond::Work(executor), None);
                return Ok((Body::Worker { executor, job: None, idle: true }, false));
            }
        }
    }
}

/// Records a job starting or ending on worker thread `id` in the running
/// loop's trace (the timeline's worker lanes).
fn trace_job(vm: &mut Vm, id: usize, job: &Job, done: bool) {
    if !super::asyncio::tracing(vm) {
        return;
    }
    let name = job_name(&job.func);
    let worker = threads(vm).threads.get(id).map_or(String::new(), |t| t.name.clone());
    if let Ok(lp) = super::event_loop::loop_of(vm) {
        lp.trace_worker(id, format!("{worker}: {name}"), done);
    }
}

/// A job ended: a pool's callbacks run (in the worker), then its future is
/// settled, and a `run_in_executor` future through the loop.
fn settle(vm: &mut Vm, job: &Job, outcome: Res<Value>) {
    let outcome = match (&outcome, &job.callback, &job.error_callback) {
        (Ok(v), Some(cb), _) => match vm.call(cb, vec![v.clone()], Vec::new()) {
            Ok(_) => outcome,
            Err(e) => Err(e),
        },
        (Err(e), _, Some(cb)) => {
            let _ = vm.call(cb, vec![Value::Exc(e.clone())], Vec::new());
            outcome
        }
        _ => outcome,
    };
    let Some(f) = threads(vm).futures.get_mut(job.future) else { return };
    f.outcome = Some(outcome.clone());
    if let Some(target) = f.asyncio {
        super::asyncio::settle_threadsafe(vm, target, outcome);
    }
}

/// Creates a thread that runs `body`, named `name` (not started).
fn new_thread(vm: &mut Vm, name: String, body: Body) -> usize {
    threads(vm).threads.push(Thread { name, body, started: false, done: false, after: After::Nothing });
    threads(vm).threads.len() - 1
}

fn start(vm: &mut Vm, id: usize) -> Res<()> {
    let Some(t) = threads(vm).threads.get_mut(id) else { return Ok(()) };
    if t.started {
        return Err(exc("RuntimeError", "threads can only be started once"));
    }
    t.started = true;
    threads(vm).wait(id, Cond::Always, None);
    Ok(())
}

/// `ThreadPoolExecutor(max_workers, thread_name_prefix)`.
pub fn new_executor(vm: &mut Vm, max_workers: Option<usize>, prefix: &str) -> Res<usize> {
    let max_workers = max_workers.unwrap_or((CPU_COUNT + 4).min(32));
    if max_workers == 0 {
        return Err(exc("ValueError", "max_workers must be greater than 0"));
    }
    let prefix = if prefix.is_empty() {
        let n = threads(vm).executor_counter;
        threads(vm).executor_counter += 1;
        format!("ThreadPoolExecutor-{n}")
    } else {
        prefix.to_string()
    };
    threads(vm).executors.push(Executor { prefix, max_workers, ..Default::default() });
    Ok(threads(vm).executors.len() - 1)
}

/// The running thread's name (`MainThread`, `asyncio_0`, `Thread-1 (work)`).
pub fn current_name(vm: &mut Vm) -> String {
    let t = threads(vm);
    t.threads.get(t.running).map_or_else(|| "MainThread".to_string(), |th| th.name.clone())
}

/// `executor.submit(fn, *args)`: the new future's index.
pub fn submit(vm: &mut Vm, executor: usize, func: Value, args: Vec<Value>, callbacks: (Option<Value>, Option<Value>)) -> Res<usize> {
    let Some(e) = threads(vm).executors.get(executor) else { return Err(exc("RuntimeError", "no such executor")) };
    if e.shutdown {
        return Err(exc("RuntimeError", "cannot schedule new futures after shutdown"));
    }
    let (func, args) = crate::python::lib::functools::flatten_partial(func, args);
    threads(vm).futures.push(Future::default());
    let future = threads(vm).futures.len() - 1;
    let (callback, error_callback) = callbacks;
    let e = &mut threads(vm).executors[executor];
    e.queue.push_back(Job { future, func, args, callback, error_callback });
    if e.idle == 0 && e.workers.len() < e.max_workers {
        let name = format!("{}_{}", e.prefix, e.workers.len());
        let id = new_thread(vm, name, Body::Worker { executor, job: None, idle: false });
        threads(vm).executors[executor].workers.push(id);
        start(vm, id)?;
    }
    Ok(future)
}

/// A job as the timeline's worker lanes name it: `crunch()`.
fn job_name(func: &Value) -> String {
    match func {
        Value::Function(f) => format!("{}()", f.code.name),
        other => other.type_name().to_string(),
    }
}

/// Names the asyncio future of a `run_in_executor(…, func)` for the await
/// graph (`run_in_executor(crunch())`), so a task waiting on it says which
/// job it waits for rather than `fut-4`.
pub fn name_executor_future(lp: &mut super::asyncio::Loop, target: crate::engine::FutureId, func: &Value) {
    lp.name_future(target, crate::engine::future::MadeBy::Text(format!("run_in_executor({})", job_name(func))));
}

/// `run_in_executor`: ties future `f` to the asyncio future `target`.
pub fn link_asyncio(vm: &mut Vm, f: usize, target: crate::engine::FutureId) {
    if let Some(fut) = threads(vm).futures.get_mut(f) {
        fut.asyncio = Some(target);
    }
}

/// `executor.shutdown(wait)`.
pub fn shutdown(vm: &mut Vm, executor: usize, wait: bool) -> Res<()> {
    let Some(e) = threads(vm).executors.get_mut(executor) else { return Ok(()) };
    e.shutdown = true;
    if wait {
        for worker in e.workers.clone() {
            join(vm, worker, None)?;
        }
    }
    Ok(())
}

fn join(vm: &mut Vm, id: usize, timeout: Option<f64>) -> Res<Value> {
    let Some((started, done)) = threads(vm).threads.get(id).map(|t| (t.started, t.done)) else { return Ok(Value::None) };
    if !started {
        return Err(exc("RuntimeError", "cannot join thread before it is started"));
    }
    if id == threads(vm).running {
        return Err(exc("RuntimeError", "cannot join current thread"));
    }
    if done {
        return Ok(Value::None);
    }
    let deadline = timeout.map(|d| vm.now() + d);
    block(vm, Cond::ThreadDone(id), deadline, After::Nothing)
}

/// A blocking `time.sleep(d)` while threads exist.
pub fn sleep(vm: &mut Vm, seconds: f64) -> Res<()> {
    let deadline = vm.now() + seconds;
    block(vm, Cond::Never, Some(deadline), After::Nothing).map(|_| ())
}

/// The event loop's wait (its selector) while threads exist: until a handle
/// is ready or the clock reaches `deadline`.
pub fn loop_wait(vm: &mut Vm, deadline: Option<f64>) -> Res<()> {
    block(vm, Cond::LoopReady, deadline, After::Nothing).map(|_| ())
}

fn lock_acquire(vm: &mut Vm, l: usize, blocking: bool, timeout: Option<f64>) -> Res<Value> {
    let locked = threads(vm).locks.get(l).copied().unwrap_or(false);
    if !locked {
        if let Some(x) = threads(vm).locks.get_mut(l) {
            *x = true;
        }
        return Ok(Value::Bool(true));
    }
    if !blocking {
        return Ok(Value::Bool(false));
    }
    let deadline = timeout.map(|t| vm.now() + t);
    block(vm, Cond::LockFree(l), deadline, After::Acquire(l))
}

fn lock_release(vm: &mut Vm, l: usize) -> Res<Value> {
    match threads(vm).locks.get_mut(l) {
        Some(locked) if *locked => {
            *locked = false;
            Ok(Value::None)
        }
        _ => Err(exc("RuntimeError", "release unlocked lock")),
    }
}

fn future_result(vm: &mut Vm, f: usize, timeout: Option<f64>) -> Res<Value> {
    if threads(vm).futures.get(f).is_some_and(|x| x.outcome.is_some()) {
        return perform(vm, After::Result(f));
    }
    let deadline = timeout.map(|t| vm.now() + t);
    block(vm, Cond::FutureDone(f), deadline, After::Result(f))
}

fn timeout_arg(args: &[Value], kwargs: &[(Rc<str>, Value)], at: usize, func: &str) -> Res<Option<f64>> {
    match args.get(at).or_else(|| kwarg(kwargs, "timeout")) {
        None | Some(Value::None) => Ok(None),
        Some(v) => Ok(Some(number_arg(v, func)?)),
    }
}

/// Calls `threading.X`, `concurrent.futures.X` or `multiprocessing.X`.
pub fn call_module(vm: &mut Vm, module: &str, func: &str, args: Vec<Value>, kwargs: Vec<(Rc<str>, Value)>) -> Res<Value> {
    match (module, func) {
        ("threading" | "multiprocessing", "Thread" | "Process") => {
            let target = kwarg(&kwargs, "target").cloned().or_else(|| args.get(1).cloned()).unwrap_or(Value::None);
            let targs = match kwarg(&kwargs, "args").or_else(|| args.get(3)) {
                Some(v) => vm.collect(v)?,
                None => Vec::new(),
            };
            threads(vm).thread_counter += 1;
            let n = threads(vm).thread_counter;
            let name = match kwarg(&kwargs, "name").or_else(|| args.get(2)) {
                Some(Value::None) | None => match &target {
                    Value::Function(f) => format!("Thread-{n} ({})", f.code.name),
                    _ => format!("Thread-{n}"),
                },
                Some(v) => v.to_str(),
            };
            let id = new_thread(vm, name, Body::Target { target, args: targs, frame: None });
            Ok(native(Native::Thread(id)))
        }
        ("threading", "Lock" | "RLock") => {
            threads(vm).locks.push(false);
            Ok(native(Native::Lock(threads(vm).locks.len() - 1)))
        }
        ("threading", "current_thread" | "main_thread") => {
            let id = if func == "main_thread" { 0 } else { threads(vm).running };
            Ok(native(Native::Thread(id)))
        }
        ("threading", "active_count") => {
            Ok(Value::Int(threads(vm).threads.iter().filter(|t| t.started && !t.done).count() as i64))
        }
        ("concurrent.futures", "ThreadPoolExecutor") => {
            let max = match args.first().or_else(|| kwarg(&kwargs, "max_workers")) {
                None | Some(Value::None) => None,
                Some(Value::Int(n)) if *n >= 0 => Some(*n as usize),
                Some(Value::Int(_)) => return Err(exc("ValueError", "max_workers must be greater than 0")),
                Some(other) => return type_error(format!("'{}' object cannot be interpreted as an integer", other.type_name())),
            };
            let prefix = match args.get(1).or_else(|| kwarg(&kwargs, "thread_name_prefix")) {
                Some(Value::Str(s)) => s.to_string(),
                _ => String::new(),
            };
            Ok(native(Native::Executor(new_executor(vm, max, &prefix)?)))
        }
        ("multiprocessing", "Pool") => {
            let n = match args.first().or_else(|| kwarg(&kwargs, "processes")) {
                Some(Value::Int(n)) if *n > 0 => *n as usize,
                Some(Value::Int(_)) => return Err(exc("ValueError", "Number of processes must be at least 1")),
                _ => CPU_COUNT,
            };
            Ok(native(Native::Pool(new_executor(vm, Some(n), "ForkPoolWorker")?)))
        }
        ("multiprocessing" | "queue", "Queue") => {
            threads(vm).queues.push(VecDeque::new());
            Ok(native(Native::Queue(threads(vm).queues.len() - 1)))
        }
        ("multiprocessing", "cpu_count") | ("os", "cpu_count") => Ok(Value::Int(CPU_COUNT as i64)),
        _ => Err(exc("AttributeError", format!("module '{module}' has no attribute '{func}'"))),
    }
}

/// The names the threading modules provide.
pub fn module_attr(module: &str, name: &str) -> Option<Value> {
    let names: &[&'static str] = match module {
        "threading" => &["threading.Thread", "threading.Lock", "threading.RLock", "threading.current_thread", "threading.main_thread", "threading.active_count"],
        "concurrent.futures" => &["concurrent.futures.ThreadPoolExecutor"],
        "multiprocessing" => &["multiprocessing.Pool", "multiprocessing.Process", "multiprocessing.Queue", "multiprocessing.cpu_count"],
        "queue" => &["queue.Queue"],
        "os" => &["os.cpu_count"],
        _ => &[],
    };
    if module == "queue" && name == "Empty" {
        return Some(Value::Type("Empty"));
    }
    names.iter().find(|q| q.rsplit_once('.').map(|(_, n)| n) == Some(name)).map(|q| Value::Builtin(q))
}

/// `obj.name` for a built-in threading object (methods are looked up by
/// [`call_method`]).
pub fn get_attr(vm: &mut Vm, obj: &Native, name: &str) -> Option<Value> {
    match (obj, name) {
        (Native::Thread(i), "name") => threads(vm).threads.get(*i).map(|t| Value::str(&t.name)),
        (Native::Thread(i), "daemon") => Some(Value::Bool(*i != 0 && matches!(threads(vm).threads.get(*i).map(|t| &t.body), Some(Body::Worker { .. })))),
        _ => None,
    }
}

/// The methods of a built-in threading object.
pub fn methods(obj: &Native) -> &'static [&'static str] {
    match obj {
        Native::Thread(_) => &["start", "join", "is_alive", "getName"],
        Native::Lock(_) => &["acquire", "release", "locked", "__enter__", "__exit__"],
        Native::Executor(_) => &["submit", "map", "shutdown", "__enter__", "__exit__"],
        Native::Future(_) => &["result", "exception", "done", "running", "cancelled"],
        Native::Pool(_) => &["apply_async", "apply", "map", "close", "join", "terminate", "__enter__", "__exit__"],
        Native::AsyncResult(_) => &["get", "wait", "ready", "successful"],
        Native::Queue(_) => &["put", "put_nowait", "get", "get_nowait", "qsize", "empty"],
    }
}

/// Calls `obj.name(*args)`.
pub fn call_method(vm: &mut Vm, obj: &Native, name: &str, args: Vec<Value>, kwargs: Vec<(Rc<str>, Value)>) -> Res<Value> {
    match (*obj, name) {
        (Native::Thread(i), "start") => start(vm, i).map(|_| Value::None),
        (Native::Thread(i), "join") => {
            let timeout = timeout_arg(&args, &kwargs, 0, "join")?;
            join(vm, i, timeout).map(|_| Value::None)
        }
        (Native::Thread(i), "is_alive") => Ok(Value::Bool(threads(vm).threads.get(i).is_some_and(|t| t.started && !t.done))),
        (Native::Thread(i), "getName") => Ok(threads(vm).threads.get(i).map_or(Value::None, |t| Value::str(&t.name))),
        (Native::Lock(l), "acquire" | "__enter__") => {
            let blocking = args.first().or_else(|| kwarg(&kwargs, "blocking")).is_none_or(Value::truthy);
            let timeout = match args.get(1).or_else(|| kwarg(&kwargs, "timeout")) {
                Some(v) => Some(number_arg(v, "acquire")?).filter(|t| *t >= 0.0),
                None => None,
            };
            lock_acquire(vm, l, blocking, timeout)
        }
        (Native::Lock(l), "release" | "__exit__") => lock_release(vm, l).map(|_| Value::None),
        (Native::Lock(l), "locked") => Ok(Value::Bool(threads(vm).locks.get(l).copied().unwrap_or(false))),
        (Native::Executor(e), "submit") => {
            let Some((func, rest)) = args.split_first() else {
                return type_error("submit() missing 1 required positional argument: 'fn'");
            };
            Ok(native(Native::Future(submit(vm, e, func.clone(), rest.to_vec(), (None, None))?)))
        }
        (Native::Executor(e), "map") => {
            let Some((func, iterables)) = args.split_first() else {
                return type_error("map() missing 1 required positional argument: 'fn'");
            };
            let columns: Vec<Vec<Value>> = iterables.iter().map(|it| vm.collect(it)).collect::<Res<_>>()?;
            let n = columns.iter().map(Vec::len).min().unwrap_or(0);
            let mut futures = Vec::new();
            for i in 0..n {
                let row = columns.iter().map(|c| c[i].clone()).collect();
                futures.push(submit(vm, e, func.clone(), row, (None, None))?);
            }
            let mut results = Vec::new();
            for f in futures {
                results.push(future_result(vm, f, None)?);
            }
            Ok(Value::list(results))
        }
        (Native::Executor(e), "shutdown") => {
            let wait = args.first().or_else(|| kwarg(&kwargs, "wait")).is_none_or(Value::truthy);
            shutdown(vm, e, wait).map(|_| Value::None)
        }
        (Native::Executor(_) | Native::Pool(_), "__enter__") => Ok(native(*obj)),
        (Native::Executor(e), "__exit__") => shutdown(vm, e, true).map(|_| Value::Bool(false)),
        (Native::Future(f) | Native::AsyncResult(f), "result" | "get") => {
            let timeout = timeout_arg(&args, &kwargs, 0, name)?;
            future_result(vm, f, timeout)
        }
        (Native::Future(f), "exception") => {
            let timeout = timeout_arg(&args, &kwargs, 0, name)?;
            match future_result(vm, f, timeout) {
                Ok(_) => Ok(Value::None),
                Err(e) if e.kind == "TimeoutError" && threads(vm).futures.get(f).is_some_and(|x| x.outcome.is_none()) => Err(e),
                Err(e) => Ok(Value::Exc(e)),
            }
        }
        (Native::AsyncResult(f), "wait") => {
            let timeout = timeout_arg(&args, &kwargs, 0, name)?;
            let _ = future_result(vm, f, timeout);
            Ok(Value::None)
        }
        (Native::Future(f) | Native::AsyncResult(f), "done" | "ready") => {
            Ok(Value::Bool(threads(vm).futures.get(f).is_some_and(|x| x.outcome.is_some())))
        }
        (Native::Future(_), "running" | "cancelled") => Ok(Value::Bool(false)),
        (Native::AsyncResult(f), "successful") => match threads(vm).futures.get(f).and_then(|x| x.outcome.as_ref()) {
            Some(o) => Ok(Value::Bool(o.is_ok())),
            None => Err(exc("ValueError", format!("{:?} not ready", "result"))),
        },
        (Native::Pool(e), "apply_async" | "apply") => {
            let Some(func) = args.first().cloned() else {
                return type_error("apply_async() missing 1 required positional argument: 'func'");
            };
            let fargs = match args.get(1).or_else(|| kwarg(&kwargs, "args")) {
                Some(v) => vm.collect(v)?,
                None => Vec::new(),
            };
            let callback = kwarg(&kwargs, "callback").or_else(|| args.get(3)).filter(|v| !matches!(v, Value::None)).cloned();
            let error_callback = kwarg(&kwargs, "error_callback").or_else(|| args.get(4)).filter(|v| !matches!(v, Value::None)).cloned();
            if threads(vm).executors.get(e).is_some_and(|x| x.shutdown) {
                return Err(exc("ValueError", "Pool not running"));
            }
            let f = submit(vm, e, func, fargs, (callback, error_callback))?;
            if name == "apply" { future_result(vm, f, None) } else { Ok(native(Native::AsyncResult(f))) }
        }
        (Native::Pool(e), "map") => {
            let (Some(func), Some(items)) = (args.first(), args.get(1)) else {
                return type_error("map() missing required arguments");
            };
            let items = vm.collect(items)?;
            let mut futures = Vec::new();
            for item in items {
                futures.push(submit(vm, e, func.clone(), vec![item], (None, None))?);
            }
            let mut results = Vec::new();
            for f in futures {
                results.push(future_result(vm, f, None)?);
            }
            Ok(Value::list(results))
        }
        (Native::Pool(e), "close") => {
            if let Some(x) = threads(vm).executors.get_mut(e) {
                x.shutdown = true;
            }
            Ok(Value::None)
        }
        (Native::Pool(e), "join") => {
            if threads(vm).executors.get(e).is_some_and(|x| !x.shutdown) {
                return Err(exc("ValueError", "Pool is still running"));
            }
            shutdown(vm, e, true).map(|_| Value::None)
        }
        (Native::Pool(e), "terminate" | "__exit__") => {
            if let Some(x) = threads(vm).executors.get_mut(e) {
                x.shutdown = true;
                x.queue.clear();
            }
            Ok(Value::None)
        }
        (Native::Queue(q), "put" | "put_nowait") => {
            let Some(item) = args.first().cloned() else {
                return type_error("put() missing 1 required positional argument: 'item'");
            };
            if let Some(queue) = threads(vm).queues.get_mut(q) {
                queue.push_back(item);
            }
            Ok(Value::None)
        }
        (Native::Queue(q), "get" | "get_nowait") => {
            let blocking = name == "get" && args.first().or_else(|| kwarg(&kwargs, "block")).is_none_or(Value::truthy);
            let timeout = timeout_arg(&args, &kwargs, 1, "get")?;
            if threads(vm).queues.get(q).is_some_and(|x| !x.is_empty()) || !blocking {
                return perform(vm, After::Pop(q));
            }
            let deadline = timeout.map(|t| vm.now() + t);
            block(vm, Cond::QueueItem(q), deadline, After::Pop(q))
        }
        (Native::Queue(q), "qsize") => Ok(Value::Int(threads(vm).queues.get(q).map_or(0, VecDeque::len) as i64)),
        (Native::Queue(q), "empty") => Ok(Value::Bool(threads(vm).queues.get(q).is_none_or(VecDeque::is_empty))),
        _ => Err(exc("AttributeError", format!("'{}' object has no attribute '{name}'", obj.type_name()))),
    }
}

/// `with obj:` on a built-in object: `__enter__` (`enter`) or `__exit__`.
pub fn context_manager(vm: &mut Vm, obj: &Value, enter: bool, args: Vec<Value>) -> Res<Value> {
    match obj {
        Value::Native(n) if let Some(n) = native::downcast::<Native>(n) => call_method(vm, &n.clone(), if enter { "__enter__" } else { "__exit__" }, args, Vec::new()),
        other => type_error(format!("'{}' object does not support the context manager protocol", other.type_name())),
    }
}

/// `run_in_executor(executor, func, *args)`: submits to `executor` (or the
/// loop's default one, created on first use) and returns the job's future.
pub fn run_in_executor(vm: &mut Vm, executor: &Value, func: Value, args: Vec<Value>) -> Res<usize> {
    let e = match executor {
        Value::None => {
            super::default_executor::check(vm)?;
            match threads(vm).default_executor {
                Some(e) => e,
                None => {
                    let e = new_executor(vm, None, "asyncio")?;
                    threads(vm).default_executor = Some(e);
                    e
                }
            }
        }
        Value::Native(n) => match native::downcast::<Native>(n) {
            Some(Native::Executor(e) | Native::Pool(e)) => *e,
            _ => return type_error("executor must be a ThreadPoolExecutor"),
        },
        other => return type_error(format!("executor must be a ThreadPoolExecutor, not {}", other.type_name())),
    };
    submit(vm, e, func, args, (None, None))
}

/// The executor a value is, if it is a `ThreadPoolExecutor`.
pub fn thread_pool_executor(v: &Value) -> Option<usize> {
    match v {
        Value::Native(n) => match native::downcast::<Native>(n) {
            Some(Native::Executor(e)) => Some(*e),
            _ => None,
        },
        _ => None,
    }
}

/// `loop.set_default_executor(executor)`.
pub fn set_default_executor(vm: &mut Vm, executor: usize) {
    threads(vm).default_executor = Some(executor);
}

/// `loop.shutdown_default_executor()`'s thread: the default executor's
/// workers are joined (it stays the default, as in CPython). Returns whether
/// there was one.
pub fn join_default_executor(vm: &mut Vm) -> Res<bool> {
    let Some(e) = threads(vm).default_executor else { return Ok(false) };
    threads(vm).thread_counter += 1;
    shutdown(vm, e, true)?;
    Ok(true)
}

/// `asyncio.run`'s `shutdown_default_executor()`: CPython joins the default
/// executor's workers from a new thread (which takes a thread number).
pub fn shutdown_default_executor(vm: &mut Vm) -> Res<()> {
    let Some(e) = threads(vm).default_executor.take() else { return Ok(()) };
    threads(vm).thread_counter += 1;
    shutdown(vm, e, true)
}
