//! A splitter between two panels: dragged with the mouse or a finger
//! (pointer capture keeps the drag on it), moved with the arrow keys, Home
//! and End when focused; an ARIA `separator` that says where it stands.

use yew::prelude::*;

use crate::view::layout::{Layout, MAX_SHARE, MIN_SHARE, Split};

/// Properties of [`Splitter`].
#[derive(Properties, PartialEq)]
pub struct SplitterProps {
    /// Which splitter it is.
    pub split: Split,
    /// The layout as it is.
    pub layout: Layout,
    /// Its accessible name.
    pub label: &'static str,
    /// Called with the layout it moved to.
    pub on_change: Callback<Layout>,
}

/// Where a drag started: the pointer's position, the share then, and the
/// size of the splitter's container along the drag.
type Drag = (f64, f64, f64);

/// The splitter.
#[function_component(Splitter)]
pub fn splitter(props: &SplitterProps) -> Html {
    let drag = use_mut_ref(|| None::<Drag>);
    let across = props.split == Split::Columns;
    let position = move |e: &PointerEvent| f64::from(if across { e.client_x() } else { e.client_y() });
    let share = props.layout.share(props.split);
    let onpointerdown = {
        let drag = drag.clone();
        Callback::from(move |e: PointerEvent| {
            let Some(bar) = e.target_dyn_into::<web_sys::Element>() else { return };
            let Some(container) = bar.parent_element() else { return };
            e.prevent_default();
            bar.set_pointer_capture(e.pointer_id()).ok();
            let size = f64::from(if across { container.client_width() } else { container.client_height() });
            *drag.borrow_mut() = Some((position(&e), share, size.max(1.0)));
        })
    };
    let onpointermove = {
        let drag = drag.clone();
        let (layout, split, on_change) = (props.layout, props.split, props.on_change.clone());
        Callback::from(move |e: PointerEvent| {
            if let Some((start, share, size)) = *drag.borrow() {
                on_change.emit(layout.with_share(split, share + (position(&e) - start) / size));
            }
        })
    };
    let end = {
        let drag = drag.clone();
        Callback::from(move |_: PointerEvent| *drag.borrow_mut() = None)
    };
    let onkeydown = {
        let (layout, split, on_change) = (props.layout, props.split, props.on_change.clone());
        Callback::from(move |e: KeyboardEvent| {
            if let Some(next) = layout.after_key(split, &e.key()) {
                e.prevent_default();
                on_change.emit(next);
            }
        })
    };
    let percent = |share: f64| format!("{:.0}", share * 100.0);
    html! {
        <div class={classes!("splitter", if across { "splitter-v" } else { "splitter-h" })}
            role="separator" tabindex="0" title={props.label} aria-label={props.label}
            aria-orientation={if across { "vertical" } else { "horizontal" }}
            aria-valuenow={percent(share)} aria-valuemin={percent(MIN_SHARE)} aria-valuemax={percent(MAX_SHARE)}
            {onpointerdown} {onpointermove} onpointerup={end.clone()} onpointercancel={end} {onkeydown} />
    }
}
