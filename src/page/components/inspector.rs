//! The inspector: the loop at the cursor's moment, from the engine's snapshot:
//! clock and iteration, what ran in that iteration, the ready queue in order,
//! the timer heap sorted by deadline (equal deadlines flagged), every task with
//! its state and line, who waits on what (the await graph drawn and as
//! text), the steps that held the loop too long, and the workers.

use std::rc::Rc;

use yew::prelude::*;

use crate::engine::{LoopState, TaskState};
use crate::page::i18n::{InspectorText, Lang};
use super::await_svg::AwaitSvg;
use crate::view::await_graph::await_graph;
use crate::view::await_layout::layout;
use crate::view::slow::SlowStep;
use crate::view::recording::{Fired, WorkerAt};
use crate::view::timers::{Timer, timer_rows};

/// Each list shows at most this many rows (and says how many more there are),
/// so a program with 10,000 tasks still steps smoothly.
const MAX_ROWS: usize = 100;

fn more(total: usize) -> Html {
    if total > MAX_ROWS { html! { <p class="empty">{format!("… +{}", total - MAX_ROWS)}</p> } } else { html! {} }
}

/// Properties of [`Inspector`].
#[derive(Properties, PartialEq)]
pub struct InspectorProps {
    /// The loop at the cursor (None: no loop exists then).
    pub snapshot: Option<Rc<LoopState>>,
    /// What ran in the iteration that ends at the cursor.
    pub fired: Vec<Fired>,
    /// The executor workers at the cursor (from the trace's worker events,
    /// as the timeline's worker lanes).
    #[prop_or_default]
    pub workers: Vec<WorkerAt>,
    /// The page's language.
    pub lang: Lang,
    /// The title bar's collapse button, if the panel can collapse.
    #[prop_or_default]
    pub collapse: Html,
    /// The task picked in the await graph.
    #[prop_or_default]
    pub selected: Option<String>,
    /// Called with a task's name when its box in the graph is picked.
    #[prop_or_default]
    pub on_select: Callback<String>,
    /// Every slow step of the run (those of the cursor's iteration are
    /// listed; the timers they made late say so).
    #[prop_or_default]
    pub slow: Rc<Vec<SlowStep>>,
    /// The moment shown (iterations completed): the slow steps of that
    /// iteration are listed.
    #[prop_or_default]
    pub moment: u64,
}

fn state_text(t: &InspectorText, state: &TaskState) -> (String, &'static str) {
    match state {
        TaskState::Ready => (t.ready_state.to_string(), "ready"),
        TaskState::Running => (t.running.to_string(), "running"),
        TaskState::Waiting(on) => ((t.waiting_on)(on), "waiting"),
        TaskState::Done => (t.done.to_string(), "done"),
        TaskState::Cancelled => (t.cancelled.to_string(), "cancelled"),
        TaskState::Failed => (t.failed.to_string(), "failed"),
    }
}

