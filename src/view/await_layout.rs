//! The await graph drawn: boxes for tasks and for what they wait on, arrows
//! from each task to what it awaits, laid out in columns by a fixed rule (no
//! layout library): a node sits one column right of everything that points
//! at it, and within a column nodes follow the rows of what points at them.
//! Equal waits share one box ("9,997 tasks" → `sleep(1.0) until 1.000`);
//! when even that leaves too many boxes, waits of one kind share one
//! (`sleep(…)`), and past [`MAX_NODES`] the rest is only counted.

use std::collections::{HashMap, HashSet};

use super::await_graph::NAMED_WAITERS;
use super::recording::WorkerAt;
use crate::engine::{LoopState, TaskState};

/// Boxes drawn at most.
pub const MAX_NODES: usize = 40;
/// A box's width, in SVG units.
pub const NODE_W: f64 = 176.0;
/// A one-line box's height.
const LINE_H: f64 = 26.0;
/// A two-line box's height.
const TWO_LINES_H: f64 = 40.0;
/// Space between columns (where the arrows run).
const COL_GAP: f64 = 40.0;
/// Space between boxes of a column.
const ROW_GAP: f64 = 10.0;
/// Margin around the drawing.
const PAD: f64 = 6.0;

/// What a task is doing, for its box's colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Doing {
    /// Scheduled to run.
    Ready,
    /// Being stepped.
    Running,
    /// Waiting on something.
    Waiting,
    /// Finished (done, failed or cancelled).
    Finished,
}

/// What a box stands for.
#[derive(Debug, Clone, PartialEq)]
pub enum NodeKind {
    /// One task (clicking it selects it).
    Task {
        /// `Task-2`.
        name: String,
        /// `worker()`.
        coro: String,
        /// Its state.
        doing: Doing,
    },
    /// Tasks that wait on the same thing (or are all ready), counted.
    Group {
        /// How many.
        count: usize,
        /// Their names, the first few.
        first: Vec<String>,
        /// What they wait on (None: they are ready).
        on: Option<String>,
    },
    /// What tasks wait on: `sleep(0.8) until 1.600`, `Lock.acquire()`…
    Wait {
        /// What made it.
        text: String,
        /// The worker running it, for an executor job.
        worker: Option<String>,
        /// The tasks queued on a lock or semaphore, in the order they came.
        queue: Vec<String>,
    },
}

/// One box, placed.
#[derive(Debug, Clone, PartialEq)]
pub struct Node {
    /// What it stands for.
    pub kind: NodeKind,
    /// Left edge.
    pub x: f64,
    /// Top edge.
    pub y: f64,
    /// Height (the width is [`NODE_W`]).
    pub h: f64,
    /// Whether it is the selected task.
    pub selected: bool,
}

/// How two boxes are linked.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LinkKind {
    /// A task (or tasks) awaits the target.
    Awaits,
    /// A `gather` / `wait` waits for the target task.
    Collects,
}

/// An arrow between two boxes (indexes into [`GraphLayout::nodes`]), with its
/// end points.
#[derive(Debug, Clone, PartialEq)]
pub struct Link {
    /// From this box.
    pub from: usize,
    /// To this one.
    pub to: usize,
    /// Which link.
    pub kind: LinkKind,
    /// Start (the source's right edge, or its bottom for a backward link).
    pub start: (f64, f64),
    /// End (the target's left edge).
    pub end: (f64, f64),
}

/// The drawn graph.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct GraphLayout {
    /// The boxes.
    pub nodes: Vec<Node>,
    /// The arrows.
    pub links: Vec<Link>,
    /// The drawing's width.
    pub width: f64,
    /// The drawing's height.
    pub height: f64,
    /// Tasks left out past [`MAX_NODES`].
    pub hidden: usize,
}

fn doing(state: &TaskState) -> Doing {
    match state {
        TaskState::Ready => Doing::Ready,
        TaskState::Running => Doing::Running,
        TaskState::Waiting(_) => Doing::Waiting,
        TaskState::Done | TaskState::Cancelled | TaskState::Failed => Doing::Finished,
    }
}

