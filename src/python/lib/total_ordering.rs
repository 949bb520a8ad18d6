//! `functools.total_ordering`: the class decorator that fills in the
//! missing rich comparisons from the one the class defines, with
//! functools.py's very functions (`_gt_from_lt`…): the same results,
//! NotImplemented passed on, the same names and docstrings, and their
//! frame in tracebacks.

use std::any::Any;
use std::rc::Rc;

use super::natives::StdObject;
use crate::python::object::code::CmpOp;
use crate::python::object::errors::{Res, exc, type_error};
use crate::python::object::native::{NativeObject, downcast};
use crate::python::object::traceback::TbEntry;
use crate::python::object::value::Value;
use crate::python::vm::compare::rich;
use crate::python::vm::dunder::{call_special, truthy};
use crate::python::vm::library::Kwargs;
use crate::python::vm::machine::Vm;

/// How a derived comparison is made from the root's result `r`.
#[derive(Clone, Copy)]
enum Rule {
    /// `not r and a != b`
    NotAndNe,
    /// `r or a == b`
    OrEq,
    /// `not r`
    Not,
    /// `not r or a == b`
    NotOrEq,
    /// `r and a != b`
    AndNe,
}

/// One of functools.py's twelve functions: the method it becomes, its
/// function name, the root it calls, its rule, its docstring, its line.
struct Derived {
    method: &'static str,
    func: &'static str,
    root: &'static str,
    rule: Rule,
    doc: &'static str,
    line: u32,
}

macro_rules! derived {
    ($method:literal, $func:literal, $root:literal, $rule:ident, $doc:literal, $line:literal) => {
        Derived { method: $method, func: $func, root: $root, rule: Rule::$rule, doc: $doc, line: $line }
    };
}

/// functools.py's `_convert`, in its order.
const CONVERT: &[Derived] = &[
    derived!("__gt__", "_gt_from_lt", "__lt__", NotAndNe, "Return a > b.  Computed by @total_ordering from (not a < b) and (a != b).", 91),
    derived!("__le__", "_le_from_lt", "__lt__", OrEq, "Return a <= b.  Computed by @total_ordering from (a < b) or (a == b).", 98),
    derived!("__ge__", "_ge_from_lt", "__lt__", Not, "Return a >= b.  Computed by @total_ordering from (not a < b).", 105),
    derived!("__ge__", "_ge_from_le", "__le__", NotOrEq, "Return a >= b.  Computed by @total_ordering from (not a <= b) or (a == b).", 112),
    derived!("__lt__", "_lt_from_le", "__le__", AndNe, "Return a < b.  Computed by @total_ordering from (a <= b) and (a != b).", 119),
    derived!("__gt__", "_gt_from_le", "__le__", Not, "Return a > b.  Computed by @total_ordering from (not a <= b).", 126),
    derived!("__lt__", "_lt_from_gt", "__gt__", NotAndNe, "Return a < b.  Computed by @total_ordering from (not a > b) and (a != b).", 133),
    derived!("__ge__", "_ge_from_gt", "__gt__", OrEq, "Return a >= b.  Computed by @total_ordering from (a > b) or (a == b).", 140),
    derived!("__le__", "_le_from_gt", "__gt__", Not, "Return a <= b.  Computed by @total_ordering from (not a > b).", 147),
    derived!("__le__", "_le_from_ge", "__ge__", NotOrEq, "Return a <= b.  Computed by @total_ordering from (not a >= b) or (a == b).", 154),
    derived!("__gt__", "_gt_from_ge", "__ge__", AndNe, "Return a > b.  Computed by @total_ordering from (a >= b) and (a != b).", 161),
    derived!("__lt__", "_lt_from_ge", "__ge__", Not, "Return a < b.  Computed by @total_ordering from (not a >= b).", 168),
];

