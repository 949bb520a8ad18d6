//! What the page and its worker say to each other, as bincode in a
//! `Uint8Array` (both sides are the same wasm, so the types are shared).

use serde::{Deserialize, Serialize};

use crate::view::recording::{RecordOptions, Recording};

/// A run the page asks the worker for.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub struct Job {
    /// Tells this run's replies from those of a run started before it.
    pub id: u32,
    /// The program.
    pub source: String,
    /// Limits, the real-time wake-ups so far (the mode), snapshot budget.
    pub options: RecordOptions,
}

/// What the worker tells the page.
#[derive(Debug, Clone, PartialEq, Serialize, Deserialize)]
pub enum Reply {
    /// The worker has started and takes jobs.
    Ready,
    /// Job `id` is still running: steps and virtual time so far.
    Progress {
        /// The job.
        id: u32,
        /// VM steps so far.
        steps: u64,
        /// The virtual clock so far.
        time: f64,
    },
    /// Job `id` ended (to its end, at a limit, or waiting for real time).
    Done {
        /// The job.
        id: u32,
        /// The run.
        recording: Recording,
    },
    /// Rust panicked in the worker (it is dead; the page starts another).
    Panicked {
        /// The panic's message and place.
        message: String,
    },
}

/// `value` as bytes.
pub fn encode<T: Serialize>(value: &T) -> Vec<u8> {
    bincode::serialize(value).unwrap_or_default()
}

/// The value `bytes` encode, if they do.
pub fn decode<T: for<'de> Deserialize<'de>>(bytes: &[u8]) -> Option<T> {
    bincode::deserialize(bytes).ok()
}