/// The tasks a `gather(...)` or `wait([...], …)` names, in its order.
fn collected<'a>(on: &'a str, names: &HashSet<String>) -> Vec<&'a str> {
    let inner = match on.strip_prefix("gather(").or_else(|| on.strip_prefix("wait([")) {
        Some(rest) => rest.split(['(', ')', ']']).next().unwrap_or(""),
        None => return Vec::new(),
    };
    inner.split(", ").filter(|n| names.contains(*n)).collect()
}

/// A wait's kind, what waits of one kind share past [`MAX_NODES`]:
/// `sleep(0.8) until 1.600` → `sleep(…)`.
fn kind_of(on: &str) -> String {
    match on.split_once('(') {
        Some((head, _)) => format!("{head}(…)"),
        None => on.to_string(),
    }
}

/// A box before placing: its kind and where its arrows go.
struct Unit {
    kind: NodeKind,
    /// Wait-node text or task name this box awaits.
    awaits: Option<String>,
    tasks: usize,
}

/// Groups the tasks that can share a box: by `key` of what they wait on.
fn units(state: &LoopState, names: &HashSet<String>, pinned: &HashSet<String>, key: &dyn Fn(&str) -> String) -> Vec<Unit> {
    // Each group's key and members, in the order the groups began.
    let mut groups: Vec<(String, Vec<usize>)> = Vec::new();
    let mut group_of: HashMap<String, usize> = HashMap::new();
    // A box sits at its first task's place in creation order.
    let mut out: Vec<Option<Unit>> = state.tasks.iter().map(|_| None).collect();
    for (i, task) in state.tasks.iter().enumerate() {
        let on = match &task.state {
            TaskState::Waiting(on) => Some(on.as_str()),
            TaskState::Ready => None,
            _ => {
                if pinned.contains(task.name.as_str()) || task.state == TaskState::Running {
                    out[i] = Some(Unit { kind: task_kind(task), awaits: None, tasks: 1 });
                }
                continue;
            }
        };
        if pinned.contains(task.name.as_str()) {
            out[i] = Some(Unit { kind: task_kind(task), awaits: on.map(|o| wait_key(names, o, key)), tasks: 1 });
            continue;
        }
        let k = on.map_or_else(|| "\u{0}ready".to_string(), |o| wait_key(names, o, key));
        let g = *group_of.entry(k.clone()).or_insert_with(|| {
            groups.push((k, Vec::new()));
            groups.len() - 1
        });
        groups[g].1.push(i);
    }
    for (k, members) in groups {
        let on = (!k.starts_with('\u{0}')).then_some(k);
        if members.len() > NAMED_WAITERS {
            let first = members.iter().take(NAMED_WAITERS).map(|&i| state.tasks[i].name.clone()).collect();
            let kind = NodeKind::Group { count: members.len(), first, on: on.clone() };
            out[members[0]] = Some(Unit { kind, awaits: on, tasks: members.len() });
        } else {
            for i in members {
                out[i] = Some(Unit { kind: task_kind(&state.tasks[i]), awaits: on.clone(), tasks: 1 });
            }
        }
    }
    out.into_iter().flatten().collect()
}

fn task_kind(task: &crate::engine::TaskView) -> NodeKind {
    NodeKind::Task { name: task.name.clone(), coro: task.coro.clone(), doing: doing(&task.state) }
}

/// What a box awaits: a task's name as is, anything else through `key`.
fn wait_key(names: &HashSet<String>, on: &str, key: &dyn Fn(&str) -> String) -> String {
    if names.contains(on) { on.to_string() } else { key(on) }
}