/// The inspector panel.
#[function_component(Inspector)]
pub fn inspector(props: &InspectorProps) -> Html {
    let text = props.lang.text();
    let t = &text.inspector;
    let Some(state) = &props.snapshot else {
        return html! {
            <section id="inspector" class="inspector" aria-labelledby="inspector-heading">
                <div class="pane-title"><h2 id="inspector-heading">{t.title}</h2>{props.collapse.clone()}</div>
                <p class="hint">{t.no_loop}</p>
            </section>
        };
    };
    let empty = || html! { <p class="empty">{t.empty}</p> };
    // The slow step that made a timer late is the last one before it that
    // covered its deadline.
    let cause = |label: &str| {
        props.slow.iter().rev().find(|s| s.late.iter().any(|l| l.iteration == props.moment && l.label == label)).map(|s| (t.late_because)(&s.label))
    };
    let fired = props.fired.iter().map(|f| {
        let late = f.late.filter(|s| *s > 0.0).map(|s| (t.late_by)(s * 1000.0));
        let because = late.as_ref().and_then(|_| cause(&f.label));
        html! {
            <li class={classes!(because.is_some().then_some("made-late"))}><code>{f.label.clone()}</code>
                if let Some(late) = late { <span class="late">{late}</span> }
                if let Some(because) = because { <span class="late-cause">{because}</span> }
            </li>
        }
    });
    let slow_here: Vec<&SlowStep> = props.slow.iter().filter(|s| s.iteration == props.moment).collect();
    let slow_items = slow_here.iter().map(|s| {
        let at = s.task.as_ref().and_then(|(name, _, _)| state.tasks.iter().find(|t| &t.name == name)).and_then(|t| t.line).map(|l| format!("{}:{l}", crate::view::recording::PROGRAM_NAME));
        let late = s.late.iter().map(|l| html! { <li class="late">{(t.made_late)(&l.label, (l.due_at - l.when) * 1000.0)}</li> });
        html! {
            <li class="slow-step">
                <code class="slow-message">{s.message(at.as_deref())}</code>
                <span class="slow-why">{(t.slow_why)(s.threshold, s.debug)}</span>
                if !s.late.is_empty() { <ul class="made-late">{ for late }</ul> }
            </li>
        }
    });
    let drawn = std::rc::Rc::new(layout(state, &props.workers, props.selected.as_deref()));
    let ready = state.ready.iter().take(MAX_ROWS).map(|label| html! { <li><code>{label.clone()}</code></li> });
    let heap: Vec<Timer> = state
        .timers_heap_order
        .iter()
        .map(|v| Timer { when: v.when, label: v.label.clone(), cancelled: v.cancelled })
        .collect();
    let rows = timer_rows(&heap, state.time);
    let timer_items = rows.iter().take(MAX_ROWS).map(|row| {
        let class = classes!((row.cancelled).then_some("cancelled"), row.tie.then_some("tie"));
        html! {
            <tr {class}>
                <td class="num">{format!("{:.3}", row.when)}</td>
                <td class="num">{format!("{:.3}", row.countdown)}</td>
                <td><code>{row.label.clone()}</code>
                    if row.cancelled { <span class="badge">{t.cancelled_timer}</span> }
                    if row.tie { <span class="badge tie" title={t.tie}>{"="}<span class="visually-hidden">{t.tie}</span></span> }
                </td>
            </tr>
        }
    });
    let tasks = state.tasks.iter().take(MAX_ROWS).map(|task| {
        let (label, class) = state_text(t, &task.state);
        let line = task.line.filter(|_| !matches!(task.state, TaskState::Done | TaskState::Cancelled | TaskState::Failed));
        html! {
            <li class={classes!("task", class, (props.selected.as_ref() == Some(&task.name)).then_some("selected"))}>
                <span class="task-name">{task.name.clone()}</span>
                <code>{task.coro.clone()}</code>
                <span class="task-state">{label}</span>
                if let Some(line) = line { <span class="task-line">{(text.line_no)(line as usize)}</span> }
            </li>
        }
    });
    let workers = props.workers.iter().map(|w| {
        let what = match &w.job {
            Some(job) => html! { <code>{job.clone()}</code> },
            None => html! { <span class="idle">{t.idle}</span> },
        };
        html! { <li><span class="worker-name">{w.name.clone()}</span>{what}</li> }
    });
    let graph = await_graph(state);
    let edges = graph.iter().take(MAX_ROWS).map(|edge| {
        html! {
            <li class="edge">
                <span class="task-name" title={edge.waiters.join(", ")}>{edge.who(t.n_tasks)}</span>
                <span aria-hidden="true">{" → "}</span>
                <code class={classes!(edge.on_task.then_some("on-task"))}>{edge.on.clone()}</code>
            </li>
        }
    });
    let has_tie = rows.iter().any(|r| r.tie);
    html! {
        <section id="inspector" class="inspector" aria-labelledby="inspector-heading">
            <div class="pane-title"><h2 id="inspector-heading">{t.title}</h2>{props.collapse.clone()}</div>
            <p class="loop-clock">
                <span>{format!("{} {:.3} s", t.clock, state.time)}</span>
                <span>{format!("{} {}", t.iteration, state.iteration)}</span>
            </p>
            <h3>{t.ran}</h3>
            if props.fired.is_empty() { {empty()} } else { <ol class="fired">{ for fired }</ol> }
            if !slow_here.is_empty() {
                <h3 class="slow-heading">{t.slow}</h3>
                <ul id="slow-steps" class="slow-steps">{ for slow_items }</ul>
            }
            <h3>{t.ready}</h3>
            if state.ready.is_empty() { {empty()} } else { <ol id="ready-queue" class="ready">{ for ready }</ol>{more(state.ready.len())} }
            <h3>{t.timers}</h3>
            if rows.is_empty() {
                <p class="empty">{t.empty}</p>
            } else {
                <table id="timer-heap" class="timers">
                    <thead><tr><th>{t.deadline}</th><th>{t.countdown}</th><th></th></tr></thead>
                    <tbody>{ for timer_items }</tbody>
                </table>
                {more(rows.len())}
                if has_tie { <p class="tie-note">{"= "}{t.tie}</p> }
            }
            <h3>{t.await_graph}</h3>
            if !drawn.nodes.is_empty() { <AwaitSvg layout={drawn.clone()} lang={props.lang} on_select={props.on_select.clone()} /> }
            if graph.is_empty() { <p class="empty">{t.nobody_waits}</p> } else { <ul id="await-graph" class="await-graph">{ for edges }</ul>{more(graph.len())} }
            <h3>{t.tasks}</h3>
            if state.tasks.is_empty() { {empty()} } else { <ul id="tasks" class="tasks">{ for tasks }</ul>{more(state.tasks.len())} }
            if !props.workers.is_empty() {
                <h3>{t.workers}</h3>
                <ul id="workers" class="workers">{ for workers }</ul>
            }
        </section>
    }
}
