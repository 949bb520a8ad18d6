//! CPython 3.11's reprs of asyncio's objects: tasks and futures
//! (`base_tasks._task_repr_info`, `base_futures._future_repr_info`),
//! handles (`events.Handle._repr_info`), locks, events, semaphores,
//! conditions and queues. Where CPython shows a file, the program's name is
//! shown (`main.py` in the page).

use super::asyncio::{FUTURE, PyCoroutine, SyncObj, as_future};
use super::event_loop::{HandleRef, loop_of};
use crate::engine::{FutureFacts, FutureId, FutureState, Label, SleepPhase};
use crate::python::lib::reprlib::short_repr;
use crate::python::object::errors::Res;
use crate::python::object::native;
use crate::python::object::value::Value;
use crate::python::vm::instances::display;
use crate::python::vm::machine::Vm;

/// The repr (or str, `repr == false`) of an asyncio object, if `v` is one
/// this room shows.
pub fn show(vm: &mut Vm, v: &Value, repr: bool) -> Option<Res<String>> {
    if let Some(f) = as_future(v) {
        return Some(future_repr(vm, f, v));
    }
    let Value::Native(n) = v else { return None };
    if let Some(sync) = native::downcast::<SyncObj>(n) {
        return Some(Ok(sync_repr(vm, sync, repr)));
    }
    native::downcast::<HandleRef>(n).map(|h| handle_repr(vm, h))
}

/// `repr(task)` / `repr(future)`.
fn future_repr(vm: &mut Vm, f: FutureId, v: &Value) -> Res<String> {
    if loop_of(vm).is_err() {
        return Ok(v.repr());
    }
    future_repr_in(vm, f)
}

/// The repr of future `f` of the loop running `vm` (or its current loop).
pub fn future_repr_in(vm: &mut Vm, f: FutureId) -> Res<String> {
    let filename = vm.program.0.clone();
    let running = super::task_stack::running_coro_text(vm);
    let lp = loop_of(vm)?;
    let Ok(facts) = lp.future_facts(f) else { return Ok((FUTURE.repr)(f.0)) };
    let plan = Plan::of(&facts, &filename, lp, running.as_deref());
    plan.render(vm)
}

/// What a future's repr will show, taken from the loop before any Python
/// code (a user `__repr__` of its result) runs.
struct Plan {
    class: &'static str,
    state: &'static str,
    name: Option<String>,
    coro: Option<String>,
    wait_for: Option<String>,
    result: Option<Value>,
    exception: Option<Value>,
    callbacks: Vec<String>,
    /// Debug mode's `created at FILE:LINE`.
    origin: Option<String>,
}

impl Plan {
    /// `running`: what the task being stepped now shows of its coroutine.
    fn of(facts: &FutureFacts<'_, super::asyncio::PyHost>, filename: &str, lp: &crate::python::aio::asyncio::Loop, running: Option<&str>) -> Plan {
        let (mut state, result, exception) = match facts.state {
            FutureState::Pending => ("pending", None, None),
            FutureState::Result(v) => ("finished", Some(v.clone()), None),
            FutureState::Exception(e) => ("finished", None, Some(Value::Exc(e.clone()))),
            FutureState::Cancelled(..) => ("cancelled", None, None),
        };
        let class = if facts.task.is_some() {
            "Task"
        } else if facts.gathering {
            "_GatheringFuture"
        } else {
            "Future"
        };
        let mut plan = Plan {
            class,
            state,
            name: None,
            coro: None,
            wait_for: None,
            result,
            exception,
            callbacks: facts.callbacks.iter().map(|l| callback_text(l)).collect(),
            origin: facts.origin.map(str::to_string),
        };
        if let Some(task) = &facts.task {
            if task.cancelling > 0 && state == "pending" {
                state = "cancelling";
                plan.state = state;
            }
            plan.name = Some(task.name.to_string());
            plan.coro = Some(match (task.coro, running) {
                // Its coroutine is out of its slot: it is the task running now.
                (None, Some(text)) => text.to_string(),
                (coro, _) => coro_text(coro, task.describe, filename),
            });
            plan.wait_for = task.waiter.and_then(|w| {
                let facts = lp.future_facts(w).ok()?;
                Some(Plan::of(&facts, filename, lp, running))
            }).map(|p| p.render_static());
        }
        plan
    }

    /// The repr, where results are shown with `reprlib.repr`.
    fn render(self, vm: &mut Vm) -> Res<String> {
        let result = match &self.result {
            Some(v) => Some(short_repr(vm, v)?),
            None => None,
        };
        let exception = match &self.exception {
            Some(e) => Some(display(vm, e, true)?),
            None => None,
        };
        Ok(self.assemble(result, exception))
    }