/// The tasks that keep a box of their own: awaited by a task, named by a
/// gather or wait, or selected.
fn pinned(state: &LoopState, names: &HashSet<String>, selected: Option<&str>) -> HashSet<String> {
    let mut pinned = HashSet::new();
    for task in &state.tasks {
        if let TaskState::Waiting(on) = &task.state {
            if names.contains(on) {
                pinned.insert(on.clone());
            }
            pinned.extend(collected(on, names).into_iter().map(str::to_string));
        }
        if Some(task.name.as_str()) == selected {
            pinned.insert(task.name.clone());
        }
    }
    pinned
}

/// Boxes, arrows (indexes), and how many tasks each box stands for.
type Built = (Vec<NodeKind>, Vec<(usize, usize, LinkKind)>, Vec<usize>);

/// The boxes and arrows before placing: one box per unit, one per distinct
/// thing awaited (right after its first waiter).
fn graph(state: &LoopState, names: &HashSet<String>, units: Vec<Unit>, workers: &[WorkerAt]) -> Built {
    let mut kinds: Vec<NodeKind> = Vec::new();
    let mut tasks_in: Vec<usize> = Vec::new();
    let mut task_node: HashMap<String, usize> = HashMap::new();
    let mut wait_node: HashMap<String, usize> = HashMap::new();
    let mut pending: Vec<(usize, String)> = Vec::new();
    let mut waits: Vec<(String, usize)> = Vec::new();
    let mut busy: Vec<usize> = Vec::new();
    for unit in units {
        let at = kinds.len();
        if let NodeKind::Task { name, .. } = &unit.kind {
            task_node.insert(name.clone(), at);
        }
        kinds.push(unit.kind);
        tasks_in.push(unit.tasks);
        if let Some(on) = unit.awaits {
            if !names.contains(&on) && !wait_node.contains_key(&on) {
                wait_node.insert(on.clone(), kinds.len());
                waits.push((on.clone(), kinds.len()));
                kinds.push(wait_kind(state, &on, workers, &mut busy));
                tasks_in.push(0);
            }
            pending.push((at, on));
        }
    }
    let mut links = Vec::new();
    for (from, on) in pending {
        if let Some(&to) = wait_node.get(&on).or_else(|| task_node.get(&on)) {
            links.push((from, to, LinkKind::Awaits));
        }
    }
    for (on, from) in waits {
        for name in collected(&on, names) {
            if let Some(&to) = task_node.get(name) {
                links.push((from, to, LinkKind::Collects));
            }
        }
    }
    (kinds, links, tasks_in)
}

/// The box of a thing awaited: an executor job with the worker running it,
/// a lock or semaphore with its queue.
fn wait_kind(state: &LoopState, on: &str, workers: &[WorkerAt], busy: &mut Vec<usize>) -> NodeKind {
    let worker = on.strip_prefix("run_in_executor(").and_then(|rest| rest.strip_suffix(')')).and_then(|job| {
        let w = workers.iter().position(|w| w.job.as_deref() == Some(job) && !busy.contains(&w.id))?;
        busy.push(workers[w].id);
        Some(workers[w].name.clone())
    });
    let queue = if on.starts_with("Lock.acquire") || on.starts_with("Semaphore.acquire") {
        state.tasks.iter().filter(|t| t.state == TaskState::Waiting(on.to_string())).map(|t| t.name.clone()).collect()
    } else {
        Vec::new()
    };
    NodeKind::Wait { text: on.to_string(), worker, queue }
}

fn height(kind: &NodeKind) -> f64 {
    match kind {
        NodeKind::Wait { worker: None, queue, .. } if queue.is_empty() => LINE_H,
        NodeKind::Group { .. } | NodeKind::Wait { .. } => TWO_LINES_H,
        NodeKind::Task { .. } => TWO_LINES_H,
    }
}

/// Columns: each box one right of the furthest box pointing at it (a cycle,
/// which asyncio forbids, stops after as many rounds as there are boxes).
fn columns(n: usize, links: &[(usize, usize, LinkKind)]) -> Vec<usize> {
    let mut col = vec![0usize; n];
    for _ in 0..n {
        let mut moved = false;
        for &(a, b, _) in links {
            if col[b] < col[a] + 1 && col[a] + 1 < n {
                col[b] = col[a] + 1;
                moved = true;
            }
        }
        if !moved {
            break;
        }
    }
    col
}

