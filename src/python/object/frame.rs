//! Frames and generator state: the data of a function activation, which
//! the VM runs and a generator or coroutine keeps while
//! suspended.

use std::cell::RefCell;
use std::rc::Rc;


use super::code::Code;
use super::errors::ExcObj;
use super::value::{Cell, Value};

/// A handler block: where to jump on an exception and what to unwind.
#[derive(Debug, Clone, Copy)]
pub struct Block {
    /// The handler's instruction index.
    pub handler: usize,
    /// The value stack's depth when the block was entered.
    pub stack_depth: usize,
    /// How many of its frame's exceptions were being handled when the block
    /// was entered (counted from the frame's `handling_base`).
    pub handling_depth: usize,
}

/// An executing (or suspended) function activation.
///
/// Invariant: `ip` indexes `code.ops` (or equals its length only after
/// `Return`); `locals.len() == code.locals.len()`; `cells` holds the code's
/// cellvars then its freevars.
#[derive(Debug)]
pub struct Frame {
    /// The code it runs.
    pub code: Rc<Code>,
    /// The next instruction.
    pub ip: usize,
    /// The value stack.
    pub stack: Vec<Value>,
    /// Local variables by slot (`None`: unbound).
    pub locals: Vec<Option<Value>>,
    /// Cell variables, then free variables.
    pub cells: Vec<Cell>,
    /// The handler blocks entered, innermost last.
    pub blocks: Vec<Block>,
    /// Whether it has begun running.
    pub started: bool,
    /// A class body's namespace.
    pub namespace: Option<Namespace>,
    /// The depth of the interpreter's stack of handled exceptions when the
    /// frame was last entered or resumed: the frame's own start above it.
    pub handling_base: usize,
    /// The exceptions its `except` clauses were handling when it was
    /// suspended (CPython's per-generator `gi_exc_state`): they leave the
    /// interpreter's stack while other code runs.
    pub handling: Vec<Rc<ExcObj>>,
}

/// A class body's namespace, shared between its frame and `BuildClass`.
pub type Namespace = Rc<RefCell<super::classes::ClassDict>>;

impl Frame {
    /// The line the frame is at.
    pub fn current_line(&self) -> u32 {
        let i = self.ip.saturating_sub(1).min(self.code.lines.len().saturating_sub(1));
        self.code.lines.get(i).copied().unwrap_or(self.code.first_line)
    }
}

/// What kind of object a [`GenState`] is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum GenKind {
    /// A generator (or a thread's resumable frame).
    Generator,
    /// An `async def`'s coroutine.
    Coroutine,
    /// An asynchronous generator (`yield` inside `async def`).
    AsyncGenerator,
}

/// An asynchronous generator's own flags (CPython's `ag_running_async`,
/// `ag_closed`, `ag_hooks_inited`).
#[derive(Debug, Default, Clone, Copy)]
pub struct AsyncGenFlags {
    /// An `asend` / `athrow` awaitable is driving it now.
    pub running_async: bool,
    /// `aclose()` began, or it finished.
    pub closed: bool,
    /// The event loop's first-iteration hook has seen it.
    pub hooks_inited: bool,
}

/// A generator or coroutine object: a frame that runs in pieces.
#[derive(Debug)]
pub struct GenState {
    /// The suspended frame (`None` once finished or closed, or while running).
    pub frame: Option<Frame>,
    /// The function's qualified name.
    pub qualname: Rc<str>,
    /// Generator, coroutine or asynchronous generator.
    pub kind: GenKind,
    /// Running now (its frame is taken out).
    pub running: bool,
    /// The line of its `def` (`co_firstlineno`), kept once the frame is gone.
    pub first_line: u32,
    /// An asynchronous generator's flags.
    pub agen: AsyncGenFlags,
    /// The event loop whose finalizer hook closes it when it is dropped
    /// unfinished (set by the first-iteration hook), as a loop value.
    pub finalizer: Option<Value>,
    /// Where it goes to be closed if it is dropped while suspended (see
    /// [`Finalizers`]); `None` for a thread's frame.
    pub home: Option<Rc<Finalizers>>,
    /// `cr_origin` as its warning prints it: the frames that made this
    /// coroutine, formatted as `traceback.format_list` does, when origin
    /// tracking was on (asyncio's debug mode).
    pub origin: Option<Rc<str>>,
}

