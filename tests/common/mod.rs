//! Shared test host and a tiny scripted coroutine for engine tests.
#![allow(dead_code)]

pub mod json;
pub mod process;

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use looplab::engine::{Coroutine, EventLoop, FutureId, Host, Step};

#[derive(Clone, Debug, PartialEq)]
pub enum V {
    None,
    Bool(bool),
    Int(i64),
    Str(String),
    List(Vec<V>),
    Fut(u32),
    Exc(Exc),
}

#[derive(Clone, Debug, PartialEq)]
pub struct Exc {
    pub kind: &'static str,
    pub msg: String,
}

pub struct T;

impl Host for T {
    type Value = V;
    type Exception = Exc;
    type Cx = ();
    fn none() -> V { V::None }
    fn bool_value(b: bool) -> V { V::Bool(b) }
    fn list(items: Vec<V>) -> V { V::List(items) }
    fn tuple(items: Vec<V>) -> V { V::List(items) }
    fn future_value(_: &EventLoop<T>, id: FutureId) -> V { V::Fut(id.0) }
    fn future_set(_: &EventLoop<T>, ids: Vec<FutureId>) -> V { V::List(ids.into_iter().map(|f| V::Fut(f.0)).collect()) }
    fn exception_value(e: &Exc) -> V { V::Exc(e.clone()) }
    fn cancelled_error(msg: Option<String>) -> Exc { Exc { kind: "CancelledError", msg: msg.unwrap_or_default() } }
    fn is_cancelled_error(e: &Exc) -> bool { e.kind == "CancelledError" }
    fn timeout_error() -> Exc { Exc { kind: "TimeoutError", msg: String::new() } }
    fn invalid_state_error(msg: &str) -> Exc { Exc { kind: "InvalidStateError", msg: msg.into() } }
    fn runtime_error(msg: &str) -> Exc { Exc { kind: "RuntimeError", msg: msg.into() } }
    fn value_error(msg: &str) -> Exc { Exc { kind: "ValueError", msg: msg.into() } }
    fn queue_empty() -> Exc { Exc { kind: "QueueEmpty", msg: String::new() } }
    fn queue_full() -> Exc { Exc { kind: "QueueFull", msg: String::new() } }
    fn describe_value(v: &V) -> String { format!("{v:?}") }
    fn describe_exception(e: &Exc) -> String { format!("{}({:?})", e.kind, e.msg) }
}

pub type Lp = EventLoop<T>;
pub type Log = Rc<RefCell<Vec<String>>>;

pub fn new_log() -> Log { Rc::new(RefCell::new(Vec::new())) }

pub fn say(log: &Log, s: impl Into<String>) { log.borrow_mut().push(s.into()); }

/// One operation of a scripted coroutine.
pub enum Op {
    Log(String),
    /// Log the text followed by the loop time (Python: `print(text, loop.time())`).
    LogT(String),
    Do(Box<dyn FnOnce(&mut Lp)>),
    /// Delegate (`await sub`); the result is logged if `log_result` is set.
    Sub(MakeSub, Option<String>),
    /// Delegate, then handle the outcome (try/except): Err from the handler propagates.
    SubThen(MakeSub, Then),
    /// `raise exc`.
    Raise(Exc),
}

pub type Then = Box<dyn FnOnce(Result<V, Exc>, &mut Lp) -> Result<(), Exc>>;
/// Builds the sub-coroutine an `Op::Sub` / `Op::SubThen` delegates to.
pub type MakeSub = Box<dyn FnOnce(&mut Lp) -> Box<dyn Coroutine<T>>>;

pub enum Tail {
    Tag(Option<String>),
    Then(Then),
}

/// A scripted coroutine: runs ops in order; logs `on_exc` + exception kind when an
/// exception propagates out.
pub struct Seq {
    pub name: String,
    pub ops: VecDeque<Op>,
    pub cur: Option<(Box<dyn Coroutine<T>>, Tail)>,
    pub log: Log,
    pub ret: V,
    pub quiet: bool,
    pub started: bool,
}