/// Places the boxes: column by column, each column's boxes ordered by the
/// mean row of the boxes pointing at them, then by creation.
fn place(kinds: Vec<NodeKind>, links: &[(usize, usize, LinkKind)], selected: Option<&str>) -> (Vec<Node>, f64, f64) {
    let col = columns(kinds.len(), links);
    let ncols = col.iter().max().map_or(0, |m| m + 1);
    let mut row = vec![0.0f64; kinds.len()];
    let mut nodes: Vec<Node> = kinds
        .into_iter()
        .map(|kind| {
            let is_selected = matches!(&kind, NodeKind::Task { name, .. } if Some(name.as_str()) == selected);
            Node { h: height(&kind), kind, x: 0.0, y: 0.0, selected: is_selected }
        })
        .collect();
    let mut height_max: f64 = 0.0;
    for c in 0..ncols {
        // Sort keys: the mean row in 1/64ths above, the box's index below
        // (fewer than MAX_NODES boxes, rows under 64).
        let mut members: Vec<usize> = (0..nodes.len())
            .filter(|&i| col[i] == c)
            .map(|i| {
                let from: Vec<f64> = links.iter().filter(|l| l.1 == i && col[l.0] < c).map(|l| row[l.0]).collect();
                let mean = if from.is_empty() { 0xfff } else { (from.iter().sum::<f64>() * 64.0 / from.len() as f64).round() as usize };
                (mean << 16) | i
            })
            .collect();
        crate::sort::sort(&mut members);
        let mut y = PAD;
        for (r, i) in members.into_iter().map(|k| k & 0xffff).enumerate() {
            row[i] = r as f64;
            nodes[i].x = PAD + c as f64 * (NODE_W + COL_GAP);
            nodes[i].y = y;
            y += nodes[i].h + ROW_GAP;
        }
        height_max = height_max.max(y - ROW_GAP + PAD);
    }
    let width = PAD * 2.0 + ncols as f64 * NODE_W + ncols.saturating_sub(1) as f64 * COL_GAP;
    (nodes, width, height_max)
}

/// The await graph of `state` drawn: `workers` name the thread running an
/// executor job; `selected` is the selected task's name (its box is marked
/// and never merged into a group).
pub fn layout(state: &LoopState, workers: &[WorkerAt], selected: Option<&str>) -> GraphLayout {
    let names: HashSet<String> = state.tasks.iter().map(|t| t.name.clone()).collect();
    let pinned = pinned(state, &names, selected);
    let mut built = graph(state, &names, units(state, &names, &pinned, &|on: &str| on.to_string()), workers);
    if built.0.len() > MAX_NODES {
        built = graph(state, &names, units(state, &names, &pinned, &kind_of), workers);
    }
    let (mut kinds, mut links, tasks_in) = built;
    // Past the cap, the boxes furthest down the creation order go first.
    let hidden: usize = tasks_in.iter().skip(MAX_NODES).sum();
    kinds.truncate(MAX_NODES);
    links.retain(|&(a, b, _)| a < MAX_NODES && b < MAX_NODES);
    let (nodes, width, height) = place(kinds, &links, selected);
    let links = links
        .into_iter()
        .map(|(from, to, kind)| {
            let (a, b) = (&nodes[from], &nodes[to]);
            let start = if b.x > a.x { (a.x + NODE_W, a.y + a.h / 2.0) } else { (a.x + NODE_W / 2.0, a.y + a.h) };
            Link { from, to, kind, start, end: (b.x, b.y + b.h / 2.0) }
        })
        .collect();
    GraphLayout { nodes, links, width, height, hidden }
}

#[cfg(test)]
#[path = "await_layout_tests.rs"]
mod tests;
