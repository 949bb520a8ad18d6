//! The await graph drawn (from [`crate::view::await_layout`]) as SVG: a box
//! per task and per thing awaited, arrows from waiter to awaited. A task's
//! box is a button: a click, or Enter / Space on it, selects the task.

use yew::prelude::*;

use crate::page::i18n::Lang;
use crate::view::await_layout::{Doing, GraphLayout, LinkKind, NODE_W, NodeKind};

/// Characters a box's line holds before it is cut (with "…").
const LINE_CHARS: usize = 27;

fn cut(text: &str) -> String {
    if text.chars().count() <= LINE_CHARS { text.to_string() } else { format!("{}…", text.chars().take(LINE_CHARS - 1).collect::<String>()) }
}

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

/// The drawn await graph.
#[function_component(AwaitSvg)]
pub fn await_svg(props: &AwaitSvgProps) -> Html {
    let t = &props.lang.text().inspector;
    let g = &props.layout;
    let links = g.links.iter().map(|l| {
        let ((x0, y0), (x1, y1)) = (l.start, l.end);
        let mid = (x0 + x1) / 2.0;
        let d = format!("M{x0:.1} {y0:.1} C{mid:.1} {y0:.1} {mid:.1} {y1:.1} {x1:.1} {y1:.1}");
        let class = classes!("ag-link", (l.kind == LinkKind::Collects).then_some("collects"));
        html! { <path {class} {d} marker-end="url(#ag-arrow)" /> }
    });
    let nodes = g.nodes.iter().map(|n| {
        let (title, first, second, class, task) = match &n.kind {
            NodeKind::Task { name, coro, doing } => {
                let state = match doing {
                    Doing::Ready => "ready",
                    Doing::Running => "running",
                    Doing::Waiting => "waiting",
                    Doing::Finished => "finished",
                };
                ((t.select_task)(name), name.clone(), coro.clone(), classes!("ag-node", "ag-task", state), Some(name.clone()))
            }
            NodeKind::Group { count, first, on } => {
                let title = match on {
                    Some(on) => (t.group_waiting)(*count, on),
                    None => (t.group_ready)(*count),
                };
                let names = format!("{}, …", first.join(", "));
                (title, (t.n_tasks)(*count), names, classes!("ag-node", "ag-group"), None)
            }
            NodeKind::Wait { text, worker, queue } => {
                let second = match (worker, queue.is_empty()) {
                    (Some(w), _) => (t.on_worker)(w),
                    (None, false) => (t.queue)(&queue.join(", ")),
                    (None, true) => String::new(),
                };
                let full = if second.is_empty() { text.clone() } else { format!("{text} · {second}") };
                (full, text.clone(), second, classes!("ag-node", "ag-wait"), None)
            }
        };
        let class = classes!(class, n.selected.then_some("selected"));
        let (x, y, h) = (n.x, n.y, n.h);
        let one_line = second.is_empty();
        let text_y = if one_line { y + h / 2.0 + 4.0 } else { y + 15.0 };
        let body = html! {
            <>
                <title>{title.clone()}</title>
                <rect x={format!("{x:.1}")} y={format!("{y:.1}")} width={format!("{NODE_W}")} height={format!("{h:.1}")} rx="5" />
                <text class="ag-first" x={format!("{:.1}", x + 7.0)} y={format!("{text_y:.1}")}>{cut(&first)}</text>
                if !one_line {
                    <text class="ag-second" x={format!("{:.1}", x + 7.0)} y={format!("{:.1}", y + 31.0)}>{cut(&second)}</text>
                }
            </>
        };
        match task {
            Some(name) => {
                let onclick = {
                    let on_select = props.on_select.clone();
                    let name = name.clone();
                    Callback::from(move |_: MouseEvent| on_select.emit(name.clone()))
                };
                let onkeydown = {
                    let on_select = props.on_select.clone();
                    Callback::from(move |e: KeyboardEvent| {
                        if e.key() == "Enter" || e.key() == " " {
                            // Space on a box picks it; it must not also play.
                            e.prevent_default();
                            e.stop_propagation();
                            on_select.emit(name.clone());
                        }
                    })
                };
                html! {
                    <g {class} role="button" tabindex="0" aria-label={title} aria-pressed={n.selected.to_string()} data-task={first} {onclick} {onkeydown}>{body}</g>
                }
            }
            None => html! { <g {class} role="img" aria-label={title}>{body}</g> },
        }
    });
    html! {
        <div class="ag-scroll">
            <svg id="await-svg" class="ag" role="group" aria-label={t.graph_label} width={format!("{:.0}", g.width)} height={format!("{:.0}", g.height)}
                viewBox={format!("0 0 {:.0} {:.0}", g.width, g.height)} xmlns="http://www.w3.org/2000/svg">
                <defs>
                    <marker id="ag-arrow" viewBox="0 0 8 8" refX="8" refY="4" markerWidth="7" markerHeight="7" orient="auto-start-reverse">
                        <path d="M0 0 L8 4 L0 8 z" />
                    </marker>
                </defs>
                { for links }
                { for nodes }
            </svg>
            if g.hidden > 0 { <p class="empty">{(t.hidden)(g.hidden)}</p> }
        </div>
    }
}
