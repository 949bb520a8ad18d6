//! Where running frames are, so a running coroutine's line can be read while
//! it runs (`repr(asyncio.current_task())` from inside shows `main() running
//! at main.py:9`, CPython's `cr_frame.f_lineno`), though its frame is on the
//! Rust stack then.
//!
//! Invariant: `saved` holds one instruction pointer per running frame but the
//! innermost (the ip its caller was at when it was entered); `now` is the
//! innermost frame's; `gens` lists the generators and coroutines resumed now,
//! each with the index its frame's entry has in `saved`.

use std::cell::RefCell;
use std::rc::Rc;

use crate::python::object::code::Code;
use crate::python::object::frame::GenState;

/// A generator or coroutine running now.
#[derive(Debug)]
struct RunningGen {
    /// Its `GenState`'s address, which names it while it runs.
    id: usize,
    /// Its frame's code, for its line table.
    code: Rc<Code>,
    /// How many frames ran below it when it was resumed.
    level: usize,
}

/// The instruction pointers of the running frames (see the module docs).
#[derive(Debug, Default)]
pub struct RunningLines {
    /// The innermost frame's instruction pointer, set at every instruction.
    pub now: usize,
    saved: Vec<usize>,
    gens: Vec<RunningGen>,
}

fn id_of(g: &Rc<RefCell<GenState>>) -> usize {
    Rc::as_ptr(g) as *const () as usize
}

impl RunningLines {
    /// A frame is entered: its caller's place is kept.
    pub fn enter(&mut self) {
        self.saved.push(self.now);
    }
    /// The innermost frame has ended: its caller's place is back.
    pub fn exit(&mut self) {
        self.now = self.saved.pop().unwrap_or(0);
    }
    /// Generator `g`, whose frame runs `code`, is resumed.
    pub fn resume(&mut self, g: &Rc<RefCell<GenState>>, code: Rc<Code>) {
        self.gens.push(RunningGen { id: id_of(g), code, level: self.saved.len() });
    }
    /// The generator resumed last is suspended or finished.
    pub fn suspend(&mut self) {
        self.gens.pop();
    }
    /// The line generator `g` runs now, if it is running.
    pub fn line_of(&self, g: &Rc<RefCell<GenState>>) -> Option<u32> {
        let id = id_of(g);
        let running = self.gens.iter().rev().find(|r| r.id == id)?;
        let ip = if self.saved.len() == running.level + 1 { self.now } else { *self.saved.get(running.level + 1)? };
        let lines = &running.code.lines;
        let i = ip.saturating_sub(1).min(lines.len().saturating_sub(1));
        Some(lines.get(i).copied().unwrap_or(running.code.first_line))
    }
}
