//! dataclasses' small objects: `Field` (what `field()` returns and
//! `fields()` lists), the `MISSING` / `KW_ONLY` sentinels, and `InitVar`.

use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

use crate::python::lib::natives::{StdObject, check_kwargs, kwarg};
use crate::python::object::errors::{Res, exc, type_error};
use crate::python::object::native::{NativeObject, downcast};
use crate::python::object::value::Value;
use crate::python::vm::library::Kwargs;
use crate::python::vm::machine::Vm;

/// What a field is to the class (CPython's `_FIELD`, `_FIELD_CLASSVAR`,
/// `_FIELD_INITVAR`).
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
pub enum Kind {
    /// An ordinary field.
    Field,
    /// A `ClassVar[...]` annotation: not a field.
    ClassVar,
    /// An `InitVar[...]`: an `__init__` parameter passed to `__post_init__`.
    InitVar,
}

/// A field's settings, filled in as `dataclass` processes the class.
#[derive(Clone)]
pub struct FieldData {
    /// `name`.
    pub name: Value,
    /// `type`: the annotation.
    pub ty: Value,
    /// `default` (MISSING when none).
    pub default: Value,
    /// `default_factory` (MISSING when none).
    pub default_factory: Value,
    /// `init`.
    pub init: bool,
    /// `repr`.
    pub repr: bool,
    /// `hash`: None, or a bool.
    pub hash: Value,
    /// `compare`.
    pub compare: bool,
    /// `kw_only`: MISSING until the class decides, then a bool.
    pub kw_only: Value,
    /// `metadata` as given (None when not).
    pub metadata: Value,
    /// `_field_type`.
    pub kind: Kind,
}

/// A `dataclasses.Field`.
pub struct FieldObj(pub RefCell<FieldData>);

impl FieldObj {
    /// The field's name as a str.
    pub fn name(&self) -> Rc<str> {
        match &self.0.borrow().name {
            Value::Str(s) => s.clone(),
            _ => Rc::from(""),
        }
    }
}

/// The field behind a value, if it is one.
pub fn as_field(v: &Value) -> Option<&FieldObj> {
    match v {
        Value::Native(n) => downcast::<FieldObj>(n),
        _ => None,
    }
}

/// A sentinel of the module: `MISSING`, `KW_ONLY`, or the default that
/// stands for "call the factory" in a generated `__init__`.
pub struct Sentinel(&'static str);

thread_local! {
    static MISSING: Value = Value::Native(Rc::new(Sentinel("_MISSING_TYPE")));
    static KW_ONLY: Value = Value::Native(Rc::new(Sentinel("_KW_ONLY_TYPE")));
    static FACTORY: Value = Value::Native(Rc::new(Sentinel("_HAS_DEFAULT_FACTORY_CLASS")));
}

/// `dataclasses.MISSING`.
pub fn missing() -> Value {
    MISSING.with(Value::clone)
}

/// `dataclasses.KW_ONLY`.
pub fn kw_only_marker() -> Value {
    KW_ONLY.with(Value::clone)
}

/// `_HAS_DEFAULT_FACTORY`.
pub fn has_factory() -> Value {
    FACTORY.with(Value::clone)
}

/// Whether `v` is the sentinel of type `name`.
pub fn is_sentinel(v: &Value, name: &str) -> bool {
    matches!(v, Value::Native(n) if downcast::<Sentinel>(n).is_some_and(|s| s.0 == name))
}

/// Whether `v` is `MISSING`.
pub fn is_missing(v: &Value) -> bool {
    is_sentinel(v, "_MISSING_TYPE")
}

impl NativeObject for Sentinel {
    fn type_name(&self) -> &'static str {
        self.0
    }
    fn class_name(&self) -> &'static str {
        match self.0 {
            "_MISSING_TYPE" => "dataclasses._MISSING_TYPE",
            "_KW_ONLY_TYPE" => "dataclasses._KW_ONLY_TYPE",
            _ => "dataclasses._HAS_DEFAULT_FACTORY_CLASS",
        }
    }
    fn repr(&self) -> String {
        match self.0 {
            "_HAS_DEFAULT_FACTORY_CLASS" => "<factory>".to_string(),
            _ => format!("<{} object at 0x7f0000000000>", self.class_name()),
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

/// `dataclasses.InitVar`, or `InitVar[T]`.
pub struct InitVarObj(pub Option<Value>);

impl NativeObject for InitVarObj {
    fn type_name(&self) -> &'static str {
        if self.0.is_some() { "InitVar" } else { "type" }
    }
    fn class_name(&self) -> &'static str {
        if self.0.is_some() { "dataclasses.InitVar" } else { "type" }
    }
    fn repr(&self) -> String {
        match &self.0 {
            None => "<class 'dataclasses.InitVar'>".to_string(),
            Some(Value::Type(t)) => format!("dataclasses.InitVar[{t}]"),
            Some(Value::Class(c)) => format!("dataclasses.InitVar[__main__.{}]", c.qualname),
            Some(other) => format!("dataclasses.InitVar[{}]", other.repr()),
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn methods(&self) -> &'static [&'static str] {
        if self.0.is_some() { &[] } else { &["__getitem__"] }
    }
}

impl StdObject for InitVarObj {
    fn attr(&self, _vm: &mut Vm, name: &str) -> Option<Res<Value>> {
        match (name, &self.0) {
            ("type", Some(t)) => Some(Ok(t.clone())),
            _ => None,
        }
    }
    fn call(&self, _vm: &mut Vm, _this: &Value, _name: &str, args: Vec<Value>, _kwargs: Kwargs) -> Res<Value> {
        let ty = args.into_iter().next().unwrap_or(Value::None);
        Ok(Value::Native(Rc::new(InitVarObj(Some(ty)))))
    }
}

/// Whether an annotation is `InitVar` or `InitVar[T]` (or names it in a string).
pub fn is_initvar(ty: &Value) -> bool {
    match ty {
        Value::Native(n) => downcast::<InitVarObj>(n).is_some(),
        Value::Str(s) => names_form(s, "InitVar", "dataclasses"),
        _ => false,
    }
}

/// Whether a string annotation names `form` (bare or as `module.form`), as
/// dataclasses.py's `_MODULE_IDENTIFIER_RE` reads it.
pub fn names_form(text: &str, form: &str, module: &str) -> bool {
    let head: String = text.trim_start().chars().take_while(|c| c.is_alphanumeric() || *c == '_' || *c == '.' || *c == ' ').collect();
    let head = head.replace(' ', "");
    head == form || head == format!("{module}.{form}")
}

impl NativeObject for FieldObj {
    fn type_name(&self) -> &'static str {
        "Field"
    }
    fn class_name(&self) -> &'static str {
        "dataclasses.Field"
    }
    fn repr(&self) -> String {
        let f = self.0.borrow();
        let kind = match f.kind {
            Kind::Field => "_FIELD",
            Kind::ClassVar => "_FIELD_CLASSVAR",
            Kind::InitVar => "_FIELD_INITVAR",
        };
        let metadata = match &f.metadata {
            Value::None => "mappingproxy({})".to_string(),
            m => format!("mappingproxy({})", m.repr()),
        };
        format!(
            "Field(name={},type={},default={},default_factory={},init={},repr={},hash={},compare={},metadata={metadata},kw_only={},_field_type={kind})",
            f.name.repr(),
            f.ty.repr(),
            f.default.repr(),
            f.default_factory.repr(),
            py_bool(f.init),
            py_bool(f.repr),
            f.hash.repr(),
            py_bool(f.compare),
            f.kw_only.repr()
        )
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

fn py_bool(b: bool) -> &'static str {
    if b { "True" } else { "False" }
}

