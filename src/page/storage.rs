//! What the page remembers across reloads, in localStorage.

const SOURCE_KEY: &str = "looplab.source";
const LANG_KEY: &str = "looplab.lang";
const SCRATCH_KEY: &str = "looplab.scratch";

fn local_storage() -> Option<web_sys::Storage> {
    web_sys::window()?.local_storage().ok()?
}

/// The program the user last had in the editor, if any.
pub fn load_source() -> Option<String> {
    local_storage()?.get_item(SOURCE_KEY).ok()?
}

/// Remembers the editor's program (quietly does nothing when storage is off).
pub fn save_source(source: &str) {
    if let Some(storage) = local_storage() {
        storage.set_item(SOURCE_KEY, source).ok();
    }
}

/// The language code the user last chose (`en` or `zh`), if any.
pub fn load_lang() -> Option<String> {
    local_storage()?.get_item(LANG_KEY).ok()?
}

/// Remembers the chosen language code.
pub fn save_lang(code: &str) {
    if let Some(storage) = local_storage() {
        storage.set_item(LANG_KEY, code).ok();
    }
}

/// The user's own program, kept when an example replaced it.
pub fn load_scratch() -> Option<String> {
    local_storage()?.get_item(SCRATCH_KEY).ok()?
}

/// Keeps the user's own program while an example is in the editor.
pub fn save_scratch(source: &str) {
    if let Some(storage) = local_storage() {
        storage.set_item(SCRATCH_KEY, source).ok();
    }
}

const LAYOUT_KEY: &str = "looplab.layout";

/// The splitters' places and the collapsed panels, as the user left them.
pub fn load_layout() -> Option<crate::view::layout::Layout> {
    crate::view::layout::Layout::decode(&local_storage()?.get_item(LAYOUT_KEY).ok()??)
}

/// Remembers the layout.
pub fn save_layout(layout: &crate::view::layout::Layout) {
    if let Some(storage) = local_storage() {
        storage.set_item(LAYOUT_KEY, &layout.encode()).ok();
    }
}

const SPACING_KEY: &str = "looplab.spacing";

/// The timeline's spacing as the user left it, if any.
pub fn load_spacing() -> Option<crate::view::timeline::Spacing> {
    crate::view::timeline::Spacing::from_code(&local_storage()?.get_item(SPACING_KEY).ok()??)
}

/// Remembers the timeline's spacing.
pub fn save_spacing(spacing: crate::view::timeline::Spacing) {
    if let Some(storage) = local_storage() {
        storage.set_item(SPACING_KEY, spacing.code()).ok();
    }
}
