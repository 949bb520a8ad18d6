//! `traceback.FrameSummary`: one entry of `traceback.extract_stack()`, as
//! asyncio's debug mode keeps them in a handle's `_source_traceback` (the
//! exception handler's `context['source_traceback']`).

use std::any::Any;
use std::rc::Rc;

use super::natives::StdObject;
use crate::python::object::errors::{Res, type_error};
use crate::python::object::native::{NativeObject, downcast};
use crate::python::object::value::Value;
use crate::python::vm::library::Kwargs;
use crate::python::vm::machine::Vm;
use crate::python::vm::running_lines::StackLine;

/// A `FrameSummary`: file, line number, function name and the line's text.
#[derive(Debug)]
pub struct FrameSummary(pub StackLine);

impl NativeObject for FrameSummary {
    fn type_name(&self) -> &'static str {
        "FrameSummary"
    }
    fn repr(&self) -> String {
        format!("<FrameSummary file {}, line {} in {}>", self.0.file, self.0.line, self.0.name)
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
}

impl StdObject for FrameSummary {
    fn attr(&self, _vm: &mut Vm, name: &str) -> Option<Res<Value>> {
        Some(Ok(match name {
            "filename" => Value::Str(self.0.file.clone()),
            "lineno" => Value::Int(i64::from(self.0.line)),
            "name" => Value::Str(self.0.name.clone()),
            "line" => Value::Str(self.0.text.clone()),
            _ => return None,
        }))
    }
    fn call(&self, _vm: &mut Vm, _this: &Value, name: &str, _args: Vec<Value>, _kwargs: Kwargs) -> Res<Value> {
        type_error(format!("'FrameSummary' object has no method '{name}'"))
    }
}

/// The object as a [`StdObject`], if it is a `FrameSummary`.
pub fn as_std(n: &Rc<dyn NativeObject>) -> Option<&dyn StdObject> {
    downcast::<FrameSummary>(n).map(|f| f as &dyn StdObject)
}

/// `traceback.extract_stack()`'s list of `frames`.
pub fn frame_list(frames: Vec<StackLine>) -> Value {
    Value::list(frames.into_iter().map(|f| Value::Native(Rc::new(FrameSummary(f)))).collect())
}

/// The frames of a list of `FrameSummary` objects, if `v` is one.
pub fn frames_of(v: &Value) -> Option<Vec<StackLine>> {
    let Value::List(items) = v else { return None };
    items
        .borrow()
        .iter()
        .map(|item| match item {
            Value::Native(n) => downcast::<FrameSummary>(n).map(|f| f.0.clone()),
            _ => None,
        })
        .collect()
}
