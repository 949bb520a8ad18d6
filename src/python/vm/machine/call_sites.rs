//! Where the running Python frames are: each frame's code and the
//! instruction it last called from, innermost last. asyncio's debug mode
//! reads it: `created at FILE:LINE` of a handle, a future or a task is the
//! innermost line, and a coroutine made while origin tracking is on keeps
//! the whole stack (`Coroutine created at (most recent call last)`).
//!
//! Invariant: `run_frame` pushes a site on entry and pops it on exit. A
//! frame notes its instruction before each call that may run Python code
//! (one store: `call_site`, with its place in the stack); a frame entered
//! (or the library's frames pushed) copies it into the caller's site, so the
//! outer frames' lines are those of the calls that are running, and the
//! innermost frame's is `call_site`'s.

use std::rc::Rc;

use super::Vm;
use crate::python::object::code::Code;
use crate::python::object::frame::Frame;

/// One running frame of the stack (see the module docs): a Python frame,
/// or a frame of CPython's asyncio that looplab runs in Rust (`run_forever`,
/// `_run_once`…), which the library puts where CPython's would be.
#[derive(Debug, Clone)]
pub enum CallSite {
    /// A frame of the program.
    Python {
        /// Its code.
        code: Rc<Code>,
        /// The instruction after the one it is at.
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

impl CallSite {
    /// The function's name (`co_name`), as tracebacks show it.
    pub fn name(&self) -> &str {
        match self {
            CallSite::Python { code, .. } => &code.name,
            CallSite::Library(f) => f.name,
        }
    }
    /// The line of the instruction it is at.
    pub fn line(&self) -> u32 {
        match self {
            CallSite::Python { code, ip } => {
                let i = ip.saturating_sub(1).min(code.lines.len().saturating_sub(1));
                code.lines.get(i).copied().unwrap_or(code.first_line)
            }
            CallSite::Library(f) => f.line,
        }
    }
}

impl Vm<'_> {
    /// A frame starts (or resumes) running.
    pub(super) fn enter_site(&mut self, frame: &Frame) {
        self.settle_caller();
        self.sites.push(CallSite::Python { code: frame.code.clone(), ip: frame.ip });
    }
    /// The innermost frame stops running.
    pub(super) fn leave_site(&mut self) {
        self.sites.pop();
    }
    /// The innermost frame is about to call from its current instruction.
    #[inline]
    pub(super) fn mark_site(&mut self, frame: &Frame) {
        self.call_site = (self.sites.len(), frame.ip);
    }
    /// The innermost frame's site takes the instruction it is calling from,
    /// if that frame noted it.
    fn settle_caller(&mut self) {
        let (depth, at) = self.call_site;
        if depth == self.sites.len()
            && let Some(CallSite::Python { ip, .. }) = self.sites.last_mut()
        {
            *ip = at;
        }
    }
    /// Site `i`'s line, the innermost one's from the call it is making.
    fn line_of(&self, i: usize) -> u32 {
        match &self.sites[i] {
            CallSite::Python { code, .. } if i + 1 == self.sites.len() && self.call_site.0 == self.sites.len() => {
                CallSite::Python { code: code.clone(), ip: self.call_site.1 }.line()
            }
            site => site.line(),
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
    }
    /// `cr_origin` of a coroutine made now, formatted as the never-awaited
    /// warning prints it: the innermost `coroutine_origin_depth` frames,
    /// outermost first, each as `traceback.format_list` writes it.
    pub(super) fn coroutine_origin(&self) -> Rc<str> {
        self.format_stack(self.coroutine_origin_depth)
    }
    /// The innermost `depth` running frames, outermost first, as
    /// `traceback.format_list` writes them.
    pub fn format_stack(&self, depth: usize) -> Rc<str> {
        let (filename, source) = self.program.clone();
        let skip = self.sites.len().saturating_sub(depth);
        let mut text = String::new();
        for (i, site) in self.sites.iter().enumerate().skip(skip) {
            let line = self.line_of(i);
            let shown = match site {
                CallSite::Python { .. } => source.lines().nth(line.saturating_sub(1) as usize).unwrap_or("").trim(),
                CallSite::Library(f) => f.text,
            };
            let file: &str = match site {
                CallSite::Python { .. } => &filename,
                CallSite::Library(f) => f.file,
            };
            text.push_str(&format!("  File \"{file}\", line {line}, in {}\n", site.name()));
            if !shown.is_empty() {
                text.push_str(&format!("    {shown}\n"));
            }
        }
        Rc::from(text)
    }
    /// The line the innermost running frame is at (where a library call
    /// made from Python code was made).
    pub fn caller_line(&self) -> Option<u32> {
        (!self.sites.is_empty()).then(|| self.line_of(self.sites.len() - 1))
    }
}
