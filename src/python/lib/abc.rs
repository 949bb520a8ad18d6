//! `abc`: `ABC` and `abstractmethod`, with the check `ABCMeta` makes: a class
//! deriving from `ABC` keeps in `__abstractmethods__` the names whose methods
//! are still abstract, and cannot be instantiated while it has any
//! (`Can't instantiate abstract class Shape with abstract method area`).

use std::rc::Rc;

use crate::python::object::classes::{ClassDict, make_class};
use crate::python::object::descriptors::{Descriptor, as_property, descriptor};
use crate::python::object::errors::{Res, exc, type_error};
use crate::python::object::value::{Key, Value};
use crate::python::vm::library::Kwargs;
use crate::python::vm::machine::Vm;

/// The run's `abc.ABC` (one class object per run, so `is` and `isinstance`
/// see the same one).
#[derive(Default)]
pub struct AbcState {
    abc: Option<Value>,
}

fn abc_class(vm: &mut Vm) -> Res<Value> {
    if let Some(c) = &vm.ext.get_mut::<AbcState>().abc {
        return Ok(c.clone());
    }
    let mut ns = ClassDict::default();
    ns.insert(Rc::from("__module__"), Value::str("abc"));
    ns.insert(Rc::from("__doc__"), Value::str("Helper class that provides a standard way to create an ABC using\ninheritance.\n"));
    ns.insert(Rc::from("__slots__"), Value::tuple(Vec::new()));
    ns.insert(Rc::from("__abstractmethods__"), Value::FrozenSet(Rc::default()));
    let class = make_class(Rc::from("ABC"), Rc::from("ABC"), Vec::new(), ns)?;
    vm.ext.get_mut::<AbcState>().abc = Some(class.clone());
    Ok(class)
}

/// `abc.name`.
pub fn attr(vm: &mut Vm, name: &str) -> Res<Value> {
    match name {
        "ABC" => abc_class(vm),
        "abstractmethod" => Ok(Value::Builtin("abc.abstractmethod")),
        "ABCMeta" => Err(exc("NotImplementedError", "looplab does not support metaclasses: derive from abc.ABC instead")),
        _ => Err(exc("AttributeError", format!("module 'abc' has no attribute '{name}'"))),
    }
}

/// Calls `abc.func`.
pub fn call(vm: &mut Vm, func: &str, args: Vec<Value>, kwargs: Kwargs) -> Res<Value> {
    super::natives::check_kwargs(func, &kwargs, &[])?;
    match (func, args.as_slice()) {
        ("abstractmethod", [f]) => {
            crate::python::vm::attributes::store_attr(vm, f, "__isabstractmethod__", Value::Bool(true))?;
            Ok(f.clone())
        }
        ("abstractmethod", _) => type_error(format!("abstractmethod() takes exactly one argument ({} given)", args.len())),
        _ => Err(exc("AttributeError", format!("module 'abc' has no attribute '{func}'"))),
    }
}

/// Whether a class attribute is abstract: a function marked by
/// `abstractmethod`, or a property, classmethod or staticmethod around one.
fn is_abstract(vm: &mut Vm, v: &Value) -> bool {
    if let Some(p) = as_property(v) {
        return is_abstract(vm, &p.fget.clone());
    }
    match descriptor(v) {
        Descriptor::ClassMethod(f) | Descriptor::StaticMethod(f) => return is_abstract(vm, &f.clone()),
        _ => {}
    }
    matches!(v, Value::Function(_))
        && crate::python::vm::attributes::load_attr(vm, v, "__isabstractmethod__").is_ok_and(|x| x.truthy())
}

/// After a class statement made `class`: if it derives from `ABC`, keeps
/// in `__abstractmethods__` the names still abstract (ABCMeta's
/// `_abc_init`), sorted as CPython's message lists them.
pub fn class_created(vm: &mut Vm, class: &Value) -> Res<()> {
    let Value::Class(c) = class else { return Ok(()) };
    let Some(abc) = vm.ext.get_mut::<AbcState>().abc.clone() else { return Ok(()) };
    if !c.full_mro().iter().any(|k| crate::python::object::value::values_equal(k, &abc)) {
        return Ok(());
    }
    let mut names: Vec<Rc<str>> = Vec::new();
    for k in c.full_mro() {
        if let Value::Class(k) = k {
            names.extend(k.attrs.borrow().keys().cloned());
        }
    }
    crate::sort::sort(&mut names);
    names.dedup();
    let mut abstract_names = indexmap::IndexSet::new();
    for name in names {
        if let Some(v) = c.lookup(&name)
            && is_abstract(vm, &v)
        {
            abstract_names.insert(Key(Value::Str(name)));
        }
    }
    c.attrs.borrow_mut().insert(Rc::from("__abstractmethods__"), Value::FrozenSet(Rc::new(abstract_names)));
    Ok(())
}
