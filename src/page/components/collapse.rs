//! The button in a panel's title bar that collapses the panel to that bar
//! (its room goes to the other panel of its column) and opens it again.

use yew::prelude::*;

use crate::page::i18n::Lang;
use crate::view::layout::Panel;

/// Properties of [`Collapse`].
#[derive(Properties, PartialEq)]
pub struct CollapseProps {
    /// The panel it folds.
    pub panel: Panel,
    /// Whether the panel is collapsed.
    pub collapsed: bool,
    /// The page's language.
    pub lang: Lang,
    /// Called with the panel when pressed.
    pub on_toggle: Callback<Panel>,
}

/// The collapse / expand button.
#[function_component(Collapse)]
pub fn collapse(props: &CollapseProps) -> Html {
    let text = props.lang.text();
    let name = match props.panel {
        Panel::Editor => text.editor_label,
        Panel::Timeline => text.timeline.title,
        Panel::Output => text.output,
        Panel::Inspector => text.inspector.title,
    };
    let label = if props.collapsed { (text.layout.expand)(name) } else { (text.layout.collapse)(name) };
    let panel = props.panel;
    let onclick = props.on_toggle.reform(move |_: MouseEvent| panel);
    html! {
        <button class="collapse" title={label.clone()} aria-label={label} aria-expanded={(!props.collapsed).to_string()} {onclick}>
            <span aria-hidden="true">{if props.collapsed { "▸" } else { "▾" }}</span>
        </button>
    }
}
