//! The methods a class extending a built-in or library type (`class
//! Stack(list)`, `class Stats(Counter)`, `class Point(namedtuple(…))`)
//! inherits from it: each acts on the base value the instance carries, as
//! the type's own method would act on the instance itself.

use std::rc::Rc;

use crate::python::object::classes::Instance;
use crate::python::object::code::{BinOp, CmpOp};
use crate::python::object::errors::{Res, exc, type_error};
use crate::python::object::value::Value;
use crate::python::vm::library::Kwargs;
use crate::python::vm::machine::Vm;

/// The value a class extending a library type works on for `v`: an
/// instance's base value, else `v` itself.
pub fn unwrap(v: &Value) -> Value {
    match v {
        Value::Instance(i) => i.base.borrow().clone().unwrap_or_else(|| v.clone()),
        other => other.clone(),
    }
}

/// Calls the base type's method `op` (`base.__getitem__` and the like);
/// `args[0]` is the instance.
pub fn call(vm: &mut Vm, op: &str, args: &[Value], kwargs: &Kwargs) -> Res<Value> {
    let Some((this, rest)) = args.split_first() else {
        return type_error(format!("descriptor '{op}' needs an argument"));
    };
    if let Value::Class(_) | Value::Builtin(_) = this
        && matches!(op, "fromkeys" | "from_bytes")
    {
        return remake_with_class(vm, this, op, rest, kwargs);
    }
    if let Value::Class(class) = this
        && op == "_make"
    {
        let base = class.library_base().unwrap_or(Value::None);
        let method = crate::python::vm::attributes::load_attr(vm, &base, op)?;
        let made = vm.call(&method, rest.to_vec(), kwargs.clone())?;
        return Ok(crate::python::vm::instances::with_base(class, made));
    }
    let Value::Instance(inst) = this else {
        return plain(vm, op, this, rest);
    };
    if op == "__init__" {
        return init(vm, inst, rest, kwargs);
    }
    let Some(base) = inst.base.borrow().clone() else {
        return type_error(format!("descriptor '{op}' requires a '{}' object but received a '{}'", op, inst.class.name));
    };
    if let Some(r) = renamed_method(vm, inst, &base, op, rest, kwargs) {
        return r;
    }
    if op == "copy" {
        return copy(vm, this, inst, &base);
    }
    let arg = |i: usize| match rest.get(i) {
        Some(v) => Ok(v.clone()),
        None => type_error(format!("expected {} argument{}, got {}", i + 1, if i == 0 { "" } else { "s" }, rest.len())),
    };
    use crate::python::vm::{compare, iter, ops, protocols};
    Ok(match op {
        "__repr__" | "__str__" => Value::str(&crate::python::vm::instances::base_display(vm, inst, &base, op == "__repr__")?),
        "__getitem__" => return get_item(vm, this, inst, &base, &arg(0)?),
        "__setitem__" if has_method(&base, op) => vm.lib.call_method(vm, &base, op, vec![arg(0)?, arg(1)?], Vec::new())?,
        "__setitem__" => {
            protocols::set_item(vm, &backing(&base), arg(0)?, arg(1)?)?;
            Value::None
        }
        "__delitem__" if has_method(&base, op) => vm.lib.call_method(vm, &base, op, vec![arg(0)?], Vec::new())?,
        "__delitem__" => {
            protocols::del_item(vm, &backing(&base), &arg(0)?)?;
            Value::None
        }
        "__len__" => super::builtins::call_builtin(vm, "len", vec![base], Vec::new())?,
        "__iter__" => iter::get_iter(vm, &base)?,
        "__contains__" => Value::Bool(ops::contains(vm, &base, &arg(0)?)?),
        "__hash__" => super::builtins::call_builtin(vm, "hash", vec![base], Vec::new())?,
        "keys" => {
            let keys = crate::python::vm::attributes::load_attr(vm, &base, "keys")?;
            vm.call(&keys, Vec::new(), Vec::new())?
        }
        "__reversed__" => super::builtins::call_builtin(vm, "reversed", vec![base], Vec::new())?,
        _ if let Some(cmp) = comparison(op) => not_implemented_on_type_error(compare::rich(vm, cmp, &base, &unwrap(&arg(0)?)))?,
        "__iadd__" | "__ior__" => {
            let bin = if op == "__iadd__" { BinOp::Add } else { BinOp::Or };
            let r = ops::binary(vm, bin, base.clone(), unwrap(&arg(0)?), true)?;
            *inst.base.borrow_mut() = Some(r);
            this.clone()
        }
        // A sequence's `+` and `*` raise themselves unless the other operand may reflect.
        _ if let Some(bin) = binary(op)
            && matches!(backing(&base), Value::List(_) | Value::Tuple(_) | Value::Str(_))
            && !matches!(arg(0)?, Value::Instance(_)) =>
        {
            ops::binary(vm, bin, base, arg(0)?, false)?
        }
        _ if let Some(bin) = binary(op) => not_implemented_on_type_error(ops::binary(vm, bin, base, unwrap(&arg(0)?), false))?,
        // The reflected forms (`[0] + stack`, `2 * stack`): the other operand first.
        _ if let Some(bin) = op.strip_prefix("__r").and_then(|rest| binary(&format!("__{rest}"))) => {
            not_implemented_on_type_error(ops::binary(vm, bin, unwrap(&arg(0)?), base, false))?
        }
        _ => return Err(exc("AttributeError", format!("'{}' object has no attribute '{op}'", inst.class.name))),
    })
}

