//! `Ellipsis` (`...`): one object for the whole run, of type `ellipsis`.

use std::any::Any;
use std::rc::Rc;

use super::native::NativeObject;
use super::value::Value;

/// The `Ellipsis` object.
#[derive(Debug)]
pub struct EllipsisObj;

impl NativeObject for EllipsisObj {
    fn type_name(&self) -> &'static str {
        "ellipsis"
    }
    fn repr(&self) -> String {
        "Ellipsis".to_string()
    }
    fn as_any(&self) -> &dyn Any {
        self
    }
    fn same(&self, other: &dyn NativeObject) -> bool {
        other.as_any().is::<EllipsisObj>()
    }
    fn hash_identity(&self, state: &mut dyn std::hash::Hasher) {
        state.write(b"Ellipsis");
    }
}

thread_local! {
    static ELLIPSIS: Rc<dyn NativeObject> = Rc::new(EllipsisObj);
}

/// `Ellipsis`: the same allocation every time, so `id(...)` is stable.
pub fn ellipsis() -> Value {
    ELLIPSIS.with(|e| Value::Native(e.clone()))
}
