//! The page's components, one per file.

pub mod editor;
pub mod gallery;
pub mod header;
pub mod knobs;
pub mod output;
pub mod run_button;
