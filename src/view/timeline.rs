//! The timeline's model: lanes of spans (the loop, each task, each worker) and
//! arrows from where a handle was scheduled to where it ran, all in axis units
//! (see [`super::axis`]), built from the engine's trace alone.
//!
//! Every lane's spans are sorted by `x0` and do not overlap, so drawing a
//! window is a binary search plus the spans inside it, whatever the trace's
//! size.

use super::axis::{Axis, Moment};
use crate::engine::{TraceEvent, TraceKind};

/// Axis units per second waited.
pub const UNITS_PER_SECOND: f64 = 10.0;
/// Axis units every iteration gets at least.
pub const UNITS_PER_ITERATION: f64 = 1.0;
/// The part of an iteration's minimum step drawn as "running".
const RUN_WIDTH: f64 = 0.6;

/// How the timeline spaces the loop's iterations.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Spacing {
    /// Waits are as wide as the time that passed (every iteration at least
    /// a minimum step): the picture reads as a clock.
    #[default]
    Time,
    /// One column per iteration however long the waits between them: the
    /// picture reads as the loop's turns, the clock only labels it.
    Iteration,
}

impl Spacing {
    /// Its name in storage and in share links.
    pub fn code(self) -> &'static str {
        match self {
            Spacing::Time => "time",
            Spacing::Iteration => "iteration",
        }
    }

    /// The spacing named `code`, if it names one.
    pub fn from_code(code: &str) -> Option<Spacing> {
        match code {
            "time" => Some(Spacing::Time),
            "iteration" => Some(Spacing::Iteration),
            _ => None,
        }
    }

    /// The axis of iterations that started at `starts`, spaced this way.
    pub fn axis(self, starts: &[f64]) -> Axis {
        match self {
            Spacing::Time => Axis::new(starts, UNITS_PER_SECOND, UNITS_PER_ITERATION),
            Spacing::Iteration => Axis::per_iteration(starts, UNITS_PER_ITERATION),
        }
    }
}

/// What a span shows.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum SpanKind {
    /// The loop runs callbacks; a task is being stepped.
    Running,
    /// The loop thread is blocked (a blocking `time.sleep`).
    Blocked,
    /// A task is scheduled to run.
    Ready,
    /// A task waits on a future.
    Waiting,
    /// A worker runs a job.
    Busy,
    /// A task finished with a result (a marker).
    Done,
    /// A task finished with an exception (a marker).
    Failed,
    /// A task was cancelled (a marker).
    Cancelled,
}

impl SpanKind {
    /// The colour it is drawn in (the canvas and the SVG export agree).
    pub fn colour(self) -> &'static str {
        match self {
            SpanKind::Running => "#2f6fed",
            SpanKind::Blocked | SpanKind::Failed => "#c62828",
            SpanKind::Ready => "#9db8f5",
            SpanKind::Waiting => "#dfe6f5",
            SpanKind::Busy => "#7c4dcc",
            SpanKind::Done => "#1b7f3b",
            SpanKind::Cancelled => "#6b21a8",
        }
    }

    /// How far its bar is inset from the lane's top and bottom: waiting and
    /// ready are thinner than running.
    pub fn inset(self) -> f64 {
        match self {
            SpanKind::Waiting | SpanKind::Ready => 6.0,
            _ => 3.0,
        }
    }
}

/// What a span stands for, for its hover text.
#[derive(Debug, Clone, PartialEq)]
pub enum SpanLabel {
    /// Loop iteration `n` started with this many handles ready and timers.
    Iteration {
        /// Its number.
        n: u64,
        /// Ready handles.
        ready: usize,
        /// Scheduled timers.
        timers: usize,
    },
    /// The loop thread blocked in `time.sleep` from `start` to `end`.
    Blocked {
        /// Clock at the start.
        start: f64,
        /// Clock at the end.
        end: f64,
    },
    /// A task is scheduled to run.
    Ready(String),
    /// A task runs (an exception thrown into it, maybe).
    Running(String, Option<String>),
    /// A task waits on something.
    Waiting(String, String),
    /// A task gave way with a bare `yield` (`sleep(0)`).
    Yielded(String),
    /// A task finished: how.
    Finished(String, String),
    /// A worker runs a job.
    Job(String),
}

