//! `collections.ChainMap`: lookups search a list of mappings in order;
//! writes and deletions go to the first.

use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

use crate::python::lib::natives::StdObject;
use crate::python::object::errors::{ExcObj, Res, exc, hashable, type_error};
use crate::python::object::native::NativeObject;
use crate::python::object::value::{DictMap, Value};
use crate::python::vm::library::Kwargs;
use crate::python::vm::machine::Vm;

/// A ChainMap.
///
/// Invariant: `maps` is not empty, and every map is a dict.
pub struct ChainMap {
    maps: Vec<Rc<RefCell<DictMap>>>,
}

fn dict_of(v: &Value) -> Res<Rc<RefCell<DictMap>>> {
    match v {
        Value::Dict(d) => Ok(d.clone()),
        Value::Native(n) => match n.backing() {
            Some(Value::Dict(d)) => Ok(d),
            _ => type_error(format!("looplab's ChainMap takes dicts, not '{}'", v.type_name())),
        },
        other => type_error(format!("looplab's ChainMap takes dicts, not '{}'", other.type_name())),
    }
}

fn chain(maps: Vec<Rc<RefCell<DictMap>>>) -> Value {
    Value::Native(Rc::new(ChainMap { maps }))
}

/// `ChainMap(*maps)`.
pub fn new(args: Vec<Value>, kwargs: Kwargs) -> Res<Value> {
    if !kwargs.is_empty() {
        return type_error("ChainMap() takes no keyword arguments");
    }
    let mut maps = args.iter().map(dict_of).collect::<Res<Vec<_>>>()?;
    if maps.is_empty() {
        maps.push(Rc::default());
    }
    Ok(chain(maps))
}

impl ChainMap {
    /// Every key once, in CPython's order (the last map's keys first), with
    /// the value the first map that has it gives.
    fn merged(&self) -> DictMap {
        let mut out = DictMap::new();
        for m in self.maps.iter().rev() {
            for k in m.borrow().keys() {
                out.insert(k.clone(), Value::None);
            }
        }
        for (k, v) in out.iter_mut() {
            if let Some(found) = self.maps.iter().find_map(|m| m.borrow().get(k).cloned()) {
                *v = found;
            }
        }
        out
    }
}

impl NativeObject for ChainMap {
    fn type_name(&self) -> &'static str {
        "ChainMap"
    }
    fn class_name(&self) -> &'static str {
        "collections.ChainMap"
    }
    fn repr(&self) -> String {
        self.repr_with(&mut |v| v.repr())
    }
    fn repr_with(&self, show: &mut dyn FnMut(&Value) -> String) -> String {
        let maps: Vec<String> = self.maps.iter().map(|m| show(&Value::Dict(m.clone()))).collect();
        format!("ChainMap({})", maps.join(", "))
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn methods(&self) -> &'static [&'static str] {
        &["__getitem__", "__setitem__", "__delitem__", "new_child", "pop", "popitem", "clear", "update", "setdefault"]
    }
    fn backing(&self) -> Option<Value> {
        Some(Value::Dict(Rc::new(RefCell::new(self.merged()))))
    }
}

impl StdObject for ChainMap {
    fn attr(&self, _vm: &mut Vm, name: &str) -> Option<Res<Value>> {
        match name {
            "maps" => Some(Ok(Value::list(self.maps.iter().map(|m| Value::Dict(m.clone())).collect()))),
            "parents" => {
                let mut rest: Vec<_> = self.maps.iter().skip(1).cloned().collect();
                if rest.is_empty() {
                    rest.push(Rc::default());
                }
                Some(Ok(chain(rest)))
            }
            _ => None,
        }
    }
    fn call(&self, vm: &mut Vm, _this: &Value, name: &str, args: Vec<Value>, kwargs: Kwargs) -> Res<Value> {
        let key = args.first().cloned().unwrap_or(Value::None);
        let first = Value::Dict(self.maps[0].clone());
        match name {
            "pop" if args.len() == 1 && !self.maps[0].borrow().contains_key(&hashable(key.clone())?) => {
                Err(exc("KeyError", format!("Key not found in the first mapping: {}", key.repr())))
            }
            "popitem" if self.maps[0].borrow().is_empty() => Err(exc("KeyError", "No keys found in the first mapping.")),
            "pop" | "popitem" | "clear" | "update" => crate::python::lib::methods::call_method(vm, &first, name, args, kwargs),
            "setdefault" => {
                let k = hashable(key)?;
                if let Some(v) = self.maps.iter().find_map(|m| m.borrow().get(&k).cloned()) {
                    return Ok(v);
                }
                let default = args.get(1).cloned().unwrap_or(Value::None);
                self.maps[0].borrow_mut().insert(k, default.clone());
                Ok(default)
            }
            "__getitem__" => {
                let k = hashable(key.clone())?;
                match self.maps.iter().find_map(|m| m.borrow().get(&k).cloned()) {
                    Some(v) => Ok(v),
                    None => Err(ExcObj::new("KeyError", vec![key])),
                }
            }
            "__setitem__" => {
                let value = args.get(1).cloned().unwrap_or(Value::None);
                self.maps[0].borrow_mut().insert(hashable(key)?, value);
                Ok(Value::None)
            }
            "__delitem__" => match self.maps[0].borrow_mut().shift_remove(&hashable(key.clone())?) {
                Some(_) => Ok(Value::None),
                None => Err(exc("KeyError", format!("Key not found in the first mapping: {}", key.repr()))),
            },
            _ => {
                let first = match args.first() {
                    None | Some(Value::None) => Rc::default(),
                    Some(m) => dict_of(m)?,
                };
                let mut maps = vec![first];
                maps.extend(self.maps.iter().cloned());
                Ok(chain(maps))
            }
        }
    }
}
