//! One run of the page's program, recorded: what it printed and when, the
//! engine's trace, and the iterations the cursor can stop at.
//!
//! The page runs the program to its end in one go (virtual time) or up to the
//! next wait the real-time driver has not reached yet, then plays the recording
//! back. The cursor is a moment `p`: "p loop iterations completed", from 0
//! (before the first iteration) to [`Recording::iterations`] (the end).

use std::collections::BTreeMap;
use std::rc::Rc;

use super::axis::Moment;
use super::output::{Chunk, OutputLine, Stream, output_lines};
use crate::engine::{LoopState, TraceEvent, TraceKind};
use crate::python::front::diagnostic::SourceDiagnostic;
use crate::python::limits::Limits;
use crate::python::session::{RunOptions, Session};

/// The file name the page's program has in messages.
pub const PROGRAM_NAME: &str = "main.py";

/// How the recorded run ended.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(target_arch = "wasm32", derive(serde::Serialize, serde::Deserialize))]
pub enum Ending {
    /// The program could not start: a SyntaxError, or a construct looplab does
    /// not support. The text is CPython's report.
    Rejected {
        /// Where and what.
        diagnostic: SourceDiagnostic,
        /// The rendered report (`File "main.py", line L` … `SyntaxError: …`).
        text: String,
    },
    /// The program ran to its end (or a limit stopped it) with this exit status.
    Exited(i32),
    /// Real time: the program waits until this clock time, which the driver has
    /// not reached yet.
    WaitingUntil(f64),
}

/// A recorded run.
///
/// Invariants: `starts.len() == iterations as usize` (the clock when each
/// iteration started, in order); every chunk's moment has `iteration <=
/// iterations`.
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(target_arch = "wasm32", derive(serde::Serialize, serde::Deserialize))]
pub struct Recording {
    /// The program that ran.
    pub source: String,
    /// How it ended.
    pub ending: Ending,
    /// What it printed, stamped with the moment it was written.
    pub chunks: Vec<Chunk>,
    /// The engine's trace, with iterations numbered across all loops.
    pub trace: Rc<Vec<TraceEvent>>,
    /// Loop iterations the program ran, across all its loops.
    pub iterations: u64,
    /// When each iteration started (`starts[k - 1]` for iteration k).
    pub starts: Vec<f64>,
    /// The clock at the end of the run.
    pub end_time: f64,
    /// The line an uncaught exception came from.
    pub error_line: Option<usize>,
    /// The options it ran with (replays for snapshots use the same).
    pub options: RecordOptions,
    /// Every moment's snapshot, when they were recorded within budget.
    pub snapshots: Option<BTreeMap<u64, Rc<LoopState>>>,
}

/// An executor worker at a moment.
#[derive(Debug, Clone, PartialEq)]
pub struct WorkerAt {
    /// Its trace id.
    pub id: usize,
    /// Its thread's name (`ThreadPoolExecutor-0_1`).
    pub name: String,
    /// The job it runs, if busy.
    pub job: Option<String>,
}

/// A handle that ran.
#[derive(Debug, Clone, PartialEq)]
pub struct Fired {
    /// What it called.
    pub label: String,
    /// For a timer: seconds past its deadline when it ran.
    pub late: Option<f64>,
}

/// Options for a recorded run.
#[derive(Debug, Clone, Default, PartialEq)]
#[cfg_attr(target_arch = "wasm32", derive(serde::Serialize, serde::Deserialize))]
pub struct RecordOptions {
    /// Limits (the page keeps steps low enough not to freeze the tab).
    pub limits: Limits,
    /// Real time: the clock at which each wait ended so far (see
    /// [`crate::engine::DriverControl`]). `None`: virtual time.
    pub wakeups: Option<Vec<f64>>,
    /// Stop after this many loop iterations.
    pub max_iterations: Option<u64>,
    /// Record every moment's snapshot while they hold at most this many tasks
    /// in all (stepping is then a look-up instead of a replay).
    pub record_snapshots: Option<usize>,
}

impl Recording {
    /// Runs `source` and records it.
    pub fn run(source: &str, options: RecordOptions) -> Recording {
        Recording::run_reporting(source, options, None)
    }

