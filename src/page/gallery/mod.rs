//! The programs the page offers, taken from the tutorials in shared/seeds/.

/// The countdown example from the seed tutorial (003): three tasks counting
/// down with different delays, awaited with `asyncio.wait`. The editor starts
/// with it.
pub const COUNTDOWN: &str = include_str!("countdown.py");
