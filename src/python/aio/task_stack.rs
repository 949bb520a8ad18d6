//! A task's coroutine and its stack, as `base_tasks.py` has them:
//! `get_coro()`, `get_stack(limit=None)`, `print_stack(limit=None,
//! file=None)`, and what a running task's repr shows of its coroutine (the
//! line it runs now).

use std::cell::RefCell;
use std::rc::Rc;

use super::asyncio::{PyCoroutine, SharedAwaitable, state};
use super::event_loop::loop_of;
use crate::engine::{FutureId, FutureState};
use crate::python::lib::natives::kwarg;
use crate::python::object::errors::{ExcObj, Res, exc, type_error};
use crate::python::object::frame::GenState;
use crate::python::object::value::Value;
use crate::python::vm::library::Kwargs;
use crate::python::vm::machine::Vm;
use crate::python::vm::running_lines::StackLine;

/// `coro=<…>` of the task being stepped now: `main() running at main.py:9`
/// (the line its frame is at, as CPython's `cr_frame.f_lineno`).
pub fn running_coro_text(vm: &mut Vm) -> Option<String> {
    let g = state(vm).stepping.last().cloned()?;
    let line = vm.running_lines.line_of(&g)?;
    let name = g.borrow().qualname().to_string();
    Some(format!("{name}() running at {}:{line}", vm.program.0))
}

/// What a task drives: a Python coroutine, an awaitable of the library
/// (`asyncio.sleep(1)` made a task), or nothing (a plain future).
enum Driven {
    Python(Rc<RefCell<GenState>>),
    Library(Value),
    None,
}

fn driven(vm: &mut Vm, f: FutureId, method: &str) -> Res<Driven> {
    let running = state(vm).stepping.last().cloned();
    let lp = loop_of(vm)?;
    let facts = lp.future_facts(f)?;
    let Some(task) = facts.task else {
        return Err(exc("AttributeError", format!("'_asyncio.Future' object has no attribute '{method}'")));
    };
    let Some(coro) = task.coro else {
        // Out of its slot: it is the task being stepped now.
        return Ok(running.map_or(Driven::None, Driven::Python));
    };
    let any = coro.as_any();
    if let Some(py) = any.and_then(|a| a.downcast_ref::<PyCoroutine>()) {
        return Ok(Driven::Python(py.coroutine().clone()));
    }
    Ok(match any.and_then(|a| a.downcast_ref::<SharedAwaitable>()) {
        Some(shared) => Driven::Library(Value::Native(shared.0.clone())),
        None => Driven::None,
    })
}

/// Calls `get_coro`, `get_stack` or `print_stack` of task `f`.
pub fn call(vm: &mut Vm, f: FutureId, name: &str, args: Vec<Value>, kwargs: Kwargs) -> Res<Value> {
    match name {
        "get_coro" => {
            if !args.is_empty() || !kwargs.is_empty() {
                return type_error(format!("Task.get_coro() takes no arguments ({} given)", args.len() + kwargs.len()));
            }
            Ok(match driven(vm, f, name)? {
                Driven::Python(g) => Value::Gen(g),
                Driven::Library(v) => v,
                Driven::None => Value::None,
            })
        }
        "get_stack" => {
            let limit = limit_arg(&args, &kwargs, "get_stack")?;
            let filename = vm.program.0.clone();
            let frames = stack(vm, f, limit)?;
            let values = frames
                .into_iter()
                .map(|(func, line, file)| {
                    crate::python::lib::exceptions::frame_value(func, line, file.map_or_else(|| filename.clone(), |(path, _)| path))
                })
                .collect();
            Ok(Value::list(values))
        }
        _ => {
            let limit = limit_arg(&args, &kwargs, "print_stack")?;
            let file = kwarg(&kwargs, "file").cloned().filter(|v| !matches!(v, Value::None));
            print_stack(vm, f, limit, file)
        }
    }
}

/// The keyword-only `limit` (and `file`, for print_stack) of the C
/// methods, with their argument errors.
fn limit_arg(args: &[Value], kwargs: &Kwargs, method: &str) -> Res<Option<i64>> {
    let allowed: &[&str] = if method == "get_stack" { &["limit"] } else { &["limit", "file"] };
    let given = args.len() + kwargs.len();
    if given > allowed.len() {
        let s = if allowed.len() == 1 { "" } else { "s" };
        return type_error(format!("{method}() takes at most {} argument{s} ({given} given)", allowed.len()));
    }
    if !args.is_empty() {
        return type_error(format!("{method}() takes no positional arguments"));
    }
    if let Some((k, _)) = kwargs.iter().find(|(k, _)| !allowed.contains(&&**k)) {
        return type_error(format!("'{k}' is an invalid keyword argument for {method}()"));
    }
    match kwarg(kwargs, "limit") {
        None | Some(Value::None) => Ok(None),
        Some(Value::Int(n)) => Ok(Some(*n)),
        Some(other) => type_error(format!("'<=' not supported between instances of '{}' and 'int'", other.type_name())),
    }
}

/// A frame of the stack: function name, line, and its file and line's text
/// when it is not the program's.
type StackFrame = (Rc<str>, u32, Option<(Rc<str>, Rc<str>)>);

