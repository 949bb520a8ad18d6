//! Dict keys and set members that may be user objects.
//!
//! A [`Key`] hashes and compares without running Python: built-in values as
//! always, an instance by identity or by the hash its class's `__hash__`
//! returned, which the VM computes here when it makes the key and keeps on
//! the instance. When the key (or an item of a tuple key) is an instance
//! whose class defines `__eq__`, two keys may be equal without being the
//! same object, so the lookup gathers the stored keys with the same hash and
//! asks `__eq__` about each, as CPython's dict does. Keys of built-in values
//! take the plain `IndexMap` path.

use std::cell::RefCell;
use std::hash::{BuildHasher, Hash, Hasher};

use indexmap::{Equivalent, IndexMap, IndexSet};
use num_bigint::BigInt;
use num_traits::ToPrimitive;

use crate::python::object::errors::{Res, hashable, type_error};
use crate::python::object::value::{DictMap, Key, Value};
use super::dunder::{call_special, special, type_name};
use super::machine::Vm;

const MODULUS: i64 = (1i64 << 61) - 1;

/// Makes the key for `v`, running user `__hash__` methods (and raising
/// `unhashable type` as CPython does).
pub fn make_key(vm: &mut Vm, v: Value) -> Res<Key> {
    if holds_instance(&v) {
        prepare(vm, &v)?;
        return Ok(Key(v));
    }
    hashable(v)
}

/// Whether `v` is an instance or a tuple holding one (at any depth).
fn holds_instance(v: &Value) -> bool {
    match v {
        Value::Instance(_) => true,
        Value::Tuple(items) => items.iter().any(holds_instance),
        _ => false,
    }
}

/// `hash(v)` for a value that holds instances: computes (and keeps) the
/// hashes of the instances in it; raises for unhashable parts.
fn prepare(vm: &mut Vm, v: &Value) -> Res<()> {
    match v {
        Value::Instance(inst) => {
            let h = match special(v, "__hash__") {
                None => super::enums::member_hash(v),
                Some(Value::None) => return type_error(format!("unhashable type: '{}'", type_name(v))),
                Some(m) => Some(reduce(call_special(vm, v, "__hash__", m, Vec::new())?)?),
            };
            inst.hash.set(h);
            Ok(())
        }
        Value::Tuple(items) => items.iter().try_for_each(|item| prepare(vm, item)),
        other => hashable(other.clone()).map(|_| ()),
    }
}

/// What `hash()` makes of a `__hash__` result (CPython reduces big ints).
fn reduce(r: Value) -> Res<i64> {
    let h = match r {
        Value::Int(i) => i,
        Value::Bool(b) => b as i64,
        Value::Big(b) => {
            let m = (&*b % BigInt::from(MODULUS)).to_i64().unwrap_or(0);
            if m == -1 { -2 } else { m }
        }
        _ => return type_error("__hash__ method should return an integer"),
    };
    Ok(if h == -1 { -2 } else { h })
}

/// `hash(v)` of an instance (its `__hash__`, or an identity hash).
pub fn instance_hash(vm: &mut Vm, v: &Value) -> Res<Option<i64>> {
    prepare(vm, v)?;
    Ok(match v {
        Value::Instance(inst) => Some(inst.hash.get().unwrap_or((std::rc::Rc::as_ptr(inst) as usize >> 4) as i64)),
        _ => None,
    })
}

/// Whether finding `v` needs `__eq__`: it is, or holds, an instance whose
/// class defines it.
pub fn needs_eq(v: &Value) -> bool {
    match v {
        Value::Instance(_) => matches!(special(v, "__eq__"), Some(m) if !matches!(m, Value::None)),
        Value::Tuple(items) => items.iter().any(needs_eq),
        _ => false,
    }
}

/// A lookup that matches nothing but writes down every stored key the table
/// compared it with: the keys that share its hash bucket.
struct Probe<'a> {
    key: &'a Key,
    seen: RefCell<Vec<Key>>,
}

impl Hash for Probe<'_> {
    fn hash<H: Hasher>(&self, state: &mut H) {
        self.key.hash(state);
    }
}

impl Equivalent<Key> for Probe<'_> {
    fn equivalent(&self, stored: &Key) -> bool {
        self.seen.borrow_mut().push(stored.clone());
        false
    }
}

/// A dict's or a set's table of keys.
trait Table {
    fn position(&self, key: &Key) -> Option<usize>;
    fn probe(&self, probe: &Probe);
    fn hash_of(&self, key: &Key) -> u64;
}

impl Table for DictMap {
    fn position(&self, key: &Key) -> Option<usize> {
        self.get_index_of(key)
    }
    fn probe(&self, probe: &Probe) {
        let _ = self.get_index_of(probe);
    }
    fn hash_of(&self, key: &Key) -> u64 {
        self.hasher().hash_one(key)
    }
}

