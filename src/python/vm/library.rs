//! What the interpreter asks of the rooms above it: the builtins and the
//! modules (`lib/`), asyncio and threads (`aio/`). The VM names none of them:
//! the session gives it one [`Library`], one [`RunClock`], and the
//! [`Extensions`] where those rooms keep their state.

use std::any::{Any, TypeId};
use std::cell::RefCell;
use std::fmt::Debug;
use std::rc::Rc;

use rustc_hash::FxHashMap;

use super::machine::Vm;
use crate::python::object::errors::{ExcObj, Res};
use crate::python::object::frame::GenState;
use crate::python::object::native::NativeObject;
use crate::python::object::value::Value;

/// Keyword arguments as the VM passes them.
pub type Kwargs = Vec<(Rc<str>, Value)>;

/// What an awaitable's step means for the awaiting frame.
pub enum AwaitOutcome {
    /// The frame must suspend, yielding this marker up to the task.
    Suspend(Value),
    /// The await expression's value.
    Done(Value),
}

/// The built-in functions, types, methods and modules, and the library's
/// awaitables and context managers.
pub trait Library {
    /// The names the `builtins` module starts with.
    fn builtins(&self) -> FxHashMap<Rc<str>, Value>;
    /// Calls the builtin function (or module function) `name`.
    fn call_builtin(&self, vm: &mut Vm, name: &'static str, args: Vec<Value>, kwargs: Kwargs) -> Res<Value>;
    /// Calls the built-in type `name` (`int(…)`, `list(…)`, an exception class).
    fn call_type(&self, vm: &mut Vm, name: &'static str, args: Vec<Value>, kwargs: Kwargs) -> Res<Value>;
    /// `obj.name` for a value that is not a user instance's own attribute.
    fn get_attr(&self, vm: &mut Vm, obj: &Value, name: &str) -> Res<Value>;
    /// `obj.name = value` on a library object that has settable attributes
    /// (`loop.slow_callback_duration`); None when `obj` has none by that name.
    fn set_attr(&self, _vm: &mut Vm, _obj: &Value, _name: &str, _value: &Value) -> Option<Res<()>> {
        None
    }
    /// The static name of a built-in method of `obj`, for the fast call path.
    fn builtin_method(&self, obj: &Value, name: &str) -> Option<&'static str>;
    /// Calls method `name` of a built-in or library object.
    fn call_method(&self, vm: &mut Vm, recv: &Value, name: &str, args: Vec<Value>, kwargs: Kwargs) -> Res<Value>;
    /// `import name`.
    fn import(&self, name: &str) -> Res<Value>;
    /// `await x`'s operand, made ready for the `Await` op.
    fn to_awaitable(&self, v: Value) -> Res<Value>;
    /// Sends into (or throws into) a library awaitable.
    fn drive(&self, vm: &mut Vm, aw: &Rc<dyn NativeObject>, sent: Value, thrown: Option<Rc<ExcObj>>) -> Res<AwaitOutcome>;
    /// `manager.__aenter__()` (enter) or `manager.__aexit__(…)` of a library
    /// object, as an awaitable; `exc` is the exception leaving the block.
    fn async_with(&self, vm: &mut Vm, manager: &Value, enter: bool, exc: Option<&Value>) -> Res<Value>;
    /// `manager.__enter__()` / `__exit__(…)` of a library object.
    fn context_manager(&self, vm: &mut Vm, manager: &Value, enter: bool, args: Vec<Value>) -> Res<Value>;
    /// The repr (or str, `repr == false`) of a library object whose text
    /// depends on the library's state (a task, a lock, a handle), if `v` is one.
    fn show(&self, vm: &mut Vm, v: &Value, repr: bool) -> Option<Res<String>>;
    /// The running loop's first-iteration hook for async generator `agen`
    /// (`sys.set_asyncgen_hooks(firstiter=…)` as asyncio installs it): the
    /// loop remembers it, and becomes its finalizer.
    fn asyncgen_first_iter(&self, _vm: &mut Vm, _agen: &Rc<RefCell<GenState>>) -> Res<()> {
        Ok(())
    }
    /// The finalizer hook: `agen` was dropped unfinished; its loop
    /// (`finalizer`) schedules `agen.aclose()` as a task.
    fn asyncgen_finalize(&self, _vm: &mut Vm, _agen: Rc<RefCell<GenState>>, _finalizer: Value) {}
    /// The last references to these library handles went (CPython's
    /// `__del__` moment for a future: "exception was never retrieved").
    fn handles_released(&self, _vm: &mut Vm, _released: Vec<crate::python::object::native::Released>) {}
    /// The program's module has run to its end (its traceback, if any, is
    /// printed): what CPython's finalization reports comes now.
    fn at_exit(&self, _vm: &mut Vm) {}
    /// A class statement with these bases is about to run its body in
    /// `namespace` (an enum's body resolves `auto()` as it goes).
    fn class_body(&self, _vm: &mut Vm, _namespace: &crate::python::object::frame::Namespace, _bases: &[Value]) {}
    /// A class body stores the library object `value` as `name`: what the
    /// namespace keeps instead (an enum's `auto()` becomes its value).
    fn class_body_store(&self, _vm: &mut Vm, _namespace: &crate::python::object::frame::Namespace, _name: &str, value: Value) -> Res<Value> {
        Ok(value)
    }
    /// A class statement made `class` (before `__init_subclass__` runs): the
    /// library finishes the classes its bases call for (an enum's members).
    fn class_created(&self, _vm: &mut Vm, _class: &Value) -> Res<()> {
        Ok(())
    }
    /// `obj.name` read from `base`, the value an instance of a class
    /// extending a library type carries, when the library must wrap it
    /// (a namedtuple's `_replace` makes an instance of the subclass).
    fn base_attr(&self, _vm: &mut Vm, _obj: &Value, _base: &Value, _name: &str) -> Option<Res<Value>> {
        None
    }
    /// A class statement's bases before the class is made: the library
    /// replaces the ones that make another class (`typing.NamedTuple`,
    /// `Generic[T]`) and may change the namespace.
    fn class_bases(&self, _vm: &mut Vm, _name: &str, bases: Vec<Value>, _namespace: &mut crate::python::object::classes::ClassDict) -> Res<Vec<Value>> {
        Ok(bases)
    }
    /// The name of the thread running now (`MainThread`, an executor's
    /// `asyncio_0`), for logging's `%(threadName)s`.
    fn thread_name(&self, _vm: &mut Vm) -> String {
        "MainThread".to_string()
    }
}

/// The run's one clock and the driver's instructions, as the interpreter
/// sees them (the asyncio bridge provides them from the engine's runtime).
pub trait RunClock {
    /// The clock's reading, in seconds.
    fn now(&self) -> f64;
    /// Moves the clock.
    fn set_now(&self, t: f64);
    /// Loop iterations run so far, across every loop (the trace's numbering).
    fn iteration(&self) -> u64;
    /// Whether the driver has halted the run.
    fn halted(&self) -> bool;
    /// When a sleep until `deadline` wakes (the driver may say later, in real
    /// time), or `None` when the driver halts the run there.
    fn wake_time(&self, deadline: f64) -> Option<f64>;
}

impl Debug for dyn Library {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str("Library")
    }
}

impl Debug for dyn RunClock {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "clock at {}", self.now())
    }
}

