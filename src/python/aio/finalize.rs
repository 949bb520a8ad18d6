//! CPython's `__del__` of a future, where looplab meets it: the finalizers
//! hand over the futures whose last Python reference went, and the report
//! ("exception was never retrieved") goes to the loop that made them, running
//! or not; what the program still holds when it ends is reported then.

use std::rc::Rc;

use super::asyncio::{FUTURE, GATHERING, Loop, TASK};
use crate::engine::FutureId;
use crate::python::object::errors::ExcObj;
use crate::python::object::native::Released;
use crate::python::vm::machine::{Interp, Vm};

/// CPython's `__del__` for the futures whose last Python reference went:
/// one that failed unretrieved, with nothing else reaching it, goes now to
/// the exception handler of the loop that made it, running or not.
pub fn futures_released(vm: &mut Vm, released: Vec<Released>) {
    let (st, running) = vm.parts();
    let mut running = running.and_then(|l| l.downcast_mut::<Loop>());
    let mut reported = false;
    // Last first: the common batch is a list of tasks freed when the
    // coroutine holding it ends, and CPython frees a list's items last to
    // first (Rust drops them first to last).
    for r in released.into_iter().rev() {
        let f = FutureId(r.id);
        if !(r.kind.is(&FUTURE) || r.kind.is(&TASK) || r.kind.is(&GATHERING)) {
            continue;
        }
        match running.as_deref_mut() {
            Some(lp) if lp.token_was(f, r.at) => reported |= lp.release_future(f),
            // A loop that is not running (`asyncio.run` has returned): its
            // handler hears of it at once.
            _ => {
                let idle = super::event_loop::report_in_idle_loops(st, |lp| lp.token_was(f, r.at), |lp| {
                    lp.release_future(f);
                });
                if let Err(e) = idle {
                    unraisable(st, running.as_deref_mut(), e);
                }
            }
        }
    }
    let Some(lp) = running else { return };
    if !reported {
        return;
    }
    // What the handler raises past itself (SystemExit) cannot leave a
    // `__del__`: CPython prints it as unraisable and goes on.
    if let Err(e) = super::exception_handler::error_hook(lp, st) {
        unraisable(st, Some(lp), e);
    }
}

/// What an exception handler called from a `__del__` raised past itself:
/// printed as CPython's `PyErr_WriteUnraisable` prints it.
fn unraisable(st: &mut Interp, lp: Option<&mut Loop>, e: Rc<ExcObj>) {
    super::library_frames::add_call_exception_handler_frame(&e);
    let (filename, source) = st.program.clone();
    let text = crate::python::object::errors::render_traceback(&e, &filename, &source);
    let id = super::event_loop::running_loop_id(st).unwrap_or(0);
    let shown = super::event_loop::loop_value(st, id).repr();
    let method = format!("<bound method BaseEventLoop.call_exception_handler of {shown}>");
    let running: Option<&mut dyn std::any::Any> = lp.map(|l| l as &mut dyn std::any::Any);
    Vm::new(st, running).write(&format!("Exception ignored in: {method}\n{text}"), true);
}

/// The program has ended: what no one retrieved and nothing reported yet
/// (futures the program still held) is reported now, as CPython's
/// finalization frees them.
pub fn at_exit(vm: &mut Vm) {
    let (st, _) = vm.parts();
    if let Err(e) = super::event_loop::report_in_idle_loops(st, |_| true, |lp| lp.report_left()) {
        unraisable(st, None, e);
    }
}
