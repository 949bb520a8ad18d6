//! What `loop.call_soon(callback, *args)` and its timed forms keep: the
//! callback and its arguments, once, shared by the engine's handle (which
//! calls them), its label (which shows them) and the `Handle` object the
//! program gets. A program may have a hundred thousand timers waiting, so
//! this is one allocation, with up to two arguments inside it.

use std::rc::Rc;

use crate::engine::{HostCall, LabelText};
use crate::python::object::errors::ExcObj;
use crate::python::object::value::Value;
use crate::python::vm::machine::{Interp, Vm};

use super::asyncio::Loop;

/// A scheduled callback with its arguments.
#[derive(Debug)]
pub struct ScheduledCall {
    /// The callback.
    pub callback: Value,
    /// Its positional arguments.
    args: Args,
    /// The program's file name, which the label shows.
    filename: Rc<str>,
}

/// A call's arguments: the usual few inside the call itself.
#[derive(Debug)]
enum Args {
    Zero,
    One(Value),
    Two([Value; 2]),
    More(Box<[Value]>),
}

impl ScheduledCall {
    /// `args` is the callback followed by its arguments (at least one value).
    pub fn new(args: Vec<Value>, filename: Rc<str>) -> Rc<ScheduledCall> {
        let mut values = args.into_iter();
        let callback = values.next().unwrap_or(Value::None);
        let args = match (values.next(), values.next(), values.len()) {
            (None, _, _) => Args::Zero,
            (Some(a), None, _) => Args::One(a),
            (Some(a), Some(b), 0) => Args::Two([a, b]),
            (Some(a), Some(b), _) => Args::More([a, b].into_iter().chain(values).collect()),
        };
        Rc::new(ScheduledCall { callback, args, filename })
    }
    /// The callback's positional arguments.
    pub fn args(&self) -> &[Value] {
        match &self.args {
            Args::Zero => &[],
            Args::One(a) => std::slice::from_ref(a),
            Args::Two(ab) => ab,
            Args::More(all) => all,
        }
    }

}

impl HostCall<super::asyncio::PyHost> for ScheduledCall {
    /// Runs the callback, as the handle does.
    fn call(&self, lp: &mut Loop, st: &mut Interp) -> Result<(), Rc<ExcObj>> {
        super::debug::in_handle(&mut Vm::new(st, Some(lp)), |vm| vm.call(&self.callback, self.args().to_vec(), Vec::new())).map(|_| ())
    }
}

impl LabelText for ScheduledCall {
    /// asyncio's `_format_callback`: the qualified name, the arguments, and
    /// where the function was defined.
    fn text(&self) -> String {
        let parts: Vec<String> = self.args().iter().map(Value::repr).collect();
        let function = match &self.callback {
            Value::Bound(b) => &b.1,
            other => other,
        };
        match function {
            Value::Function(f) => {
                format!("{}({}) at {}:{}", f.code.qualname, parts.join(", "), self.filename, f.code.first_line)
            }
            Value::Builtin(b) => format!("{}({})", b.rsplit('.').next().unwrap_or(b), parts.join(", ")),
            other => format!("{}({})", other.type_name(), parts.join(", ")),
        }
    }
}