/// State the rooms above the VM keep in the interpreter, one value per type
/// (the random generator, the threads, the event loops).
#[derive(Default)]
pub struct Extensions(Vec<(TypeId, Box<dyn Any>)>);

impl Debug for Extensions {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "{} extension(s)", self.0.len())
    }
}

impl Extensions {
    /// The `T`, made with `T::default()` the first time it is asked for.
    pub fn get_mut<T: Default + 'static>(&mut self) -> &mut T {
        self.slot(TypeId::of::<T>(), || Box::<T>::default())
            .downcast_mut::<T>()
            .expect("the slot of T's TypeId holds a T")
    }
    /// The value of type `id`, made by `make` the first time.
    fn slot(&mut self, id: TypeId, make: fn() -> Box<dyn Any>) -> &mut Box<dyn Any> {
        let i = match self.0.iter().position(|(t, _)| *t == id) {
            Some(i) => i,
            None => {
                self.0.push((id, make()));
                self.0.len() - 1
            }
        };
        &mut self.0[i].1
    }
    /// The `T`, if one was made.
    pub fn get<T: 'static>(&self) -> Option<&T> {
        let id = TypeId::of::<T>();
        self.0.iter().find(|(t, _)| *t == id).and_then(|(_, b)| b.downcast_ref::<T>())
    }
}
