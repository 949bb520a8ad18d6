//! The desktop layout in the page: the [`Layout`] the splitters and the
//! collapse buttons change, remembered in localStorage, and the CSS
//! variables and attribute through which the stylesheet applies it (below
//! 800 px the stylesheet ignores them: the phone layout stays stacked).

use yew::prelude::*;

use super::storage;
use crate::view::layout::{Layout, Panel};

/// The layout as the user left it (the default in an embedded page, which
/// neither reads nor keeps one), and the callback that changes it.
#[hook]
pub fn use_layout(remembered: bool) -> (Layout, Callback<Layout>) {
    let layout = use_state(|| if remembered { storage::load_layout().unwrap_or_default() } else { Layout::default() });
    let set = {
        let layout = layout.clone();
        Callback::from(move |next: Layout| {
            if remembered {
                storage::save_layout(&next);
            }
            layout.set(next);
        })
    };
    (*layout, set)
}

/// The workspace's `style`: the columns' widths and each panel's `flex`.
pub fn style(layout: &Layout) -> String {
    let flex = |panel: Panel| format!("{:.3} 1 0", layout.grow(panel));
    format!(
        "--col-left: {:.3}fr; --col-right: {:.3}fr; --editor-flex: {}; --timeline-flex: {}; --output-flex: {}; --inspector-flex: {}",
        layout.columns,
        1.0 - layout.columns,
        flex(Panel::Editor),
        flex(Panel::Timeline),
        flex(Panel::Output),
        flex(Panel::Inspector)
    )
}

/// The workspace's `data-collapsed`: the collapsed panels' names.
pub fn collapsed(layout: &Layout) -> String {
    let names = ["editor", "timeline", "output", "inspector"];
    Panel::ALL.iter().zip(names).filter(|(p, _)| layout.is_collapsed(**p)).map(|(_, n)| n).collect::<Vec<_>>().join(" ")
}
