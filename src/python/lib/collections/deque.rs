//! `collections.deque`: a list-backed double-ended queue with an optional
//! `maxlen` (a full deque drops from the other end, as CPython's).

use std::any::Any;
use std::cell::RefCell;
use std::rc::Rc;

use crate::python::lib::natives::{StdObject, arg, check_kwargs, int_arg};
use crate::python::object::errors::{Res, exc, type_error};
use crate::python::object::native::NativeObject;
use crate::python::object::value::{Value, values_equal};
use crate::python::vm::library::Kwargs;
use crate::python::vm::machine::Vm;

/// A deque.
///
/// Invariant: with a `maxlen`, `items.len() <= maxlen`.
pub struct Deque {
    items: Rc<RefCell<Vec<Value>>>,
    maxlen: Option<usize>,
}

const METHODS: &[&str] = &[
    "append", "appendleft", "pop", "popleft", "extend", "extendleft", "rotate", "clear", "copy", "count", "index",
    "remove", "reverse", "insert",
];

/// `deque(iterable=(), maxlen=None)`.
pub fn new(vm: &mut Vm, args: Vec<Value>, kwargs: Kwargs) -> Res<Value> {
    check_kwargs("deque", &kwargs, &["iterable", "maxlen"])?;
    if args.len() > 2 {
        return type_error(format!("deque() takes at most 2 arguments ({} given)", args.len()));
    }
    let maxlen = match arg(&args, &kwargs, 1, "maxlen") {
        None | Some(Value::None) => None,
        Some(v) => {
            let n = int_arg(v).map_err(|_| exc("TypeError", "an integer is required"))?;
            if n < 0 {
                return Err(exc("ValueError", "maxlen must be non-negative"));
            }
            Some(n as usize)
        }
    };
    let deque = Deque { items: Rc::new(RefCell::new(Vec::new())), maxlen };
    if let Some(it) = arg(&args, &kwargs, 0, "iterable") {
        let items = vm.collect(it)?;
        deque.extend(items);
    }
    Ok(Value::Native(Rc::new(deque)))
}

impl Deque {
    fn push(&self, v: Value, left: bool) {
        let mut items = self.items.borrow_mut();
        if self.maxlen == Some(0) {
            return;
        }
        if self.maxlen.is_some_and(|m| items.len() >= m) {
            if left {
                items.pop();
            } else {
                items.remove(0);
            }
        }
        if left {
            items.insert(0, v);
        } else {
            items.push(v);
        }
    }
    fn extend(&self, values: Vec<Value>) {
        for v in values {
            self.push(v, false);
        }
    }
    fn position(&self, x: &Value) -> Res<usize> {
        match self.items.borrow().iter().position(|v| values_equal(v, x)) {
            Some(i) => Ok(i),
            None => Err(exc("ValueError", format!("{} is not in deque", x.repr()))),
        }
    }
    fn rotate(&self, n: i64) {
        let mut items = self.items.borrow_mut();
        let len = items.len() as i64;
        if len > 0 {
            let k = n.rem_euclid(len) as usize;
            items.rotate_right(k);
        }
    }
}

impl NativeObject for Deque {
    fn type_name(&self) -> &'static str {
        "collections.deque"
    }
    fn repr(&self) -> String {
        self.repr_with(&mut |v| v.repr())
    }
    fn repr_with(&self, show: &mut dyn FnMut(&Value) -> String) -> String {
        let list = show(&Value::List(self.items.clone()));
        match self.maxlen {
            Some(m) => format!("deque({list}, maxlen={m})"),
            None => format!("deque({list})"),
        }
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn methods(&self) -> &'static [&'static str] {
        METHODS
    }
    fn backing(&self) -> Option<Value> {
        Some(Value::List(self.items.clone()))
    }
    fn equals_builtin(&self) -> bool {
        false
    }
}

impl StdObject for Deque {
    fn attr(&self, _vm: &mut Vm, name: &str) -> Option<Res<Value>> {
        (name == "maxlen").then(|| Ok(self.maxlen.map_or(Value::None, |m| Value::Int(m as i64))))
    }
    fn call(&self, vm: &mut Vm, _this: &Value, name: &str, args: Vec<Value>, _kwargs: Kwargs) -> Res<Value> {
        let one = |args: &[Value]| -> Res<Value> {
            match args {
                [v] => Ok(v.clone()),
                _ => type_error(format!("deque.{name}() takes exactly one argument ({} given)", args.len())),
            }
        };
        match name {
            "append" | "appendleft" => self.push(one(&args)?, name == "appendleft"),
            "pop" | "popleft" => {
                let mut items = self.items.borrow_mut();
                if items.is_empty() {
                    return Err(exc("IndexError", "pop from an empty deque"));
                }
                return Ok(if name == "pop" { items.pop().unwrap_or(Value::None) } else { items.remove(0) });
            }
            "extend" => {
                let values = vm.collect(&one(&args)?)?;
                self.extend(values);
            }
            "extendleft" => {
                for v in vm.collect(&one(&args)?)? {
                    self.push(v, true);
                }
            }
            "rotate" => self.rotate(match args.first() {
                Some(v) => int_arg(v)?,
                None => 1,
            }),
            "clear" => self.items.borrow_mut().clear(),
            "copy" => {
                let items = self.items.borrow().clone();
                return Ok(Value::Native(Rc::new(Deque { items: Rc::new(RefCell::new(items)), maxlen: self.maxlen })));
            }
            "count" => {
                let x = one(&args)?;
                return Ok(Value::Int(self.items.borrow().iter().filter(|v| values_equal(v, &x)).count() as i64));
            }
            "index" => return Ok(Value::Int(self.position(&one(&args)?)? as i64)),
            "remove" => {
                let i = self.position(&one(&args)?)?;
                self.items.borrow_mut().remove(i);
            }
            "reverse" => self.items.borrow_mut().reverse(),
            "insert" => {
                let [i, v] = args.as_slice() else {
                    return type_error(format!("insert expected 2 arguments, got {}", args.len()));
                };
                let mut items = self.items.borrow_mut();
                if self.maxlen.is_some_and(|m| items.len() >= m) {
                    return Err(exc("IndexError", "deque already at its maximum size"));
                }
                let len = items.len() as i64;
                let i = int_arg(i)?;
                let at = if i < 0 { (i + len).max(0) } else { i.min(len) };
                items.insert(at as usize, v.clone());
            }
            _ => return type_error(format!("'deque' object has no method '{name}'")),
        }
        Ok(Value::None)
    }
}
