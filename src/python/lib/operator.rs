//! The `operator` module: itemgetter, attrgetter, methodcaller, and the
//! operators as functions (`operator.add` is `a + b`).

use std::any::Any;
use std::rc::Rc;

use super::natives::StdObject;
use crate::python::object::code::{BinOp, CmpOp, UnOp};
use crate::python::object::errors::{Res, exc, type_error};
use crate::python::object::native::NativeObject;
use crate::python::object::value::{Value, values_equal};
use crate::python::vm::library::Kwargs;
use crate::python::vm::machine::Vm;
use crate::python::vm::ops;

const BINARY: &[(&str, BinOp)] = &[
    ("add", BinOp::Add), ("sub", BinOp::Sub), ("mul", BinOp::Mul), ("truediv", BinOp::Div),
    ("floordiv", BinOp::FloorDiv), ("mod", BinOp::Mod), ("pow", BinOp::Pow), ("lshift", BinOp::LShift),
    ("rshift", BinOp::RShift), ("and_", BinOp::And), ("or_", BinOp::Or), ("xor", BinOp::Xor), ("concat", BinOp::Add),
    ("iadd", BinOp::Add), ("isub", BinOp::Sub), ("imul", BinOp::Mul),
];
const COMPARE: &[(&str, CmpOp)] =
    &[("eq", CmpOp::Eq), ("ne", CmpOp::Ne), ("lt", CmpOp::Lt), ("le", CmpOp::Le), ("gt", CmpOp::Gt), ("ge", CmpOp::Ge)];

/// The module's functions, as `operator.name`.
pub const FUNCTIONS: &[&str] = &[
    "operator.itemgetter", "operator.attrgetter", "operator.methodcaller", "operator.add", "operator.sub",
    "operator.mul", "operator.truediv", "operator.floordiv", "operator.mod", "operator.pow", "operator.lshift",
    "operator.rshift", "operator.and_", "operator.or_", "operator.xor", "operator.concat", "operator.iadd",
    "operator.isub", "operator.imul", "operator.eq", "operator.ne", "operator.lt", "operator.le", "operator.gt",
    "operator.ge", "operator.neg", "operator.pos", "operator.abs", "operator.invert", "operator.not_",
    "operator.truth", "operator.is_", "operator.is_not", "operator.contains", "operator.getitem",
    "operator.setitem", "operator.delitem", "operator.index", "operator.countOf", "operator.indexOf",
];

/// `operator.name`.
pub fn attr(name: &str) -> Option<Value> {
    FUNCTIONS.iter().find(|f| f.strip_prefix("operator.") == Some(name)).map(|f| Value::Builtin(f))
}

/// What a getter object does with its operand.
enum Getter {
    Items(Vec<Value>),
    Attrs(Vec<Rc<str>>),
    Method(Rc<str>, Vec<Value>, Kwargs),
}

/// An itemgetter, attrgetter or methodcaller.
pub struct GetterObj(Getter);

fn arity<'a>(func: &str, args: &'a [Value], n: usize) -> Res<&'a [Value]> {
    if args.len() != n {
        return type_error(format!("{func} expected {n} argument{}, got {}", if n == 1 { "" } else { "s" }, args.len()));
    }
    Ok(args)
}

/// Calls `operator.func(…)`.
pub fn call(vm: &mut Vm, func: &str, args: Vec<Value>, kwargs: Kwargs) -> Res<Value> {
    if let Some((_, op)) = BINARY.iter().find(|(n, _)| *n == func) {
        let a = arity(func, &args, 2)?;
        return ops::binary(vm, *op, a[0].clone(), a[1].clone(), func.starts_with('i'));
    }
    if let Some((_, op)) = COMPARE.iter().find(|(n, _)| *n == func) {
        let a = arity(func, &args, 2)?;
        return ops::compare(vm, *op, &a[0], &a[1]).map(Value::Bool);
    }
    let getter = match func {
        "itemgetter" | "attrgetter" => {
            if args.is_empty() {
                return type_error(format!("{func} expected 1 argument, got 0"));
            }
            if func == "itemgetter" {
                Getter::Items(args)
            } else {
                let mut names = Vec::new();
                for a in &args {
                    let Value::Str(s) = a else { return type_error("attribute name must be a string") };
                    names.push(s.clone());
                }
                Getter::Attrs(names)
            }
        }
        "methodcaller" => {
            let Some((Value::Str(name), rest)) = args.split_first() else {
                return type_error("methodcaller needs at least one argument, the method name");
            };
            Getter::Method(name.clone(), rest.to_vec(), kwargs)
        }
        _ => return plain(vm, func, &args),
    };
    Ok(Value::Native(Rc::new(GetterObj(getter))))
}

