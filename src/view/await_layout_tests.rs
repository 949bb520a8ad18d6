use super::*;
use crate::engine::TaskView;
use crate::view::recording::{RecordOptions, Recording};

fn task(name: &str, state: TaskState) -> TaskView {
    TaskView { name: name.into(), coro: "f()".into(), state, line: Some(3) }
}

fn waiting(name: &str, on: &str) -> TaskView {
    task(name, TaskState::Waiting(on.into()))
}

fn state(tasks: Vec<TaskView>) -> LoopState {
    LoopState { time: 0.0, iteration: 0, ready: vec![], timers_heap_order: vec![], timers_by_when: vec![], tasks }
}

fn find(g: &GraphLayout, pred: impl Fn(&NodeKind) -> bool) -> usize {
    g.nodes.iter().position(|n| pred(&n.kind)).expect("node")
}

fn task_node(g: &GraphLayout, name: &str) -> usize {
    find(g, |k| matches!(k, NodeKind::Task { name: n, .. } if n == name))
}

fn wait_node(g: &GraphLayout, text: &str) -> usize {
    find(g, |k| matches!(k, NodeKind::Wait { text: t, .. } if t == text))
}

#[test]
fn columns_follow_who_waits_on_what() {
    let s = state(vec![
        waiting("Task-1", "gather(Task-2, Task-3)"),
        waiting("Task-2", "sleep(0.8) until 0.800"),
        waiting("Task-3", "Task-4"),
        waiting("Task-4", "Event.wait()"),
    ]);
    let g = layout(&s, &[], None);
    let (main, gather, t2, t3, t4) = (task_node(&g, "Task-1"), wait_node(&g, "gather(Task-2, Task-3)"), task_node(&g, "Task-2"), task_node(&g, "Task-3"), task_node(&g, "Task-4"));
    let col = |i: usize| ((g.nodes[i].x - PAD) / (NODE_W + COL_GAP)).round() as usize;
    assert_eq!((col(main), col(gather), col(t2), col(t3), col(t4)), (0, 1, 2, 2, 3));
    assert_eq!(col(wait_node(&g, "sleep(0.8) until 0.800")), 3);
    assert_eq!(col(wait_node(&g, "Event.wait()")), 4);
    assert!(g.links.iter().any(|l| (l.from, l.to, l.kind) == (main, gather, LinkKind::Awaits)));
    assert!(g.links.iter().any(|l| (l.from, l.to, l.kind) == (gather, t2, LinkKind::Collects)));
    assert!(g.links.iter().any(|l| (l.from, l.to, l.kind) == (t3, t4, LinkKind::Awaits)));
    // Arrows run from a box's right edge to the next box's left edge.
    let link = g.links.iter().find(|l| l.from == main).unwrap();
    assert_eq!(link.start.0, g.nodes[main].x + NODE_W);
    assert_eq!(link.end.0, g.nodes[gather].x);
    // Boxes of a column never overlap, and all fit in the drawing.
    for a in &g.nodes {
        assert!(a.x + NODE_W <= g.width && a.y + a.h <= g.height);
        for b in &g.nodes {
            if !std::ptr::eq(a, b) && a.x == b.x {
                assert!(a.y + a.h <= b.y || b.y + b.h <= a.y);
            }
        }
    }
    assert_eq!(layout(&s, &[], None), g, "the same snapshot lays out the same");
}

#[test]
fn equal_waits_share_a_box_and_the_selected_task_keeps_its_own() {
    let mut tasks = vec![waiting("Task-1", "Task-2")];
    for i in 2..=7 {
        tasks.push(waiting(&format!("Task-{i}"), "sleep(1.0) until 1.000"));
    }
    let g = layout(&state(tasks.clone()), &[], None);
    // Task-2 is awaited by Task-1, so it keeps its box; 3..7 share one.
    let group = find(&g, |k| matches!(k, NodeKind::Group { .. }));
    assert_eq!(
        g.nodes[group].kind,
        NodeKind::Group { count: 5, first: vec!["Task-3".into(), "Task-4".into(), "Task-5".into()], on: Some("sleep(1.0) until 1.000".into()) }
    );
    let sleep = wait_node(&g, "sleep(1.0) until 1.000");
    assert!(g.links.iter().any(|l| (l.from, l.to) == (group, sleep)));
    assert!(g.links.iter().any(|l| (l.from, l.to) == (task_node(&g, "Task-2"), sleep)));
    let picked = layout(&state(tasks), &[], Some("Task-5"));
    let t5 = task_node(&picked, "Task-5");
    assert!(picked.nodes[t5].selected);
    assert_eq!(picked.nodes.iter().filter(|n| n.selected).count(), 1);
    assert!(matches!(&picked.nodes[find(&picked, |k| matches!(k, NodeKind::Group { .. }))].kind, NodeKind::Group { count: 4, .. }));
}

