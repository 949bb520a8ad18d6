//! Objects the library makes (a task or future, a lock, a queue, a thread,
//! an executor, an event loop): the value model knows them only through
//! [`NativeObject`], so it imports nothing of the rooms that make them. The
//! room that made an object gets it back with [`downcast`].

use std::any::Any;
use std::fmt::Debug;
use std::hash::{Hash, Hasher};
use std::rc::Rc;

/// A library object held by a [`super::value::Value::Native`].
///
/// Identity: two values are the same object (`is`, `==`, set and dict keys)
/// when [`NativeObject::same`] says so; by default that is the same
/// allocation, but a handle standing for something that lives elsewhere (an
/// engine future) compares by what it stands for.
pub trait NativeObject {
    /// The Python type's name (`Task`, `Lock`, `Thread`, …).
    fn type_name(&self) -> &'static str;
    /// `repr()`.
    fn repr(&self) -> String {
        format!("<{} object at 0x7f0000000000>", self.type_name())
    }
    /// `repr()` with the values it holds shown by `show` (the VM's, which
    /// runs user `__repr__` methods); by default [`NativeObject::repr`].
    fn repr_with(&self, show: &mut dyn FnMut(&super::value::Value) -> String) -> String {
        let _ = show;
        self.repr()
    }
    /// The class as `type(x)` shows it (`collections.Counter`); by default
    /// the type name, which for a C type already names its module.
    fn class_name(&self) -> &'static str {
        self.type_name()
    }
    /// `str()`: the repr unless the type shows itself otherwise (a timedelta).
    fn str(&self) -> String {
        self.repr()
    }
    /// The object, for the room that made it to downcast.
    fn as_any(&self) -> &dyn Any;
    /// Whether `other` is the same Python object.
    fn same(&self, other: &dyn NativeObject) -> bool {
        std::ptr::addr_eq(self.as_any() as *const dyn Any, other.as_any() as *const dyn Any)
    }
    /// Hashes what [`NativeObject::same`] compares.
    fn hash_identity(&self, state: &mut dyn Hasher) {
        (self.as_any() as *const dyn Any as *const () as usize).hash(&mut HasherRef(state));
    }
    /// The names of its methods (`obj.name(…)` calls them through the library).
    fn methods(&self) -> &'static [&'static str] {
        &[]
    }
    /// Whether it is a class a `class` statement may extend (a namedtuple
    /// class): calling it makes the value the subclass's instances carry.
    fn is_class(&self) -> bool {
        false
    }
    /// `type(x)`: the class object its module exports (`deque`, the
    /// namedtuple class), when that is not a built-in type name.
    fn class_value(&self) -> Option<super::value::Value> {
        None
    }
    /// Whether `name` is one of its read-only fields (a namedtuple's): an
    /// instance of a class extending it cannot set that attribute.
    fn read_only(&self, _name: &str) -> bool {
        false
    }
    /// Whether `await` drives it through the library (an engine awaitable).
    fn is_awaitable(&self) -> bool {
        false
    }
    /// The built-in value the object is made on (a deque's list, a Counter's
    /// dict, a namedtuple's tuple): `len`, `in`, iteration, indexing,
    /// truthiness, hashing and ordering read it, as they would for a subclass
    /// of the built-in type.
    fn backing(&self) -> Option<super::value::Value> {
        None
    }
    /// Whether `==` against a plain built-in compares the backing value
    /// (a namedtuple equals a tuple; a deque never equals a list).
    fn equals_builtin(&self) -> bool {
        true
    }
}

/// A native object shows as its type name (its fields may be engine state;
/// deriving `Debug` through them would put their formatting in every build).
impl Debug for dyn NativeObject {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(self.type_name())
    }
}

/// Lets a `&mut dyn Hasher` be used where a `Hasher` is expected.
struct HasherRef<'a>(&'a mut dyn Hasher);

impl Hasher for HasherRef<'_> {
    fn finish(&self) -> u64 {
        self.0.finish()
    }
    fn write(&mut self, bytes: &[u8]) {
        self.0.write(bytes);
    }
}

/// The class of a [`super::value::Value::Handle`]: a library object that is
/// only a number naming state its room keeps (an engine future).
#[derive(Debug)]
pub struct HandleKind {
    /// The Python type's name.
    pub type_name: &'static str,
    /// `repr()` of the handle with this number.
    pub repr: fn(u32) -> String,
    /// The names of its methods.
    pub methods: &'static [&'static str],
}

impl HandleKind {
    /// Whether `self` and `other` are the same class.
    pub fn is(&'static self, other: &'static HandleKind) -> bool {
        std::ptr::eq(self, other)
    }
}

/// The number of a [`super::value::Value::Handle`], shared by every copy of
/// the value: when the last copy goes (CPython's `__del__` moment), its room
/// hears of it at the interpreter's next instruction, through `home`.
#[derive(Debug)]
pub struct HandleRef {
    /// The number naming the room's state.
    pub id: u32,
    /// The kind of handle, told to the room with the number.
    pub kind: &'static HandleKind,
    /// Where the interpreter collects the handles released.
    home: Option<Rc<super::frame::Finalizers>>,
}

impl HandleRef {
    /// Handle `id` of `kind`, whose release `home` hears of (never, without one).
    pub fn new(kind: &'static HandleKind, id: u32, home: Option<Rc<super::frame::Finalizers>>) -> HandleRef {
        HandleRef { id, kind, home }
    }
}

impl Drop for HandleRef {
    fn drop(&mut self) {
        let Some(home) = self.home.take() else { return };
        if let Ok(mut released) = home.released.try_borrow_mut() {
            released.push(Released { kind: self.kind, id: self.id, at: self as *const HandleRef as usize });
            home.pending.set(true);
        }
    }
}

/// A handle whose last copy went: its kind, number, and the address its
/// [`HandleRef`] had (so its room can tell it from a later one of the same number).
#[derive(Debug, Clone, Copy)]
pub struct Released {
    /// The handle's kind.
    pub kind: &'static HandleKind,
    /// The handle's number.
    pub id: u32,
    /// The address of the released `HandleRef`.
    pub at: usize,
}

/// The object behind a native value, if it is a `T`.
pub fn downcast<T: 'static>(object: &Rc<dyn NativeObject>) -> Option<&T> {
    object.as_any().downcast_ref::<T>()
}
