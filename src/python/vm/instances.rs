//! What the VM does with instances of user classes: makes them (`__init__`)
//! and shows them (`__repr__` / `__str__`, also inside containers).

use std::rc::Rc;

use crate::python::object::classes::{ClassObj, Instance};
use crate::python::object::errors::{ExcObj, Res, type_error};
use crate::python::object::value::Value;
use super::machine::Vm;

/// Calls a class: makes an instance and runs `__init__`.
pub fn instantiate(vm: &mut Vm, class: &Rc<ClassObj>, args: Vec<Value>, kwargs: Vec<(Rc<str>, Value)>) -> Res<Value> {
    if let Some(kind) = class.exception_base() {
        let e = if crate::python::object::exception_group::is_group_kind(kind) {
            crate::python::object::exception_group::new_group(kind, args.clone())?
        } else {
            ExcObj::new(kind, args.clone())
        };
        *e.class.borrow_mut() = Some(class.clone());
        let value = Value::Exc(e);
        if let Some(init @ Value::Function(_)) = class.lookup("__init__") {
            let mut full = Vec::with_capacity(args.len() + 1);
            full.push(value.clone());
            full.extend(args);
            vm.call(&init, full, kwargs)?;
        }
        return Ok(value);
    }
    if crate::python::object::enums::is_enum(class) {
        return super::enums::call(vm, class, args, kwargs);
    }
    refuse_abstract(class)?;
    if let Some(base) = class.library_base() {
        return extend(vm, class, base, args, kwargs);
    }
    if let Some(new) = class.lookup("__new__") {
        return construct_with_new(vm, class, new, args, kwargs);
    }
    let instance = Value::Instance(Rc::new(Instance::new(class.clone())));
    match class.lookup("__init__") {
        Some(init) => run_init(vm, &init, &instance, args, kwargs)?,
        None if !args.is_empty() || !kwargs.is_empty() => {
            return type_error(format!("{}() takes no arguments", class.name));
        }
        None => {}
    }
    Ok(instance)
}

/// An instance of `class` carrying `base`, a value of the type it extends.
pub fn with_base(class: &Rc<ClassObj>, base: Value) -> Value {
    let inst = Instance::new(class.clone());
    *inst.base.borrow_mut() = Some(base);
    Value::Instance(Rc::new(inst))
}

/// Calls a class extending a built-in or library type: its own `__new__`
/// (which reaches the type's through `super().__new__(cls, …)`), else the
/// type's [`new_extending`]; then the class's `__init__` runs.
fn extend(vm: &mut Vm, class: &Rc<ClassObj>, base: Value, args: Vec<Value>, kwargs: Vec<(Rc<str>, Value)>) -> Res<Value> {
    if let Some(new) = class.lookup("__new__") {
        return construct_with_new(vm, class, new, args, kwargs);
    }
    let init = class.lookup("__init__");
    let instance = new_extending(vm, class, base, init.is_some(), args.clone(), kwargs.clone())?;
    if let Some(init) = init {
        run_init(vm, &init, &instance, args, kwargs)?;
    }
    Ok(instance)
}

/// The base type's `__new__` for `class` (extending `base`): a mutable
/// container is made empty when an `__init__` will fill it through
/// `super().__init__(…)`, an immutable value from the arguments.
pub fn new_extending(vm: &mut Vm, class: &Rc<ClassObj>, base: Value, has_init: bool, args: Vec<Value>, kwargs: Vec<(Rc<str>, Value)>) -> Res<Value> {
    let immutable = !matches!(base, Value::Type("list" | "dict" | "set") | Value::Builtin(_));
    let value = match has_init {
        true if !immutable => vm.call(&base, Vec::new(), Vec::new())?,
        _ => vm.call(&base, args, kwargs)?,
    };
    Ok(with_base(class, value))
}

/// `init(instance, *args, **kwargs)`, which must return None.
fn run_init(vm: &mut Vm, init: &Value, instance: &Value, args: Vec<Value>, kwargs: Vec<(Rc<str>, Value)>) -> Res<()> {
    let mut full = Vec::with_capacity(args.len() + 1);
    full.push(instance.clone());
    full.extend(args);
    match vm.call(init, full, kwargs)? {
        Value::None => Ok(()),
        r => type_error(format!("__init__() should return None, not '{}'", r.type_name())),
    }
}

