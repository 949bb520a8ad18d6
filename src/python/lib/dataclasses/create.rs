//! dataclasses.py's `_create_fn`: a method made from generated source, as
//! CPython `exec`s it (`def __create_fn__(locals…):` around `def name(…):`),
//! so its argument errors and its frames (`File "<string>", line N`) are
//! CPython's; and `_recursive_repr`, the guard around a generated `__repr__`.

use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

use crate::python::front::compile::compile_module;
use crate::python::front::syntax::parse_program;
use crate::python::lib::natives::StdObject;
use crate::python::object::code::{Code, Op};
use crate::python::object::errors::{Res, exc};
use crate::python::object::native::NativeObject;
use crate::python::object::traceback::TbEntry;
use crate::python::object::value::{Function, Value};
use crate::python::vm::library::Kwargs;
use crate::python::vm::machine::Vm;

/// Makes method `name` of the class `qualname` with parameters `args` and
/// body lines `body`; `locals` are the names the body reads (passed in as
/// `__create_fn__`'s arguments, as dataclasses.py passes them).
pub fn create_fn(vm: &mut Vm, qualname: &str, name: &str, args: &[String], body: &[String], locals: Vec<(&str, Value)>) -> Res<Value> {
    let body: Vec<String> = body.iter().map(|b| format!("  {b}")).collect();
    let names: Vec<&str> = locals.iter().map(|(n, _)| *n).collect();
    let text = format!(
        "def __create_fn__({}):\n def {name}({}):\n{}\n return {name}",
        names.join(", "),
        args.join(","),
        body.join("\n")
    );
    let internal = |what: &str| exc("SystemError", format!("dataclasses: generated {name} {what}"));
    let parsed = parse_program(&text).map_err(|_| internal("does not parse"))?;
    let module = compile_module(&text, parsed.syntax()).map_err(|_| internal("does not compile"))?;
    let outer = module
        .consts
        .iter()
        .find_map(|c| match c {
            Value::Code(c) if &*c.name == "__create_fn__" => Some(c.clone()),
            _ => None,
        })
        .ok_or_else(|| internal("has no function"))?;
    let outer = mark(&outer, &format!("{qualname}.{name}"));
    if reads_globals(&outer) {
        return Err(internal("reads a global"));
    }
    let f = Function { code: Rc::new(outer), defaults: Vec::new(), kwdefaults: Vec::new(), closure: Vec::new(), meta: Default::default() };
    vm.call_function(&Rc::new(f), locals.into_iter().map(|(_, v)| v).collect(), Vec::new())
}

/// The code marked as generated, its inner function named `qualname` (as
/// dataclasses.py's `_set_qualname` names it).
fn mark(code: &Code, qualname: &str) -> Code {
    let mut code = code.clone();
    code.generated = true;
    for c in code.consts.iter_mut() {
        if let Value::Code(inner) = c {
            let mut inner = mark(inner, qualname);
            inner.qualname = Rc::from(qualname);
            *c = Value::Code(Rc::new(inner));
        }
    }
    code
}

/// Generated code runs outside the program's module, so it must reach every
/// name through `__create_fn__`'s arguments.
fn reads_globals(code: &Code) -> bool {
    code.ops.iter().any(|op| matches!(
        op,
        Op::LoadGlobal(_) | Op::StoreGlobal(_) | Op::DeleteGlobal(_) | Op::GlobalConstCompareJump(..) | Op::AugGlobal(..) | Op::LoadGlobal2(..) | Op::BinaryStoreGlobal(..)
    ))
        || code.consts.iter().any(|c| matches!(c, Value::Code(inner) if reads_globals(inner)))
}

/// A `__repr__` wrapped by `_recursive_repr`: `...` for an object already
/// being shown further up.
pub struct ReprGuard {
    func: Value,
    running: RefCell<Vec<*const ()>>,
}

/// Wraps a generated `__repr__`.
pub fn repr_guard(func: Value) -> Value {
    Value::Native(Rc::new(ReprGuard { func, running: RefCell::new(Vec::new()) }))
}

impl NativeObject for ReprGuard {
    fn type_name(&self) -> &'static str {
        "function"
    }
    fn repr(&self) -> String {
        match &self.func {
            Value::Function(f) => format!("<function {} at 0x7f0000000000>", f.qualname()),
            other => other.repr(),
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn methods(&self) -> &'static [&'static str] {
        &["__call__"]
    }
}

impl StdObject for ReprGuard {
    fn attr(&self, _vm: &mut Vm, name: &str) -> Option<Res<Value>> {
        match (name, &self.func) {
            ("__wrapped__", f) => Some(Ok(f.clone())),
            ("__name__", Value::Function(f)) => Some(Ok(Value::Str(f.name()))),
            ("__qualname__", Value::Function(f)) => Some(Ok(Value::Str(f.qualname()))),
            _ => None,
        }
    }
    fn call(&self, vm: &mut Vm, _this: &Value, _name: &str, args: Vec<Value>, kwargs: Kwargs) -> Res<Value> {
        let key = match args.first() {
            Some(Value::Instance(i)) => Rc::as_ptr(i) as *const (),
            _ => std::ptr::null(),
        };
        if self.running.borrow().contains(&key) {
            return Ok(Value::str("..."));
        }
        self.running.borrow_mut().push(key);
        let result = vm.call(&self.func, args, kwargs);
        self.running.borrow_mut().retain(|k| *k != key);
        result.inspect_err(|e| {
            let line = "result = user_function(self)";
            e.traceback.borrow_mut().push(TbEntry::library("dataclasses.py", 240, "wrapper", line, Some((9, 28))));
        })
    }
}
