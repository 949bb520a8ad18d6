//! The loop's story: what each iteration did, read from the engine's trace
//! (the same trace the timeline and the Perfetto export read) and told in
//! plain words by [`super::story_text`]. `looplab run --explain` prints it.

use std::collections::{BTreeMap, HashMap};
use std::rc::Rc;

use super::output::{Chunk, Stream};
use crate::engine::{LoopState, TraceEvent, TraceKind};

/// The label of the timer `asyncio.sleep` schedules.
const SLEEP_TIMER: &str = "sleep wake-up";
/// The loop's own callback that stops it when run_until_complete is done.
const STOP_CALLBACK: &str = "_run_until_complete_cb";

/// Who ran in a callback.
#[derive(Debug, Clone, PartialEq)]
pub enum Who {
    /// A task's step.
    Task {
        /// `Task-N`.
        task: String,
        /// Its coroutine (`count_down()`).
        coro: String,
        /// Its first step.
        first: bool,
        /// The line it was suspended at, when the snapshots say.
        line: Option<u32>,
        /// An exception thrown into it (`CancelledError()`).
        thrown: Option<String>,
    },
    /// A plain callback, by its label (`print('soon')`, `sleep wake-up`).
    Callback(String),
}

/// Something a callback did, or that happened while the loop waited.
#[derive(Debug, Clone, PartialEq)]
pub enum Act {
    /// Created a task.
    Creates {
        /// `Task-N`.
        task: String,
        /// Its coroutine.
        coro: String,
    },
    /// Requested a task's cancellation.
    Cancels(String),
    /// Made a waiting task ready again.
    Wakes(String),
    /// Scheduled a callback: with call_soon (`when` None) or for a deadline.
    Schedules {
        /// The callback.
        label: String,
        /// Its deadline.
        when: Option<f64>,
    },
    /// Blocked the whole loop in `time.sleep`.
    Blocks {
        /// For how long.
        seconds: f64,
        /// Until when.
        until: f64,
    },
    /// A worker thread started a job (`thread: job()`) at a clock time.
    WorkerStarts(String, f64),
    /// A worker thread finished a job at a clock time.
    WorkerFinishes(String, f64),
    /// An error reported to the loop's exception handler.
    Error(String),
}

/// How a task's step ended.
#[derive(Debug, Clone, PartialEq)]
pub enum Ending {
    /// `await asyncio.sleep(seconds)`.
    Sleeps {
        /// For how long.
        seconds: f64,
        /// Until when.
        until: f64,
    },
    /// Suspended on a future or a task.
    WaitsOn(String),
    /// A bare yield (`sleep(0)`): ready again at once.
    Yields,
    /// Finished: `done R`, `failed E` or `cancelled`.
    Finishes(String),
}

/// One callback the loop ran.
#[derive(Debug, Clone, PartialEq)]
pub struct HandleStory {
    /// It ran because its timer was due.
    pub timer_due: bool,
    /// Who ran.
    pub who: Who,
    /// What it did, in order.
    pub acts: Vec<Act>,
    /// The lines it printed, when they can be told apart from other
    /// callbacks' (its iteration ran only it).
    pub printed: Vec<String>,
    /// How a task's step ended.
    pub ending: Option<Ending>,
}

/// One iteration that ran callbacks.
#[derive(Debug, Clone, PartialEq)]
pub struct IterationStory {
    /// Its number, counted across the run's loops.
    pub iteration: u64,
    /// The clock when it started.
    pub time: f64,
    /// What happened while the loop waited before it (worker threads).
    pub meanwhile: Vec<Act>,
    /// The callbacks it ran, in order.
    pub handles: Vec<HandleStory>,
    /// Lines printed in it that cannot be given to one callback.
    pub printed: Vec<String>,
    /// The clock when its last callback returned: output stamped with its
    /// number but a later clock was written while the loop waited after it
    /// (by a worker thread).
    pub ended: f64,
    /// Lines worker threads printed while the loop waited before it.
    pub printed_meanwhile: Vec<String>,
    /// Whether the loop stopped at its end.
    pub stopped: bool,
}