/// A stretch of one lane.
///
/// Invariant: `x0 <= x1`.
#[derive(Debug, Clone, PartialEq)]
pub struct Span {
    /// Where it starts.
    pub x0: f64,
    /// Where it ends.
    pub x1: f64,
    /// What it shows.
    pub kind: SpanKind,
    /// What hovering it says (the page words it in its language).
    pub label: SpanLabel,
    /// The moment (iterations completed) a click on it goes to.
    pub moment: u64,
}

/// Whose lane it is.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum LaneKind {
    /// The event loop.
    Loop,
    /// A task.
    Task,
    /// An executor worker.
    Worker,
}

/// One row of the timeline.
#[derive(Debug, Clone, PartialEq)]
pub struct Lane {
    /// Whose it is.
    pub kind: LaneKind,
    /// Its name (`loop`, `Task-2 nap()`, `worker 0`).
    pub name: String,
    /// Its spans, sorted by `x0`, not overlapping.
    pub spans: Vec<Span>,
}

/// How a handle was scheduled.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum ArrowKind {
    /// `call_soon`: runs next iteration.
    Soon,
    /// `call_later` / `call_at`: runs when its timer is due.
    Timer,
}

/// A handle, from where it was scheduled to where it ran.
#[derive(Debug, Clone, PartialEq)]
pub struct Arrow {
    /// Where it was scheduled.
    pub x0: f64,
    /// Where it ran.
    pub x1: f64,
    /// How.
    pub kind: ArrowKind,
    /// What it called.
    pub label: String,
}

/// The whole timeline.
///
/// Invariants: `lanes[0]` is the loop's; `arrows` are sorted by `x0`.
#[derive(Debug, Clone, PartialEq)]
pub struct TimelineModel {
    /// Moments ↔ positions.
    pub axis: Axis,
    /// Loop iterations in the run.
    pub iterations: u64,
    /// The lanes: the loop, then tasks in creation order, then workers.
    pub lanes: Vec<Lane>,
    /// Scheduled handles that ran.
    pub arrows: Vec<Arrow>,
}

fn open_span(spans: &mut Vec<Span>, x: f64, kind: SpanKind, label: SpanLabel, moment: u64) {
    spans.push(Span { x0: x, x1: x, kind, label, moment });
}

/// Closes the lane's last span at `x` (never before it starts).
fn close_span(spans: &mut [Span], x: f64) {
    if let Some(last) = spans.last_mut()
        && last.x1 <= last.x0
    {
        last.x1 = x.max(last.x0);
    }
}