fn plain(vm: &mut Vm, func: &str, args: &[Value]) -> Res<Value> {
    let unary = |op| -> Res<Value> { ops::unary(op, &arity(func, args, 1)?[0]) };
    match func {
        "neg" => unary(UnOp::Neg),
        "pos" => unary(UnOp::Pos),
        "invert" => unary(UnOp::Invert),
        "not_" => unary(UnOp::Not),
        "truth" => Ok(Value::Bool(arity(func, args, 1)?[0].truthy())),
        "abs" => vm.call(&Value::Builtin("abs"), arity(func, args, 1)?.to_vec(), Vec::new()),
        "index" => match &arity(func, args, 1)?[0] {
            v @ (Value::Int(_) | Value::Big(_)) => Ok(v.clone()),
            Value::Bool(b) => Ok(Value::Int(*b as i64)),
            v => type_error(format!("'{}' object cannot be interpreted as an integer", v.type_name())),
        },
        "is_" | "is_not" => {
            let a = arity(func, args, 2)?;
            let same = ops::compare(vm, CmpOp::Is, &a[0], &a[1])?;
            Ok(Value::Bool(same == (func == "is_")))
        }
        "contains" => {
            let a = arity(func, args, 2)?;
            ops::contains(vm, &a[0], &a[1]).map(Value::Bool)
        }
        "getitem" => {
            let a = arity(func, args, 2)?;
            get(vm, &a[0], &a[1])
        }
        "setitem" => {
            let a = arity(func, args, 3)?;
            crate::python::vm::protocols::set_item(vm, &a[0], a[1].clone(), a[2].clone()).map(|_| Value::None)
        }
        "delitem" => {
            let a = arity(func, args, 2)?;
            crate::python::vm::protocols::del_item(vm, &a[0], &a[1]).map(|_| Value::None)
        }
        "countOf" | "indexOf" => {
            let a = arity(func, args, 2)?;
            let items = vm.collect(&a[0])?;
            if func == "countOf" {
                return Ok(Value::Int(items.iter().filter(|v| values_equal(v, &a[1])).count() as i64));
            }
            match items.iter().position(|v| values_equal(v, &a[1])) {
                Some(i) => Ok(Value::Int(i as i64)),
                None => Err(exc("ValueError", "sequence.index(x): x not in sequence")),
            }
        }
        _ => Err(exc("AttributeError", format!("module 'operator' has no attribute '{func}'"))),
    }
}

fn dotted(vm: &mut Vm, obj: &Value, path: &str) -> Res<Value> {
    let mut v = obj.clone();
    for part in path.split('.') {
        v = vm.lib.get_attr(vm, &v, part)?;
    }
    Ok(v)
}

impl NativeObject for GetterObj {
    fn type_name(&self) -> &'static str {
        match self.0 {
            Getter::Items(_) => "operator.itemgetter",
            Getter::Attrs(_) => "operator.attrgetter",
            Getter::Method(..) => "operator.methodcaller",
        }
    }
    fn repr(&self) -> String {
        let parts: Vec<String> = match &self.0 {
            Getter::Items(items) => items.iter().map(Value::repr).collect(),
            Getter::Attrs(names) => names.iter().map(|n| Value::Str(n.clone()).repr()).collect(),
            Getter::Method(name, args, kwargs) => std::iter::once(Value::Str(name.clone()).repr())
                .chain(args.iter().map(Value::repr))
                .chain(kwargs.iter().map(|(k, v)| format!("{k}={}", v.repr())))
                .collect(),
        };
        format!("{}({})", self.type_name(), parts.join(", "))
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn methods(&self) -> &'static [&'static str] {
        &["__call__"]
    }
}

impl StdObject for GetterObj {
    fn call(&self, vm: &mut Vm, _this: &Value, _name: &str, args: Vec<Value>, _kwargs: Kwargs) -> Res<Value> {
        let [obj] = args.as_slice() else {
            return type_error(format!("{}() takes exactly one argument ({} given)", &self.type_name()[9..], args.len()));
        };
        match &self.0 {
            Getter::Items(items) if items.len() == 1 => get(vm, obj, &items[0]),
            Getter::Items(items) => {
                let got = items.iter().map(|i| get(vm, obj, i)).collect::<Res<Vec<_>>>()?;
                Ok(Value::tuple(got))
            }
            Getter::Attrs(names) if names.len() == 1 => dotted(vm, obj, &names[0]),
            Getter::Attrs(names) => {
                let got = names.iter().map(|n| dotted(vm, obj, n)).collect::<Res<Vec<_>>>()?;
                Ok(Value::tuple(got))
            }
            Getter::Method(name, margs, mkwargs) => {
                let m = vm.lib.get_attr(vm, obj, name)?;
                vm.call(&m, margs.clone(), mkwargs.clone())
            }
        }
    }
}

/// `obj[index]`, through a library object's own `__getitem__` when it has one
/// (and a user class's, and a dict's key lookup with `__eq__`).
fn get(vm: &mut Vm, obj: &Value, index: &Value) -> Res<Value> {
    match obj {
        Value::Native(n) if n.methods().contains(&"__getitem__") => {
            vm.lib.call_method(vm, obj, "__getitem__", vec![index.clone()], Vec::new())
        }
        _ => crate::python::vm::protocols::get_item(vm, obj, index),
    }
}
