//! The page's view models: pure functions from what the engine reports (its
//! trace and snapshots) to what the page draws, and the exports the command
//! line shares with the page (Perfetto's JSON, the loop's story in words),
//! and the page's other exports (the timeline as SVG, the output as text).
//! No web crate here, so all of it is tested natively.

pub mod await_graph;
pub mod await_layout;
pub mod await_svg;
pub mod axis;
pub mod json;
pub mod layout;
pub mod output;
pub mod output_text;
pub mod perfetto;
pub mod predict;
pub mod recording;
pub mod run_diff;
pub mod share;
pub mod slow;
pub mod story;
pub mod story_text;
pub mod svg;
pub mod timeline;
pub mod timers;
