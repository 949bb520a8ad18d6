//! Python values: the tier-1 object model (int, float, str, bool, None, list,
//! tuple, dict, set, functions, iterators, exceptions, modules).
//!
//! Invariant: `Value::Big` never holds a number that fits in an `i64`; every
//! arithmetic result goes through [`int_from_big`] so equal ints have one form.

use std::cell::RefCell;
use std::hash::{Hash, Hasher};
use std::rc::Rc;

use indexmap::{IndexMap, IndexSet};
use num_bigint::BigInt;
use num_traits::{FromPrimitive, ToPrimitive};

use super::code::Code;
use super::errors::ExcObj;
use super::float_repr::float_repr;
use super::native::{HandleKind, NativeObject};

/// A shared, mutable cell: a closure variable.
pub type Cell = Rc<RefCell<Value>>;

/// A dict: insertion-ordered, keyed by hashable values.
pub type DictMap = IndexMap<Key, Value>;

/// One Python value.
#[derive(Clone, Debug)]
pub enum Value {
    /// `None`.
    None,
    /// `NotImplemented`: what a binary dunder returns to let the other operand try.
    NotImplemented,
    /// `True` / `False`.
    Bool(bool),
    /// An int that fits in 64 bits.
    Int(i64),
    /// An int that does not fit in 64 bits.
    Big(Rc<BigInt>),
    /// A float.
    Float(f64),
    /// A str.
    Str(Rc<str>),
    /// A list.
    List(Rc<RefCell<Vec<Value>>>),
    /// A tuple.
    Tuple(Rc<Vec<Value>>),
    /// A dict.
    Dict(Rc<RefCell<DictMap>>),
    /// A set.
    Set(Rc<RefCell<IndexSet<Key>>>),
    /// A frozenset.
    FrozenSet(Rc<IndexSet<Key>>),
    /// A bytes object, or a bytearray when the flag is set.
    Bytes(Rc<RefCell<Vec<u8>>>, bool),
    /// A range object: start, stop, step (boxed to keep `Value` small).
    Range(Rc<(i64, i64, i64)>),
    /// A slice object: start, stop, step.
    Slice(Rc<(Value, Value, Value)>),
    /// A user function (def or lambda).
    Function(Rc<Function>),
    /// A builtin function, named by its Python name.
    Builtin(&'static str),
    /// A method bound to its receiver: `[].append`.
    Method(Rc<(Value, &'static str)>),
    /// An iterator (including generators).
    Iter(Rc<RefCell<IterState>>),
    /// A type object: `int`, `str`, `ValueError`…
    Type(&'static str),
    /// An exception instance.
    Exc(Rc<ExcObj>),
    /// A module: `time`, `random`, `asyncio`.
    Module(&'static str),
    /// A user class.
    Class(Rc<super::classes::ClassObj>),
    /// An instance of a user class.
    Instance(Rc<super::classes::Instance>),
    /// A user function bound to its receiver: (self, function).
    Bound(Rc<(Value, Value)>),
    /// `super()`: the class to look above, and the receiver.
    Super(Rc<(Rc<super::classes::ClassObj>, Value)>),
    /// A live view of a dict: `d.keys()`, `d.values()`, `d.items()`.
    View(Rc<(DictView, Rc<RefCell<DictMap>>)>),
    /// A code object (a constant of `MakeFunction`).
    Code(Rc<Code>),
    /// A coroutine or generator object: a suspended frame.
    Gen(Rc<RefCell<crate::python::object::frame::GenState>>),
    /// An object a library room made: a task or future, a lock, a queue, a
    /// thread, an executor, an awaitable of the engine (see `super::native`).
    Native(Rc<dyn NativeObject>),
    /// A library object that is a number in its room's state (an engine
    /// future), of the class its [`HandleKind`] describes.
    Handle(&'static HandleKind, Rc<super::native::HandleRef>),
}

/// Which view of a dict a `Value::View` is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum DictView {
    /// `d.keys()`
    Keys,
    /// `d.values()`
    Values,
    /// `d.items()`
    Items,
}

/// The current items of a dict view.
pub fn view_items(kind: DictView, d: &RefCell<DictMap>) -> Vec<Value> {
    let d = d.borrow();
    match kind {
        DictView::Keys => d.keys().map(|k| k.0.clone()).collect(),
        DictView::Values => d.values().cloned().collect(),
        DictView::Items => d.iter().map(|(k, v)| Value::tuple(vec![k.0.clone(), v.clone()])).collect(),
    }
}

/// A user-defined function: code plus what `def` captured.
#[derive(Debug)]
pub struct Function {
    /// The compiled body.
    pub code: Rc<Code>,
    /// Defaults for the last positional parameters.
    pub defaults: Vec<Value>,
    /// Defaults for keyword-only parameters, by name.
    pub kwdefaults: Vec<(Rc<str>, Value)>,
    /// The cells of the enclosing scopes this function reads.
    pub closure: Vec<Cell>,
    /// What the program set on it (`__name__`, `__doc__`, its `__dict__`…).
    pub meta: RefCell<super::function_attrs::FuncMeta>,
}

/// What an iterator walks over and where it is.
#[derive(Debug)]
pub enum IterState {
    /// Over a list (sees appends while iterating).
    List(Rc<RefCell<Vec<Value>>>, usize),
    /// Over a snapshot of values (tuples, dict keys, sets, strings' chars).
    Seq(Rc<Vec<Value>>, usize),
    /// Over a range: next value, stop, step.
    Range(i64, i64, i64),
    /// enumerate(it, start).
    Enumerate(Value, i64),
    /// zip(its...).
    Zip(Vec<Value>),
    /// map(f, its...).
    Map(Value, Vec<Value>),
    /// filter(f, it).
    Filter(Value, Value),
    /// An object with `__getitem__` but no `__iter__`: indexes 0, 1, 2…
    /// until IndexError (the old sequence protocol).
    Indexed(Value, i64),
    /// Finished.
    Done,
}

/// A hashable value used as a dict key or set member.
///
/// Invariant: built only through [`Key::new`], which rejects unhashable values.
#[derive(Clone, Debug)]
pub struct Key(pub Value);

impl Key {
    /// Wraps `v` if it is hashable; otherwise returns its type name for the
    /// `unhashable type: 'list'` message.
    pub fn new(v: Value) -> Result<Key, &'static str> {
        check_hashable(&v)?;
        Ok(Key(v))
    }
}

fn check_hashable(v: &Value) -> Result<(), &'static str> {
    match v {
        Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::Bytes(_, true) => Err(v.type_name()),
        Value::Tuple(items) => items.iter().try_for_each(check_hashable),
        Value::Native(n) => match n.backing() {
            Some(b) => check_hashable(&b).map_err(|_| v.type_name()),
            None => Ok(()),
        },
        _ => Ok(()),
    }
}

impl Hash for Key {
    fn hash<H: Hasher>(&self, state: &mut H) {
        hash_value(&self.0, state);
    }
}

fn hash_value<H: Hasher>(v: &Value, state: &mut H) {
    match v {
        Value::None => 0u8.hash(state),
        Value::Bool(b) => (*b as i64).hash(state),
        Value::Int(i) => i.hash(state),
        Value::Big(b) => b.hash(state),
        Value::Float(f) => {
            if f.fract() == 0.0 && f.abs() < 9.2e18 {
                (*f as i64).hash(state)
            } else {
                f.to_bits().hash(state)
            }
        }
        Value::Str(s) => s.hash(state),
        Value::Tuple(items) => {
            items.len().hash(state);
            for item in items.iter() {
                hash_value(item, state);
            }
        }
        Value::Range(r) => r.hash(state),
        Value::FrozenSet(items) => super::frozenset::hash_frozenset(items, state),
        Value::Bytes(b, _) => b.borrow().hash(state),
        Value::Native(n) => match n.backing() {
            Some(b) => hash_value(&b, state),
            None => n.hash_identity(state),
        },
        Value::Instance(_) if let Some(x) = super::scalar::scalar_of(v, &["__hash__", "__eq__"]) => hash_value(&x, state),
        Value::Instance(i) => match i.hash.get() {
            Some(h) => h.hash(state),
            None => (Rc::as_ptr(i) as usize).hash(state),
        },
        Value::Handle(k, r) => {
            (*k as *const HandleKind as usize).hash(state);
            r.id.hash(state);
        }
        other => other.type_name().hash(state),
    }
}

impl PartialEq for Key {
    fn eq(&self, other: &Key) -> bool {
        values_equal(&self.0, &other.0)
    }
}
impl Eq for Key {}

/// CPython 3.11's default `sys.get_int_max_str_digits()`.
pub const INT_MAX_STR_DIGITS: usize = 4300;

/// The number of decimal digits of `|b|`.
fn decimal_digits(b: &BigInt) -> usize {
    let bits = b.bits() as f64;
    let estimate = bits * std::f64::consts::LOG10_2;
    // Far from the limit the estimate decides; near it, count exactly.
    if estimate + 2.0 < INT_MAX_STR_DIGITS as f64 || estimate - 2.0 > INT_MAX_STR_DIGITS as f64 {
        return estimate as usize + 1;
    }
    let text = b.to_string();
    text.trim_start_matches('-').len()
}

/// CPython 3.11's limit on int-to-decimal-string conversion (`str`, `repr`,
/// `print`, f-strings): a ValueError past 4300 digits, instead of spending
/// seconds on a number nobody will read.
pub fn check_int_str_digits(v: &Value) -> Result<(), Rc<ExcObj>> {
    check_int_str_digits_within(v, 0)
}

/// [`check_int_str_digits`] through containers (their repr shows their items).
fn check_int_str_digits_within(v: &Value, depth: usize) -> Result<(), Rc<ExcObj>> {
    if depth < 50 {
        match v {
            Value::List(items) => return items.borrow().iter().try_for_each(|x| check_int_str_digits_within(x, depth + 1)),
            Value::Tuple(items) => return items.iter().try_for_each(|x| check_int_str_digits_within(x, depth + 1)),
            Value::Dict(d) => {
                return d.borrow().iter().try_for_each(|(k, x)| {
                    check_int_str_digits_within(&k.0, depth + 1)?;
                    check_int_str_digits_within(x, depth + 1)
                });
            }
            Value::Set(items) => return items.borrow().iter().try_for_each(|k| check_int_str_digits_within(&k.0, depth + 1)),
            _ => {}
        }
    }
    if let Value::Big(b) = v
        && decimal_digits(b) > INT_MAX_STR_DIGITS
    {
        return Err(ExcObj::msg(
            "ValueError",
            format!(
                "Exceeds the limit ({INT_MAX_STR_DIGITS} digits) for integer string conversion; use sys.set_int_max_str_digits() to increase the limit"
            ),
        ));
    }
    Ok(())
}

/// Turns a bigint into the canonical int value.
pub fn int_from_big(b: BigInt) -> Value {
    match b.to_i64() {
        Some(i) => Value::Int(i),
        None => Value::Big(Rc::new(b)),
    }
}

/// Python `==` for the built-in types.
pub fn values_equal(a: &Value, b: &Value) -> bool {
    use Value::*;
    match (a, b) {
        (None, None) | (NotImplemented, NotImplemented) => true,
        (Str(x), Str(y)) => x == y,
        (List(x), List(y)) => {
            Rc::ptr_eq(x, y) || {
                let (x, y) = (x.borrow(), y.borrow());
                x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| values_equal(p, q))
            }
        }
        (Tuple(x), Tuple(y)) => {
            x.len() == y.len() && x.iter().zip(y.iter()).all(|(p, q)| values_equal(p, q))
        }
        (Dict(x), Dict(y)) => {
            let (x, y) = (x.borrow(), y.borrow());
            x.len() == y.len()
                && x.iter().all(|(k, v)| y.get(k).is_some_and(|w| values_equal(v, w)))
        }
        (Set(x), Set(y)) => {
            let (x, y) = (x.borrow(), y.borrow());
            x.len() == y.len() && x.iter().all(|k| y.contains(k))
        }
        (FrozenSet(x), FrozenSet(y)) => x.len() == y.len() && x.iter().all(|k| y.contains(k)),
        (FrozenSet(x), Set(y)) | (Set(y), FrozenSet(x)) => {
            let y = y.borrow();
            x.len() == y.len() && x.iter().all(|k| y.contains(k))
        }
        (Bytes(x, _), Bytes(y, _)) => *x.borrow() == *y.borrow(),
        (Range(x), Range(y)) => x == y,
        (Type(x), Type(y)) => x == y,
        (Builtin(x), Builtin(y)) => x == y,
        (Module(x), Module(y)) => x == y,
        (Function(x), Function(y)) => Rc::ptr_eq(x, y),
        (Exc(x), Exc(y)) => Rc::ptr_eq(x, y),
        (Iter(x), Iter(y)) => Rc::ptr_eq(x, y),
        (Gen(x), Gen(y)) => Rc::ptr_eq(x, y),
        (Native(x), Native(y)) => match (x.backing(), y.backing()) {
            (Some(p), Some(q)) if x.equals_builtin() == y.equals_builtin() => values_equal(&p, &q),
            _ => x.same(&**y),
        },
        (Native(x), other) | (other, Native(x)) if x.equals_builtin() => {
            x.backing().is_some_and(|b| values_equal(&b, other))
        }
        (Handle(k, a), Handle(l, b)) => k.is(l) && a.id == b.id,
        (Class(x), Class(y)) => Rc::ptr_eq(x, y),
        (Instance(x), Instance(y)) if Rc::ptr_eq(x, y) => true,
        // An IntEnum or StrEnum member (a str subclass's instance) equals the int or str it also is.
        (Instance(_), _) | (_, Instance(_)) => match (super::scalar::scalar_of(a, &["__eq__"]), super::scalar::scalar_of(b, &["__eq__"])) {
            (Some(x), _) => values_equal(&x, b),
            (_, Some(y)) => values_equal(a, &y),
            // A tuple or namedtuple subclass's instance (a dict key) equals its tuple.
            _ => match (tuple_base(a), tuple_base(b)) {
                (Some(x), _) => values_equal(&x, b),
                (_, Some(y)) => values_equal(a, &y),
                _ => false,
            },
        },
        (Bound(x), Bound(y)) => values_equal(&x.0, &y.0) && values_equal(&x.1, &y.1),
        _ => match (a.as_number(), b.as_number()) {
            (Some(x), Some(y)) => x.eq_num(&y),
            _ => false,
        },
    }
}

/// The tuple (or namedtuple) an instance of a class extending one carries,
/// when its class keeps the tuple's `==`.
fn tuple_base(v: &Value) -> Option<Value> {
    let Value::Instance(i) = v else { return None };
    let base = i.base.borrow().clone()?;
    let is_tuple = matches!(&base, Value::Tuple(_)) || matches!(&base, Value::Native(n) if matches!(n.backing(), Some(Value::Tuple(_))));
    (is_tuple && i.class.lookup("__eq__").is_none()).then_some(base)
}

/// A number, for mixed int/float arithmetic and comparison.
#[derive(Debug, Clone)]
pub enum Num {
    /// A small int (or bool).
    I(i64),
    /// A big int.
    B(Rc<BigInt>),
    /// A float.
    F(f64),
}

impl Num {
    /// The value as a float (bigints may round or overflow to inf).
    pub fn to_f64(&self) -> f64 {
        match self {
            Num::I(i) => *i as f64,
            Num::B(b) => b.to_f64().unwrap_or(f64::INFINITY),
            Num::F(f) => *f,
        }
    }
    /// The value as a bigint, if it is an int.
    pub fn to_big(&self) -> Option<BigInt> {
        match self {
            Num::I(i) => Some(BigInt::from(*i)),
            Num::B(b) => Some((**b).clone()),
            Num::F(_) => None,
        }
    }
    /// An int against a float, exactly as CPython's `float_richcompare`:
    /// `10**16 + 1 != 1e16` although the int rounds to that float.
    fn cmp_float(&self, f: f64) -> Option<std::cmp::Ordering> {
        use std::cmp::Ordering;
        const EXACT: i64 = 1 << 53;
        if f.is_nan() {
            return None;
        }
        if let Num::I(i) = self
            && (-EXACT..=EXACT).contains(i)
        {
            return (*i as f64).partial_cmp(&f);
        }
        if f.is_infinite() {
            return Some(if f > 0.0 { Ordering::Less } else { Ordering::Greater });
        }
        let floor = f.floor();
        let whole = BigInt::from_f64(floor)?;
        Some(match self.to_big()?.cmp(&whole) {
            Ordering::Equal if floor < f => Ordering::Less,
            ordering => ordering,
        })
    }
    fn eq_num(&self, other: &Num) -> bool {
        self.cmp_num(other) == Some(std::cmp::Ordering::Equal)
    }
    /// Compares two numbers exactly (ints against floats included).
    pub fn cmp_num(&self, other: &Num) -> Option<std::cmp::Ordering> {
        match (self, other) {
            (Num::I(a), Num::I(b)) => Some(a.cmp(b)),
            (Num::F(a), Num::F(b)) => a.partial_cmp(b),
            (Num::F(f), n) => n.cmp_float(*f).map(std::cmp::Ordering::reverse),
            (n, Num::F(f)) => n.cmp_float(*f),
            _ => Some(self.to_big()?.cmp(&other.to_big()?)),
        }
    }
}

impl Value {
    /// Builds a str value.
    pub fn str(s: &str) -> Value {
        Value::Str(Rc::from(s))
    }
    /// Builds a list value.
    pub fn list(items: Vec<Value>) -> Value {
        Value::List(Rc::new(RefCell::new(items)))
    }
    /// Builds a tuple value.
    pub fn tuple(items: Vec<Value>) -> Value {
        Value::Tuple(Rc::new(items))
    }
    /// The value as a number, if it is an int, bool or float.
    pub fn as_number(&self) -> Option<Num> {
        match self {
            Value::Bool(b) => Some(Num::I(*b as i64)),
            Value::Int(i) => Some(Num::I(*i)),
            Value::Big(b) => Some(Num::B(b.clone())),
            Value::Float(f) => Some(Num::F(*f)),
            _ => None,
        }
    }
    /// The Python type name, as error messages spell it.
    pub fn type_name(&self) -> &'static str {
        match self {
            Value::None => "NoneType",
            Value::NotImplemented => "NotImplementedType",
            Value::Bool(_) => "bool",
            Value::Int(_) | Value::Big(_) => "int",
            Value::Float(_) => "float",
            Value::Str(_) => "str",
            Value::List(_) => "list",
            Value::Tuple(_) => "tuple",
            Value::Dict(_) => "dict",
            Value::Set(_) => "set",
            Value::FrozenSet(_) => "frozenset",
            Value::Bytes(_, false) => "bytes",
            Value::Bytes(_, true) => "bytearray",
            Value::Range(..) => "range",
            Value::Slice(_) => "slice",
            Value::Function(_) => "function",
            Value::Builtin(b) if super::classes::LIBRARY_CLASSES.contains(b) => "type",
            Value::Builtin(_) => "builtin_function_or_method",
            Value::Method(_) => "builtin_function_or_method",
            Value::Iter(it) => match &*it.borrow() {
                IterState::List(..) => "list_iterator",
                IterState::Range(..) => "range_iterator",
                IterState::Enumerate(..) => "enumerate",
                IterState::Zip(..) => "zip",
                IterState::Map(..) => "map",
                IterState::Filter(..) => "filter",
                _ => "iterator",
            },
            Value::Type(_) => "type",
            Value::Code(_) => "code",
            Value::Native(n) => n.type_name(),
            Value::Handle(k, _) => k.type_name,
            Value::View(v) => match v.0 {
                DictView::Keys => "dict_keys",
                DictView::Values => "dict_values",
                DictView::Items => "dict_items",
            },
            Value::Class(_) => "type",
            Value::Instance(_) => "object",
            Value::Bound(_) => "method",
            Value::Super(_) => "super",
            Value::Exc(e) => e.kind_static(),
            Value::Module(_) => "module",
            Value::Gen(g) => g.borrow().type_name(),
        }
    }
    /// The type name error messages show: a user class's own name for its
    /// instances and exceptions, the built-in name otherwise.
    pub fn class_name(&self) -> String {
        match self {
            Value::Instance(i) => i.class.name.to_string(),
            Value::Exc(e) => e.display_name(),
            other => other.type_name().to_string(),
        }
    }
    /// Python truthiness.
    pub fn truthy(&self) -> bool {
        match self {
            Value::None => false,
            Value::Bool(b) => *b,
            Value::Int(i) => *i != 0,
            Value::Big(_) => true,
            Value::Float(f) => *f != 0.0,
            Value::Str(s) => !s.is_empty(),
            Value::List(l) => !l.borrow().is_empty(),
            Value::Tuple(t) => !t.is_empty(),
            Value::Dict(d) => !d.borrow().is_empty(),
            Value::Set(s) => !s.borrow().is_empty(),
            Value::FrozenSet(s) => !s.is_empty(),
            Value::Bytes(b, _) => !b.borrow().is_empty(),
            Value::Range(r) => range_len(r.0, r.1, r.2) > 0,
            Value::View(v) => !v.1.borrow().is_empty(),
            Value::Native(n) => n.backing().is_none_or(|b| b.truthy()),
            _ => true,
        }
    }
    /// `str(v)`.
    pub fn to_str(&self) -> String {
        match self {
            Value::Str(s) => s.to_string(),
            Value::Exc(e) => e.message(),
            Value::Native(n) => n.str(),
            _ => self.repr(),
        }
    }
    /// `repr(v)`.
    pub fn repr(&self) -> String {
        let mut out = String::new();
        repr_into(self, &mut out, 0);
        out
    }
}

/// The number of items in `range(start, stop, step)`.
pub fn range_len(start: i64, stop: i64, step: i64) -> i64 {
    let (start, stop, step) = (start as i128, stop as i128, step as i128);
    let n = if step > 0 && start < stop {
        (stop - start - 1) / step + 1
    } else if step < 0 && start > stop {
        (start - stop - 1) / (-step) + 1
    } else {
        0
    };
    n.min(i64::MAX as i128) as i64
}

/// `repr` of a str, with CPython's quote choice and escapes.
/// Whether `repr` shows `c` as itself (`str.isprintable`): not a control,
/// format, separator (but the space), surrogate or private-use character.
/// Unassigned code points, which CPython also escapes, are shown as they are.
pub fn is_printable(c: char) -> bool {
    !matches!(c as u32,
        0..=0x1f | 0x7f..=0xa0 | 0xad | 0x1680 | 0x180e | 0x2000..=0x200f | 0x2028..=0x202f | 0x205f..=0x2064
        | 0x2066..=0x206f | 0x3000 | 0xd800..=0xf8ff | 0xfeff | 0xfff9..=0xfffb | 0x600..=0x605 | 0x61c | 0x6dd
        | 0x70f | 0x8e2 | 0xe0001 | 0xe0020..=0xe007f | 0xf0000..)
}

/// `ascii()` of a repr: every non-ASCII character escaped as `\\xNN`,
/// `\\uNNNN` or `\\UNNNNNNNN`.
pub fn ascii_escape(repr: &str) -> String {
    let mut out = String::with_capacity(repr.len());
    for c in repr.chars() {
        match c as u32 {
            0..=0x7f => out.push(c),
            n @ 0x80..=0xff => out.push_str(&format!("\\x{n:02x}")),
            n @ 0x100..=0xffff => out.push_str(&format!("\\u{n:04x}")),
            n => out.push_str(&format!("\\U{n:08x}")),
        }
    }
    out
}

/// CPython's `repr` of a str.
pub fn str_repr(s: &str) -> String {
    let quote = if s.contains('\'') && !s.contains('"') { '"' } else { '\'' };
    let mut out = String::with_capacity(s.len() + 2);
    out.push(quote);
    for c in s.chars() {
        match c {
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if c == quote => {
                out.push('\\');
                out.push(c);
            }
            c if is_printable(c) => out.push(c),
            c => match c as u32 {
                n @ 0..=0xff => out.push_str(&format!("\\x{n:02x}")),
                n @ 0x100..=0xffff => out.push_str(&format!("\\u{n:04x}")),
                n => out.push_str(&format!("\\U{n:08x}")),
            },
        }
    }
    out.push(quote);
    out
}

fn repr_into(v: &Value, out: &mut String, depth: usize) {
    if depth > 200 {
        out.push_str("...");
        return;
    }
    match v {
        Value::None => out.push_str("None"),
        Value::NotImplemented => out.push_str("NotImplemented"),
        Value::Bool(true) => out.push_str("True"),
        Value::Bool(false) => out.push_str("False"),
        Value::Int(i) => out.push_str(&i.to_string()),
        Value::Big(b) => out.push_str(&b.to_string()),
        Value::Float(f) => out.push_str(&float_repr(*f)),
        Value::Str(s) => out.push_str(&str_repr(s)),
        Value::List(items) => {
            out.push('[');
            for (i, item) in items.borrow().iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                repr_into(item, out, depth + 1);
            }
            out.push(']');
        }
        Value::Tuple(items) => {
            out.push('(');
            for (i, item) in items.iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                repr_into(item, out, depth + 1);
            }
            if items.len() == 1 {
                out.push(',');
            }
            out.push(')');
        }
        Value::Dict(d) => {
            out.push('{');
            for (i, (k, val)) in d.borrow().iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                repr_into(&k.0, out, depth + 1);
                out.push_str(": ");
                repr_into(val, out, depth + 1);
            }
            out.push('}');
        }
        Value::Set(s) => {
            let s = s.borrow();
            if s.is_empty() {
                out.push_str("set()");
                return;
            }
            out.push('{');
            for (i, k) in super::set_order::iteration_order(&s).iter().enumerate() {
                if i > 0 {
                    out.push_str(", ");
                }
                repr_into(k, out, depth + 1);
            }
            out.push('}');
        }
        Value::FrozenSet(s) => {
            out.push_str("frozenset(");
            if !s.is_empty() {
                out.push('{');
                for (i, k) in super::set_order::iteration_order(s).iter().enumerate() {
                    if i > 0 {
                        out.push_str(", ");
                    }
                    repr_into(k, out, depth + 1);
                }
                out.push('}');
            }
            out.push(')');
        }
        Value::Bytes(b, false) => out.push_str(&super::bytes::bytes_repr(&b.borrow())),
        Value::Bytes(b, true) => out.push_str(&format!("bytearray({})", super::bytes::bytes_repr(&b.borrow()))),
        Value::Range(r) => {
            let (a, b, c) = **r;
            if c == 1 {
                out.push_str(&format!("range({a}, {b})"));
            } else {
                out.push_str(&format!("range({a}, {b}, {c})"));
            }
        }
        Value::Slice(s) => {
            out.push_str(&format!("slice({}, {}, {})", s.0.repr(), s.1.repr(), s.2.repr()));
        }
        Value::Function(f) => {
            out.push_str(&format!("<function {} at 0x7f0000000000>", f.qualname()));
        }
        Value::Builtin(name) if super::classes::LIBRARY_CLASSES.contains(name) => out.push_str(&format!("<class '{name}'>")),
        Value::Builtin(name) => out.push_str(&format!("<built-in function {}>", name.rsplit('.').next().unwrap_or(name))),
        Value::Method(m) => out.push_str(&format!(
            "<built-in method {} of {} object at 0x7f0000000000>",
            m.1,
            m.0.type_name()
        )),
        Value::Iter(_) => out.push_str(&format!("<{} object at 0x7f0000000000>", v.type_name())),
        Value::Type(name) => out.push_str(&format!("<class '{}'>", super::errors::qualified_class_name(name))),
        Value::Exc(e) => out.push_str(&e.repr()),
        Value::Module(name) => out.push_str(&format!("<module '{name}'>")),
        Value::Code(c) => out.push_str(&format!("<code object {}>", c.name)),
        Value::Native(n) => out.push_str(&n.repr()),
        Value::Handle(k, r) => out.push_str(&(k.repr)(r.id)),
        Value::View(view) => {
            out.push_str(v.type_name());
            out.push('(');
            repr_into(&Value::list(view_items(view.0, &view.1)), out, depth + 1);
            out.push(')');
        }
        Value::Class(c) => match super::enums::class_repr(c) {
            Some(r) => out.push_str(&r),
            None => {
                let module = match c.attrs.borrow().get("__module__") {
                    Some(Value::Str(m)) => m.clone(),
                    _ => Rc::from("__main__"),
                };
                out.push_str(&format!("<class '{module}.{}'>", c.qualname));
            }
        },
        Value::Instance(i) => out.push_str(&format!("<__main__.{} object at 0x7f0000000000>", i.class.qualname)),
        Value::Bound(b) => {
            let name = match &b.1 {
                Value::Function(f) => f.qualname().to_string(),
                Value::Builtin(n) => n.to_string(),
                other => other.repr(),
            };
            out.push_str(&format!("<bound method {name} of "));
            repr_into(&b.0, out, depth + 1);
            out.push('>');
        }
        Value::Super(s) => out.push_str(&format!("<super: <class '{}'>, <{} object>>", s.0.name, s.1.type_name())),
        Value::Gen(g) => out.push_str(&format!(
            "<{} object {} at 0x7f0000000000>",
            v.type_name(),
            g.borrow().qualname()
        )),
    }
}

#[cfg(test)]
mod tests {
    use super::Value;

    #[test]
    fn a_value_is_at_most_three_words() {
        assert!(std::mem::size_of::<Value>() <= 24);
    }
}
