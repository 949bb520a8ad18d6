//! Snapshots of the loop at an iteration boundary, for the page.

use super::{EventLoop, FutureState, Host};

/// A timer in the heap.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(target_arch = "wasm32", derive(serde::Serialize, serde::Deserialize))]
pub struct TimerView {
    /// Deadline.
    pub when: f64,
    /// Label.
    pub label: String,
    /// Cancelled but not yet popped.
    pub cancelled: bool,
}

/// A task's state.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(target_arch = "wasm32", derive(serde::Serialize, serde::Deserialize))]
pub enum TaskState {
    /// Its step is in the ready queue (or it has not started).
    Ready,
    /// Being stepped right now.
    Running,
    /// Waiting on a future / task (described).
    Waiting(String),
    /// Finished with a result.
    Done,
    /// Cancelled.
    Cancelled,
    /// Finished with an exception.
    Failed,
}

/// One task.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(target_arch = "wasm32", derive(serde::Serialize, serde::Deserialize))]
pub struct TaskView {
    /// `Task-N`.
    pub name: String,
    /// The coroutine's description.
    pub coro: String,
    /// State.
    pub state: TaskState,
    /// Where the coroutine is suspended.
    pub line: Option<u32>,
}

/// The whole loop state.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(target_arch = "wasm32", derive(serde::Serialize, serde::Deserialize))]
pub struct LoopState {
    /// Virtual time.
    pub time: f64,
    /// Iterations completed by every loop of the run so far.
    pub iteration: u64,
    /// Ready queue labels, in order (cancelled ones included, marked by the label only).
    pub ready: Vec<String>,
    /// Timer heap in heap order.
    pub timers_heap_order: Vec<TimerView>,
    /// Timers sorted by `when` (stable on heap order).
    pub timers_by_when: Vec<TimerView>,
    /// Every task, in creation order.
    pub tasks: Vec<TaskView>,
}

impl<H: Host> EventLoop<H> {
    /// A snapshot of the loop (call at an iteration boundary).
    pub fn snapshot(&self) -> LoopState {
        let ready = self.ready.iter().map(|h| self.describe_handle(*h)).collect();
        let timers: Vec<TimerView> = self
            .scheduled
            .items
            .iter()
            .map(|(w, h)| {
                TimerView { when: *w, label: self.describe_handle(*h), cancelled: self.handles.entry(*h).cancelled }
            })
            .collect();
        let mut by_when = timers.clone();
        crate::sort::sort_by(&mut by_when, |a, b| a.when.total_cmp(&b.when));
        let tasks = self
            .tasks
            .iter()
            .filter_map(|t| {
                let e = &self.futures[t.0 as usize];
                let td = e.task.as_deref()?;
                let state = match &e.state {
                    FutureState::Result(_) => TaskState::Done,
                    FutureState::Exception(_) => TaskState::Failed,
                    FutureState::Cancelled(..) => TaskState::Cancelled,
                    FutureState::Pending => {
                        if td.running {
                            TaskState::Running
                        } else if let Some(w) = td.fut_waiter {
                            let on = self.future_title(w);
                            TaskState::Waiting(on)
                        } else {
                            TaskState::Ready
                        }
                    }
                };
                Some(TaskView { name: td.name.text().into_owned(), coro: td.describe.to_string(), state, line: td.coro.as_ref().and_then(|c| c.current_line()) })
            })
            .collect();
        LoopState { time: self.now(), iteration: self.runtime.driver.borrow().iterations, ready, timers_heap_order: timers, timers_by_when: by_when, tasks }
    }
}
