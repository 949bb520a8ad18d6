//! The await graph drawn: the SVG text of [`crate::view::await_svg`] (every
//! name in it escaped there), with one listener on its frame for the boxes'
//! clicks and keys: a click on a task's box, or Enter / Space on it,
//! selects the task. The selected box is marked by a rule naming its id, so
//! the SVG text, and the focus in it, stay as they were when a task is
//! picked.

use yew::prelude::*;

use crate::page::i18n::Lang;
use crate::view::await_layout::GraphLayout;
use crate::view::await_svg::{Words, graph_svg};

/// Properties of [`AwaitSvg`].
#[derive(Properties, PartialEq)]
pub struct AwaitSvgProps {
    /// The graph, laid out.
    pub layout: std::rc::Rc<GraphLayout>,
    /// The page's language.
    pub lang: Lang,
    /// Called with a task's name when its box is picked.
    pub on_select: Callback<String>,
}

/// The task named by the box an event happened in, if any.
fn picked(target: Option<web_sys::EventTarget>) -> Option<String> {
    use wasm_bindgen::JsCast;
    let element: web_sys::Element = target?.dyn_into().ok()?;
    element.closest("[data-task]").ok()??.get_attribute("data-task")
}

/// The drawn await graph.
#[function_component(AwaitSvg)]
pub fn await_svg(props: &AwaitSvgProps) -> Html {
    let t = &props.lang.text().inspector;
    let words = Words {
        label: t.graph_label,
        select: t.select_task,
        group_waiting: t.group_waiting,
        group_ready: t.group_ready,
        n_tasks: t.n_tasks,
        on_worker: t.on_worker,
        queue: t.queue,
    };
    let svg = AttrValue::from(graph_svg(&props.layout, &words));
    let on_select = props.on_select.clone();
    let onclick = Callback::from(move |e: MouseEvent| {
        if let Some(name) = picked(e.target()) {
            on_select.emit(name);
        }
    });
    let on_select = props.on_select.clone();
    let onkeydown = Callback::from(move |e: KeyboardEvent| {
        let key = e.key();
        if let Some(name) = (key == "Enter" || key == " ").then(|| picked(e.target())).flatten() {
            // Space on a box picks it; it must not also play.
            e.prevent_default();
            e.stop_propagation();
            on_select.emit(name);
        }
    });
    let selected = props.layout.nodes.iter().position(|n| n.selected);
    html! {
        <div class="ag-scroll" {onclick} {onkeydown} data-selected={selected.map(|i| i.to_string())}>
            if let Some(i) = selected { <style>{format!("#ag-n{i} rect {{ fill: #fff4c2; stroke: #e0a800; stroke-width: 2.5; }}")}</style> }
            {Html::from_html_unchecked(svg)}
            if props.layout.hidden > 0 { <p class="empty">{(t.hidden)(props.layout.hidden)}</p> }
        </div>
    }
}
