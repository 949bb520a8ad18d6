//! The page's view models: pure functions from what the engine reports (its
//! trace and snapshots) to what the page draws, and the exports the command
//! line shares with the page (Perfetto's JSON, the loop's story in words).
//! No web crate here, so all of it is tested natively.

pub mod await_graph;
pub mod axis;
pub mod json;
pub mod output;
pub mod perfetto;
pub mod recording;
pub mod share;
pub mod slow;
pub mod story;
pub mod story_text;
pub mod timeline;
pub mod timers;
