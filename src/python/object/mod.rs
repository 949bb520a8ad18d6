//! The value model: values, exceptions, classes and instances, code objects, float repr, set order.

pub mod bytes;
pub mod classes;
pub mod code;
pub mod descriptors;
pub mod enums;
pub mod errors;
pub mod exception_group;
pub mod float_repr;
pub mod frozenset;
pub mod frame;
pub mod lookup;
pub mod mro;
pub mod function_attrs;
pub mod generic_alias;
pub mod native;
pub mod scalar;
pub mod set_order;
pub mod traceback;
pub mod union_type;
pub mod singletons;
pub mod value;