/// The built-in value a library object is made on (an OrderedDict's dict),
/// for the protocols it does not run itself; else `base`.
fn backing(base: &Value) -> Value {
    match base {
        Value::Native(n) => n.backing().unwrap_or_else(|| base.clone()),
        other => other.clone(),
    }
}

/// Whether the library object `base` has its own special method `op`.
fn has_method(base: &Value, op: &str) -> bool {
    matches!(base, Value::Native(n) if n.methods().contains(&op))
}

/// `dict.__getitem__(d, k)` and the like on a plain built-in value: the
/// operator itself.
fn plain(vm: &mut Vm, op: &str, this: &Value, args: &[Value]) -> Res<Value> {
    use crate::python::vm::{ops, protocols};
    Ok(match (op, args) {
        ("__getitem__", [k]) => protocols::get_item(vm, this, k)?,
        ("__setitem__", [k, v]) => {
            protocols::set_item(vm, this, k.clone(), v.clone())?;
            Value::None
        }
        ("__delitem__", [k]) => {
            protocols::del_item(vm, this, k)?;
            Value::None
        }
        ("__contains__", [k]) => Value::Bool(ops::contains(vm, this, k)?),
        ("__len__", []) => super::builtins::call_builtin(vm, "len", vec![this.clone()], Vec::new())?,
        ("__repr__" | "__str__", []) => Value::str(&crate::python::vm::instances::display(vm, this, op == "__repr__")?),
        _ => return Err(exc("NotImplementedError", format!("looplab cannot call {op} of a built-in type on a '{}' object", this.type_name()))),
    })
}

fn comparison(op: &str) -> Option<CmpOp> {
    Some(match op {
        "__eq__" => CmpOp::Eq,
        "__ne__" => CmpOp::Ne,
        "__lt__" => CmpOp::Lt,
        "__le__" => CmpOp::Le,
        "__gt__" => CmpOp::Gt,
        "__ge__" => CmpOp::Ge,
        _ => return None,
    })
}

fn binary(op: &str) -> Option<BinOp> {
    Some(match op {
        "__add__" => BinOp::Add,
        "__sub__" => BinOp::Sub,
        "__mul__" => BinOp::Mul,
        "__or__" => BinOp::Or,
        "__and__" => BinOp::And,
        "__xor__" => BinOp::Xor,
        _ => return None,
    })
}

/// A base type's operator that does not take the other operand returns
/// NotImplemented, so the VM's error names the subclass.
fn not_implemented_on_type_error(r: Res<Value>) -> Res<Value> {
    match r {
        Err(e) if e.kind == "TypeError" => Ok(Value::NotImplemented),
        other => other,
    }
}

/// `self[key]`: a plain dict's subclass calls its `__missing__` for a
/// missing key, as `dict.__getitem__` does.
fn get_item(vm: &mut Vm, this: &Value, inst: &Instance, base: &Value, key: &Value) -> Res<Value> {
    if has_method(base, "__getitem__") {
        return vm.lib.call_method(vm, base, "__getitem__", vec![key.clone()], Vec::new());
    }
    let backing = backing(base);
    match crate::python::vm::protocols::get_item(vm, &backing, key) {
        Err(e) if e.kind == "KeyError" && matches!(base, Value::Dict(_)) => match inst.class.lookup("__missing__") {
            Some(m) => vm.call(&m, vec![this.clone(), key.clone()], Vec::new()),
            None => Err(e),
        },
        other => other,
    }
}

/// `super().__init__(…)`: a mutable base value is made again from the
/// arguments, as `list.__init__` / `dict.__init__` / `deque.__init__` refill
/// the object; an immutable one was made from the call's arguments already.
fn init(vm: &mut Vm, inst: &Instance, args: &[Value], kwargs: &Kwargs) -> Res<Value> {
    let Some(class) = inst.class.library_base() else {
        return Ok(Value::None);
    };
    if matches!(class, Value::Type("list" | "dict" | "set") | Value::Builtin(_)) {
        let fresh = vm.call(&class, args.to_vec(), kwargs.clone())?;
        *inst.base.borrow_mut() = Some(fresh);
    }
    Ok(Value::None)
}

/// `copy()` of an instance extending a library type: the subclass called
/// as collections.py and the C types do (`self.__class__(self)`; a deque
/// passes its maxlen, a defaultdict its factory first).
fn copy(vm: &mut Vm, this: &Value, inst: &Instance, base: &Value) -> Res<Value> {
    let class = Value::Class(inst.class.clone());
    let args = match base.class_name().as_str() {
        "collections.deque" => match crate::python::vm::attributes::load_attr(vm, base, "maxlen")? {
            Value::None => vec![this.clone()],
            maxlen => vec![this.clone(), maxlen],
        },
        "collections.defaultdict" => vec![crate::python::vm::attributes::load_attr(vm, base, "default_factory")?, this.clone()],
        _ => vec![this.clone()],
    };
    vm.call(&class, args, Vec::new())
}