impl TimelineModel {
    /// Builds the timeline of a run from its trace, its iterations spaced
    /// as `spacing` says; `starts` are the clock readings when each
    /// iteration started (as in a recording).
    pub fn from_trace(trace: &[TraceEvent], starts: &[f64], spacing: Spacing) -> TimelineModel {
        let axis = spacing.axis(starts);
        let n = starts.len() as u64;
        let iteration_x = |it: u64| -> f64 {
            match it {
                0 => 0.0,
                k => axis.x_of(Moment { iteration: (k - 1) as usize, time: starts.get((k - 1) as usize).copied().unwrap_or(0.0) }),
            }
        };
        let at = |e: &TraceEvent| -> f64 {
            match e.iteration {
                0 => 0.0,
                k => axis.x_of(Moment { iteration: (k - 1) as usize, time: e.time }),
            }
        };
        let mut loop_spans: Vec<Span> = Vec::new();
        let mut tasks: Vec<Lane> = Vec::new();
        let mut task_index: std::collections::HashMap<String, usize> = std::collections::HashMap::new();
        let mut workers: Vec<Lane> = Vec::new();
        let mut worker_lane: std::collections::HashMap<usize, usize> = std::collections::HashMap::new();
        let mut arrows: Vec<Arrow> = Vec::new();
        let mut soon: std::collections::HashMap<String, std::collections::VecDeque<f64>> = Default::default();
        let mut timers: Vec<(f64, String, f64)> = Vec::new();
        let mut due: std::collections::HashMap<String, std::collections::VecDeque<f64>> = Default::default();
        for e in trace {
            let x = at(e);
            let moment = e.iteration.min(n);
            match &e.kind {
                TraceKind::IterationStart { ready, timers: t } => {
                    let x0 = iteration_x(e.iteration);
                    loop_spans.push(Span {
                        x0,
                        x1: x0 + RUN_WIDTH * UNITS_PER_ITERATION,
                        kind: SpanKind::Running,
                        label: SpanLabel::Iteration { n: e.iteration, ready: *ready, timers: *t },
                        moment,
                    });
                }
                TraceKind::Blocked { start, end } => {
                    let it = e.iteration.max(1) as usize - 1;
                    let x0 = axis.x_of(Moment { iteration: it, time: *start });
                    let x1 = axis.x_of(Moment { iteration: it, time: *end });
                    loop_spans.push(Span { x0, x1, kind: SpanKind::Blocked, label: SpanLabel::Blocked { start: *start, end: *end }, moment });
                }
                TraceKind::ScheduledSoon { label } => soon.entry(label.clone()).or_default().push_back(x),
                TraceKind::ScheduledLater { when, label } | TraceKind::ScheduledAt { when, label } => timers.push((*when, label.clone(), x)),
                TraceKind::TimerDue { when, label } => {
                    if let Some(i) = timers.iter().position(|(w, l, _)| w == when && l == label) {
                        let (_, _, x0) = timers.remove(i);
                        due.entry(label.clone()).or_default().push_back(x0);
                    }
                }
                TraceKind::HandleStart { label } => {
                    let from_timer = due.get_mut(label).and_then(|q| q.pop_front());
                    let (x0, kind) = match from_timer {
                        Some(x0) => (Some(x0), ArrowKind::Timer),
                        None => (soon.get_mut(label).and_then(|q| q.pop_front()), ArrowKind::Soon),
                    };
                    if let Some(x0) = x0 {
                        arrows.push(Arrow { x0, x1: x, kind, label: label.clone() });
                    }
                }
                TraceKind::TaskCreated { task, coro } => {
                    task_index.insert(task.clone(), tasks.len());
                    let mut spans = Vec::new();
                    open_span(&mut spans, x, SpanKind::Ready, SpanLabel::Ready(format!("{task} {coro}")), moment);
                    tasks.push(Lane { kind: LaneKind::Task, name: format!("{task} {coro}"), spans });
                }
                TraceKind::TaskStepped { task, thrown } => {
                    if let Some(lane) = task_index.get(task).and_then(|&i| tasks.get_mut(i)) {
                        close_span(&mut lane.spans, x);
                        let label = SpanLabel::Running(task.clone(), thrown.clone());
                        lane.spans.push(Span { x0: x, x1: x + RUN_WIDTH * UNITS_PER_ITERATION, kind: SpanKind::Running, label, moment });
                    }
                }
                TraceKind::TaskSuspended { task, on } => {
                    if let Some(lane) = task_index.get(task).and_then(|&i| tasks.get_mut(i)) {
                        let x0 = lane.spans.last().map_or(x, |s| s.x1);
                        let (kind, label) = if on == "yield" || on.is_empty() {
                            (SpanKind::Ready, SpanLabel::Yielded(task.clone()))
                        } else {
                            (SpanKind::Waiting, SpanLabel::Waiting(task.clone(), on.clone()))
                        };
                        open_span(&mut lane.spans, x0, kind, label, moment);
                    }
                }
                TraceKind::TaskDone { task, how } => {
                    if let Some(lane) = task_index.get(task).and_then(|&i| tasks.get_mut(i)) {
                        close_span(&mut lane.spans, x);
                        let x0 = lane.spans.last().map_or(x, |s| s.x1);
                        let kind = if how.starts_with("cancel") {
                            SpanKind::Cancelled
                        } else if how.starts_with("fail") {
                            SpanKind::Failed
                        } else {
                            SpanKind::Done
                        };
                        lane.spans.push(Span { x0, x1: x0 + 0.3 * UNITS_PER_ITERATION, kind, label: SpanLabel::Finished(task.clone(), how.clone()), moment });
                    }
                }
                TraceKind::WorkerStep { worker, job } => {
                    let lane = *worker_lane.entry(*worker).or_insert_with(|| {
                        let name = job.split(": ").next().filter(|n| n.len() < job.len()).map_or_else(|| format!("worker {worker}"), str::to_string);
                        workers.push(Lane { kind: LaneKind::Worker, name, spans: Vec::new() });
                        workers.len() - 1
                    });
                    let spans = &mut workers[lane].spans;
                    let busy = spans.last().is_some_and(|s| s.kind == SpanKind::Busy && s.x1 <= s.x0 && s.label == SpanLabel::Job(job.clone()));
                    if !busy {
                        close_span(spans, x);
                        open_span(spans, x, SpanKind::Busy, SpanLabel::Job(job.clone()), moment);
                    }
                }
                TraceKind::WorkerDone { worker, .. } => {
                    if let Some(lane) = worker_lane.get(worker).and_then(|&i| workers.get_mut(i)) {
                        let end = x.max(lane.spans.last().map_or(x, |s| s.x0) + 0.1);
                        close_span(&mut lane.spans, end);
                    }
                }
                _ => {}
            }
        }
        let end = axis.width();
        for lane in tasks.iter_mut().chain(workers.iter_mut()) {
            close_span(&mut lane.spans, end);
        }
        crate::sort::sort_by(&mut loop_spans, |a, b| a.x0.total_cmp(&b.x0));
        crate::sort::sort_by(&mut arrows, |a, b| a.x0.total_cmp(&b.x0));
        let mut lanes = vec![Lane { kind: LaneKind::Loop, name: "loop".to_string(), spans: loop_spans }];
        lanes.extend(tasks);
        lanes.extend(workers);
        TimelineModel { axis, iterations: n, lanes, arrows }
    }

