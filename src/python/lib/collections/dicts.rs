//! The dict subclasses of `collections`: defaultdict, Counter and
//! OrderedDict, each a dict (the backing map) plus its own behaviour.

use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

use crate::python::lib::natives::{StdObject, callable_repr, kwarg};
use crate::python::object::errors::{ExcObj, Res, exc, hashable, type_error};
use crate::python::object::native::NativeObject;
use crate::python::object::value::{DictMap, Key, Num, Value};
use crate::python::vm::library::Kwargs;
use crate::python::vm::machine::Vm;

/// Which dict subclass a [`DictObj`] is.
pub enum DictKind {
    /// `defaultdict(default_factory)`.
    Default(RefCell<Value>),
    /// `Counter`.
    Counter,
    /// `OrderedDict`.
    Ordered,
}

/// A defaultdict, Counter or OrderedDict.
pub struct DictObj {
    kind: DictKind,
    map: Rc<RefCell<DictMap>>,
}

const DEFAULT_METHODS: &[&str] = &["__getitem__", "copy", "__missing__"];
const COUNTER_METHODS: &[&str] =
    &["__getitem__", "copy", "most_common", "elements", "total", "update", "subtract", "__add__", "__sub__", "__and__", "__or__", "__pos__", "__neg__"];
const ORDERED_METHODS: &[&str] = &["copy", "move_to_end", "popitem"];

fn wrap(kind: DictKind, map: DictMap) -> Value {
    Value::Native(Rc::new(DictObj { kind, map: Rc::new(RefCell::new(map)) }))
}

/// The pairs of a mapping or of an iterable of pairs, in order.
fn pairs(vm: &mut Vm, v: &Value) -> Res<Vec<(Value, Value)>> {
    // An instance of a dict subclass is read as the mapping it carries.
    let v = &crate::python::lib::subclass::unwrap(v);
    let backing = match v {
        Value::Native(n) => n.backing(),
        _ => None,
    };
    if let Value::Dict(d) = backing.as_ref().unwrap_or(v) {
        return Ok(d.borrow().iter().map(|(k, v)| (k.0.clone(), v.clone())).collect());
    }
    let mut out = Vec::new();
    for item in vm.collect(v)? {
        let kv = vm.collect(&item)?;
        if kv.len() != 2 {
            return Err(exc(
                "ValueError",
                format!("dictionary update sequence element #{} has length {}; 2 is required", out.len(), kv.len()),
            ));
        }
        out.push((kv[0].clone(), kv[1].clone()));
    }
    Ok(out)
}

fn is_mapping(v: &Value) -> bool {
    match &crate::python::lib::subclass::unwrap(v) {
        Value::Dict(_) => true,
        Value::Native(n) => matches!(n.backing(), Some(Value::Dict(_))),
        _ => false,
    }
}

/// `defaultdict(default_factory=None, *args, **kwargs)`.
pub fn defaultdict(vm: &mut Vm, args: Vec<Value>, kwargs: Kwargs) -> Res<Value> {
    let factory = args.first().cloned().unwrap_or(Value::None);
    if !matches!(factory, Value::None) && !is_callable(&factory) {
        return type_error("first argument must be callable or None");
    }
    let mut map = DictMap::new();
    if let Some(init) = args.get(1) {
        for (k, v) in pairs(vm, init)? {
            map.insert(hashable(k)?, v);
        }
    }
    for (k, v) in kwargs {
        map.insert(Key(Value::Str(k)), v);
    }
    Ok(wrap(DictKind::Default(RefCell::new(factory)), map))
}

fn is_callable(v: &Value) -> bool {
    match v {
        Value::Function(_) | Value::Builtin(_) | Value::Type(_) | Value::Class(_) | Value::Bound(_) | Value::Method(_) => true,
        Value::Native(n) => n.methods().contains(&"__call__"),
        _ => false,
    }
}

/// `OrderedDict(*args, **kwargs)`.
pub fn ordered_dict(vm: &mut Vm, args: Vec<Value>, kwargs: Kwargs) -> Res<Value> {
    let mut map = DictMap::new();
    if let Some(init) = args.first() {
        for (k, v) in pairs(vm, init)? {
            map.insert(hashable(k)?, v);
        }
    }
    for (k, v) in kwargs {
        map.insert(Key(Value::Str(k)), v);
    }
    Ok(wrap(DictKind::Ordered, map))
}

/// `Counter(iterable_or_mapping=None, **kwargs)`.
pub fn counter(vm: &mut Vm, args: Vec<Value>, kwargs: Kwargs) -> Res<Value> {
    if args.len() > 1 {
        return type_error(format!("expected at most 1 arguments, got {}", args.len()));
    }
    let map = Rc::new(RefCell::new(DictMap::new()));
    count_into(vm, &map, args.first(), &kwargs, 1)?;
    Ok(Value::Native(Rc::new(DictObj { kind: DictKind::Counter, map })))
}

