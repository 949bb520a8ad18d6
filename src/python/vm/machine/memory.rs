//! The memory limit across all live values: `--max-memory` bounds the bytes
//! the run holds (read through the heap probe the binary installs, see
//! [`crate::python::limits::install_heap_probe`]), measured from what the
//! process held when the module began to run.
//!
//! Passing the limit raises CPython's bare `MemoryError`, which the program
//! may catch: its handlers then get room past the limit (to twice it) to
//! print and clean up. A program that swallows the error and goes on
//! allocating stops at twice the limit with looplab's limit message,
//! instead of raising MemoryError forever. Without a probe (test harnesses)
//! only a single value's size is bounded.

use super::{LINE_UNKNOWN, Vm};
use crate::python::limits::heap_bytes;
use crate::python::object::errors::{Res, memory_error};

/// Where the run's memory stands against the limit.
#[derive(Debug, Clone, Copy, Default)]
pub(super) struct HeapWatch {
    /// What the process held when the module began to run: the source, its
    /// code, the library's tables; not the program's values.
    base: usize,
    /// A MemoryError was raised and the run has not gone well back under
    /// the limit since: its handlers are using the room past it.
    raised: bool,
}

impl HeapWatch {
    /// The run's memory, measured from now on.
    pub(super) fn start() -> HeapWatch {
        HeapWatch { base: heap_bytes().unwrap_or(0), raised: false }
    }
}

/// How far past the limit a run may go after a MemoryError: to twice it.
/// Handlers print and clean up in that room, and so does `asyncio.run`,
/// which cancels and gathers every task left (about half as many bytes
/// again as the tasks held, measured with 10^5 tasks).
fn hard_limit(limit: usize) -> usize {
    limit.saturating_mul(2)
}

impl Vm<'_> {
    /// Checks that `extra` more bytes (a value about to be made) fit in
    /// `--max-memory` beside everything the run holds: a `MemoryError` when
    /// they do not, or the stop once a MemoryError has been raised and the
    /// run has gone on allocating to twice the limit.
    pub fn check_memory(&mut self, extra: usize) -> Res<()> {
        let limit = self.limits.max_memory;
        if extra > limit {
            return Err(memory_error());
        }
        let Some(now) = heap_bytes() else {
            return Ok(());
        };
        // The probe's count wraps (see `crate::heap`): the difference, read
        // as signed, is what the run holds; freeing what was there before it
        // started can take it below zero.
        let held = usize::try_from(now.wrapping_sub(self.heap.base) as isize).unwrap_or(0);
        let live = held.saturating_add(extra);
        if live <= limit {
            // Back under only once a quarter of the limit is free again: what
            // unwinding the error frees (a half-built list) hardly counts, and
            // a cleanup that then allocates (asyncio cancelling its tasks)
            // must not meet a second MemoryError.
            if live <= limit - limit / 4 {
                self.heap.raised = false;
            }
            return Ok(());
        }
        if !self.heap.raised {
            self.heap.raised = true;
            return Err(memory_error());
        }
        if live <= hard_limit(limit) {
            return Ok(());
        }
        let message = format!(
            "looplab: stopped at {} bytes of memory, twice the --max-memory limit (the program went on \
             allocating after MemoryError) {LINE_UNKNOWN}",
            hard_limit(limit)
        );
        Err(self.stop(message))
    }
}