    /// Where the cursor of moment `p` (iterations completed) is: the end of
    /// iteration `p`.
    pub fn cursor_x(&self, p: u64) -> f64 {
        if p == 0 {
            return 0.0;
        }
        if p >= self.iterations {
            return self.axis.width();
        }
        // Before any reading of iteration p's clock: where that iteration starts.
        self.axis.x_of(Moment { iteration: p as usize, time: f64::NEG_INFINITY })
    }

    /// The moment a click at `x` goes to: the iteration under it, completed.
    pub fn moment_at(&self, x: f64) -> u64 {
        match self.axis.moment_at(x) {
            Some(m) => ((m.iteration as u64) + 1).min(self.iterations),
            None => 0,
        }
    }

    /// The spans of `lane` that overlap `[x0, x1]`.
    pub fn spans_in(&self, lane: usize, x0: f64, x1: f64) -> &[Span] {
        let Some(lane) = self.lanes.get(lane) else { return &[] };
        let spans = &lane.spans;
        let first = spans.partition_point(|s| s.x1 < x0);
        let last = spans.partition_point(|s| s.x0 <= x1);
        if first >= last { &[] } else { &spans[first..last] }
    }

    /// The arrows that start before `x1` and end after `x0`, at most `limit`.
    pub fn arrows_in(&self, x0: f64, x1: f64, limit: usize) -> Vec<&Arrow> {
        let end = self.arrows.partition_point(|a| a.x0 <= x1);
        self.arrows[..end].iter().rev().filter(|a| a.x1 >= x0).take(limit).collect()
    }

