//! A built-in type's methods read off the type: `str.lower`, `list.append`,
//! `dict.get` (CPython's `method_descriptor`, called with the receiver
//! first: `sorted(names, key=str.lower)`, `map(str.strip, lines)`), and its
//! class methods `dict.fromkeys` and `int.from_bytes`.

use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

use super::natives::StdObject;
use crate::python::object::errors::{Res, exc, type_error};
use crate::python::object::native::{NativeObject, downcast};
use crate::python::object::value::{DictMap, Value};
use crate::python::vm::library::Kwargs;
use crate::python::vm::machine::Vm;

/// `owner.name` of a built-in type `owner`. Invariant: `name` is one of the
/// methods `owner`'s values have (or, with `class_method`, a class method
/// this module calls itself).
#[derive(Debug)]
pub struct MethodDescriptor {
    owner: &'static str,
    name: &'static str,
    class_method: bool,
}

/// The class methods this module makes, by type.
const CLASS_METHODS: &[(&str, &str)] = &[("dict", "fromkeys"), ("int", "from_bytes"), ("str", "maketrans")];

/// An empty value of the built-in type `owner`, to ask which methods its
/// values have.
fn sample(owner: &str) -> Option<Value> {
    Some(match owner {
        "str" => Value::str(""),
        "list" => Value::list(Vec::new()),
        "tuple" => Value::tuple(Vec::new()),
        "dict" => Value::Dict(Rc::default()),
        "set" => Value::Set(Rc::default()),
        "frozenset" => Value::FrozenSet(Rc::default()),
        "bytes" => Value::Bytes(Rc::default(), false),
        "bytearray" => Value::Bytes(Rc::default(), true),
        _ => return None,
    })
}

/// `owner.name` read off the built-in type `owner`, if it is one of its
/// methods or class methods.
pub fn type_attr(owner: &'static str, name: &str) -> Option<Value> {
    let descriptor = if let Some((o, n)) = CLASS_METHODS.iter().find(|(o, n)| *o == owner && *n == name) {
        MethodDescriptor { owner: o, name: n, class_method: true }
    } else {
        let name = match owner {
            "int" => super::number_methods::INT_METHODS.iter().find(|m| **m == name).copied()?,
            "float" => super::number_methods::FLOAT_METHODS.iter().find(|m| **m == name).copied()?,
            _ => super::methods::builtin_method(&sample(owner)?, name)?,
        };
        MethodDescriptor { owner, name, class_method: false }
    };
    Some(Value::Native(Rc::new(descriptor)))
}

impl NativeObject for MethodDescriptor {
    fn type_name(&self) -> &'static str {
        if self.class_method { "builtin_function_or_method" } else { "method_descriptor" }
    }
    fn repr(&self) -> String {
        match self.class_method {
            true => format!("<built-in method {} of type object at 0x7f0000000000>", self.name),
            false => format!("<method '{}' of '{}' objects>", self.name, self.owner),
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn methods(&self) -> &'static [&'static str] {
        &["__call__"]
    }
}

impl StdObject for MethodDescriptor {
    fn attr(&self, _vm: &mut Vm, name: &str) -> Option<Res<Value>> {
        Some(Ok(match name {
            "__name__" => Value::str(self.name),
            "__qualname__" => Value::str(&format!("{}.{}", self.owner, self.name)),
            "__objclass__" if !self.class_method => Value::Type(self.owner),
            "__self__" if self.class_method => Value::Type(self.owner),
            _ => return None,
        }))
    }

    fn call(&self, vm: &mut Vm, _this: &Value, _name: &str, mut args: Vec<Value>, kwargs: Kwargs) -> Res<Value> {
        if self.class_method {
            return self.call_class_method(vm, args, kwargs);
        }
        if args.is_empty() {
            return type_error(format!("unbound method {}.{}() needs an argument", self.owner, self.name));
        }
        let given = args.remove(0);
        // A subclass's instance (`str.upper(name)`) is called on the value it carries.
        let receiver = match &given {
            Value::Instance(i) if let Some(base) = i.base.borrow().clone() => base,
            _ => given.clone(),
        };
        let plain = match &receiver {
            Value::Native(n) => n.backing().unwrap_or_else(|| receiver.clone()),
            other => other.clone(),
        };
        if plain.type_name() != self.owner {
            return type_error(format!(
                "descriptor '{}' for '{}' objects doesn't apply to a '{}' object",
                self.name,
                self.owner,
                given.class_name()
            ));
        }
        super::methods::call_method(vm, &receiver, self.name, args, kwargs)
    }
}

impl MethodDescriptor {
    fn call_class_method(&self, vm: &mut Vm, args: Vec<Value>, kwargs: Kwargs) -> Res<Value> {
        if !kwargs.is_empty() && self.name == "fromkeys" {
            return type_error("dict.fromkeys() takes no keyword arguments");
        }
        match self.name {
            "fromkeys" => {
                super::builtins::arg_count("fromkeys", &args, 1, 2)?;
                let value = args.get(1).cloned().unwrap_or(Value::None);
                let mut map = DictMap::default();
                for key in vm.collect(&args[0])? {
                    let key = crate::python::vm::keys::make_key(vm, key)?;
                    map.insert(key, value.clone());
                }
                Ok(Value::Dict(Rc::new(RefCell::new(map))))
            }
            "maketrans" => super::str_more::call(vm, "", "maketrans", &args, &kwargs).unwrap_or(Ok(Value::None)),
            _ => int_from_bytes(&args, &kwargs),
        }
    }
}

/// `int.from_bytes(bytes, byteorder='big', *, signed=False)`.
fn int_from_bytes(args: &[Value], kwargs: &Kwargs) -> Res<Value> {
    super::builtins::arg_count("from_bytes", args, 1, 2)?;
    let arg = |i: usize, name: &str| args.get(i).or_else(|| kwargs.iter().find(|(k, _)| &**k == name).map(|(_, v)| v));
    let bytes = match &args[0] {
        Value::Bytes(b, _) => b.borrow().clone(),
        other => return type_error(format!("cannot convert '{}' object to bytes", other.class_name())),
    };
    let big_endian = match arg(1, "byteorder") {
        None => true,
        Some(Value::Str(s)) if &**s == "big" => true,
        Some(Value::Str(s)) if &**s == "little" => false,
        Some(Value::Str(_)) => return Err(exc("ValueError", "byteorder must be either 'little' or 'big'")),
        Some(other) => {
            return type_error(format!("from_bytes() argument 'byteorder' must be str, not {}", other.class_name()));
        }
    };
    let signed = arg(usize::MAX, "signed").is_some_and(Value::truthy);
    let n = match (big_endian, signed) {
        (true, false) => num_bigint::BigInt::from_bytes_be(num_bigint::Sign::Plus, &bytes),
        (false, false) => num_bigint::BigInt::from_bytes_le(num_bigint::Sign::Plus, &bytes),
        (true, true) => num_bigint::BigInt::from_signed_bytes_be(&bytes),
        (false, true) => num_bigint::BigInt::from_signed_bytes_le(&bytes),
    };
    Ok(crate::python::object::value::int_from_big(n))
}

/// The descriptor behind a native object, for the library's dispatch.
pub fn as_std(n: &Rc<dyn NativeObject>) -> Option<&dyn StdObject> {
    downcast::<MethodDescriptor>(n).map(|d| d as &dyn StdObject)
}
