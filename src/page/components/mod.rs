//! The page's components, one per file.

pub mod await_svg;
pub mod collapse;
pub mod editor;
pub mod gallery;
pub mod header;
pub mod inspector;
pub mod knobs;
pub mod output;
pub mod player;
pub mod predict;
pub mod run_button;
pub mod share;
pub mod splitter;
pub mod timeline;
