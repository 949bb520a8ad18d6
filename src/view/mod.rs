//! The page's view models: pure functions from what the engine reports (its
//! trace and snapshots) to what the page draws. No web crate here, so all of
//! it is tested natively.

pub mod axis;
pub mod output;
pub mod recording;
pub mod timeline;
pub mod timers;