impl Table for IndexSet<Key> {
    fn position(&self, key: &Key) -> Option<usize> {
        self.get_index_of(key)
    }
    fn probe(&self, probe: &Probe) {
        let _ = self.get_index_of(probe);
    }
    fn hash_of(&self, key: &Key) -> u64 {
        self.hasher().hash_one(key)
    }
}

/// Where `key` is in `table`, comparing with `__eq__` where user classes
/// define it (the stored key's method first, as CPython compares).
fn find<T: Table>(vm: &mut Vm, table: &RefCell<T>, key: &Key) -> Res<Option<usize>> {
    if !needs_eq(&key.0) {
        return Ok(table.borrow().position(key));
    }
    let candidates = {
        let t = table.borrow();
        let probe = Probe { key, seen: RefCell::new(Vec::new()) };
        t.probe(&probe);
        let hash = t.hash_of(key);
        probe.seen.into_inner().into_iter().filter(|k| t.hash_of(k) == hash).collect::<Vec<_>>()
    };
    for stored in candidates {
        if super::compare::equal(vm, &stored.0, &key.0)? {
            return Ok(table.borrow().position(&stored));
        }
    }
    Ok(None)
}

/// `d[k]`, or `None` when the key is missing.
pub fn dict_get(vm: &mut Vm, d: &RefCell<DictMap>, k: &Value) -> Res<Option<Value>> {
    let key = make_key(vm, k.clone())?;
    let at = find(vm, d, &key)?;
    Ok(at.and_then(|i| d.borrow().get_index(i).map(|(_, v)| v.clone())))
}

/// `d[k] = v` (an equal key already there stays, as in CPython).
pub fn dict_set(vm: &mut Vm, d: &RefCell<DictMap>, k: Value, v: Value) -> Res<()> {
    let key = make_key(vm, k)?;
    insert_key(vm, d, key, v)
}

/// `d[key] = v` for a key already made.
pub fn insert_key(vm: &mut Vm, d: &RefCell<DictMap>, key: Key, v: Value) -> Res<()> {
    if !needs_eq(&key.0) {
        d.borrow_mut().insert(key, v);
        return Ok(());
    }
    match find(vm, d, &key)? {
        Some(i) => {
            if let Some((_, slot)) = d.borrow_mut().get_index_mut(i) {
                *slot = v;
            }
        }
        None => {
            d.borrow_mut().insert(key, v);
        }
    }
    Ok(())
}

/// Removes `k` from `d`, returning its value.
pub fn dict_remove(vm: &mut Vm, d: &RefCell<DictMap>, k: &Value) -> Res<Option<Value>> {
    let key = make_key(vm, k.clone())?;
    let at = find(vm, d, &key)?;
    Ok(at.and_then(|i| d.borrow_mut().shift_remove_index(i).map(|(_, v)| v)))
}

/// `k in s` for a set.
pub fn set_contains(vm: &mut Vm, s: &RefCell<IndexSet<Key>>, k: &Value) -> Res<bool> {
    let key = make_key(vm, k.clone())?;
    Ok(find(vm, s, &key)?.is_some())
}

/// `s.add(k)`.
pub fn set_add(vm: &mut Vm, s: &RefCell<IndexSet<Key>>, k: Value) -> Res<()> {
    let key = make_key(vm, k)?;
    if !needs_eq(&key.0) || find(vm, s, &key)?.is_none() {
        s.borrow_mut().insert(key);
    }
    Ok(())
}

/// Removes `k` from `s`; whether it was there.
pub fn set_remove(vm: &mut Vm, s: &RefCell<IndexSet<Key>>, k: &Value) -> Res<bool> {
    let key = make_key(vm, k.clone())?;
    let at = find(vm, s, &key)?;
    Ok(at.and_then(|i| s.borrow_mut().shift_remove_index(i)).is_some())
}

/// A new set of `items`.
pub fn new_set(vm: &mut Vm, items: Vec<Value>) -> Res<Value> {
    let set = RefCell::new(IndexSet::new());
    for item in items {
        set_add(vm, &set, item)?;
    }
    Ok(Value::Set(std::rc::Rc::new(set)))
}

/// A new dict of `pairs`.
pub fn new_dict(vm: &mut Vm, pairs: Vec<(Value, Value)>) -> Res<Value> {
    let map = RefCell::new(IndexMap::default());
    for (k, v) in pairs {
        dict_set(vm, &map, k, v)?;
    }
    Ok(Value::Dict(std::rc::Rc::new(map)))
}

/// `KeyError(k)`.
pub fn key_error(k: &Value) -> std::rc::Rc<crate::python::object::errors::ExcObj> {
    crate::python::object::errors::ExcObj::new("KeyError", vec![k.clone()])
}