impl GenState {
    /// A new generator, coroutine or async generator suspended before its first line.
    pub fn new(frame: Frame, qualname: Rc<str>, kind: GenKind, home: Option<Rc<Finalizers>>) -> GenState {
        GenState {
            first_line: frame.code.first_line,
            frame: Some(frame),
            qualname,
            kind,
            running: false,
            agen: AsyncGenFlags::default(),
            finalizer: None,
            home,
            origin: None,
        }
    }
    /// Whether this is a coroutine (`async def`) rather than a generator.
    pub fn is_coroutine(&self) -> bool {
        self.kind == GenKind::Coroutine
    }
    /// Whether this is a (synchronous) generator.
    pub fn is_generator(&self) -> bool {
        self.kind == GenKind::Generator
    }
    /// Whether this is an asynchronous generator.
    pub fn is_async_generator(&self) -> bool {
        self.kind == GenKind::AsyncGenerator
    }
    /// The Python type's name.
    pub fn type_name(&self) -> &'static str {
        match self.kind {
            GenKind::Generator => "generator",
            GenKind::Coroutine => "coroutine",
            GenKind::AsyncGenerator => "async_generator",
        }
    }
    /// The function's qualified name.
    pub fn qualname(&self) -> &str {
        &self.qualname
    }
    /// Whether it has run at least once.
    pub fn is_started(&self) -> bool {
        self.frame.as_ref().is_none_or(|f| f.started)
    }
    /// Closes it: it will never run again.
    pub fn close(&mut self) {
        self.frame = None;
    }
    /// Whether it has finished (returned or raised).
    pub fn is_finished(&self) -> bool {
        self.frame.is_none() && !self.running
    }
    /// The line it is suspended at.
    pub fn current_line(&self) -> Option<u32> {
        self.frame.as_ref().map(Frame::current_line)
    }

    /// Whether dropping it now must run something, as CPython's
    /// `_PyGen_Finalize` does: an async generator the loop's hook saw goes to
    /// the loop's finalizer; a suspended generator inside a `try` / `with`
    /// is closed (its `finally` runs). Coroutines are left alone (their
    /// tasks keep them until they finish).
    fn needs_finalizing(&self) -> bool {
        let Some(frame) = &self.frame else { return false };
        if !(frame.code.is_generator || frame.code.is_async_generator) {
            return false;
        }
        if self.is_async_generator() && self.finalizer.is_some() && !self.agen.closed {
            return true;
        }
        frame.started && !frame.blocks.is_empty()
    }
}

/// Generators dropped while suspended, waiting for the interpreter to close
/// them (or hand them to their loop's finalizer) at its next instruction.
#[derive(Debug, Default)]
pub struct Finalizers {
    /// Set when `items` is not empty, or when the running frame must
    /// suspend: the interpreter checks this one flag before every instruction.
    pub pending: std::cell::Cell<bool>,
    /// The generators, brought back to life.
    pub items: RefCell<Vec<Rc<RefCell<GenState>>>>,
    /// The library handles (futures) whose last reference went.
    pub released: RefCell<Vec<super::native::Released>>,
}

impl Finalizers {
    /// Takes the generators waiting to be finalized.
    pub fn take(&self) -> Vec<Rc<RefCell<GenState>>> {
        self.pending.set(false);
        std::mem::take(&mut *self.items.borrow_mut())
    }
    /// Takes the handles released since the last call.
    pub fn take_released(&self) -> Vec<super::native::Released> {
        std::mem::take(&mut *self.released.borrow_mut())
    }
}

impl Drop for GenState {
    fn drop(&mut self) {
        if !self.needs_finalizing() {
            return;
        }
        let Some(home) = self.home.take() else { return };
        // The revived object has no home: if it is dropped again (the run
        // ends first) it is not revived twice.
        let revived = GenState {
            frame: self.frame.take(),
            qualname: self.qualname.clone(),
            kind: self.kind,
            running: false,
            agen: self.agen,
            finalizer: self.finalizer.take(),
            home: None,
            first_line: self.first_line,
            origin: self.origin.take(),
        };
        if let Ok(mut items) = home.items.try_borrow_mut() {
            items.push(Rc::new(RefCell::new(revived)));
            home.pending.set(true);
        }
    }
}
