//! The `functools` module: partial, reduce, lru_cache / cache (with
//! cache_info and cache_clear), wraps / update_wrapper, cmp_to_key.

use std::any::Any;
use std::cell::{Cell, RefCell};
use std::rc::Rc;

use indexmap::IndexMap;

use super::collections::namedtuple::Shape;
use super::natives::{StdObject, arg, callable_repr, check_kwargs, int_arg};
use crate::python::object::errors::{Res, exc, hashable, type_error};
use crate::python::object::function_attrs;
use crate::python::object::native::{NativeObject, downcast};
use crate::python::object::value::{DictMap, Key, Value};
use crate::python::vm::library::Kwargs;
use crate::python::vm::machine::Vm;

/// The module's functions, as `functools.name`.
pub const FUNCTIONS: &[&str] = &[
    "functools.partial", "functools.reduce", "functools.lru_cache", "functools.cache", "functools.wraps",
    "functools.update_wrapper", "functools.cmp_to_key", "functools.cached_property",
    "functools.total_ordering", "functools.singledispatch", "functools.singledispatchmethod",
    "functools.partialmethod",
];

/// `functools.name`.
pub fn attr(name: &str) -> Option<Value> {
    match name {
        "WRAPPER_ASSIGNMENTS" => Some(Value::tuple(
            ["__module__", "__name__", "__qualname__", "__doc__", "__annotations__"].iter().map(|s| Value::str(s)).collect(),
        )),
        "WRAPPER_UPDATES" => Some(Value::tuple(vec![Value::str("__dict__")])),
        _ => FUNCTIONS.iter().find(|f| f.strip_prefix("functools.") == Some(name)).map(|f| Value::Builtin(f)),
    }
}

/// Whether `v` can be called.
pub fn is_callable(v: &Value) -> bool {
    match v {
        Value::Function(_) | Value::Builtin(_) | Value::Type(_) | Value::Class(_) | Value::Bound(_) | Value::Method(_) => true,
        Value::Native(n) => n.methods().contains(&"__call__"),
        _ => false,
    }
}

/// `functools.partial(func, *args, **keywords)`.
pub struct Partial {
    func: Value,
    args: Vec<Value>,
    kwargs: Kwargs,
}

/// A function with an LRU cache in front (`lru_cache(maxsize)(func)`).
pub struct Cached {
    func: Value,
    maxsize: Option<usize>,
    cache: RefCell<IndexMap<Key, Value>>,
    hits: Cell<u64>,
    misses: Cell<u64>,
}

/// What `lru_cache(maxsize=…)` returns: the decorator that makes a [`Cached`].
pub struct CacheDecorator {
    maxsize: Option<usize>,
}

/// A function as `wraps` left it: calls go to the wrapper, the names and
/// the docstring are the wrapped function's.
pub struct Wrapped {
    wrapper: Value,
    wrapped: Value,
}

/// What `wraps(wrapped)` returns: the decorator that makes a [`Wrapped`].
pub struct WrapsDecorator {
    wrapped: Value,
}

/// `cmp_to_key(mycmp)`: a key that sorts by an old-style comparison.
pub struct CmpToKey {
    cmp: Value,
}

/// The comparison function behind a `cmp_to_key` key, for sorting with it.
pub fn cmp_function(key: &Value) -> Option<Value> {
    match key {
        Value::Native(n) => downcast::<CmpToKey>(n).map(|k| k.cmp.clone()),
        _ => None,
    }
}

/// A call of `partial(f, *a)(*args)` as the call `f(*a, *args)` it stands
/// for, so a worker thread runs `f`'s own frame (and may block in it); a
/// partial with keywords stays as it is.
pub fn flatten_partial(func: Value, args: Vec<Value>) -> (Value, Vec<Value>) {
    if let Value::Native(n) = &func
        && let Some(p) = downcast::<Partial>(n)
        && p.kwargs.is_empty()
    {
        let mut all = p.args.clone();
        all.extend(args);
        return flatten_partial(p.func.clone(), all);
    }
    (func, args)
}

fn native(v: impl NativeObject + 'static) -> Value {
    Value::Native(Rc::new(v))
}