    /// The repr of a future a task waits on (pending: no result to show).
    fn render_static(self) -> String {
        let result = self.result.as_ref().map(Value::repr);
        let exception = self.exception.as_ref().map(Value::repr);
        self.assemble(result, exception)
    }

    fn assemble(self, result: Option<String>, exception: Option<String>) -> String {
        let mut info = vec![self.state.to_string()];
        if let Some(e) = exception {
            info.push(format!("exception={e}"));
        } else if let Some(r) = result {
            info.push(format!("result={r}"));
        }
        if !self.callbacks.is_empty() {
            info.push(format!("cb=[{}]", callbacks_text(&self.callbacks)));
        }
        if let Some(origin) = self.origin {
            info.push(format!("created at {origin}"));
        }
        if let Some(name) = self.name {
            info.insert(1, format!("name={}", Value::str(&name).repr()));
        }
        if let Some(coro) = self.coro {
            info.insert(2, format!("coro=<{coro}>"));
        }
        if let Some(w) = self.wait_for {
            info.insert(3, format!("wait_for={w}"));
        }
        format!("<{} {}>", self.class, info.join(" "))
    }
}

/// `base_futures._format_callbacks`: one, two, or the first, a count and the last.
fn callbacks_text(cbs: &[String]) -> String {
    match cbs {
        [] => String::new(),
        [a] => a.clone(),
        [a, b] => format!("{a}, {b}"),
        [a, .., z] => format!("{a}, <{} more>, {z}", cbs.len() - 2),
    }
}

/// Where looplab says CPython's asyncio package lives, in reprs that name
/// its functions (Debian's python3.11; the line numbers are 3.11.7's).
pub const ASYNCIO_DIR: &str = "/usr/lib/python3.11/asyncio";

/// asyncio's own done callbacks: (engine label, qualified name, file, line).
const ASYNCIO_CALLBACKS: &[(&str, &str, &str, u32)] = &[
    ("_run_until_complete_cb", "_run_until_complete_cb", "base_events.py", 180),
    ("gather._done_callback", "gather.<locals>._done_callback", "tasks.py", 764),
    ("_on_completion", "_wait.<locals>._on_completion", "tasks.py", 519),
    ("as_completed._on_completion", "as_completed.<locals>._on_completion", "tasks.py", 602),
    ("shield._inner_done_callback", "shield.<locals>._inner_done_callback", "tasks.py", 891),
    ("shield._outer_done_callback", "shield.<locals>._outer_done_callback", "tasks.py", 908),
];

/// A done callback as `format_helpers._format_callback_source` shows it.
fn callback_text(label: &Label) -> String {
    if let Label::Static(s) = label
        && let Some((_, name, file, line)) = ASYNCIO_CALLBACKS.iter().find(|c| c.0 == *s)
    {
        return format!("{name}() at {ASYNCIO_DIR}/{file}:{line}");
    }
    match label {
        Label::TaskWakeup(_) => "Task.task_wakeup()".into(),
        Label::Lazy(text) => text.0.text(),
        Label::Text(s) => s.to_string(),
        Label::Static(s) => format!("{s}()"),
        Label::TaskStep(_) => "Task.__step()".into(),
        Label::DoneCallback(_, s) => format!("{s}()"),
    }
}

/// `coroutines._format_coroutine`: `main() running at FILE:LINE` while it
/// has a frame, `main() done, defined at FILE:LINE` once it has finished.
fn coro_text(coro: Option<&dyn crate::engine::Coroutine<super::asyncio::PyHost>>, describe: &str, filename: &str) -> String {
    let Some(py) = coro.and_then(|c| c.as_any()).and_then(|a| a.downcast_ref::<PyCoroutine>()) else {
        return coro.and_then(sleep_text).unwrap_or_else(|| describe.to_string());
    };
    let g = py.coroutine().borrow();
    let name = format!("{}()", g.qualname());
    match &g.frame {
        Some(frame) if frame.started => format!("{name} running at {filename}:{}", frame.current_line()),
        Some(_) => format!("{name} running at {filename}:{}", g.first_line),
        None => format!("{name} done, defined at {filename}:{}", g.first_line),
    }
}

/// A task driving `asyncio.sleep(…)` shows the line of tasks.py its
/// coroutine is at (3.11.7's lines), as CPython's does.
fn sleep_text(coro: &dyn crate::engine::Coroutine<super::asyncio::PyHost>) -> Option<String> {
    let shared = coro.as_any()?.downcast_ref::<super::asyncio::SharedAwaitable>()?;
    let inner = shared.engine()?.0.try_borrow().ok()?;
    let sleep = inner.as_any()?.downcast_ref::<crate::engine::Sleep<super::asyncio::PyHost>>()?;
    let at = format!("{ASYNCIO_DIR}/tasks.py");
    Some(match sleep.phase() {
        SleepPhase::NotStarted => format!("sleep() running at {at}:637"),
        SleepPhase::Yielded => format!("sleep() running at {at}:640"),
        SleepPhase::Waiting => format!("sleep() running at {at}:649"),
        SleepPhase::Finished => format!("sleep() done, defined at {at}:637"),
    })
}

