//! `asyncio.run(main)` (3.11 `Runner`): run main as a task to completion, then
//! `_cancel_all_tasks`, `shutdown_asyncgens()`, `shutdown_default_executor()`, close.
//!
//! Note: like CPython, the two shutdown coroutines are wrapped in tasks and so use up
//! task numbers (a second `asyncio.run` names its main task `Task-4`).

use super::{Coroutine, EventLoop, Host, Step};

/// A coroutine that returns `None` at once (`shutdown_asyncgens` with no generators).
pub struct Immediate(pub &'static str);

impl<H: Host> Coroutine<H> for Immediate {
    fn send(&mut self, _v: H::Value, _lp: &mut EventLoop<H>, _cx: &mut H::Cx) -> Step<H> {
        Step::Return(H::none())
    }
    fn throw(&mut self, e: H::Exception, _lp: &mut EventLoop<H>, _cx: &mut H::Cx) -> Step<H> {
        Step::Raise(e)
    }
    fn describe(&self) -> String {
        format!("{}()", self.0)
    }
}

/// `asyncio.run(main)` on a fresh loop `lp` (create it with the shared [`super::Runtime`]).
/// Returns main's result or exception; the loop is closed afterwards.
pub fn run<H: Host>(lp: &mut EventLoop<H>, main: Box<dyn Coroutine<H>>, cx: &mut H::Cx) -> Result<H::Value, H::Exception> {
    run_with(lp, main, Box::new(Immediate("shutdown_asyncgens")), cx)
}

/// [`run`] with the host's `loop.shutdown_asyncgens()` coroutine.
pub fn run_with<H: Host>(
    lp: &mut EventLoop<H>,
    main: Box<dyn Coroutine<H>>,
    shutdown_asyncgens: Box<dyn Coroutine<H>>,
    cx: &mut H::Cx,
) -> Result<H::Value, H::Exception> {
    let r = run_main(lp, main, cx);
    let r2 = shut_down(lp, shutdown_asyncgens, cx);
    match (r, r2) {
        (Err(e), _) => Err(e),
        (Ok(_), Err(e)) => Err(e),
        (Ok(v), Ok(())) => Ok(v),
    }
}

/// `Runner.run(main)`: `main` as a task on `lp`, run to completion.
pub fn run_main<H: Host>(lp: &mut EventLoop<H>, main: Box<dyn Coroutine<H>>, cx: &mut H::Cx) -> Result<H::Value, H::Exception> {
    if lp.is_running() {
        return Err(H::runtime_error("asyncio.run() cannot be called from a running event loop"));
    }
    let task = lp.create_task(main, None);
    lp.run_until_complete(task, cx)
}

/// `Runner.close()`: `_cancel_all_tasks`, `shutdown_asyncgens()`,
/// `shutdown_default_executor()`, then the loop is closed.
pub fn shut_down<H: Host>(lp: &mut EventLoop<H>, shutdown_asyncgens: Box<dyn Coroutine<H>>, cx: &mut H::Cx) -> Result<(), H::Exception> {
    let r = cancel_all_tasks(lp, cx);
    let t = lp.create_task(shutdown_asyncgens, None);
    let _ = lp.run_until_complete(t, cx);
    let t = lp.create_task(Box::new(Immediate("shutdown_default_executor")), None);
    let _ = lp.run_until_complete(t, cx);
    let _ = lp.close();
    r
}

/// `asyncio.runners._cancel_all_tasks(loop)`.
pub fn cancel_all_tasks<H: Host>(lp: &mut EventLoop<H>, cx: &mut H::Cx) -> Result<(), H::Exception> {
    let to_cancel = lp.all_tasks();
    if to_cancel.is_empty() {
        return Ok(());
    }
    for t in &to_cancel {
        lp.cancel(*t, None)?;
    }
    let g = lp.gather(to_cancel.clone(), true)?;
    lp.run_until_complete(g, cx)?;
    for t in to_cancel {
        if lp.future_cancelled(t)? {
            continue;
        }
        if let Ok(Some(e)) = lp.future_exception(t) {
            let message = "unhandled exception during asyncio.run() shutdown".to_string();
            lp.call_exception_handler_with(message, Some(e), vec![("task", H::future_value(lp, t))]);
        }
    }
    Ok(())
}