/// Calls a class that defines `__new__`: `__new__(cls, *args)` makes the
/// object; `__init__` runs only when that is an instance of the class.
fn construct_with_new(vm: &mut Vm, class: &Rc<ClassObj>, new: Value, args: Vec<Value>, kwargs: Vec<(Rc<str>, Value)>) -> Res<Value> {
    let new = match crate::python::object::descriptors::descriptor(&new) {
        crate::python::object::descriptors::Descriptor::StaticMethod(f) => f.clone(),
        _ => new,
    };
    let mut full = Vec::with_capacity(args.len() + 1);
    full.push(Value::Class(class.clone()));
    full.extend(args.iter().cloned());
    let obj = vm.call(&new, full, kwargs.clone())?;
    let Value::Instance(inst) = &obj else {
        return Ok(obj);
    };
    if !inst.class.is_subclass_of(class) {
        return Ok(obj);
    }
    if let Some(init) = inst.class.lookup("__init__") {
        run_init(vm, &init, &obj, args, kwargs)?;
    }
    Ok(obj)
}

/// `str(v)` or `repr(v)` with user `__str__` / `__repr__` honoured.
pub fn display(vm: &mut Vm, v: &Value, repr: bool) -> Res<String> {
    crate::python::object::value::check_int_str_digits(v)?;
    let user_exc_class = match v {
        Value::Exc(e) => e.class.borrow().clone(),
        _ => None,
    };
    if let Some(class) = user_exc_class {
        // A user exception class may define `__str__` / `__repr__` itself or
        // inherit them from a mixin; otherwise the built-in ones apply.
        let method = if repr { class.lookup("__repr__") } else { class.lookup("__str__") };
        if let Some(m) = method {
            return match vm.call(&m, vec![v.clone()], Vec::new())? {
                Value::Str(s) => Ok(s.to_string()),
                other => type_error(format!(
                    "__{}__ returned non-string (type {})",
                    if repr { "repr" } else { "str" },
                    other.type_name()
                )),
            };
        }
    }
    if let Value::Instance(inst) = v {
        let method = if repr { None } else { inst.class.lookup("__str__") };
        let is_member = crate::python::object::enums::as_member(v).is_some();
        // Enum defines both: a member's str never falls back to a user __repr__.
        let method = if is_member && !repr { method } else { method.or_else(|| inst.class.lookup("__repr__")) };
        if method.is_none() && is_member {
            return super::enums::display(vm, inst, repr);
        }
        // `str.__str__` comes before any `__repr__` of a str subclass.
        if !repr
            && let Some(Value::Str(s)) = &*inst.base.borrow()
            && inst.class.lookup("__str__").is_none()
        {
            return Ok(s.to_string());
        }
        if let Some(m) = method {
            return match vm.call(&m, vec![v.clone()], Vec::new())? {
                Value::Str(s) => Ok(s.to_string()),
                other => type_error(format!(
                    "__{}__ returned non-string (type {})",
                    if repr { "repr" } else { "str" },
                    other.type_name()
                )),
            };
        }
        if let Some(base) = inst.base.borrow().clone() {
            return base_display(vm, inst, &base, repr);
        }
        return Ok(format!("<__main__.{} object at 0x7f0000000000>", inst.class.qualname));
    }
    if let Value::Exc(e) = v {
        return exception_display(vm, v, e, repr);
    }
    if matches!(v, Value::Handle(..) | Value::Native(_)) {
        let lib = vm.lib;
        if let Some(shown) = lib.show(vm, v, repr) {
            return shown;
        }
    }
    if let Value::Bound(b) = v
        && let Value::Function(f) = &b.1
    {
        return Ok(format!("<bound method {} of {}>", f.qualname(), display(vm, &b.0, true)?));
    }
    if let Value::Native(n) = v
        && n.backing().is_some_and(|b| contains_instance(&b, 0))
    {
        // A deque, defaultdict, OrderedDict or namedtuple holding instances
        // shows them by their own `__repr__`.
        let mut failed = None;
        let text = n.repr_with(&mut |x| display(vm, x, true).unwrap_or_else(|e| {
            failed.get_or_insert(e);
            String::new()
        }));
        return failed.map_or(Ok(text), Err);
    }
    match v {
        Value::List(_) | Value::Tuple(_) | Value::Dict(_) | Value::Set(_) if contains_instance(v, 0) => {
            container_repr(vm, v)
        }
        _ => Ok(if repr { v.repr() } else { v.to_str() }),
    }
}

