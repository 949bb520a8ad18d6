//! The `typing` module's common names, so that annotations and run-time
//! uses (`Optional[str]`, `cast`, `TypeVar`) evaluate as in CPython; every
//! form is inert: it is only shown (`typing.List[int]`).

use std::any::Any;
use std::rc::Rc;

use super::natives::StdObject;
use crate::python::object::errors::{Res, exc, type_error};
use crate::python::object::native::{NativeObject, downcast};
use crate::python::object::value::Value;
use crate::python::vm::library::Kwargs;
use crate::python::vm::machine::Vm;

const FORMS: &[&str] = &[
    "Any", "Optional", "Union", "List", "Dict", "Tuple", "Set", "FrozenSet", "Callable", "Awaitable", "Coroutine",
    "AsyncIterator", "AsyncIterable", "AsyncGenerator", "Iterable", "Iterator", "Generator", "Type", "Literal",
    "Final", "ClassVar", "NoReturn", "Sequence", "MutableSequence", "Mapping", "MutableMapping", "Deque",
    "DefaultDict", "Counter", "OrderedDict", "Hashable", "Sized", "Collection", "Container", "Annotated", "Never",
    "Self", "LiteralString", "TypeAlias", "Generic", "Protocol", "NamedTuple", "TypedDict",
];

/// A typing form (`typing.List`, `typing.Optional[str]`, a TypeVar), or
/// an abstract class of `collections.abc` (`AsyncIterator`, `Callable`).
pub struct Form {
    name: Rc<str>,
    text: String,
    subscriptable: bool,
    /// What a subscription of it shows before the name (`typing.`).
    module: &'static str,
    /// The TypeVars among a subscription's arguments (`__parameters__`).
    params: Vec<Value>,
}

fn form(name: &str, text: String, subscriptable: bool) -> Value {
    Value::Native(Rc::new(Form { name: Rc::from(name), text, subscriptable, module: "typing.", params: Vec::new() }))
}

const ABC: &[&str] = &[
    "Awaitable", "Coroutine", "AsyncIterable", "AsyncIterator", "AsyncGenerator", "Iterable", "Iterator",
    "Generator", "Callable", "Collection", "Container", "Hashable", "Sized", "Sequence", "MutableSequence",
    "Mapping", "MutableMapping", "Set", "MutableSet", "Reversible",
];

/// `collections.abc.name`.
pub fn abc_attr(name: &str) -> Option<Value> {
    let name = ABC.iter().find(|n| **n == name)?;
    let text = format!("<class 'collections.abc.{name}'>");
    Some(Value::Native(Rc::new(Form { name: Rc::from(*name), text, subscriptable: true, module: "collections.abc.", params: Vec::new() })))
}

/// `typing.name`.
pub fn attr(name: &str) -> Option<Value> {
    match name {
        "TYPE_CHECKING" => Some(Value::Bool(false)),
        "cast" | "TypeVar" | "NewType" | "get_type_hints" | "runtime_checkable" => {
            ["typing.cast", "typing.TypeVar", "typing.NewType", "typing.get_type_hints", "typing.runtime_checkable"]
                .iter()
                .find(|f| f[7..] == *name)
                .map(|f| Value::Builtin(f))
        }
        // Classes in typing.py, shown as such.
        "Generic" | "Protocol" => FORMS.iter().find(|f| **f == name).map(|f| form(f, format!("<class 'typing.{f}'>"), true)),
        // Functions in typing.py, shown as such.
        "NamedTuple" | "TypedDict" => FORMS.iter().find(|f| **f == name).map(|f| form(f, format!("<function {f} at 0x7f0000000000>"), false)),
        _ => FORMS.iter().find(|f| **f == name).map(|f| form(f, format!("typing.{f}"), !matches!(*f, "Any" | "NoReturn" | "Never" | "Self" | "LiteralString" | "TypeAlias" | "Hashable" | "Sized" | "NamedTuple" | "TypedDict"))),
    }
}

/// Calls `typing.func(…)`.
pub fn call(vm: &mut Vm, func: &str, args: Vec<Value>, kwargs: Kwargs) -> Res<Value> {
    if let Some(r) = super::typing_classes::call(vm, func, &args, kwargs) {
        return r;
    }
    match (func, args.as_slice()) {
        ("cast", [_, v]) => Ok(v.clone()),
        ("TypeVar", [Value::Str(name), ..]) => Ok(form(name, format!("~{name}"), false)),
        ("NewType", [Value::Str(_), _]) => Ok(Value::Builtin("typing.cast")),
        ("get_type_hints", _) => super::typing_protocols::get_type_hints(&args),
        ("runtime_checkable", _) => super::typing_protocols::runtime_checkable(&args),
        _ => type_error(format!("{func}() got unexpected arguments")),
    }
}