fn add_count(vm: &mut Vm, map: &RefCell<DictMap>, key: Value, by: Value) -> Res<()> {
    let key = hashable(key)?;
    let old = map.borrow().get(&key).cloned().unwrap_or(Value::Int(0));
    let new = crate::python::vm::ops::binary(vm, crate::python::object::code::BinOp::Add, old, by, false)?;
    map.borrow_mut().insert(key, new);
    Ok(())
}

/// Counts `source` (a mapping's values or an iterable's items) and `kwargs`
/// into `map`, each count multiplied by `sign`.
fn count_into(vm: &mut Vm, map: &RefCell<DictMap>, source: Option<&Value>, kwargs: &Kwargs, sign: i64) -> Res<()> {
    let negate = |vm: &mut Vm, v: Value| -> Res<Value> {
        if sign < 0 { crate::python::vm::ops::binary(vm, crate::python::object::code::BinOp::Sub, Value::Int(0), v, false) } else { Ok(v) }
    };
    match source {
        Some(m) if is_mapping(m) => {
            for (k, v) in pairs(vm, m)? {
                let v = negate(vm, v)?;
                add_count(vm, map, k, v)?;
            }
        }
        Some(Value::None) | None => {}
        Some(it) => {
            for k in vm.collect(it)? {
                add_count(vm, map, k, Value::Int(sign))?;
            }
        }
    }
    for (k, v) in kwargs {
        let v = negate(vm, v.clone())?;
        add_count(vm, map, Value::Str(k.clone()), v)?;
    }
    Ok(())
}

fn count_of(v: &Value) -> f64 {
    v.as_number().map_or(0.0, |n: Num| n.to_f64())
}

impl DictObj {
    /// The items sorted by count, largest first (ties keep insertion order).
    fn most_common(&self) -> Vec<(Value, Value)> {
        let mut items: Vec<(Value, Value)> = self.map.borrow().iter().map(|(k, v)| (k.0.clone(), v.clone())).collect();
        crate::sort::sort_by(&mut items, |a, b| count_of(&b.1).partial_cmp(&count_of(&a.1)).unwrap_or(std::cmp::Ordering::Equal));
        items
    }

    fn counter_op(&self, name: &str, other: &Value) -> Res<Value> {
        // A Counter subclass's instance counts as the Counter it carries.
        let other_map = match &crate::python::lib::subclass::unwrap(other) {
            Value::Native(n) => match crate::python::object::native::downcast::<DictObj>(n) {
                Some(DictObj { kind: DictKind::Counter, map }) => map.clone(),
                _ => return type_error(unsupported(name, other)),
            },
            _ => return type_error(unsupported(name, other)),
        };
        let (a, b) = (self.map.borrow(), other_map.borrow());
        let mut out = DictMap::new();
        let keys: Vec<&Key> = a.keys().chain(b.keys().filter(|k| !a.contains_key(*k))).collect();
        for k in keys {
            let x = a.get(k).map_or(0.0, count_of);
            let y = b.get(k).map_or(0.0, count_of);
            let r = match name {
                "__add__" => x + y,
                "__sub__" => x - y,
                "__and__" => x.min(y),
                _ => x.max(y),
            };
            if r > 0.0 {
                let v = if r.fract() == 0.0 { Value::Int(r as i64) } else { Value::Float(r) };
                out.insert(k.clone(), v);
            }
        }
        Ok(wrap(DictKind::Counter, out))
    }
}

fn unsupported(name: &str, other: &Value) -> String {
    let sym = match name {
        "__add__" => "+",
        "__sub__" => "-",
        "__and__" => "&",
        _ => "|",
    };
    format!("unsupported operand type(s) for {sym}: 'Counter' and '{}'", other.type_name())
}

fn pairs_repr(items: &[(Value, Value)]) -> String {
    items.iter().map(|(k, v)| format!("{}: {}", k.repr(), v.repr())).collect::<Vec<_>>().join(", ")
}

impl NativeObject for DictObj {
    fn type_name(&self) -> &'static str {
        match self.kind {
            DictKind::Default(_) => "collections.defaultdict",
            DictKind::Counter => "Counter",
            DictKind::Ordered => "collections.OrderedDict",
        }
    }
    fn class_name(&self) -> &'static str {
        match self.kind {
            DictKind::Counter => "collections.Counter",
            _ => self.type_name(),
        }
    }
    fn repr(&self) -> String {
        self.repr_with(&mut |v| v.repr())
    }
    fn repr_with(&self, show: &mut dyn FnMut(&Value) -> String) -> String {
        match &self.kind {
            DictKind::Default(f) => {
                format!("defaultdict({}, {})", callable_repr(&f.borrow()), show(&Value::Dict(self.map.clone())))
            }
            DictKind::Counter if self.map.borrow().is_empty() => "Counter()".to_string(),
            DictKind::Counter => format!("Counter({{{}}})", pairs_repr(&self.most_common())),
            DictKind::Ordered if self.map.borrow().is_empty() => "OrderedDict()".to_string(),
            DictKind::Ordered => {
                let items: Vec<Value> = self
                    .map
                    .borrow()
                    .iter()
                    .map(|(k, v)| Value::tuple(vec![k.0.clone(), v.clone()]))
                    .collect();
                format!("OrderedDict({})", show(&Value::list(items)))
            }
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn methods(&self) -> &'static [&'static str] {
        match self.kind {
            DictKind::Default(_) => DEFAULT_METHODS,
            DictKind::Counter => COUNTER_METHODS,
            DictKind::Ordered => ORDERED_METHODS,
        }
    }
    fn backing(&self) -> Option<Value> {
        Some(Value::Dict(self.map.clone()))
    }
}