/// Reads the trace in order.
#[derive(Default)]
struct Reader<'a> {
    stories: Vec<IterationStory>,
    coros: HashMap<String, String>,
    started: std::collections::HashSet<String>,
    due: Vec<String>,
    open: Option<HandleStory>,
    pending_sleep: Option<f64>,
    meanwhile: Vec<Act>,
    snapshots: Option<&'a BTreeMap<u64, Rc<LoopState>>>,
}

/// The story of a run: every iteration that ran a callback, with what it
/// did. `snapshots` (a recording's, when kept) give the lines tasks resume at.
pub fn story(trace: &[TraceEvent], chunks: &[Chunk], snapshots: Option<&BTreeMap<u64, Rc<LoopState>>>) -> Vec<IterationStory> {
    let mut reader = Reader { snapshots, ..Reader::default() };
    for e in trace {
        reader.feed(e);
    }
    let mut stories: Vec<IterationStory> = reader.stories.into_iter().filter(|s| !s.handles.is_empty()).collect();
    for chunk in chunks.iter().filter(|c| c.stream == Stream::Stdout) {
        let lines = chunk.text.lines().map(str::to_string);
        let p = chunk.at.iteration as u64;
        let Some(k) = stories.iter().position(|s| s.iteration == p) else { continue };
        if chunk.at.time > stories[k].ended {
            // Written during the wait after iteration p: told with the next
            // iteration (none: after the loop, not its story).
            if let Some(next) = stories.get_mut(k + 1) {
                next.printed_meanwhile.extend(lines);
            }
            continue;
        }
        let story = &mut stories[k];
        match story.handles.as_mut_slice() {
            [one] if one.who != Who::Callback(STOP_CALLBACK.to_string()) => one.printed.extend(lines),
            [_] => {}
            _ => story.printed.extend(lines),
        }
    }
    stories
}