    /// Runs `source` and records it, calling `progress` with the steps and
    /// the clock now and then while it runs (the page's worker posts them).
    pub fn run_reporting(source: &str, options: RecordOptions, progress: Option<Rc<dyn Fn(u64, f64)>>) -> Recording {
        let run_options = RunOptions {
            limits: options.limits,
            trace: true,
            snapshot_at: None,
            wakeups: options.wakeups.clone(),
            max_iterations: options.max_iterations,
            record_snapshots: options.record_snapshots,
        };
        let mut session = match Session::start(source, PROGRAM_NAME, run_options) {
            Ok(session) => session,
            Err(e) => {
                let text = e.diagnostic.render(PROGRAM_NAME, source);
                return Recording {
                    source: source.to_string(),
                    ending: Ending::Rejected { diagnostic: e.diagnostic, text },
                    chunks: Vec::new(),
                    trace: Rc::new(Vec::new()),
                    iterations: 0,
                    starts: Vec::new(),
                    end_time: 0.0,
                    error_line: None,
                    options,
                    snapshots: None,
                };
            }
        };
        if let Some(progress) = progress {
            session.set_progress(progress);
        }
        session.run_to_end();
        let trace: Vec<TraceEvent> = session.trace().to_vec();
        let starts = trace
            .iter()
            .filter(|e| matches!(e.kind, TraceKind::IterationStart { .. }))
            .map(|e| e.time)
            .collect();
        let chunks = session
            .output()
            .iter()
            .map(|c| Chunk {
                at: Moment { iteration: c.iteration as usize, time: c.time },
                stream: if c.is_stderr { Stream::Stderr } else { Stream::Stdout },
                text: c.text.clone(),
            })
            .collect();
        let ending = match session.next_deadline() {
            Some(t) => Ending::WaitingUntil(t),
            None => Ending::Exited(session.exit_status()),
        };
        Recording {
            source: source.to_string(),
            ending,
            chunks,
            trace: Rc::new(trace),
            iterations: session.iterations(),
            starts,
            end_time: session.time(),
            error_line: session.error_line().map(|l| l as usize),
            options,
            snapshots: session.recorded_snapshots(),
        }
    }

    /// The output lines written by moment `p` (all of them at the end).
    pub fn lines_until(&self, p: u64) -> Vec<OutputLine> {
        let upto: Vec<Chunk> = self.chunks.iter().filter(|c| c.at.iteration as u64 <= p).cloned().collect();
        output_lines(&upto)
    }

    /// The clock at moment `p`: when iteration p started (0.0 before any).
    pub fn time_at(&self, p: u64) -> f64 {
        if p >= self.iterations {
            return self.end_time;
        }
        match p {
            0 => self.starts.first().copied().unwrap_or(0.0).min(self.end_time),
            _ => self.starts.get(p as usize - 1).copied().unwrap_or(self.end_time),
        }
    }

    /// The first moment at or after which the clock reads at least `time`.
    pub fn moment_of_time(&self, time: f64) -> u64 {
        match self.starts.iter().position(|&t| t >= time) {
            Some(i) => i as u64 + 1,
            None => self.iterations,
        }
    }

    /// Labels of the handles that ran in iteration `p`, in order.
    pub fn handles_run_in(&self, p: u64) -> Vec<String> {
        self.events_of(p)
            .filter_map(|e| match &e.kind {
                TraceKind::HandleStart { label } => Some(label.clone()),
                _ => None,
            })
            .collect()
    }

    /// The handles that ran in iteration `p`, in order, each timer with how
    /// late it fired (the clock past its deadline: 0 on the virtual clock, the
    /// browser's lateness in real time).
    pub fn fired_in(&self, p: u64) -> Vec<Fired> {
        let mut due: Vec<(String, f64)> = Vec::new();
        let mut fired = Vec::new();
        for e in self.events_of(p) {
            match &e.kind {
                TraceKind::TimerDue { when, label } => due.push((label.clone(), e.time - when)),
                TraceKind::HandleStart { label } => {
                    let late = due.iter().position(|(l, _)| l == label).map(|i| due.remove(i).1.max(0.0));
                    fired.push(Fired { label: label.clone(), late });
                }
                _ => {}
            }
        }
        fired
    }

