//! Slow steps, debug mode or not: each callback or task step that held the
//! loop for `slow_callback_duration` (100 ms unless debug mode set another)
//! or longer, as `BaseEventLoop._run_once` times them in debug mode, read
//! from the trace, with the timers that fired late because of it.

use std::collections::HashMap;

use super::axis::Moment;
use super::timeline::{LaneKind, TimelineModel, UNITS_PER_ITERATION};
use crate::engine::debug::SLOW_CALLBACK_DURATION;
use crate::engine::{TraceEvent, TraceKind};

/// A timer that fired late because a slow step held the loop.
#[derive(Clone, Debug, PartialEq)]
pub struct LateTimer {
    /// Its callback's label.
    pub label: String,
    /// Its deadline.
    pub when: f64,
    /// The clock when it became due at last.
    pub due_at: f64,
    /// The iteration it ran in.
    pub iteration: u64,
}

/// One slow step.
#[derive(Clone, Debug, PartialEq)]
pub struct SlowStep {
    /// The iteration it ran in (the moment it is seen at).
    pub iteration: u64,
    /// The clock when it started.
    pub started: f64,
    /// The clock when it returned.
    pub ended: f64,
    /// The handle's label (`Task.__step(Task-1)`, `crunch('a')`).
    pub label: String,
    /// The task it stepped, with its coroutine, and how the task ended if
    /// it ended in this step (`done None`).
    pub task: Option<(String, String, Option<String>)>,
    /// The deadline, for a timer's callback.
    pub when: Option<f64>,
    /// The threshold it passed (`slow_callback_duration`).
    pub threshold: f64,
    /// Whether debug mode was on (asyncio logged it too).
    pub debug: bool,
    /// The timers it made late.
    pub late: Vec<LateTimer>,
}

impl SlowStep {
    /// How long it ran, in seconds.
    pub fn seconds(&self) -> f64 {
        self.ended - self.started
    }

    /// asyncio's debug-mode warning for it: `Executing <Task pending
    /// name='Task-1' coro=<main() running at main.py:5>> took 2.000 seconds`,
    /// with the task's line after the step (`at`: `main.py:5`), if known.
    pub fn message(&self, at: Option<&str>) -> String {
        let shown = match &self.task {
            Some((name, coro, None)) => {
                let running = at.map_or_else(String::new, |at| format!(" running at {at}"));
                format!("<Task pending name='{name}' coro=<{coro}{running}>>")
            }
            Some((name, coro, Some(how))) => {
                let end = match how.split_once(' ') {
                    Some(("done", result)) => format!(" result={result}"),
                    _ => String::new(),
                };
                let state = if how.starts_with("cancel") { "cancelled" } else { "finished" };
                format!("<Task {state} name='{name}' coro=<{coro} done>{end}>")
            }
            None => match self.when {
                Some(when) => format!("<TimerHandle when={} {}>", python_float(when), self.label),
                None => format!("<Handle {}>", self.label),
            },
        };
        format!("Executing {shown} took {:.3} seconds", self.seconds())
    }
}

/// `x` as Python's `repr` writes it in the short cases (`2.0`, `2.1`).
fn python_float(x: f64) -> String {
    if x.fract() == 0.0 && x.abs() < 1e16 { format!("{x:.1}") } else { format!("{x}") }
}

/// The step running while the trace is read.
struct Open {
    step: SlowStep,
}

/// The trace's slow steps, in order.
pub fn slow_steps(trace: &[TraceEvent]) -> Vec<SlowStep> {
    let mut threshold = SLOW_CALLBACK_DURATION;
    let mut debug = false;
    let mut coros: HashMap<String, String> = HashMap::new();
    let mut due: Vec<(&str, f64)> = Vec::new();
    let mut open: Option<Open> = None;
    let mut slow: Vec<SlowStep> = Vec::new();
    for e in trace {
        match &e.kind {
            TraceKind::DebugMode { slow_callback_duration } => {
                debug = slow_callback_duration.is_some();
                threshold = slow_callback_duration.unwrap_or(SLOW_CALLBACK_DURATION);
            }
            TraceKind::TaskCreated { task, coro } => {
                coros.insert(task.clone(), coro.clone());
            }
            TraceKind::IterationStart { .. } => due.clear(),
            TraceKind::TimerDue { when, label } => {
                due.push((label, *when));
                if let Some(step) = slow.iter_mut().rev().find(|s| s.started <= *when && *when < s.ended && e.time > *when) {
                    step.late.push(LateTimer { label: label.clone(), when: *when, due_at: e.time, iteration: e.iteration });
                }
            }
            TraceKind::HandleStart { label } => {
                let when = due.iter().position(|(l, _)| l == label).map(|i| due.remove(i).1);
                let step = SlowStep { iteration: e.iteration, started: e.time, ended: e.time, label: label.clone(), task: None, when, threshold, debug, late: Vec::new() };
                open = Some(Open { step });
            }
            TraceKind::TaskStepped { task, .. } => {
                if let Some(o) = open.as_mut().filter(|o| o.step.task.is_none()) {
                    o.step.task = Some((task.clone(), coros.get(task).cloned().unwrap_or_default(), None));
                }
            }
            TraceKind::TaskDone { task, how } => {
                if let Some((name, _, end)) = open.as_mut().and_then(|o| o.step.task.as_mut())
                    && name == task
                {
                    *end = Some(how.clone());
                }
            }
            TraceKind::HandleEnd => {
                if let Some(mut o) = open.take() {
                    o.step.ended = e.time;
                    if o.step.seconds() >= o.step.threshold {
                        slow.push(o.step);
                    }
                }
            }
            _ => {}
        }
    }
    slow
}

/// Where a slow step is drawn on the timeline: from `x0` to `x1` (axis
/// units) on the loop's lane and its task's.
#[derive(Clone, Debug, PartialEq)]
pub struct SlowMark {
    /// Where it starts.
    pub x0: f64,
    /// Where it ends (at least a step's width past `x0`).
    pub x1: f64,
    /// The lanes it is marked on (indexes into the model's lanes).
    pub lanes: Vec<usize>,
}

/// The marks of `steps` on `model`'s timeline.
pub fn marks(steps: &[SlowStep], model: &TimelineModel) -> Vec<SlowMark> {
    let lane_of: HashMap<String, usize> = model
        .lanes
        .iter()
        .enumerate()
        .filter(|(_, l)| l.kind == LaneKind::Task)
        .filter_map(|(i, l)| Some((l.name.split(' ').next()?.to_string(), i)))
        .collect();
    steps
        .iter()
        .map(|s| {
            let it = s.iteration.max(1) as usize - 1;
            let x0 = model.axis.x_of(Moment { iteration: it, time: s.started });
            let x1 = model.axis.x_of(Moment { iteration: it, time: s.ended }).max(x0 + 0.6 * UNITS_PER_ITERATION);
            let mut lanes = vec![0];
            lanes.extend(s.task.as_ref().and_then(|(name, _, _)| lane_of.get(name).copied()));
            SlowMark { x0, x1, lanes }
        })
        .collect()
}

#[cfg(test)]
#[path = "slow_tests.rs"]
mod tests;