impl StdObject for DictObj {
    fn attr(&self, _vm: &mut Vm, name: &str) -> Option<Res<Value>> {
        match (&self.kind, name) {
            (DictKind::Default(f), "default_factory") => Some(Ok(f.borrow().clone())),
            _ => None,
        }
    }
    fn call(&self, vm: &mut Vm, _this: &Value, name: &str, args: Vec<Value>, kwargs: Kwargs) -> Res<Value> {
        match name {
            "__getitem__" | "__missing__" => {
                let key = args.first().cloned().unwrap_or(Value::None);
                let k = hashable(key.clone())?;
                if name == "__getitem__"
                    && let Some(v) = self.map.borrow().get(&k)
                {
                    return Ok(v.clone());
                }
                match &self.kind {
                    DictKind::Counter => Ok(Value::Int(0)),
                    DictKind::Default(f) => {
                        let f = f.borrow().clone();
                        if matches!(f, Value::None) {
                            return Err(ExcObj::new("KeyError", vec![key]));
                        }
                        let v = vm.call(&f, Vec::new(), Vec::new())?;
                        self.map.borrow_mut().insert(k, v.clone());
                        Ok(v)
                    }
                    DictKind::Ordered => Err(ExcObj::new("KeyError", vec![key])),
                }
            }
            "copy" => {
                let kind = match &self.kind {
                    DictKind::Default(f) => DictKind::Default(RefCell::new(f.borrow().clone())),
                    DictKind::Counter => DictKind::Counter,
                    DictKind::Ordered => DictKind::Ordered,
                };
                Ok(wrap(kind, self.map.borrow().clone()))
            }
            "most_common" => {
                let mut items = self.most_common();
                if let Some(n) = args.first().filter(|v| !matches!(v, Value::None)) {
                    let n = crate::python::lib::natives::int_arg(n)?.max(0) as usize;
                    items.truncate(n);
                }
                Ok(Value::list(items.into_iter().map(|(k, v)| Value::tuple(vec![k, v])).collect()))
            }
            "elements" => {
                let mut out = Vec::new();
                for (k, v) in self.map.borrow().iter() {
                    let n = crate::python::lib::natives::int_arg(v)?;
                    out.extend(std::iter::repeat_n(k.0.clone(), n.max(0) as usize));
                }
                Ok(Value::Iter(Rc::new(RefCell::new(crate::python::object::value::IterState::Seq(Rc::new(out), 0)))))
            }
            "total" => {
                let values: Vec<Value> = self.map.borrow().values().cloned().collect();
                let mut sum = Value::Int(0);
                for v in values {
                    sum = crate::python::vm::ops::binary(vm, crate::python::object::code::BinOp::Add, sum, v, false)?;
                }
                Ok(sum)
            }
            "update" | "subtract" => {
                count_into(vm, &self.map, args.first(), &kwargs, if name == "update" { 1 } else { -1 })?;
                Ok(Value::None)
            }
            "__add__" | "__sub__" | "__and__" | "__or__" => self.counter_op(name, &args[0]),
            "__pos__" | "__neg__" => {
                // `+c` keeps the positive counts, `-c` the negated negative ones.
                let sign = if name == "__pos__" { 1.0 } else { -1.0 };
                let mut out = DictMap::new();
                for (k, v) in self.map.borrow().iter() {
                    let r = sign * count_of(v);
                    if r > 0.0 {
                        out.insert(k.clone(), if r.fract() == 0.0 { Value::Int(r as i64) } else { Value::Float(r) });
                    }
                }
                Ok(wrap(DictKind::Counter, out))
            }
            "move_to_end" => {
                let key = hashable(args.first().cloned().unwrap_or(Value::None))?;
                let last = args.get(1).or_else(|| kwarg(&kwargs, "last")).is_none_or(Value::truthy);
                let mut map = self.map.borrow_mut();
                let Some(i) = map.get_index_of(&key) else {
                    return Err(ExcObj::new("KeyError", vec![key.0]));
                };
                let to = if last { map.len() - 1 } else { 0 };
                map.move_index(i, to);
                Ok(Value::None)
            }
            "popitem" => {
                let last = args.first().or_else(|| kwarg(&kwargs, "last")).is_none_or(Value::truthy);
                let mut map = self.map.borrow_mut();
                if map.is_empty() {
                    return Err(exc("KeyError", "dictionary is empty"));
                }
                let (k, v) = if last { map.pop() } else { map.shift_remove_index(0) }.unwrap_or((Key(Value::None), Value::None));
                Ok(Value::tuple(vec![k.0, v]))
            }
            _ => type_error(format!("'{}' object has no method '{name}'", self.type_name())),
        }
    }
}