fn maxsize_arg(v: Option<&Value>) -> Res<Option<usize>> {
    match v {
        None => Ok(Some(128)),
        Some(Value::None) => Ok(None),
        Some(Value::Int(_) | Value::Bool(_)) => Ok(Some(int_arg(v.unwrap_or(&Value::None))?.max(0) as usize)),
        Some(_) => type_error("Expected first argument to be an integer, a callable, or None"),
    }
}

fn cached(func: Value, maxsize: Option<usize>) -> Value {
    native(Cached { func, maxsize, cache: RefCell::new(IndexMap::new()), hits: Cell::new(0), misses: Cell::new(0) })
}

/// Calls `functools.func(…)`.
pub fn call(vm: &mut Vm, func: &str, args: Vec<Value>, kwargs: Kwargs) -> Res<Value> {
    match func {
        "partial" => {
            let Some((f, rest)) = args.split_first() else {
                return type_error("type 'partial' takes at least one argument");
            };
            if !is_callable(f) {
                return type_error("the first argument must be callable");
            }
            if let Value::Native(n) = f
                && let Some(inner) = downcast::<Partial>(n)
            {
                let mut all = inner.args.clone();
                all.extend_from_slice(rest);
                let mut kw = inner.kwargs.clone();
                for (k, v) in kwargs {
                    set_kwarg(&mut kw, k, v);
                }
                return Ok(native(Partial { func: inner.func.clone(), args: all, kwargs: kw }));
            }
            Ok(native(Partial { func: f.clone(), args: rest.to_vec(), kwargs }))
        }
        "reduce" => {
            if args.len() < 2 || args.len() > 3 {
                return type_error(format!("reduce expected at least 2 arguments, got {}", args.len()));
            }
            let items = vm.collect(&args[1])?;
            let mut iter = items.into_iter();
            let mut acc = match args.get(2) {
                Some(init) => init.clone(),
                None => iter.next().ok_or_else(|| exc("TypeError", "reduce() of empty iterable with no initial value"))?,
            };
            for item in iter {
                acc = vm.call(&args[0], vec![acc, item], Vec::new())?;
            }
            Ok(acc)
        }
        "lru_cache" => {
            check_kwargs("lru_cache", &kwargs, &["maxsize", "typed"])?;
            match arg(&args, &kwargs, 0, "maxsize") {
                Some(f) if is_callable(f) => Ok(cached(f.clone(), Some(128))),
                m => Ok(native(CacheDecorator { maxsize: maxsize_arg(m)? })),
            }
        }
        "cache" => match args.as_slice() {
            [f] => Ok(cached(f.clone(), None)),
            _ => type_error(format!("cache() takes 1 positional argument but {} were given", args.len())),
        },
        "wraps" => match arg(&args, &kwargs, 0, "wrapped") {
            Some(w) => Ok(native(WrapsDecorator { wrapped: w.clone() })),
            None => type_error("wraps() missing 1 required positional argument: 'wrapped'"),
        },
        "update_wrapper" => match (arg(&args, &kwargs, 0, "wrapper"), arg(&args, &kwargs, 1, "wrapped")) {
            (Some(wrapper), Some(wrapped)) => update_wrapper(vm, wrapper, wrapped),
            _ => type_error("update_wrapper() missing 2 required positional arguments: 'wrapper' and 'wrapped'"),
        },
        "cmp_to_key" => match arg(&args, &kwargs, 0, "mycmp") {
            Some(cmp) => Ok(native(CmpToKey { cmp: cmp.clone() })),
            None => type_error("cmp_to_key() missing required argument 'mycmp' (pos 1)"),
        },
        "cached_property" if kwargs.is_empty() => super::cached_property::new(&args),
        "cached_property.__get__" => super::cached_property::get(vm, &args),
        "total_ordering" => super::total_ordering::total_ordering(&args),
        "partialmethod" => super::partialmethod::new(args, kwargs),
        "singledispatch" | "singledispatchmethod" => super::singledispatch::new(&args, func == "singledispatchmethod"),
        _ => Err(exc("AttributeError", format!("module 'functools' has no attribute '{func}'"))),
    }
}