/// How an instance of a class extending a built-in or library type shows:
/// as its base value, under the class's name where the library type shows
/// its own (`Stats({'a': 1})` for a Counter, `Point(x=1, y=2)`).
pub fn base_display(vm: &mut Vm, inst: &Instance, base: &Value, repr: bool) -> Res<String> {
    let text = display(vm, base, repr)?;
    if let Value::Set(_) | Value::FrozenSet(_) = base {
        // A set shows its type's name: `Seen({'a'})`, `Tags()`.
        let items = text.strip_prefix("frozenset(").and_then(|t| t.strip_suffix(')')).unwrap_or(&text);
        let items = if matches!(items, "set()" | "") { "" } else { items };
        return Ok(format!("{}({items})", inst.class.name));
    }
    if !matches!(base, Value::Native(_)) {
        return Ok(text);
    }
    Ok(match text.split_once('(') {
        Some((head, rest)) if !head.is_empty() && head.chars().all(|c| c.is_alphanumeric() || c == '_') => {
            format!("{}({rest}", inst.class.name)
        }
        _ => text,
    })
}

/// `format(v, spec)`: a user `__format__`, else `object.__format__` (which
/// takes only an empty spec), else the built-in mini-language.
pub fn format(vm: &mut Vm, v: &Value, spec: &str) -> Res<String> {
    if let Value::Instance(inst) = v {
        if let Some(r) = super::dunder::try_call(vm, v, "__format__", vec![Value::str(spec)]) {
            return match r? {
                Value::Str(s) => Ok(s.to_string()),
                other => type_error(format!("__format__ must return a str, not {}", super::dunder::type_name(&other))),
            };
        }
        if let Some(r) = super::enums::format(vm, v, spec) {
            return r;
        }
        // `str.__format__` / `float.__format__` of a subclass's instance: its
        // value under a spec, else `str(self)` with the class's own `__str__`.
        if !spec.is_empty()
            && let Some(base) = crate::python::object::scalar::scalar_of(v, &[])
        {
            return super::format::format_value(&base, spec);
        }
        if !spec.is_empty() {
            return type_error(format!("unsupported format string passed to {}.__format__", inst.class.name));
        }
        return display(vm, v, false);
    }
    if spec.is_empty() {
        return display(vm, v, false);
    }
    super::format::format_value(v, spec)
}

/// `str(e)` / `repr(e)`: a user exception class's `__str__` / `__repr__`,
/// else the arguments shown with their own `__repr__` / `__str__`.
fn exception_display(vm: &mut Vm, v: &Value, e: &Rc<ExcObj>, repr: bool) -> Res<String> {
    let class = e.class.borrow().clone();
    if let Some(class) = class {
        let method = if repr { None } else { class.lookup("__str__") };
        if let Some(m @ Value::Function(_)) = method.or_else(|| if repr { class.lookup("__repr__") } else { None }) {
            return match vm.call(&m, vec![v.clone()], Vec::new())? {
                Value::Str(s) => Ok(s.to_string()),
                other => type_error(format!(
                    "__{}__ returned non-string (type {})",
                    if repr { "repr" } else { "str" },
                    other.type_name()
                )),
            };
        }
    }
    let args = e.args.borrow().clone();
    if !args.iter().any(|a| contains_instance(a, 0)) {
        return Ok(if repr { v.repr() } else { v.to_str() });
    }
    let shown = match args.as_slice() {
        [one] if !repr && e.kind != "KeyError" => display(vm, one, false)?,
        [one] if !repr => display(vm, one, true)?,
        many => {
            let parts = many.iter().map(|a| display(vm, a, true)).collect::<Res<Vec<_>>>()?;
            if repr {
                return Ok(format!("{}({})", e.display_name(), parts.join(", ")));
            }
            if parts.len() == 1 { format!("({},)", parts[0]) } else { format!("({})", parts.join(", ")) }
        }
    };
    Ok(shown)
}