    /// The executor workers that exist at moment `p`, in the order they
    /// started, each with the job it runs (None: idle), from the trace.
    pub fn workers_at(&self, p: u64) -> Vec<WorkerAt> {
        // Events of the wait after iteration p carry its number but a later
        // clock: they belong to the next moment.
        let now = self.time_at(p);
        let upto = self.trace.partition_point(|e| e.iteration <= p);
        let mut workers: Vec<WorkerAt> = Vec::new();
        for e in self.trace[..upto].iter().filter(|e| e.iteration < p || e.time <= now) {
            let (id, job, done) = match &e.kind {
                TraceKind::WorkerStep { worker, job } => (*worker, job, false),
                TraceKind::WorkerDone { worker, job } => (*worker, job, true),
                _ => continue,
            };
            let (name, what) = match job.split_once(": ") {
                Some((n, w)) => (n.to_string(), w.to_string()),
                None => (format!("worker {id}"), job.clone()),
            };
            let slot = match workers.iter().position(|w| w.id == id) {
                Some(i) => i,
                None => {
                    workers.push(WorkerAt { id, name, job: None });
                    workers.len() - 1
                }
            };
            workers[slot].job = (!done).then_some(what);
        }
        workers
    }

    /// Names of the tasks stepped in iteration `p`, in order.
    pub fn tasks_stepped_in(&self, p: u64) -> Vec<String> {
        self.events_of(p)
            .filter_map(|e| match &e.kind {
                TraceKind::TaskStepped { task, .. } => Some(task.clone()),
                _ => None,
            })
            .collect()
    }

    fn events_of(&self, p: u64) -> impl Iterator<Item = &TraceEvent> {
        let from = self.trace.partition_point(|e| e.iteration < p);
        self.trace[from..].iter().take_while(move |e| e.iteration == p)
    }

    /// The loop's state at moment `p`: recorded, or by replaying this run to it.
    pub fn snapshot_at(&self, p: u64) -> Option<Rc<LoopState>> {
        match &self.snapshots {
            Some(recorded) => recorded.range(..=p).next_back().filter(|(m, _)| **m == p || p >= self.iterations).map(|(_, s)| s.clone()),
            None => snapshot_at(&self.source, p, &self.options).map(Rc::new),
        }
    }

    /// Whether the run finished without an error escaping.
    pub fn succeeded(&self) -> bool {
        self.ending == Ending::Exited(0)
    }
}

/// The loop's state at moment `p` of `source`'s run: the program is run again,
/// deterministically, up to that moment (see [`crate::engine::driver`]). `None`
/// when no event loop exists at that moment.
pub fn snapshot_at(source: &str, p: u64, options: &RecordOptions) -> Option<LoopState> {
    let run_options = RunOptions {
        limits: options.limits,
        trace: false,
        snapshot_at: Some(p),
        wakeups: options.wakeups.clone(),
        max_iterations: options.max_iterations,
        record_snapshots: None,
    };
    let mut session = Session::start(source, PROGRAM_NAME, run_options).ok()?;
    session.run_to_end();
    session.snapshot()
}

#[cfg(test)]
mod tests {
    use super::*;

    const COUNTDOWN: &str = "import asyncio\n\nasync def count(name, d):\n    for i in range(2):\n        print(name, i)\n        await asyncio.sleep(d)\n\n\
        async def main():\n    await asyncio.gather(count('A', 1), count('B', 0.5))\n\nprint('start')\nasyncio.run(main())\nprint('end')\n";

    fn record(source: &str) -> Recording {
        Recording::run(source, RecordOptions::default())
    }

    fn texts(lines: &[OutputLine]) -> Vec<String> {
        lines.iter().map(|l| l.text.clone()).collect()
    }

    #[test]
    fn output_appears_as_the_cursor_passes_the_iteration_that_printed_it() {
        let r = record(COUNTDOWN);
        assert_eq!(r.ending, Ending::Exited(0));
        assert_eq!(texts(&r.lines_until(0)), ["start"]);
        assert_eq!(texts(&r.lines_until(2)), ["start", "A 0", "B 0"]);
        assert_eq!(texts(&r.lines_until(r.iterations)), ["start", "A 0", "B 0", "B 1", "A 1", "end"]);
        assert_eq!(r.starts.len() as u64, r.iterations);
    }

