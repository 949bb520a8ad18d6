//! enum's functional API: `Enum('Color', 'RED GREEN BLUE')`,
//! `IntEnum('Level', ['LOW', 'HIGH'], start=0)`, `Enum('Shape', [('SQUARE',
//! 'sq')])` or a dict of names to values, as `EnumType._create_` makes the
//! class (values from 1, or `start`; a StrEnum's are the names lower-cased;
//! a Flag's are powers of two).

use std::rc::Rc;

use crate::python::object::classes::{ClassDict, ClassObj, make_class};
use crate::python::object::enums::{is_flag, member_type};
use crate::python::object::errors::{Res, exc, type_error};
use crate::python::object::value::Value;
use super::library::Kwargs;
use super::machine::Vm;

/// `EnumClass(name, names, *, start=1, qualname=…, module=…)`: a new enum
/// class deriving from `base`, with its members made.
pub fn create(vm: &mut Vm, base: &Rc<ClassObj>, args: Vec<Value>, kwargs: Kwargs) -> Res<Value> {
    let mut args = args.into_iter();
    let (mut name, mut names, mut start, mut qualname) = (args.next(), args.next(), 1, None);
    if args.next().is_some() {
        return type_error("EnumType.__call__() takes from 2 to 3 positional arguments but 4 were given");
    }
    for (k, v) in kwargs {
        match (&*k, v) {
            ("value", v) => name = Some(v),
            ("names", v) => names = Some(v),
            ("start", Value::Int(i)) => start = i,
            ("qualname", Value::Str(q)) => qualname = Some(q),
            ("module", _) => {}
            (k @ ("type" | "boundary" | "start" | "qualname"), _) => {
                return Err(exc("NotImplementedError", format!("looplab does not support {k}= in enum's functional API yet")));
            }
            (k, _) => return type_error(format!("EnumType.__call__() got an unexpected keyword argument '{k}'")),
        }
    }
    let Some(Value::Str(name)) = name else {
        return type_error("looplab's enum functional API takes the class name as a str");
    };
    let Some(names) = names else {
        return type_error("EnumType.__call__() missing 1 required positional argument: 'value'");
    };
    let mut ns = ClassDict::default();
    ns.insert(Rc::from("__module__"), Value::str("__main__"));
    for (member, value) in entries(vm, base, &names, start)? {
        ns.insert(member, value);
    }
    let qualname = qualname.unwrap_or_else(|| name.clone());
    let class = make_class(name, qualname, vec![Value::Class(base.clone())], ns)?;
    let lib = vm.lib;
    lib.class_created(vm, &class)?;
    Ok(class)
}

/// The (name, value) pairs `names` gives, in order.
fn entries(vm: &mut Vm, base: &ClassObj, names: &Value, start: i64) -> Res<Vec<(Rc<str>, Value)>> {
    let items: Vec<Value> = match names {
        Value::Str(s) => s.replace(',', " ").split_whitespace().map(Value::str).collect(),
        Value::Dict(d) => d.borrow().iter().map(|(k, v)| Value::tuple(vec![k.0.clone(), v.clone()])).collect(),
        other => vm.collect(other)?,
    };
    let mut out = Vec::with_capacity(items.len());
    for (i, item) in items.into_iter().enumerate() {
        let pair = match &item {
            Value::Str(s) => (s.clone(), generated(base, s, start, i)),
            Value::Tuple(_) | Value::List(_) => match vm.collect(&item)?.as_slice() {
                [Value::Str(n), v] => (n.clone(), v.clone()),
                _ => return type_error("enum's functional API takes names, or (name, value) pairs"),
            },
            _ => return type_error("enum's functional API takes names, or (name, value) pairs"),
        };
        out.push(pair);
    }
    Ok(out)
}

/// The value `_generate_next_value_` gives the `i`-th name.
fn generated(base: &ClassObj, name: &str, start: i64, i: usize) -> Value {
    if member_type(base) == Some("str") {
        return Value::str(&name.to_lowercase());
    }
    if is_flag(base) {
        return Value::Int(start << i);
    }
    Value::Int(start + i as i64)
}
