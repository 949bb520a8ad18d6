//! looplab: the asyncio event loop, running in the browser.
//!
//! One direction of dependency: `page` → `python` → `engine`. The engine knows
//! nothing of Python or of the page; the page reads the engine's trace and
//! snapshots and never reaches inside.
pub mod engine;
