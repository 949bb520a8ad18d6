//! The await graph (laid out by [`super::await_layout`]) as an SVG document:
//! a `<g>` per box (`id="ag-n3"`), a task's box a focusable button with
//! `data-task` naming it, and a path per arrow. Every name is escaped, so a
//! task named `</text><script>` is only text.
//!
//! The selected task is not drawn here: the page marks its box by id, so
//! picking a task leaves this text, and the focus in it, as it was.

use std::fmt::Write;

use super::await_layout::{Doing, GraphLayout, LinkKind, NODE_W, NodeKind};
use super::svg::escape;

/// Characters a box's line holds before it is cut (with "…").
const LINE_CHARS: usize = 27;

/// The words of the drawing, in the page's language.
pub struct Words {
    /// The drawing's accessible name.
    pub label: &'static str,
    /// A task's box: press to select it.
    pub select: fn(&str) -> String,
    /// Grouped tasks waiting on something: "9,997 tasks waiting on sleep(…)".
    pub group_waiting: fn(usize, &str) -> String,
    /// Grouped ready tasks.
    pub group_ready: fn(usize) -> String,
    /// A group's first line: "9,997 tasks".
    pub n_tasks: fn(usize) -> String,
    /// An executor job's worker: "on asyncio_0".
    pub on_worker: fn(&str) -> String,
    /// A lock's queue of waiters.
    pub queue: fn(&str) -> String,
}

fn cut(text: &str) -> String {
    if text.chars().count() <= LINE_CHARS { text.to_string() } else { format!("{}…", text.chars().take(LINE_CHARS - 1).collect::<String>()) }
}

/// A box's title, two lines, CSS classes, and task name (for a task).
fn describe(kind: &NodeKind, w: &Words) -> (String, String, String, &'static str, Option<String>) {
    match kind {
        NodeKind::Task { name, coro, doing } => {
            let class = match doing {
                Doing::Ready => "ag-task ready",
                Doing::Running => "ag-task running",
                Doing::Waiting => "ag-task waiting",
                Doing::Finished => "ag-task finished",
            };
            ((w.select)(name), name.clone(), coro.clone(), class, Some(name.clone()))
        }
        NodeKind::Group { count, first, on } => {
            let title = on.as_ref().map_or_else(|| (w.group_ready)(*count), |on| (w.group_waiting)(*count, on));
            (title, (w.n_tasks)(*count), format!("{}, …", first.join(", ")), "ag-group", None)
        }
        NodeKind::Wait { text, worker, queue } => {
            let second = match worker {
                Some(worker) => (w.on_worker)(worker),
                None if !queue.is_empty() => (w.queue)(&queue.join(", ")),
                None => String::new(),
            };
            let title = if second.is_empty() { text.clone() } else { format!("{text} · {second}") };
            (title, text.clone(), second, "ag-wait", None)
        }
    }
}

/// The graph as SVG.
pub fn graph_svg(g: &GraphLayout, w: &Words) -> String {
    let mut out = String::new();
    let _ = write!(
        out,
        "<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"await-svg\" class=\"ag\" role=\"group\" aria-label=\"{}\" width=\"{:.0}\" height=\"{:.0}\" viewBox=\"0 0 {:.0} {:.0}\">\
         <defs><marker id=\"ag-arrow\" viewBox=\"0 0 8 8\" refX=\"8\" refY=\"4\" markerWidth=\"7\" markerHeight=\"7\" orient=\"auto-start-reverse\"><path d=\"M0 0 L8 4 L0 8 z\"/></marker></defs>",
        escape(w.label),
        g.width,
        g.height,
        g.width,
        g.height
    );
    for l in &g.links {
        let ((x0, y0), (x1, y1)) = (l.start, l.end);
        let mid = (x0 + x1) / 2.0;
        let class = if l.kind == LinkKind::Collects { "ag-link collects" } else { "ag-link" };
        let _ = write!(out, "<path class=\"{class}\" d=\"M{x0:.1} {y0:.1} C{mid:.1} {y0:.1} {mid:.1} {y1:.1} {x1:.1} {y1:.1}\" marker-end=\"url(#ag-arrow)\"/>");
    }
    for (i, n) in g.nodes.iter().enumerate() {
        let (title, first, second, class, task) = describe(&n.kind, w);
        let title = escape(&title);
        match &task {
            Some(name) => {
                let _ = write!(out, "<g id=\"ag-n{i}\" class=\"ag-node {class}\" role=\"button\" tabindex=\"0\" aria-label=\"{title}\" data-task=\"{}\">", escape(name));
            }
            None => {
                let _ = write!(out, "<g id=\"ag-n{i}\" class=\"ag-node {class}\" role=\"img\" aria-label=\"{title}\">");
            }
        }
        let (x, y, h) = (n.x, n.y, n.h);
        let text_y = if second.is_empty() { y + h / 2.0 + 4.0 } else { y + 15.0 };
        let _ = write!(
            out,
            "<title>{title}</title><rect x=\"{x:.1}\" y=\"{y:.1}\" width=\"{NODE_W}\" height=\"{h:.1}\" rx=\"5\"/><text class=\"ag-first\" x=\"{:.1}\" y=\"{text_y:.1}\">{}</text>",
            x + 7.0,
            escape(&cut(&first))
        );
        if !second.is_empty() {
            let _ = write!(out, "<text class=\"ag-second\" x=\"{:.1}\" y=\"{:.1}\">{}</text>", x + 7.0, y + 31.0, escape(&cut(&second)));
        }
        out.push_str("</g>");
    }
    out.push_str("</svg>");
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::{LoopState, TaskState, TaskView};
    use crate::view::await_layout::layout;

    const WORDS: Words = Words {
        label: "graph <of> waits",
        select: |n| format!("select {n}"),
        group_waiting: |n, on| format!("{n} tasks waiting on {on}"),
        group_ready: |n| format!("{n} tasks ready"),
        n_tasks: |n| format!("{n} tasks"),
        on_worker: |w| format!("on {w}"),
        queue: |q| format!("queue: {q}"),
    };

    fn waiting(name: &str, on: &str) -> TaskView {
        TaskView { name: name.into(), coro: "f()".into(), state: TaskState::Waiting(on.into()), line: None }
    }

    #[test]
    fn boxes_are_buttons_and_names_are_only_text() {
        let hostile = "</text><script>alert(\"&\")</script>";
        let tasks = vec![waiting("Task-1", hostile), waiting(hostile, "Lock.acquire()"), waiting("Task-3", "Lock.acquire()")];
        let state = LoopState { time: 0.0, iteration: 0, ready: vec![], timers_heap_order: vec![], timers_by_when: vec![], tasks };
        let g = layout(&state, &[], None);
        let svg = graph_svg(&g, &WORDS);
        assert!(svg.starts_with("<svg xmlns=\"http://www.w3.org/2000/svg\" id=\"await-svg\""));
        assert!(!svg.contains("<script>") && !svg.contains("</text><script"), "{svg}");
        assert!(svg.contains("data-task=\"&lt;/text&gt;&lt;script&gt;alert(&quot;&amp;&quot;)&lt;/script&gt;\""), "{svg}");
        assert!(svg.contains("aria-label=\"graph &lt;of&gt; waits\""));
        assert_eq!(svg.matches("role=\"button\" tabindex=\"0\"").count(), 3);
        assert_eq!(svg.matches("<path class=\"ag-link").count(), g.links.len());
        assert!(svg.contains("queue: &lt;/text&gt;&lt;script&gt;aler…"), "the lock's queue, cut: {svg}");
        assert_eq!(svg.matches("<g ").count(), svg.matches("</g>").count());
    }
}