/// `base_tasks._task_get_stack`: the suspended coroutine's frame, else the
/// frames of the traceback of the exception the task ended with.
fn stack(vm: &mut Vm, f: FutureId, limit: Option<i64>) -> Res<Vec<StackFrame>> {
    let mut frames = Vec::new();
    if limit.is_some_and(|l| l <= 0) {
        return Ok(frames);
    }
    match driven(vm, f, "get_stack")? {
        Driven::Python(g) => {
            if let Some(lines) = vm.running_lines.stack_to(&g, &vm.program) {
                return Ok(running_stack(vm, lines, limit));
            }
            let state = g.borrow();
            if let Some(frame) = &state.frame {
                if limit.is_none_or(|l| l > 0) {
                    // A frame not started yet is at its `def` line.
                    let line = if frame.started { frame.current_line() } else { state.first_line };
                    frames.push((frame.code.name.clone(), line, None));
                }
                return Ok(frames);
            }
        }
        Driven::Library(_) | Driven::None => {}
    }
    let facts = loop_of(vm)?.future_facts(f)?;
    if let FutureState::Exception(e) = facts.state {
        for entry in e.traceback.borrow().iter().rev() {
            if limit.is_some_and(|l| frames.len() as i64 >= l) {
                break;
            }
            let file = entry.library.map(|(file, text)| {
                (Rc::from(format!("{}/{file}", super::reprs::ASYNCIO_DIR.trim_end_matches("/asyncio"))), Rc::from(text))
            });
            frames.push((entry.func.clone(), entry.line, file));
        }
    }
    Ok(frames)
}

/// The stack of the task running now, whose coroutine's frame is the last
/// of `lines`: that frame's `f_back` chain, through asyncio's own frames
/// (`Handle._run`, `_run_once`, `run_forever`… which debug mode has on the
/// stack already) up to the program's frame that started the loop; the
/// innermost `limit` of them.
fn running_stack(vm: &Vm, mut lines: Vec<StackLine>, limit: Option<i64>) -> Vec<StackFrame> {
    let through_handle = lines.len() >= 2 && &*lines[lines.len() - 2].name == "_run";
    if !through_handle && let Some(own) = lines.pop() {
        lines.extend(super::debug::PLAIN_HANDLE_FRAMES.iter().map(StackLine::from));
        lines.push(own);
    }
    let keep = limit.map_or(lines.len(), |l| (l.max(0) as usize).min(lines.len()));
    let program = &vm.program.0;
    lines
        .split_off(lines.len() - keep)
        .into_iter()
        .map(|l| {
            let place = (l.file != *program).then(|| (l.file.clone(), l.text.clone()));
            (l.name, l.line, place)
        })
        .collect()
}

/// Writes `text` to `file`, or to stdout / stderr when it is None.
fn write(vm: &mut Vm, file: Option<&Value>, text: String, stderr: bool) -> Res<()> {
    let file = file.cloned().unwrap_or(Value::Module(if stderr { "sys.stderr" } else { "sys.stdout" }));
    if let Some(done) = crate::python::lib::stringio::print_to(vm, Some(&file), std::slice::from_ref(&text)) {
        return done;
    }
    vm.write(&text, matches!(file, Value::Module("sys.stderr")));
    Ok(())
}

/// `base_tasks._task_print_stack`: the heading goes where `print(file=file)`
/// goes (stdout when None), the frames where `traceback.print_list` puts
/// them (stderr when None).
fn print_stack(vm: &mut Vm, f: FutureId, limit: Option<i64>, file: Option<Value>) -> Res<Value> {
    let frames = stack(vm, f, limit)?;
    let exception = match loop_of(vm)?.future_facts(f)?.state {
        FutureState::Exception(e) => Some(e.clone()),
        _ => None,
    };
    let shown = super::reprs::future_repr_in(vm, f)?;
    let heading = if frames.is_empty() {
        format!("No stack for {shown}\n")
    } else if exception.is_some() {
        format!("Traceback for {shown} (most recent call last):\n")
    } else {
        format!("Stack for {shown} (most recent call last):\n")
    };
    write(vm, file.as_ref(), heading, false)?;
    let (filename, source) = vm.program.clone();
    let mut listing = String::new();
    for (func, line, path) in frames {
        let (path, text) = match path {
            Some((path, text)) => (path, text),
            None => (filename.clone(), Rc::from(source.lines().nth(line.saturating_sub(1) as usize).unwrap_or(""))),
        };
        listing.push_str(&format!("  File \"{path}\", line {line}, in {func}\n"));
        let text = text.trim();
        if !text.is_empty() {
            listing.push_str(&format!("    {text}\n"));
        }
    }
    if !listing.is_empty() {
        write(vm, file.as_ref(), listing, true)?;
    }
    if let Some(e) = exception {
        let text = exception_only(vm, &e);
        write(vm, file.as_ref(), text, false)?;
    }
    Ok(Value::None)
}

/// `traceback.format_exception_only`: the exception's last line.
fn exception_only(vm: &mut Vm, e: &Rc<ExcObj>) -> String {
    crate::python::vm::instances::settle_messages(vm, e);
    format!("{}\n", e.last_line())
}

/// Whether `name` is one of the task methods this file answers.
pub fn handles(name: &str) -> bool {
    matches!(name, "get_coro" | "get_stack" | "print_stack")
}
