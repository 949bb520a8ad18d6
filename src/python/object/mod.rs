//! The value model: values, exceptions, classes and instances, code objects, float repr, set order.

pub mod classes;
pub mod code;
pub mod errors;
pub mod exception_group;
pub mod float_repr;
pub mod frame;
pub mod native;
pub mod set_order;
pub mod traceback;
pub mod value;