impl Seq {
    pub fn new(name: &str, log: &Log, ops: Vec<Op>) -> Box<Seq> {
        Box::new(Seq { name: name.into(), ops: ops.into(), cur: None, log: log.clone(), ret: V::None, quiet: false, started: false })
    }
    pub fn ret(mut self: Box<Self>, v: V) -> Box<Self> { self.ret = v; self }
    /// Do not log exceptions propagating out.
    pub fn quiet(mut self: Box<Self>) -> Box<Self> { self.quiet = true; self }
    fn drive(&mut self, mut input: Result<V, Exc>, lp: &mut Lp) -> Step<T> {
        // Throwing into a coroutine that never started raises at once (no try block runs).
        if !self.started {
            self.started = true;
            if let Err(e) = input {
                return Step::Raise(e);
            }
        }
        loop {
            if let Some((c, _)) = &mut self.cur {
                let s = match input { Ok(v) => c.send(v, lp, &mut ()), Err(e) => c.throw(e, lp, &mut ()) };
                let outcome = match s {
                    Step::Return(v) => Ok(v),
                    Step::Raise(e) => Err(e),
                    other => return other,
                };
                let Some((_, tail)) = self.cur.take() else { unreachable!() };
                match (tail, outcome) {
                    (Tail::Then(f), r) => {
                        if let Err(e) = f(r, lp) {
                            if !self.quiet { say(&self.log, format!("{} caught {}", self.name, e.kind)); }
                            return Step::Raise(e);
                        }
                        input = Ok(V::None);
                    }
                    (Tail::Tag(tag), Ok(v)) => {
                        if let Some(tag) = tag { say(&self.log, format!("{tag} {}", show(&v))); }
                        input = Ok(V::None);
                    }
                    (Tail::Tag(_), Err(e)) => {
                        if !self.quiet { say(&self.log, format!("{} caught {}", self.name, e.kind)); }
                        return Step::Raise(e);
                    }
                }
            } else if let Err(e) = input {
                if !self.quiet { say(&self.log, format!("{} caught {}", self.name, e.kind)); }
                return Step::Raise(e);
            }
            match self.ops.pop_front() {
                None => return Step::Return(self.ret.clone()),
                Some(Op::Log(s)) => say(&self.log, s),
                Some(Op::LogT(s)) => say(&self.log, format!("{s} {:?}", lp.time())),
                Some(Op::Do(f)) => f(lp),
                Some(Op::Sub(f, tag)) => { self.cur = Some((f(lp), Tail::Tag(tag))); input = Ok(V::None); }
                Some(Op::SubThen(f, then)) => { self.cur = Some((f(lp), Tail::Then(then))); input = Ok(V::None); }
                Some(Op::Raise(e)) => return Step::Raise(e),
            }
        }
    }
}

pub fn show(v: &V) -> String {
    match v {
        V::None => "None".into(),
        V::Bool(b) => if *b { "True".into() } else { "False".into() },
        V::Int(i) => i.to_string(),
        V::Str(s) => format!("'{s}'"),
        V::List(l) => format!("[{}]", l.iter().map(show).collect::<Vec<_>>().join(", ")),
        V::Fut(f) => format!("<fut {f}>"),
        V::Exc(e) => format!("{}('{}')", e.kind, e.msg),
    }
}

impl Coroutine<T> for Seq {
    fn send(&mut self, value: V, lp: &mut Lp, _cx: &mut ()) -> Step<T> { self.drive(Ok(value), lp) }
    fn throw(&mut self, exc: Exc, lp: &mut Lp, _cx: &mut ()) -> Step<T> { self.drive(Err(exc), lp) }
    fn describe(&self) -> String { format!("{}()", self.name) }
}

pub fn sleep(d: f64) -> Op {
    Op::Sub(Box::new(move |_| Box::new(looplab::engine::Sleep::<T>::new(d, V::None))), None)
}

/// Run a Python scenario under the reference harness (with the timeout; a
/// harness crash fails the test); its stdout lines.
pub fn cpython(name: &str) -> Vec<String> {
    let path = std::path::PathBuf::from(format!("{}/tests/engine_scenarios/{name}.py", env!("CARGO_MANIFEST_DIR")));
    let out = process::reference(&path);
    assert!(out.status.success(), "{name}.py under CPython: {}", String::from_utf8_lossy(&out.stderr));
    String::from_utf8_lossy(&out.stdout).lines().map(|s| s.to_string()).collect()
}
