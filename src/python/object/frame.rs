//! Frames and generator state: the data of a function activation, which
//! the VM runs and a generator or coroutine keeps while
//! suspended.

use std::cell::RefCell;
use std::rc::Rc;

use rustc_hash::FxHashMap;

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
pub type Namespace = Rc<RefCell<FxHashMap<Rc<str>, Value>>>;

impl Frame {
    /// The line the frame is at.
    pub fn current_line(&self) -> u32 {
        let i = self.ip.saturating_sub(1).min(self.code.lines.len().saturating_sub(1));
        self.code.lines.get(i).copied().unwrap_or(self.code.first_line)
    }
}

/// A generator or coroutine object: a frame that runs in pieces.
#[derive(Debug)]
pub struct GenState {
    /// The suspended frame (`None` once finished or closed, or while running).
    pub frame: Option<Frame>,
    /// The function's qualified name.
    pub qualname: Rc<str>,
    /// An `async def`'s coroutine rather than a generator.
    pub coroutine: bool,
    /// Running now (its frame is taken out).
    pub running: bool,
}

impl GenState {
    /// Whether this is a coroutine (`async def`) rather than a generator.
    pub fn is_coroutine(&self) -> bool {
        self.coroutine
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
}

