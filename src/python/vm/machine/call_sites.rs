//! Where the running Python frames are: each frame's code and the
//! instruction it last called from, innermost last. asyncio's debug mode
//! reads it: `created at FILE:LINE` of a handle, a future or a task is the
//! innermost line, and a coroutine made while origin tracking is on keeps
//! the whole stack (`Coroutine created at (most recent call last)`).
//!
//! Invariant: `run_frame` pushes a site on entry and pops it on exit, and a
//! frame notes its instruction before each call that may run Python code,
//! so the outer frames' lines are those of the calls that are running.

use std::rc::Rc;

use super::Vm;
use crate::python::object::code::Code;
use crate::python::object::frame::Frame;

/// One running frame of the stack (see the module docs).
#[derive(Debug, Clone)]
pub struct CallSite {
    code: Rc<Code>,
    ip: usize,
}

impl CallSite {
    /// The function's name (`co_name`), as tracebacks show it.
    pub fn name(&self) -> &Rc<str> {
        &self.code.name
    }
    /// The line of the instruction it is at.
    pub fn line(&self) -> u32 {
        let i = self.ip.saturating_sub(1).min(self.code.lines.len().saturating_sub(1));
        self.code.lines.get(i).copied().unwrap_or(self.code.first_line)
    }
}

impl Vm<'_> {
    /// A frame starts (or resumes) running.
    pub(super) fn enter_site(&mut self, frame: &Frame) {
        self.sites.push(CallSite { code: frame.code.clone(), ip: frame.ip });
    }
    /// The innermost frame stops running.
    pub(super) fn leave_site(&mut self) {
        self.sites.pop();
    }
    /// The innermost frame is about to call from its current instruction.
    #[inline]
    pub(super) fn mark_site(&mut self, frame: &Frame) {
        if let Some(site) = self.sites.last_mut() {
            site.ip = frame.ip;
        }
    }
    /// The running frames, outermost first.
    pub fn call_sites(&self) -> &[CallSite] {
        &self.sites
    }
    /// The line the innermost running frame is at (where a library call
    /// made from Python code was made).
    pub fn caller_line(&self) -> Option<u32> {
        self.sites.last().map(CallSite::line)
    }
}
