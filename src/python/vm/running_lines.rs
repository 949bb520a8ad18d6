//! Where the running frames are, though their frames are on the Rust stack
//! while they run: each running frame's code and the instruction it is at,
//! innermost last, with the frames of CPython's asyncio that looplab runs in
//! Rust put where CPython's would be. Two kinds of readers share it:
//! - a running coroutine's line (`repr(asyncio.current_task())` from inside
//!   shows `main() running at main.py:9`, CPython's `cr_frame.f_lineno`;
//!   `task.get_stack()`, `cr_frame` of a running coroutine);
//! - asyncio's debug mode: `created at FILE:LINE` of a handle, a future or a
//!   task is the innermost line, and `_source_traceback` / a coroutine's
//!   origin (`Coroutine created at (most recent call last)`) is the stack.
//!
//! Invariant: `run_frame` pushes a site on entry and pops it on exit; `now`
//! is the innermost Python frame's instruction pointer (the one store per
//! instruction); an outer Python site's `ip` is the caller's `now` when the
//! frame (or the library's frames) above it was entered, i.e. the
//! instruction it is calling from. `gens` lists the generators and
//! coroutines resumed now, each with the index of its frame's site.

use std::cell::RefCell;
use std::rc::Rc;

use super::machine::Vm;
use crate::python::object::code::Code;
use crate::python::object::frame::GenState;