/// The methods of a namedtuple base that make a record of the same class:
/// called on the base, their result becomes an instance of the subclass
/// (`p._replace(x=1)` is a `Point` with its methods, as is `Point._make(…)`).
const REMAKING: &[&str] = &["base._replace", "base._make"];

/// The class method `name` of the type a class extends, bound to the class
/// (`D.fromkeys`, `Flags.from_bytes`, also read off an instance), when that
/// type's makes an object of the class it is called on; `OrderedDict.fromkeys`
/// and the like of the library's dict types themselves.
pub fn library_class_method(obj: &Value, name: &str) -> Option<Value> {
    let (cls, base) = match obj {
        Value::Class(c) => (obj.clone(), c.library_base()?),
        Value::Instance(i) => (Value::Class(i.class.clone()), i.class.library_base()?),
        Value::Builtin(_) => (obj.clone(), obj.clone()),
        _ => return None,
    };
    let method = match (name, &base) {
        ("fromkeys", Value::Type("dict") | Value::Builtin("collections.OrderedDict" | "collections.defaultdict" | "collections.Counter")) => {
            "base.fromkeys"
        }
        ("from_bytes", Value::Type("int")) => "base.from_bytes",
        _ => return None,
    };
    Some(Value::Bound(Rc::new((cls, Value::Builtin(method)))))
}

/// `cls.fromkeys(keys, value)` as `dict.fromkeys` runs for a subclass
/// (`cls()`, then `d[key] = value` through the class's own `__setitem__`);
/// `cls.from_bytes(…)` as `int.from_bytes` does (`cls(int)`).
fn remake_with_class(vm: &mut Vm, cls: &Value, op: &str, args: &[Value], kwargs: &Kwargs) -> Res<Value> {
    if op == "from_bytes" {
        let method = crate::python::vm::attributes::load_attr(vm, &Value::Type("int"), op)?;
        let n = vm.call(&method, args.to_vec(), kwargs.clone())?;
        return vm.call(cls, vec![n], Vec::new());
    }
    let base = match cls {
        Value::Class(c) => c.library_base(),
        other => Some(other.clone()),
    };
    if matches!(base, Some(Value::Builtin("collections.Counter"))) {
        return Err(exc("NotImplementedError", "Counter.fromkeys() is undefined.  Use Counter(iterable) instead."));
    }
    if !kwargs.is_empty() {
        return type_error("dict.fromkeys() takes no keyword arguments");
    }
    super::builtins::arg_count("fromkeys", args, 1, 2)?;
    let value = args.get(1).cloned().unwrap_or(Value::None);
    let made = vm.call(cls, Vec::new(), Vec::new())?;
    for key in vm.collect(&args[0])? {
        crate::python::vm::protocols::set_item(vm, &made, key, value.clone())?;
    }
    Ok(made)
}

/// `obj.name` that must wrap what the base value's method returns; `None`
/// for the attributes read from the base as they are.
pub fn base_attr(vm: &mut Vm, obj: &Value, base: &Value, name: &str) -> Option<Res<Value>> {
    if let Some(m) = library_class_method(obj, name) {
        return Some(Ok(m));
    }
    // `self.__len__()`, `m.__add__(1)`: the type's special method, bound.
    if let Value::Instance(_) = obj
        && !matches!(name, "__init__" | "__hash__" | "__missing__")
        && let Some(m) = crate::python::object::classes::base_method(name)
        && crate::python::vm::attributes::load_attr(vm, base, name).is_err()
    {
        return Some(Ok(Value::Bound(Rc::new((obj.clone(), Value::Builtin(m))))));
    }
    if let Value::Instance(_) = obj
        && name == "copy"
        && matches!(base, Value::Native(n) if n.backing().is_some())
    {
        return Some(Ok(Value::Bound(Rc::new((obj.clone(), Value::Builtin("base.copy"))))));
    }
    let record = match obj {
        Value::Instance(_) => super::collections::namedtuple::record_items(base).is_some() && name == "_replace",
        Value::Class(_) => matches!(base, Value::Native(n) if n.is_class()) && name == "_make",
        _ => false,
    };
    if !record {
        return None;
    }
    let m = REMAKING.iter().find(|m| m.strip_prefix("base.") == Some(name))?;
    Some(Ok(Value::Bound(Rc::new((obj.clone(), Value::Builtin(m))))))
}

/// Runs a [`REMAKING`] method on the base and wraps its result.
fn renamed_method(vm: &mut Vm, inst: &Instance, base: &Value, op: &str, args: &[Value], kwargs: &Kwargs) -> Option<Res<Value>> {
    if !REMAKING.iter().any(|m| m.strip_prefix("base.") == Some(op)) {
        return None;
    }
    Some((|| {
        let method = crate::python::vm::attributes::load_attr(vm, base, op)?;
        let made = vm.call(&method, args.to_vec(), kwargs.clone())?;
        Ok(crate::python::vm::instances::with_base(&inst.class, made))
    })())
}