/// Before a traceback is printed: runs the user code that decides what the
/// last lines show (`__str__` of a user exception class, `__str__` /
/// `__repr__` of instances in the arguments) for `e` and the exceptions
/// chained to it, keeping the text on each.
pub fn settle_messages(vm: &mut Vm, e: &Rc<ExcObj>) {
    let mut pending = vec![e.clone()];
    // Each exception once, as the traceback shows it once: a chain whose
    // `__cause__` and `__context__` are one exception (`raise X from e` in
    // `except ... as e`) would otherwise be walked twice per link.
    let mut seen: Vec<Rc<ExcObj>> = Vec::new();
    while let Some(e) = pending.pop() {
        if seen.iter().any(|s| Rc::ptr_eq(s, &e)) {
            continue;
        }
        if seen.len() >= 100 {
            break;
        }
        seen.push(e.clone());
        let user_str = e.class.borrow().as_ref().is_some_and(|c| c.lookup("__str__").is_some());
        if user_str || e.args.borrow().iter().any(|a| contains_instance(a, 0)) {
            let text = display(vm, &Value::Exc(e.clone()), false).unwrap_or_else(|_| "<exception str() failed>".to_string());
            *e.shown.borrow_mut() = Some(text);
        }
        pending.extend(e.cause.borrow().clone());
        pending.extend(e.context.borrow().clone());
    }
}

fn contains_instance(v: &Value, depth: usize) -> bool {
    if depth > 50 {
        return false;
    }
    match v {
        Value::Instance(_) | Value::Bound(_) | Value::Handle(..) | Value::Native(_) => true,
        Value::Exc(e) => e.class.borrow().is_some() || e.args.borrow().iter().any(|x| contains_instance(x, depth + 1)),
        Value::List(l) => l.borrow().iter().any(|x| contains_instance(x, depth + 1)),
        Value::Tuple(t) => t.iter().any(|x| contains_instance(x, depth + 1)),
        Value::Dict(d) => d.borrow().iter().any(|(k, x)| contains_instance(&k.0, depth + 1) || contains_instance(x, depth + 1)),
        Value::Set(s) => s.borrow().iter().any(|k| contains_instance(&k.0, depth + 1)),
        _ => false,
    }
}

fn container_repr(vm: &mut Vm, v: &Value) -> Res<String> {
    let join = |vm: &mut Vm, items: &[Value]| -> Res<Vec<String>> {
        items.iter().map(|x| display(vm, x, true)).collect()
    };
    Ok(match v {
        Value::List(l) => {
            let items = l.borrow().clone();
            format!("[{}]", join(vm, &items)?.join(", "))
        }
        Value::Tuple(t) => {
            let parts = join(vm, t)?;
            if parts.len() == 1 { format!("({},)", parts[0]) } else { format!("({})", parts.join(", ")) }
        }
        Value::Dict(d) => {
            let pairs: Vec<(Value, Value)> = d.borrow().iter().map(|(k, v)| (k.0.clone(), v.clone())).collect();
            let mut parts = Vec::with_capacity(pairs.len());
            for (k, val) in pairs {
                parts.push(format!("{}: {}", display(vm, &k, true)?, display(vm, &val, true)?));
            }
            format!("{{{}}}", parts.join(", "))
        }
        Value::Set(s) => {
            let items: Vec<Value> = crate::python::object::set_order::iteration_order(&s.borrow());
            format!("{{{}}}", join(vm, &items)?.join(", "))
        }
        other => other.repr(),
    })
}


/// ABCMeta's refusal: a class whose `__abstractmethods__` (kept by the
/// library for classes deriving from `abc.ABC`) is not empty cannot be
/// instantiated.
fn refuse_abstract(class: &ClassObj) -> Res<()> {
    let Some(Value::FrozenSet(names)) = class.attrs.borrow().get("__abstractmethods__").cloned() else {
        return Ok(());
    };
    if names.is_empty() {
        return Ok(());
    }
    let mut names: Vec<String> = names.iter().map(|k| k.0.to_str()).collect();
    crate::sort::sort(&mut names);
    let s = if names.len() > 1 { "s" } else { "" };
    type_error(format!("Can't instantiate abstract class {} with abstract method{s} {}", class.name, names.join(", ")))
}