impl Reader<'_> {
    fn feed(&mut self, e: &TraceEvent) {
        match &e.kind {
            TraceKind::IterationStart { .. } => {
                self.stories.push(IterationStory {
                    iteration: e.iteration,
                    time: e.time,
                    meanwhile: std::mem::take(&mut self.meanwhile),
                    handles: Vec::new(),
                    printed: Vec::new(),
                    ended: e.time,
                    printed_meanwhile: Vec::new(),
                    stopped: false,
                });
                self.due.clear();
            }
            TraceKind::TimerDue { label, .. } => self.due.push(label.clone()),
            TraceKind::HandleStart { label } => {
                let timer_due = match self.due.iter().position(|l| l == label) {
                    Some(i) => {
                        self.due.remove(i);
                        true
                    }
                    None => false,
                };
                self.open = Some(HandleStory { timer_due, who: Who::Callback(label.clone()), acts: Vec::new(), printed: Vec::new(), ending: None });
                self.pending_sleep = None;
            }
            TraceKind::HandleEnd => {
                if let (Some(handle), Some(story)) = (self.open.take(), self.stories.last_mut()) {
                    story.handles.push(handle);
                    story.ended = e.time;
                }
            }
            TraceKind::TaskCreated { task, coro } => {
                self.coros.insert(task.clone(), coro.clone());
                self.act(Act::Creates { task: task.clone(), coro: coro.clone() });
            }
            TraceKind::TaskStepped { task, thrown } => self.step(e.iteration, task, thrown),
            TraceKind::TaskSuspended { on, .. } => {
                let ending = match self.pending_sleep.take() {
                    Some(until) => Ending::Sleeps { seconds: until - e.time, until },
                    None if on == "yield" || on.is_empty() => Ending::Yields,
                    None => Ending::WaitsOn(on.clone()),
                };
                self.end_step(ending);
            }
            TraceKind::TaskDone { how, .. } => self.end_step(Ending::Finishes(how.clone())),
            TraceKind::TaskCancelRequested { task } => self.act(Act::Cancels(task.clone())),
            TraceKind::ScheduledSoon { label } => self.scheduled(label, None),
            TraceKind::ScheduledLater { when, label } | TraceKind::ScheduledAt { when, label } => self.scheduled(label, Some(*when)),
            TraceKind::Blocked { start, end } => self.act(Act::Blocks { seconds: end - start, until: *end }),
            TraceKind::WorkerStep { job, .. } => self.act(Act::WorkerStarts(job.clone(), e.time)),
            TraceKind::WorkerDone { job, .. } => self.act(Act::WorkerFinishes(job.clone(), e.time)),
            TraceKind::Error { text } => self.act(Act::Error(text.clone())),
            TraceKind::Stopped => {
                if let Some(story) = self.stories.last_mut() {
                    story.stopped = true;
                }
            }
            TraceKind::HandleCancelled { .. } | TraceKind::FutureResolved { .. } | TraceKind::Output { .. } | TraceKind::Closed | TraceKind::SlowCallback { .. } | TraceKind::DebugMode { .. } => {}
        }
    }

    /// An act of the running callback, or of the wait before the next
    /// iteration (worker threads). Acts outside both (asyncio.run setting up
    /// or shutting down) are not the loop's story.
    fn act(&mut self, act: Act) {
        match &mut self.open {
            Some(handle) => handle.acts.push(act),
            None if matches!(act, Act::WorkerStarts(..) | Act::WorkerFinishes(..)) => self.meanwhile.push(act),
            None => {}
        }
    }

    fn scheduled(&mut self, label: &str, when: Option<f64>) {
        if let Some(task) = label.strip_prefix("Task.__wakeup(").and_then(|l| l.strip_suffix(')')) {
            return self.act(Act::Wakes(task.to_string()));
        }
        // A new task's first step is told by its creation; the loop's stop by
        // the iteration's end.
        if label.starts_with("Task.__step(") || label == STOP_CALLBACK {
            return;
        }
        if label == SLEEP_TIMER && matches!(self.open, Some(HandleStory { who: Who::Task { .. }, .. })) {
            self.pending_sleep = when;
            return;
        }
        self.act(Act::Schedules { label: label.to_string(), when });
    }

    fn step(&mut self, iteration: u64, task: &str, thrown: &Option<String>) {
        let first = self.started.insert(task.to_string());
        let line = self
            .snapshots
            .filter(|_| !first)
            .and_then(|s| s.get(&iteration.saturating_sub(1)))
            .and_then(|state| state.tasks.iter().find(|t| t.name == task))
            .and_then(|t| t.line);
        let coro = self.coros.get(task).cloned().unwrap_or_default();
        if let Some(handle) = &mut self.open {
            handle.who = Who::Task { task: task.to_string(), coro, first, line, thrown: thrown.clone() };
        }
        self.pending_sleep = None;
    }

    fn end_step(&mut self, ending: Ending) {
        if let Some(handle) = &mut self.open
            && matches!(handle.who, Who::Task { .. })
            && handle.ending.is_none()
        {
            handle.ending = Some(ending);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::recording::{RecordOptions, Recording};

    const TICK: &str = "import asyncio\n\nasync def tick():\n    for i in range(2):\n        print('tick', i)\n        await asyncio.sleep(0.25)\n\nasyncio.run(tick())\n";

    #[test]
    fn a_recording_with_snapshots_tells_where_each_task_resumes() {
        let r = Recording::run(TICK, RecordOptions { record_snapshots: Some(10_000), ..Default::default() });
        let stories = story(&r.trace, &r.chunks, r.snapshots.as_ref());
        let first = &stories[0].handles[0];
        assert_eq!(first.who, Who::Task { task: "Task-1".into(), coro: "tick()".into(), first: true, line: None, thrown: None });
        assert_eq!(first.printed, ["tick 0"]);
        assert_eq!(first.ending, Some(Ending::Sleeps { seconds: 0.25, until: 0.25 }));
        let wake = &stories[1];
        assert_eq!((wake.time, wake.handles[0].timer_due, &wake.handles[0].acts), (0.25, true, &vec![Act::Wakes("Task-1".into())]));
        let resumed = &stories[2].handles[0];
        assert!(matches!(resumed.who, Who::Task { first: false, line: Some(6), .. }), "{:?}", resumed.who);
        assert_eq!(resumed.printed, ["tick 1"]);
    }

    #[test]
    fn without_snapshots_the_story_leaves_lines_out() {
        let r = Recording::run(TICK, RecordOptions::default());
        let stories = story(&r.trace, &r.chunks, None);
        assert!(matches!(stories[2].handles[0].who, Who::Task { line: None, .. }));
    }
}