    /// What hovering `x` in `lane` shows: the span there, if any.
    pub fn span_at(&self, lane: usize, x: f64) -> Option<&Span> {
        self.spans_in(lane, x, x).iter().rev().find(|s| s.x0 <= x && x <= s.x1.max(s.x0 + 0.05))
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::recording::{RecordOptions, Recording};

    fn model_of(source: &str) -> TimelineModel {
        spaced(source, Spacing::Time)
    }

    fn spaced(source: &str, spacing: Spacing) -> TimelineModel {
        let r = Recording::run(source, RecordOptions::default());
        TimelineModel::from_trace(&r.trace, &r.starts, spacing)
    }

    const NAPS: &str = "import asyncio, time\n\nasync def nap(name, d):\n    await asyncio.sleep(d)\n    print(name)\n\n\
        async def main():\n    loop = asyncio.get_running_loop()\n    loop.call_soon(print, 'soon')\n    loop.call_later(0.2, print, 'later')\n    time.sleep(0.1)\n    \
        await asyncio.gather(nap('a', 0.5), nap('b', 0.3))\n\nasyncio.run(main())\n";

    fn kinds(model: &TimelineModel, lane: usize) -> Vec<SpanKind> {
        model.lanes[lane].spans.iter().map(|s| s.kind).collect()
    }

    #[test]
    fn every_task_gets_a_lane_after_the_loop() {
        let model = model_of(NAPS);
        let names: Vec<&str> = model.lanes.iter().map(|l| l.name.as_str()).collect();
        assert_eq!(&names[..4], ["loop", "Task-1 main()", "Task-2 nap()", "Task-3 nap()"]);
    }

    #[test]
    fn a_sleeping_task_waits_between_its_two_steps_then_finishes() {
        let model = model_of(NAPS);
        assert_eq!(
            kinds(&model, 3),
            [SpanKind::Ready, SpanKind::Running, SpanKind::Waiting, SpanKind::Running, SpanKind::Done]
        );
        let spans = &model.lanes[3].spans;
        assert!(spans.windows(2).all(|w| w[0].x1 <= w[1].x0 + 1e-9), "{spans:?}");
        assert!(matches!(&spans[2].label, SpanLabel::Waiting(task, on) if task == "Task-3" && on.starts_with("fut-")), "{:?}", spans[2].label);
    }

    #[test]
    fn a_blocking_sleep_is_a_blocked_span_on_the_loop_lane() {
        let model = model_of(NAPS);
        let blocked: Vec<&Span> = model.lanes[0].spans.iter().filter(|s| s.kind == SpanKind::Blocked).collect();
        assert_eq!(blocked.len(), 1);
        assert!(blocked[0].x1 > blocked[0].x0);
        assert_eq!(model.lanes[0].spans.iter().filter(|s| s.kind == SpanKind::Running).count() as u64, model.iterations);
    }

    #[test]
    fn call_soon_and_call_later_are_drawn_from_where_scheduled_to_where_they_ran() {
        let model = model_of(NAPS);
        let soon = model.arrows.iter().find(|a| a.label == "print('soon')");
        let later = model.arrows.iter().find(|a| a.label == "print('later')");
        let (Some(soon), Some(later)) = (soon, later) else { panic!("{:?}", model.arrows) };
        assert_eq!((soon.kind, later.kind), (ArrowKind::Soon, ArrowKind::Timer));
        assert!(soon.x1 > soon.x0 && later.x1 > soon.x1, "{soon:?} {later:?}");
        assert!(model.arrows.windows(2).all(|w| w[0].x0 <= w[1].x0));
    }

    #[test]
    fn clicks_map_to_moments_and_moments_to_cursor_positions() {
        let model = model_of(NAPS);
        let n = model.iterations;
        assert_eq!(model.moment_at(-5.0), 1);
        assert_eq!(model.moment_at(model.axis.width() + 5.0), n);
        for p in 1..n {
            let x = model.cursor_x(p);
            assert!(x > model.cursor_x(p - 1), "cursor moves right at {p}");
            assert_eq!(model.moment_at(x - 0.01), p, "just left of the cursor of {p} is iteration {p}");
        }
        assert_eq!(model.cursor_x(n), model.axis.width());
    }

    #[test]
    fn a_window_query_returns_only_overlapping_spans() {
        let model = model_of(NAPS);
        let all = &model.lanes[0].spans;
        let (x0, x1) = (all[2].x0, all[3].x1);
        let inside = model.spans_in(0, x0, x1);
        assert!(!inside.is_empty() && inside.len() < all.len());
        assert!(inside.iter().all(|s| s.x1 >= x0 && s.x0 <= x1));
        assert!(model.span_at(0, all[1].x0 + 0.1).is_some());
        assert!(model.spans_in(99, 0.0, 1.0).is_empty());
    }

    #[test]
    fn executor_workers_get_lanes_busy_while_their_jobs_run() {
        let source = "import asyncio, time\n\ndef block(d):\n    time.sleep(d)\n\nasync def main():\n    loop = asyncio.get_running_loop()\n    \
            await asyncio.gather(loop.run_in_executor(None, block, 1), loop.run_in_executor(None, block, 2))\n\nasyncio.run(main())\n";
        let model = model_of(source);
        let workers: Vec<&Lane> = model.lanes.iter().filter(|l| l.kind == LaneKind::Worker).collect();
        let names: Vec<&str> = workers.iter().map(|l| l.name.as_str()).collect();
        assert_eq!(names, ["asyncio_0", "asyncio_1"]);
        let busy: Vec<f64> = workers.iter().map(|l| l.spans.iter().filter(|s| s.kind == SpanKind::Busy).map(|s| s.x1 - s.x0).sum()).collect();
        assert!(busy[0] > 0.0 && busy[1] > busy[0], "the 2-second job is busy longer: {busy:?}");
    }

    #[test]
    fn an_empty_trace_is_an_empty_timeline() {
        let model = TimelineModel::from_trace(&[], &[], Spacing::Time);
        assert_eq!((model.iterations, model.lanes.len(), model.cursor_x(0), model.moment_at(3.0)), (0, 1, 0.0, 0));
    }

    #[test]
    fn per_iteration_spacing_gives_every_iteration_one_column() {
        let model = spaced(NAPS, Spacing::Iteration);
        let n = model.iterations;
        assert_eq!(model.axis.width(), n as f64 * UNITS_PER_ITERATION);
        for p in 0..=n {
            assert_eq!(model.cursor_x(p), p as f64 * UNITS_PER_ITERATION, "cursor of {p}");
        }
        let starts: Vec<f64> = model.lanes[0].spans.iter().filter(|s| s.kind == SpanKind::Running).map(|s| s.x0).collect();
        let columns: Vec<f64> = (0..n).map(|k| k as f64 * UNITS_PER_ITERATION).collect();
        assert_eq!(starts, columns);
        for p in 1..n {
            assert_eq!(model.moment_at(model.cursor_x(p) - 0.01), p, "a click left of the cursor of {p}");
        }
    }

    #[test]
    fn both_spacings_draw_the_same_spans_only_placed_differently() {
        let (time, turns) = (spaced(NAPS, Spacing::Time), spaced(NAPS, Spacing::Iteration));
        assert_eq!(time.iterations, turns.iterations);
        let what = |m: &TimelineModel| -> Vec<Vec<(SpanKind, SpanLabel, u64)>> {
            m.lanes.iter().map(|l| l.spans.iter().map(|s| (s.kind, s.label.clone(), s.moment)).collect()).collect()
        };
        assert_eq!(what(&time), what(&turns));
        assert_eq!(time.arrows.len(), turns.arrows.len());
        assert!(time.axis.width() > turns.axis.width(), "the naps' waits widen the time axis");
        for lane in 0..turns.lanes.len() {
            let spans = turns.spans_in(lane, f64::NEG_INFINITY, f64::INFINITY);
            assert!(spans.iter().all(|s| s.x0 <= s.x1 && s.x1 <= turns.axis.width() + 1.0), "lane {lane}: {spans:?}");
        }
    }

    #[test]
    fn a_blocking_sleep_keeps_its_width_inside_its_column() {
        let model = spaced(NAPS, Spacing::Iteration);
        let blocked = model.lanes[0].spans.iter().find(|s| s.kind == SpanKind::Blocked).expect("a blocked span");
        assert!(blocked.x1 > blocked.x0, "{blocked:?}");
        assert_eq!(blocked.x0.floor(), (blocked.x1 - 1e-9).floor(), "one column: {blocked:?}");
    }

    #[test]
    fn a_spacing_is_named_by_its_code() {
        for spacing in [Spacing::Time, Spacing::Iteration] {
            assert_eq!(Spacing::from_code(spacing.code()), Some(spacing));
        }
        assert_eq!(Spacing::from_code("<b>"), None);
        assert_eq!(Spacing::default(), Spacing::Time);
    }
}