    #[test]
    fn the_clock_at_a_moment_is_when_that_iteration_started() {
        let r = record(COUNTDOWN);
        let b1 = r.moment_of_time(0.5);
        assert_eq!(r.time_at(b1), 0.5);
        assert_eq!(r.time_at(b1 - 1), 0.0);
        assert_eq!(r.time_at(r.iterations), 2.0);
        assert!(r.tasks_stepped_in(b1 + 1).contains(&"Task-3".to_string()), "{:?}", r.tasks_stepped_in(b1 + 1));
    }

    #[test]
    fn recorded_snapshots_are_the_replayed_ones_at_every_moment() {
        let recorded = Recording::run(COUNTDOWN, RecordOptions { record_snapshots: Some(10_000), ..Default::default() });
        let replayed = record(COUNTDOWN);
        assert!(recorded.snapshots.is_some());
        assert!(replayed.snapshots.is_none());
        for p in 0..=recorded.iterations {
            assert_eq!(recorded.snapshot_at(p), replayed.snapshot_at(p), "moment {p}");
        }
    }

    #[test]
    fn snapshots_past_their_budget_are_dropped_and_replayed_instead() {
        let r = Recording::run(COUNTDOWN, RecordOptions { record_snapshots: Some(5), ..Default::default() });
        assert!(r.snapshots.is_none());
        assert!(r.snapshot_at(3).is_some());
    }

    #[test]
    fn timers_that_fire_late_in_real_time_say_by_how_much() {
        let options = RecordOptions { wakeups: Some(vec![0.5042]), ..Default::default() };
        let r = Recording::run(COUNTDOWN, options);
        assert_eq!(r.ending, Ending::WaitingUntil(1.0));
        let p = r.moment_of_time(0.5);
        let late: Vec<Option<f64>> = r.fired_in(p).into_iter().map(|f| f.late.map(|s| (s * 1e4).round() / 1e4)).collect();
        assert_eq!(late, [Some(0.0042)]);
        assert_eq!(r.fired_in(p + 1).iter().map(|f| f.late).collect::<Vec<_>>(), [None]);
    }

    #[test]
    fn workers_are_busy_while_their_jobs_run_and_idle_after() {
        let source = "import asyncio, time\n\ndef block(d):\n    time.sleep(d)\n\nasync def main():\n    loop = asyncio.get_running_loop()\n    \
            await asyncio.gather(loop.run_in_executor(None, block, 1), loop.run_in_executor(None, block, 2))\n\nasyncio.run(main())\n";
        let r = record(source);
        let during = r.workers_at(r.moment_of_time(0.5) - 1);
        let names: Vec<(&str, bool)> = during.iter().map(|w| (w.name.as_str(), w.job.is_some())).collect();
        assert_eq!(names, [("asyncio_0", true), ("asyncio_1", true)]);
        assert_eq!(during[0].job.as_deref(), Some("block()"));
        let after = r.workers_at(r.iterations);
        assert!(after.iter().all(|w| w.job.is_none()), "{after:?}");
    }

    #[test]
    fn a_syntax_error_is_recorded_as_cpython_reports_it() {
        let r = record("print('a'\n");
        match &r.ending {
            Ending::Rejected { diagnostic, text } => {
                assert_eq!(diagnostic.line, 1);
                assert!(text.ends_with("SyntaxError: '(' was never closed\n"), "{text}");
            }
            other => panic!("{other:?}"),
        }
    }

    #[test]
    fn a_runtime_error_keeps_its_line_and_traceback() {
        let r = record("x = 1\nprint(x / 0)\n");
        assert_eq!((r.ending.clone(), r.error_line), (Ending::Exited(1), Some(2)));
        let last = r.lines_until(r.iterations).pop().map(|l| (l.stream, l.text));
        assert_eq!(last, Some((Stream::Stderr, "ZeroDivisionError: division by zero".to_string())));
    }

    #[test]
    fn stepping_back_replays_to_the_same_loop_state() {
        let options = RecordOptions::default();
        let first = snapshot_at(COUNTDOWN, 3, &options);
        let again = snapshot_at(COUNTDOWN, 3, &options);
        assert!(first.is_some());
        assert_eq!(first, again);
        let before = snapshot_at(COUNTDOWN, 0, &options).map(|s| s.ready);
        assert_eq!(before, Some(vec!["Task.__step(Task-1)".to_string()]));
        assert_eq!(snapshot_at("print('no loop')\n", 0, &options), None);
    }
}