#[test]
fn ten_thousand_tasks_draw_a_few_boxes() {
    let mut tasks = vec![waiting("Task-1", "gather(Task-2, Task-3, Task-4, … +9997)")];
    for i in 2..=10_001 {
        tasks.push(waiting(&format!("Task-{i}"), &format!("sleep({i}.0) until {i}.000")));
    }
    let g = layout(&state(tasks), &[], None);
    assert!(g.nodes.len() <= MAX_NODES, "{} boxes", g.nodes.len());
    assert_eq!(g.hidden, 0);
    let group = find(&g, |k| matches!(k, NodeKind::Group { .. }));
    assert!(matches!(&g.nodes[group].kind, NodeKind::Group { count: 9_997, on: Some(on), .. } if on == "sleep(…)"));
    for name in ["Task-1", "Task-2", "Task-3", "Task-4"] {
        task_node(&g, name);
    }
    let shown: usize = g
        .nodes
        .iter()
        .map(|n| match &n.kind {
            NodeKind::Task { .. } => 1,
            NodeKind::Group { count, .. } => *count,
            NodeKind::Wait { .. } => 0,
        })
        .sum();
    assert_eq!(shown, 10_001);
}

#[test]
fn past_the_cap_the_rest_is_counted() {
    // A chain: each task awaits the next, so none can share a box.
    let tasks: Vec<TaskView> = (1..=60).map(|i| waiting(&format!("Task-{i}"), &format!("Task-{}", i + 1))).collect();
    let g = layout(&state(tasks), &[], None);
    assert_eq!(g.nodes.len(), MAX_NODES);
    assert_eq!(g.hidden, 60 - MAX_NODES);
}

#[test]
fn executor_jobs_name_their_worker_and_locks_their_queue() {
    let s = state(vec![
        waiting("Task-1", "run_in_executor(crunch())"),
        waiting("Task-2", "run_in_executor(crunch())"),
        waiting("Task-3", "Lock.acquire()"),
        waiting("Task-4", "Lock.acquire()"),
        task("Task-5", TaskState::Ready),
    ]);
    let workers = vec![
        WorkerAt { id: 0, name: "asyncio_0".into(), job: Some("crunch()".into()) },
        WorkerAt { id: 1, name: "asyncio_1".into(), job: None },
    ];
    let g = layout(&s, &workers, None);
    let job = &g.nodes[wait_node(&g, "run_in_executor(crunch())")].kind;
    assert!(matches!(job, NodeKind::Wait { worker: Some(w), .. } if w == "asyncio_0"));
    let lock = &g.nodes[wait_node(&g, "Lock.acquire()")].kind;
    assert!(matches!(lock, NodeKind::Wait { queue, .. } if queue == &["Task-3".to_string(), "Task-4".to_string()]));
    assert!(matches!(g.nodes[task_node(&g, "Task-5")].kind, NodeKind::Task { doing: Doing::Ready, .. }));
}

#[test]
fn a_recorded_snapshot_lays_out() {
    let source = "import asyncio\n\nasync def nap(d):\n    await asyncio.sleep(d)\n\nasync def main():\n    await asyncio.gather(nap(0.8), nap(0.4))\n\nasyncio.run(main())\n";
    let recording = Recording::run(source, RecordOptions { record_snapshots: Some(10_000), ..RecordOptions::default() });
    let snap = recording.snapshot_at(2).expect("a loop at moment 2");
    let g = layout(&snap, &[], Some("Task-2"));
    let gather = wait_node(&g, "gather(Task-2, Task-3)");
    let main = task_node(&g, "Task-1");
    assert!(g.links.iter().any(|l| (l.from, l.to) == (main, gather)));
    wait_node(&g, "sleep(0.8) until 0.800");
    wait_node(&g, "sleep(0.4) until 0.400");
    assert!(g.nodes[task_node(&g, "Task-2")].selected);
}
