//! The limits that stop a program that would never end or eat the machine.

/// What a run may use before it is stopped.
///
/// Invariant: all limits are positive; a limit of `u64::MAX` / `f64::INFINITY`
/// means "none".
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(target_arch = "wasm32", derive(serde::Serialize, serde::Deserialize))]
pub struct Limits {
    /// VM instructions executed, in total.
    pub max_steps: u64,
    /// Virtual seconds on the clock.
    pub max_time: f64,
    /// Bytes the program's live values may hold in all (when a heap probe is
    /// installed, see [`install_heap_probe`]; without one, the bytes a single
    /// string, list or similar value may reach).
    pub max_memory: usize,
    /// Nested Python calls (CPython's recursion limit).
    pub max_depth: usize,
    /// Real seconds a run may take (native builds only: the page ends a
    /// runaway run by terminating its worker).
    pub max_seconds: f64,
}

impl Default for Limits {
    fn default() -> Self {
        Limits {
            max_steps: 200_000_000,
            max_time: 86_400.0,
            max_memory: 256 * 1024 * 1024,
            max_depth: 1000,
            max_seconds: 30.0,
        }
    }
}

/// Why a run was stopped by a limit (not a Python exception: no `except`
/// can catch it).
#[derive(Debug, Clone, PartialEq)]
pub struct LimitStop {
    /// The message printed on stderr.
    pub message: String,
}

/// Reads the bytes the running thread holds now (a counting allocator's
/// total, which may wrap: only differences between two readings count).
pub type HeapProbe = fn() -> usize;

static HEAP_PROBE: std::sync::OnceLock<HeapProbe> = std::sync::OnceLock::new();

/// Makes [`heap_bytes`] read `probe`: the binaries that run programs
/// install their counting allocator's, so `max_memory` bounds all live
/// values. Only the first call counts.
pub fn install_heap_probe(probe: HeapProbe) {
    let _ = HEAP_PROBE.set(probe);
}

/// The running thread's reading of the probe, if one is installed (none in
/// test harnesses, which do not install the counting allocator: there
/// `max_memory` bounds each value alone).
pub fn heap_bytes() -> Option<usize> {
    HEAP_PROBE.get().map(|probe| probe())
}