fn set_kwarg(kw: &mut Kwargs, k: Rc<str>, v: Value) {
    match kw.iter_mut().find(|(name, _)| *name == k) {
        Some(slot) => slot.1 = v,
        None => kw.push((k, v)),
    }
}

impl NativeObject for Partial {
    fn type_name(&self) -> &'static str {
        "functools.partial"
    }
    fn repr(&self) -> String {
        let mut parts = vec![callable_repr(&self.func)];
        parts.extend(self.args.iter().map(Value::repr));
        parts.extend(self.kwargs.iter().map(|(k, v)| format!("{k}={}", v.repr())));
        format!("functools.partial({})", parts.join(", "))
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn methods(&self) -> &'static [&'static str] {
        &["__call__"]
    }
}

impl StdObject for Partial {
    fn attr(&self, _vm: &mut Vm, name: &str) -> Option<Res<Value>> {
        Some(Ok(match name {
            "func" => self.func.clone(),
            "args" => Value::tuple(self.args.clone()),
            "keywords" => {
                let map: DictMap = self.kwargs.iter().map(|(k, v)| (Key(Value::Str(k.clone())), v.clone())).collect();
                Value::Dict(Rc::new(RefCell::new(map)))
            }
            _ => return None,
        }))
    }
    fn call(&self, vm: &mut Vm, _this: &Value, _name: &str, args: Vec<Value>, kwargs: Kwargs) -> Res<Value> {
        let mut all = self.args.clone();
        all.extend(args);
        let mut kw = self.kwargs.clone();
        for (k, v) in kwargs {
            set_kwarg(&mut kw, k, v);
        }
        vm.call(&self.func, all, kw)
    }
}

impl Cached {
    fn info(&self) -> Value {
        let shape = Shape::builtin("functools.CacheInfo", "", &["hits", "misses", "maxsize", "currsize"], Vec::new());
        shape.instance(vec![
            Value::Int(self.hits.get() as i64),
            Value::Int(self.misses.get() as i64),
            self.maxsize.map_or(Value::None, |m| Value::Int(m as i64)),
            Value::Int(self.cache.borrow().len() as i64),
        ])
    }
    fn lookup(&self, vm: &mut Vm, args: Vec<Value>, kwargs: Kwargs) -> Res<Value> {
        let mut parts = args.clone();
        if !kwargs.is_empty() {
            parts.push(Value::Type("object"));
            for (k, v) in &kwargs {
                parts.push(Value::Str(k.clone()));
                parts.push(v.clone());
            }
        }
        let key = hashable(Value::tuple(parts))?;
        let hit = self.cache.borrow().get(&key).cloned();
        if let Some(v) = hit {
            self.hits.set(self.hits.get() + 1);
            let mut cache = self.cache.borrow_mut();
            if let Some(i) = cache.get_index_of(&key) {
                let last = cache.len() - 1;
                cache.move_index(i, last);
            }
            return Ok(v);
        }
        self.misses.set(self.misses.get() + 1);
        let v = vm.call(&self.func, args, kwargs)?;
        if self.maxsize != Some(0) {
            let mut cache = self.cache.borrow_mut();
            cache.insert(key, v.clone());
            if self.maxsize.is_some_and(|m| cache.len() > m) {
                cache.shift_remove_index(0);
            }
        }
        Ok(v)
    }
}

impl NativeObject for Cached {
    fn type_name(&self) -> &'static str {
        "functools._lru_cache_wrapper"
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn methods(&self) -> &'static [&'static str] {
        &["__call__", "cache_info", "cache_clear"]
    }
}

impl StdObject for Cached {
    fn attr(&self, vm: &mut Vm, name: &str) -> Option<Res<Value>> {
        match name {
            "__wrapped__" | "__name__" | "__qualname__" | "__doc__" | "__module__" => {
                Some(super::function_like::attr(vm, &self.func, name))
            }
            _ => None,
        }
    }
    fn call(&self, vm: &mut Vm, _this: &Value, name: &str, args: Vec<Value>, kwargs: Kwargs) -> Res<Value> {
        match name {
            "cache_info" => Ok(self.info()),
            "cache_clear" => {
                self.cache.borrow_mut().clear();
                self.hits.set(0);
                self.misses.set(0);
                Ok(Value::None)
            }
            _ => self.lookup(vm, args, kwargs),
        }
    }
}

