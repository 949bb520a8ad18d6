//! The playground page: Yew components over the engine's results.
//!
//! State lives in one pure reducer ([`state`]); side effects (storage) run in
//! `use_effect_with` inside [`app`]; each component has its own file.

mod app;
pub mod components;
pub mod driver;
pub mod i18n;
pub mod layout;
pub mod panic_banner;
pub mod state;
pub mod runner;
mod storage;
pub mod wire;
pub mod worker;

pub use app::App;

/// Starts the page: installs the panic banner and mounts [`App`] on `<body>`.
pub fn start() {
    panic_banner::install();
    yew::Renderer::<App>::new().render();
}

/// Mounts [`App`] inside `root` (the browser tests use this).
pub fn start_in(root: web_sys::Element) {
    panic_banner::install();
    yew::Renderer::<App>::with_root(root).render();
}