/// A comparison `total_ordering` put on a class: a function, so it binds.
pub struct OrderingFn(&'static Derived);

/// `total_ordering(cls)`.
pub fn total_ordering(args: &[Value]) -> Res<Value> {
    let [cls] = args else {
        return type_error(format!("total_ordering() takes 1 positional argument but {} were given", args.len()));
    };
    let defined = |op: &str| match cls {
        Value::Class(c) => c.lookup(op).is_some(),
        _ => false,
    };
    // max(roots): __lt__ before __le__ before __gt__ before __ge__.
    let Some(root) = ["__lt__", "__le__", "__gt__", "__ge__"].into_iter().find(|op| defined(op)) else {
        let e = exc("ValueError", "must define at least one ordering operation: < > <= >=");
        let text = "raise ValueError('must define at least one ordering operation: < > <= >=')";
        e.traceback.borrow_mut().push(TbEntry::library("functools.py", 193, "total_ordering", text, None));
        return Err(e);
    };
    let Value::Class(c) = cls else { unreachable!("a root was found on a class") };
    for d in CONVERT.iter().filter(|d| d.root == root) {
        if !defined(d.method) {
            c.attrs.borrow_mut().insert(Rc::from(d.method), Value::Native(Rc::new(OrderingFn(d))));
        }
    }
    Ok(cls.clone())
}

impl OrderingFn {
    fn run(&self, vm: &mut Vm, a: &Value, b: &Value) -> Res<Value> {
        let d = self.0;
        let root = crate::python::vm::dunder::special(a, d.root).unwrap_or(Value::None);
        let r = call_special(vm, a, d.root, root, vec![b.clone()]).map_err(|e| {
            let text = match d.root {
                "__lt__" => "op_result = type(self).__lt__(self, other)",
                "__le__" => "op_result = type(self).__le__(self, other)",
                "__gt__" => "op_result = type(self).__gt__(self, other)",
                _ => "op_result = type(self).__ge__(self, other)",
            };
            e.traceback.borrow_mut().push(TbEntry::library("functools.py", d.line, d.func, text, Some((12, 42))));
            e
        })?;
        if matches!(r, Value::NotImplemented) {
            return Ok(r);
        }
        let t = truthy(vm, &r)?;
        match d.rule {
            Rule::Not => Ok(Value::Bool(!t)),
            Rule::NotAndNe if t => Ok(Value::Bool(false)),
            Rule::NotAndNe => rich(vm, CmpOp::Ne, a, b),
            Rule::AndNe if t => rich(vm, CmpOp::Ne, a, b),
            Rule::AndNe => Ok(r),
            Rule::OrEq if t => Ok(r),
            Rule::OrEq => rich(vm, CmpOp::Eq, a, b),
            Rule::NotOrEq if t => rich(vm, CmpOp::Eq, a, b),
            Rule::NotOrEq => Ok(Value::Bool(true)),
        }
    }
}

impl NativeObject for OrderingFn {
    fn type_name(&self) -> &'static str {
        "function"
    }
    fn repr(&self) -> String {
        format!("<function {} at 0x7f0000000000>", self.0.func)
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn methods(&self) -> &'static [&'static str] {
        &["__call__"]
    }
}

impl StdObject for OrderingFn {
    fn attr(&self, _vm: &mut Vm, name: &str) -> Option<Res<Value>> {
        Some(Ok(match name {
            "__name__" => Value::str(self.0.method),
            "__qualname__" => Value::str(self.0.func),
            "__module__" => Value::str("functools"),
            "__doc__" => Value::str(self.0.doc),
            _ => return None,
        }))
    }
    fn call(&self, vm: &mut Vm, _this: &Value, _name: &str, args: Vec<Value>, _kwargs: Kwargs) -> Res<Value> {
        match args.as_slice() {
            [a, b] => self.run(vm, a, b),
            _ => type_error(format!("{}() takes 2 positional arguments but {} were given", self.0.func, args.len())),
        }
    }
}

/// The [`StdObject`] behind a comparison `total_ordering` made.
pub fn as_std(n: &Rc<dyn NativeObject>) -> Option<&dyn StdObject> {
    downcast::<OrderingFn>(n).map(|f| f as &dyn StdObject)
}