fn one_callable(args: &[Value]) -> Res<Value> {
    match args {
        [f] => Ok(f.clone()),
        _ => type_error(format!("decorator takes 1 positional argument but {} were given", args.len())),
    }
}

macro_rules! decorator_object {
    ($t:ty, $name:literal) => {
        impl NativeObject for $t {
            fn type_name(&self) -> &'static str {
                $name
            }
            fn as_any(&self) -> &dyn Any {
                self
            }
            fn methods(&self) -> &'static [&'static str] {
                &["__call__"]
            }
        }
    };
}

decorator_object!(CacheDecorator, "function");
decorator_object!(WrapsDecorator, "functools.partial");
decorator_object!(CmpToKey, "functools.KeyWrapper");

impl StdObject for CacheDecorator {
    fn call(&self, _vm: &mut Vm, _this: &Value, _name: &str, args: Vec<Value>, _kwargs: Kwargs) -> Res<Value> {
        Ok(cached(one_callable(&args)?, self.maxsize))
    }
}

impl StdObject for WrapsDecorator {
    fn call(&self, vm: &mut Vm, _this: &Value, _name: &str, args: Vec<Value>, _kwargs: Kwargs) -> Res<Value> {
        update_wrapper(vm, &one_callable(&args)?, &self.wrapped)
    }
}

/// `update_wrapper(wrapper, wrapped)` as functools.py does it: the wrapped
/// function's `__module__`, `__name__`, `__qualname__` and `__doc__` (those it
/// has), then its `__dict__`, are set on the wrapper, then `__wrapped__`;
/// the wrapper itself comes back. A wrapper that is not a Python function
/// (a builtin, a library object) cannot take attributes here: it is stood in
/// for by a [`Wrapped`].
fn update_wrapper(vm: &mut Vm, wrapper: &Value, wrapped: &Value) -> Res<Value> {
    let Value::Function(f) = wrapper else {
        return Ok(native(Wrapped { wrapper: wrapper.clone(), wrapped: wrapped.clone() }));
    };
    for name in ["__module__", "__name__", "__qualname__", "__doc__"] {
        if let Ok(value) = crate::python::vm::attributes::load_attr(vm, wrapped, name) {
            function_attrs::set(f, name, value)?;
        }
    }
    if let Ok(Value::Dict(d)) = crate::python::vm::attributes::load_attr(vm, wrapped, "__dict__") {
        let items: Vec<(Key, Value)> = d.borrow().iter().map(|(k, v)| (k.clone(), v.clone())).collect();
        if let Some(Value::Dict(own)) = function_attrs::get(f, "__dict__") {
            own.borrow_mut().extend(items);
        }
    }
    function_attrs::set(f, "__wrapped__", wrapped.clone())?;
    Ok(wrapper.clone())
}

impl StdObject for CmpToKey {
    fn call(&self, _vm: &mut Vm, _this: &Value, _name: &str, _args: Vec<Value>, _kwargs: Kwargs) -> Res<Value> {
        type_error("looplab supports cmp_to_key only as a sort key (sorted, list.sort, min, max)")
    }
}

impl NativeObject for Wrapped {
    fn type_name(&self) -> &'static str {
        "function"
    }
    fn repr(&self) -> String {
        super::function_like::repr(&self.wrapped)
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn methods(&self) -> &'static [&'static str] {
        &["__call__"]
    }
}

impl StdObject for Wrapped {
    fn attr(&self, vm: &mut Vm, name: &str) -> Option<Res<Value>> {
        match name {
            "__wrapped__" | "__name__" | "__qualname__" | "__doc__" | "__module__" => {
                Some(super::function_like::attr(vm, &self.wrapped, name))
            }
            _ => Some(super::function_like::attr(vm, &self.wrapper, name)),
        }
    }
    fn call(&self, vm: &mut Vm, _this: &Value, _name: &str, args: Vec<Value>, kwargs: Kwargs) -> Res<Value> {
        vm.call(&self.wrapper, args, kwargs)
    }
}