impl StdObject for FieldObj {
    fn attr(&self, _vm: &mut Vm, name: &str) -> Option<Res<Value>> {
        let f = self.0.borrow();
        Some(Ok(match name {
            "name" => f.name.clone(),
            "type" => f.ty.clone(),
            "default" => f.default.clone(),
            "default_factory" => f.default_factory.clone(),
            "init" => Value::Bool(f.init),
            "repr" => Value::Bool(f.repr),
            "hash" => f.hash.clone(),
            "compare" => Value::Bool(f.compare),
            "kw_only" => f.kw_only.clone(),
            "metadata" => match &f.metadata {
                Value::None => Value::Dict(Default::default()),
                m => m.clone(),
            },
            _ => return None,
        }))
    }
    fn call(&self, _vm: &mut Vm, _this: &Value, name: &str, _args: Vec<Value>, _kwargs: Kwargs) -> Res<Value> {
        type_error(format!("'Field' object has no method '{name}'"))
    }
}

/// A field with `default` and everything else as `field()` leaves it.
pub fn plain(default: Value) -> FieldData {
    FieldData {
        name: Value::None,
        ty: Value::None,
        default,
        default_factory: missing(),
        init: true,
        repr: true,
        hash: Value::None,
        compare: true,
        kw_only: missing(),
        metadata: Value::None,
        kind: Kind::Field,
    }
}

/// `field(*, default=MISSING, default_factory=MISSING, init=True, repr=True,
/// hash=None, compare=True, metadata=None, kw_only=MISSING)`.
pub fn field(vm: &mut Vm, args: &[Value], kwargs: &Kwargs) -> Res<Value> {
    const NAMES: &[&str] = &["default", "default_factory", "init", "repr", "hash", "compare", "metadata", "kw_only"];
    if !args.is_empty() {
        return type_error(format!("field() takes 0 positional arguments but {} were given", args.len()));
    }
    check_kwargs("field", kwargs, NAMES)?;
    let mut f = plain(kwarg(kwargs, "default").cloned().unwrap_or_else(missing));
    if let Some(v) = kwarg(kwargs, "default_factory") {
        f.default_factory = v.clone();
    }
    if !is_missing(&f.default) && !is_missing(&f.default_factory) {
        return Err(exc("ValueError", "cannot specify both default and default_factory"));
    }
    let truth = |vm: &mut Vm, name: &str, dflt: bool| -> Res<bool> {
        match kwarg(kwargs, name) {
            Some(v) => crate::python::vm::dunder::truthy(vm, v),
            None => Ok(dflt),
        }
    };
    f.init = truth(vm, "init", true)?;
    f.repr = truth(vm, "repr", true)?;
    f.compare = truth(vm, "compare", true)?;
    f.hash = kwarg(kwargs, "hash").cloned().unwrap_or(Value::None);
    f.metadata = kwarg(kwargs, "metadata").cloned().unwrap_or(Value::None);
    f.kw_only = kwarg(kwargs, "kw_only").cloned().unwrap_or_else(missing);
    Ok(Value::Native(Rc::new(FieldObj(RefCell::new(f)))))
}