/// One running frame of the stack (see the module docs): a Python frame,
/// or a frame of CPython's asyncio that looplab runs in Rust (`run_forever`,
/// `_run_once`…), which the library puts where CPython's would be.
#[derive(Debug, Clone)]
pub enum CallSite {
    /// A frame of the program.
    Python {
        /// Its code.
        code: Rc<Code>,
        /// The instruction after the one it is at (only the innermost
        /// frame's is `RunningLines::now` instead).
        ip: usize,
    },
    /// A frame of the standard library.
    Library(&'static LibraryFrame),
}

/// A standard-library frame as a traceback shows it.
#[derive(Debug)]
pub struct LibraryFrame {
    /// Its file, e.g. `/usr/lib/python3.11/asyncio/runners.py`.
    pub file: &'static str,
    /// The line it is at.
    pub line: u32,
    /// The function's name.
    pub name: &'static str,
    /// The line's text.
    pub text: &'static str,
}

/// One entry of `traceback.extract_stack()`: file, line, function, text.
#[derive(Debug, Clone, PartialEq)]
pub struct StackLine {
    /// The file's name.
    pub file: Rc<str>,
    /// The line number.
    pub line: u32,
    /// The function's name.
    pub name: Rc<str>,
    /// The line's text, stripped.
    pub text: Rc<str>,
}

/// A generator or coroutine running now.
#[derive(Debug)]
struct RunningGen {
    /// Its `GenState`'s address, which names it while it runs.
    id: usize,
    /// The index of its frame's site.
    level: usize,
}

/// The running frames (see the module docs).
#[derive(Debug, Default)]
pub struct RunningLines {
    /// The innermost Python frame's instruction pointer, set at every
    /// instruction.
    pub now: usize,
    sites: Vec<CallSite>,
    gens: Vec<RunningGen>,
}

fn id_of(g: &Rc<RefCell<GenState>>) -> usize {
    Rc::as_ptr(g) as *const () as usize
}

fn line_at(code: &Code, ip: usize) -> u32 {
    let i = ip.saturating_sub(1).min(code.lines.len().saturating_sub(1));
    code.lines.get(i).copied().unwrap_or(code.first_line)
}

impl RunningLines {
    /// The innermost Python site keeps the instruction it is calling from.
    fn settle_caller(&mut self) {
        if let Some(CallSite::Python { ip, .. }) = self.sites.last_mut() {
            *ip = self.now;
        }
    }
    /// A frame running `code` starts (or resumes) at instruction `ip`.
    pub fn enter(&mut self, code: &Rc<Code>, ip: usize) {
        self.settle_caller();
        self.sites.push(CallSite::Python { code: code.clone(), ip });
        self.now = ip;
    }
    /// The innermost frame has stopped running: its caller's place is back.
    pub fn exit(&mut self) {
        self.sites.pop();
        self.restore_now();
    }
    fn restore_now(&mut self) {
        if let Some(CallSite::Python { ip, .. }) = self.sites.last() {
            self.now = *ip;
        }
    }
    /// The library's frames around the Python code it runs next (popped
    /// with [`Self::leave_library`]).
    pub fn enter_library(&mut self, frames: &'static [LibraryFrame]) {
        self.settle_caller();
        self.sites.extend(frames.iter().map(CallSite::Library));
    }
    /// Pops the `n` library frames [`Self::enter_library`] pushed.
    pub fn leave_library(&mut self, n: usize) {
        let keep = self.sites.len().saturating_sub(n);
        self.sites.truncate(keep);
        self.restore_now();
    }
    /// Generator `g` is resumed (its frame is entered next).
    pub fn resume(&mut self, g: &Rc<RefCell<GenState>>) {
        self.gens.push(RunningGen { id: id_of(g), level: self.sites.len() });
    }
    /// The generator resumed last is suspended or finished.
    pub fn suspend(&mut self) {
        self.gens.pop();
    }
    /// Site `i`'s line: the innermost one's is where it is now.
    fn line_of_site(&self, i: usize) -> Option<u32> {
        match self.sites.get(i)? {
            CallSite::Python { code, ip } => Some(line_at(code, if i + 1 == self.sites.len() { self.now } else { *ip })),
            CallSite::Library(f) => Some(f.line),
        }
    }
    /// The line generator `g` runs now, if it is running.
    pub fn line_of(&self, g: &Rc<RefCell<GenState>>) -> Option<u32> {
        let id = id_of(g);
        let running = self.gens.iter().rev().find(|r| r.id == id)?;
        self.line_of_site(running.level)
    }
    /// The line the innermost running frame is at (where a library call
    /// made from Python code was made).
    pub fn innermost_line(&self) -> Option<u32> {
        self.sites.len().checked_sub(1).and_then(|i| self.line_of_site(i))
    }
    /// The innermost `depth` running frames, outermost first, as
    /// `traceback.extract_stack` lists them (`program`: the program's file
    /// name and text).
    pub fn extract_stack(&self, depth: usize, program: &(Rc<str>, Rc<str>)) -> Vec<StackLine> {
        self.lines(self.sites.len().saturating_sub(depth), self.sites.len(), program)
    }
    /// The running frames from the outermost to generator `g`'s, if `g`
    /// runs: its frame's `f_back` chain, as `Task.get_stack` walks it.
    pub fn stack_to(&self, g: &Rc<RefCell<GenState>>, program: &(Rc<str>, Rc<str>)) -> Option<Vec<StackLine>> {
        let id = id_of(g);
        let level = self.gens.iter().rev().find(|r| r.id == id)?.level;
        Some(self.lines(0, (level + 1).min(self.sites.len()), program))
    }
    /// Sites `from..to` as stack lines, outermost first.
    fn lines(&self, from: usize, to: usize, program: &(Rc<str>, Rc<str>)) -> Vec<StackLine> {
        let (filename, source) = program;
        let mut out = Vec::new();
        for (i, site) in self.sites.iter().enumerate().take(to).skip(from) {
            let line = self.line_of_site(i).unwrap_or(0);
            out.push(match site {
                CallSite::Python { code, .. } => StackLine {
                    file: filename.clone(),
                    line,
                    name: Rc::from(&*code.name),
                    text: Rc::from(source.lines().nth(line.saturating_sub(1) as usize).unwrap_or("").trim()),
                },
                CallSite::Library(f) => {
                    StackLine { file: Rc::from(f.file), line, name: Rc::from(f.name), text: Rc::from(f.text) }
                }
            });
        }
        out
    }
}

impl From<&LibraryFrame> for StackLine {
    fn from(f: &LibraryFrame) -> StackLine {
        StackLine { file: Rc::from(f.file), line: f.line, name: Rc::from(f.name), text: Rc::from(f.text) }
    }
}

/// `traceback.format_list(frames)`, joined.
pub fn format_list(frames: &[StackLine]) -> String {
    let mut text = String::new();
    for f in frames {
        text.push_str(&format!("  File \"{}\", line {}, in {}\n", f.file, f.line, f.name));
        if !f.text.is_empty() {
            text.push_str(&format!("    {}\n", f.text));
        }
    }
    text
}

impl Vm<'_> {
    /// `cr_origin` of a coroutine made now, formatted as the never-awaited
    /// warning prints it: the innermost `coroutine_origin_depth` frames,
    /// outermost first, each as `traceback.format_list` writes it.
    pub(super) fn coroutine_origin(&self) -> Rc<str> {
        self.format_stack(self.coroutine_origin_depth)
    }
    /// The innermost `depth` running frames, outermost first, as
    /// `traceback.format_list` writes them.
    pub fn format_stack(&self, depth: usize) -> Rc<str> {
        Rc::from(format_list(&self.extract_stack(depth)))
    }
    /// The innermost `depth` running frames, outermost first, as
    /// `traceback.extract_stack` lists them.
    pub fn extract_stack(&self, depth: usize) -> Vec<StackLine> {
        self.running_lines.extract_stack(depth, &self.program)
    }
    /// The line the innermost running frame is at (where a library call
    /// made from Python code was made).
    pub fn caller_line(&self) -> Option<u32> {
        self.running_lines.innermost_line()
    }
    /// The library's frames around the Python code it runs next (popped
    /// with [`Self::leave_library`]).
    pub fn enter_library(&mut self, frames: &'static [LibraryFrame]) {
        self.running_lines.enter_library(frames);
    }
    /// Pops the `n` library frames [`Self::enter_library`] pushed.
    pub fn leave_library(&mut self, n: usize) {
        self.running_lines.leave_library(n);
    }
}