/// How an argument of a form shows inside its brackets.
pub fn arg_text(v: &Value) -> String {
    match v {
        Value::None => "NoneType".to_string(),
        Value::Type(t) => t.to_string(),
        Value::Class(c) => format!("__main__.{}", c.name),
        Value::List(items) => format!("[{}]", items.borrow().iter().map(arg_text).collect::<Vec<_>>().join(", ")),
        Value::Native(n) => match downcast::<Form>(n) {
            // A class inside brackets shows by its qualified name.
            Some(f) if f.text.starts_with("<class '") => f.text.trim_start_matches("<class '").trim_end_matches("'>").to_string(),
            Some(f) => f.text.clone(),
            None => v.repr(),
        },
        other if other.type_name() == "ellipsis" => "...".to_string(),
        other => other.repr(),
    }
}

fn is_none(v: &Value) -> bool {
    matches!(v, Value::None | Value::Type("NoneType"))
}

impl NativeObject for Form {
    fn type_name(&self) -> &'static str {
        "_GenericAlias"
    }
    fn class_name(&self) -> &'static str {
        "typing._GenericAlias"
    }
    fn repr(&self) -> String {
        self.text.clone()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn methods(&self) -> &'static [&'static str] {
        &["__getitem__", "__call__"]
    }
}

impl StdObject for Form {
    fn attr(&self, _vm: &mut Vm, name: &str) -> Option<Res<Value>> {
        (name == "__name__").then(|| Ok(Value::Str(self.name.clone())))
    }
    fn call(&self, _vm: &mut Vm, _this: &Value, name: &str, args: Vec<Value>, _kwargs: Kwargs) -> Res<Value> {
        if name == "__call__" && &*self.name == "NamedTuple" {
            return super::typing_classes::functional_named_tuple(_vm, args, _kwargs);
        }
        if name == "__call__" {
            return type_error(format!("Cannot instantiate {}", self.text));
        }
        if !self.subscriptable {
            return type_error(format!("{} is not subscriptable", self.text));
        }
        let params: Vec<Value> = match args.into_iter().next() {
            Some(Value::Tuple(t)) => t.to_vec(),
            Some(v) => vec![v],
            None => return Err(exc("TypeError", "missing parameters")),
        };
        let name = &*self.name;
        let (head, shown): (&str, Vec<&Value>) = match name {
            _ if self.module != "typing." => (name, params.iter().collect()),
            "Optional" => ("Optional", params.iter().collect()),
            "Union" => {
                let others: Vec<&Value> = params.iter().filter(|p| !is_none(p)).collect();
                if others.len() + 1 == params.len() && others.len() == 1 {
                    ("Optional", others)
                } else {
                    ("Union", params.iter().collect())
                }
            }
            _ => (name, params.iter().collect()),
        };
        // types.GenericAlias (collections.abc) shows None as None; typing as
        // NoneType, and a string as the forward reference it makes.
        let typing = self.module == "typing.";
        let inner: Vec<String> = shown
            .iter()
            .map(|p| match p {
                Value::None if !typing => "None".to_string(),
                Value::Str(s) if typing && !matches!(head, "Literal" | "Annotated") => {
                    format!("ForwardRef({})", Value::Str(s.clone()).repr())
                }
                _ => arg_text(p),
            })
            .collect();
        let text = format!("{}{head}[{}]", self.module, inner.join(", "));
        let params = type_vars(&params);
        Ok(Value::Native(Rc::new(Form { name: Rc::from(head), text, subscriptable: false, module: self.module, params })))
    }
}

/// The TypeVars among subscription arguments, each once, in order.
pub fn type_vars(args: &[Value]) -> Vec<Value> {
    let mut vars: Vec<Value> = Vec::new();
    for v in args {
        let is_var = matches!(v, Value::Native(n) if downcast::<Form>(n).is_some_and(|f| f.text.starts_with('~')));
        if is_var && !vars.iter().any(|x| crate::python::object::mro::same(x, v)) {
            vars.push(v.clone());
        }
    }
    vars
}

/// The TypeVars a subscripted typing form takes (`(~T,)` for `Generic[T]`).
pub fn parameters(v: &Value) -> Vec<Value> {
    match v {
        Value::Native(n) if let Some(alias) = downcast::<super::typing_classes::ClassAlias>(n) => alias.params.clone(),
        Value::Native(n) => downcast::<Form>(n).map(|f| f.params.clone()).unwrap_or_default(),
        _ => Vec::new(),
    }
}

/// Whether `v` is a subscripted typing form (`Generic[T]`, `List[int]`).
pub fn is_subscripted(v: &Value) -> bool {
    matches!(v, Value::Native(n) if downcast::<Form>(n).is_some_and(|f| f.module == "typing." && f.text.ends_with(']')))
}

/// The name of a typing form (`ClassVar` for `typing.ClassVar[int]`), if `v` is one.
pub fn form_name(v: &Value) -> Option<Rc<str>> {
    match v {
        Value::Native(n) => downcast::<Form>(n).map(|f| f.name.clone()),
        _ => None,
    }
}