/// `repr(handle)`: `<Handle cb(1) at main.py:3>`, `<TimerHandle when=2.0 cb()>`,
/// `<Handle cancelled>`.
///
/// In debug mode a handle shows where it was made (`created at main.py:12`),
/// and one cancelled then keeps the repr it had at that moment, callback
/// included (`Handle.cancel` stores `self._repr`).
fn handle_repr(vm: &mut Vm, h: &HandleRef) -> Res<String> {
    if let Some(kept) = h.kept_repr.borrow().clone() {
        return Ok(kept);
    }
    let (cancelled, when) = h.state(vm)?;
    handle_repr_as(vm, h, cancelled, when, !cancelled)
}

/// The repr of handle `h` in the given state, with its callback or not.
pub fn handle_repr_as(vm: &mut Vm, h: &HandleRef, cancelled: bool, when: Option<f64>, with_callback: bool) -> Res<String> {
    let mut info = vec![h.class_name().to_string()];
    if cancelled {
        info.push("cancelled".into());
    }
    if let Some(when) = when {
        info.push(format!("when={}", crate::python::object::float_repr::float_repr(when)));
    }
    if with_callback {
        let source = callback_source(vm, h.callback(), h.args())?;
        info.push(source);
    }
    if let Some(origin) = h.origin(vm) {
        info.push(format!("created at {origin}"));
    }
    Ok(format!("<{}>", info.join(" ")))
}

/// `format_helpers._format_callback_source(func, args)`: the callable's
/// qualified name, its arguments by `reprlib.repr`, and where a Python
/// function was defined.
pub fn callback_source(vm: &mut Vm, func: &Value, args: &[Value]) -> Res<String> {
    let mut parts = Vec::with_capacity(args.len());
    for a in args {
        parts.push(short_repr(vm, a)?);
    }
    let (name, source) = match func {
        Value::Function(f) => (f.code.qualname.to_string(), Some(f.code.first_line)),
        Value::Builtin(b) => (b.rsplit('.').next().unwrap_or(b).to_string(), None),
        Value::Bound(b) => match &b.1 {
            Value::Function(f) => (f.code.qualname.to_string(), None),
            other => (display(vm, other, true)?, None),
        },
        other => (display(vm, other, true)?, None),
    };
    let mut text = format!("{name}({})", parts.join(", "));
    if let Some(line) = source {
        text.push_str(&format!(" at {}:{line}", vm.program.0));
    }
    Ok(text)
}

/// `repr(lock)` and the other primitives, as `asyncio.locks` and
/// `asyncio.queues` print them.
fn sync_repr(vm: &mut Vm, obj: &SyncObj, repr: bool) -> String {
    let waiters = |extra: String, n: usize| if n > 0 { format!("{extra}, waiters:{n}") } else { extra };
    let extra = match obj {
        SyncObj::Lock(l) => waiters(if l.locked() { "locked" } else { "unlocked" }.into(), l.waiters()),
        SyncObj::Event(e) => waiters(if e.is_set() { "set" } else { "unset" }.into(), e.waiters()),
        SyncObj::Condition(c) => waiters(if c.lock().locked() { "locked" } else { "unlocked" }.into(), c.waiters()),
        SyncObj::Semaphore(s, _) => {
            let locked = loop_of(vm).map(|lp| s.locked(lp)).unwrap_or(s.value() == 0);
            let extra = if locked { "locked".to_string() } else { format!("unlocked, value:{}", s.value()) };
            waiters(extra, s.waiters())
        }
        SyncObj::Queue(q, _) => {
            let (items, getters, putters, unfinished) = q.format_parts();
            let mut text = format!("maxsize={}", q.maxsize());
            if !items.is_empty() {
                let shown = display(vm, &Value::list(items), true).unwrap_or_default();
                text.push_str(&format!(" _queue={shown}"));
            }
            if getters > 0 {
                text.push_str(&format!(" _getters[{getters}]"));
            }
            if putters > 0 {
                text.push_str(&format!(" _putters[{putters}]"));
            }
            if unfinished > 0 {
                text.push_str(&format!(" tasks={unfinished}"));
            }
            let name = obj.type_name();
            return if repr { format!("<{name} at 0x7f0000000000 {text}>") } else { format!("<{name} {text}>") };
        }
    };
    format!("<asyncio.locks.{} object at 0x7f0000000000 [{extra}]>", obj.type_name())
}

