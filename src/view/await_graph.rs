//! The await graph at a moment, as text: who waits on what. Tasks waiting on
//! the same thing share one row, and a row with more than a few tasks counts
//! them ("9,997 tasks"), so 10,000 tasks stay readable.

use std::collections::BTreeMap;

use crate::engine::{LoopState, TaskState};

/// Rows that name their tasks; past this many tasks a row counts them.
pub const NAMED_WAITERS: usize = 3;

/// One row of the graph: these tasks wait on `on`.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Edge {
    /// The waiting tasks' names, in creation order (all of them).
    pub waiters: Vec<String>,
    /// What they wait on: a task's name, or what made the future.
    pub on: String,
    /// Whether `on` is itself a task of the snapshot.
    pub on_task: bool,
}

impl Edge {
    /// The waiters as shown: their names, or `count(n)` past [`NAMED_WAITERS`].
    pub fn who(&self, count: fn(usize) -> String) -> String {
        if self.waiters.len() > NAMED_WAITERS { count(self.waiters.len()) } else { self.waiters.join(", ") }
    }
}

/// The graph of `state`: one edge per distinct awaited thing, in the order
/// its first waiter was created.
pub fn await_graph(state: &LoopState) -> Vec<Edge> {
    let mut order: Vec<String> = Vec::new();
    let mut by_on: BTreeMap<String, Vec<String>> = BTreeMap::new();
    for task in &state.tasks {
        if let TaskState::Waiting(on) = &task.state {
            let waiters = by_on.entry(on.clone()).or_insert_with(|| {
                order.push(on.clone());
                Vec::new()
            });
            waiters.push(task.name.clone());
        }
    }
    order
        .into_iter()
        .map(|on| {
            let on_task = state.tasks.iter().any(|t| t.name == on);
            Edge { waiters: by_on.remove(&on).unwrap_or_default(), on, on_task }
        })
        .collect()
}

/// `n` with thousands separated by commas (`9,997`).
pub fn thousands(n: usize) -> String {
    let digits = n.to_string();
    let mut out = String::new();
    for (i, c) in digits.chars().enumerate() {
        if i > 0 && (digits.len() - i).is_multiple_of(3) {
            out.push(',');
        }
        out.push(c);
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::engine::TaskView;

    fn task(name: &str, state: TaskState) -> TaskView {
        TaskView { name: name.into(), coro: "f()".into(), state, line: None }
    }

    fn state(tasks: Vec<TaskView>) -> LoopState {
        LoopState { time: 0.0, iteration: 0, ready: vec![], timers_heap_order: vec![], timers_by_when: vec![], tasks }
    }

    #[test]
    fn groups_equal_waits_and_counts_many_waiters() {
        let mut tasks = vec![task("Task-1", TaskState::Waiting("gather(Task-2, … +9998)".into()))];
        for i in 2..=10_000 {
            tasks.push(task(&format!("Task-{i}"), TaskState::Waiting("sleep(1.0) until 1.000".into())));
        }
        tasks.push(task("Task-10001", TaskState::Ready));
        tasks.push(task("Task-10002", TaskState::Waiting("Task-1".into())));
        let graph = await_graph(&state(tasks));
        assert_eq!(graph.len(), 3);
        assert_eq!((graph[0].who(|n| format!("{n} tasks")), graph[0].on.as_str(), graph[0].on_task), ("Task-1".into(), "gather(Task-2, … +9998)", false));
        assert_eq!(graph[1].who(|n| format!("{} tasks", thousands(n))), "9,999 tasks");
        assert_eq!((graph[2].waiters.clone(), graph[2].on_task), (vec!["Task-10002".to_string()], true));
        assert_eq!(thousands(999), "999");
        assert_eq!(thousands(1_000_000), "1,000,000");
    }
}
