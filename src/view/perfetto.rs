//! A run as Chrome Trace Event JSON, the format ui.perfetto.dev and
//! chrome://tracing open: one process for the program; a track for the event
//! loop (each iteration a slice, each callback a slice inside it, blocked
//! spans, timers firing), one per task (running when it steps, waiting on
//! what between steps), one per executor worker; prints and errors as
//! instant events; flow arrows from where a call_soon / call_later was
//! scheduled to where it ran.
//!
//! Time is the virtual clock in microseconds. On that clock code takes no
//! time, so every callback the loop runs is drawn [`CALLBACK_US`] wide, and
//! what follows moves right just enough to make room: a slice starts at its
//! virtual time or at the end of what came before, whichever is later (each
//! event's exact clock reading is in its `args`). The command line and the
//! page both export through [`chrome_trace`]: one exporter, two front ends.

use std::collections::{HashMap, VecDeque};

use super::json;
use super::output::{Chunk, Stream};
use crate::engine::{TraceEvent, TraceKind};

/// How wide each callback the loop runs is drawn, in microseconds.
pub const CALLBACK_US: f64 = 1.0;

/// The track of the event loop.
const LOOP_TID: u64 = 1;
/// Tasks' tracks are numbered from here, in creation order.
const FIRST_TASK_TID: u64 = 100;
/// Workers' tracks are numbered from here plus the worker's id.
const FIRST_WORKER_TID: u64 = 100_000;
/// The loop's own callback that stops it when run_until_complete is done:
/// output in its iteration was written after the loop, not by it.
const STOP_CALLBACK: &str = "_run_until_complete_cb";

/// One trace event, ready to be written.
struct Event {
    ph: &'static str,
    tid: u64,
    ts: f64,
    dur: Option<f64>,
    name: String,
    cat: &'static str,
    args: Vec<(&'static str, String)>,
    flow: Option<u64>,
}

impl Event {
    fn to_json(&self) -> String {
        let mut out = format!(
            "{{\"name\":{},\"cat\":\"{}\",\"ph\":\"{}\",\"ts\":{},\"pid\":1,\"tid\":{}",
            json::string(&self.name),
            self.cat,
            self.ph,
            json::number(self.ts),
            self.tid
        );
        if let Some(dur) = self.dur {
            out.push_str(&format!(",\"dur\":{}", json::number(dur)));
        }
        match self.ph {
            "i" => out.push_str(",\"s\":\"t\""),
            "f" => out.push_str(",\"bp\":\"e\""),
            _ => {}
        }
        if let Some(id) = self.flow {
            out.push_str(&format!(",\"id\":{id}"));
        }
        if !self.args.is_empty() {
            let args: Vec<String> = self.args.iter().map(|(k, v)| format!("{}:{v}", json::string(k))).collect();
            out.push_str(&format!(",\"args\":{{{}}}", args.join(",")));
        }
        out.push('}');
        out
    }
}

/// A task's track while the trace is read.
struct TaskTrack {
    tid: u64,
    name: String,
    /// The open "ready" / "waiting on" slice.
    waiting: Option<usize>,
    /// What the step now running suspended on.
    suspended_on: Option<String>,
    finished: bool,
}

/// A worker's track while the trace is read.
struct WorkerTrack {
    tid: u64,
    name: String,
    busy: Option<(usize, String)>,
}

/// The callback now running.
struct OpenHandle {
    index: usize,
    iteration: u64,
    label: String,
    /// The task it steps, with its running slice.
    task: Option<(String, usize)>,
}

/// Where a callback was drawn, for placing what it printed.
struct Placed {
    ts: f64,
    end: f64,
    /// The clock when it returned.
    clock_end: f64,
    tid: u64,
    label: String,
}

/// The exporter's state while it reads the trace in order.
#[derive(Default)]
struct Exporter {
    events: Vec<Event>,
    cursor: f64,
    iteration: Option<usize>,
    iteration_end: f64,
    handle: Option<OpenHandle>,
    tasks: HashMap<String, TaskTrack>,
    task_order: Vec<String>,
    workers: HashMap<usize, WorkerTrack>,
    worker_order: Vec<usize>,
    soon: HashMap<String, VecDeque<Option<u64>>>,
    timers: Vec<(f64, String, Option<u64>)>,
    due: HashMap<String, VecDeque<Option<u64>>>,
    next_flow: u64,
    placed: HashMap<u64, Vec<Placed>>,
}

/// The run as Chrome Trace Event JSON: `trace` is the engine's trace,
/// `chunks` what the program wrote (stamped as in a recording), `program`
/// the name the process is given.
pub fn chrome_trace(trace: &[TraceEvent], chunks: &[Chunk], program: &str) -> String {
    let mut exporter = Exporter::default();
    for event in trace {
        exporter.feed(event);
    }
    exporter.finish();
    for chunk in chunks {
        exporter.output(chunk);
    }
    // In time order, and at one instant an enclosing slice before what it
    // encloses: viewers nest slices that start together by this order.
    let mut events = std::mem::take(&mut exporter.events);
    crate::sort::sort_by(&mut events, |a, b| {
        let rank = |e: &Event| u8::from(e.ph != "X");
        a.ts.total_cmp(&b.ts).then(rank(a).cmp(&rank(b))).then(b.dur.unwrap_or(0.0).total_cmp(&a.dur.unwrap_or(0.0)))
    });
    let mut lines = exporter.metadata(program);
    lines.extend(events.iter().map(Event::to_json));
    let clock = format!(
        "virtual time in microseconds; every callback the loop runs is drawn {} µs wide and what follows moves right to make room",
        json::number(CALLBACK_US)
    );
    format!(
        "{{\"displayTimeUnit\":\"ms\",\"otherData\":{{\"program\":{},\"clock\":{}}},\"traceEvents\":[\n{}\n]}}\n",
        json::string(program),
        json::string(&clock),
        lines.join(",\n")
    )
}

impl Exporter {
    fn push(&mut self, ph: &'static str, tid: u64, ts: f64, name: String, cat: &'static str) -> usize {
        let dur = (ph == "X").then_some(0.0);
        self.events.push(Event { ph, tid, ts, dur, name, cat, args: Vec::new(), flow: None });
        self.events.len() - 1
    }

    fn arg(&mut self, index: usize, key: &'static str, value: String) {
        self.events[index].args.push((key, value));
    }

    fn close(&mut self, index: usize, end: f64) {
        let ts = self.events[index].ts;
        self.events[index].dur = Some((end - ts).max(0.0));
    }

    fn feed(&mut self, e: &TraceEvent) {
        let now = self.cursor.max(e.time * 1e6);
        self.cursor = now;
        match &e.kind {
            TraceKind::IterationStart { ready, timers } => {
                self.close_iteration();
                let now = self.cursor.max(e.time * 1e6);
                self.cursor = now;
                let i = self.push("X", LOOP_TID, now, format!("iteration {}", e.iteration), "loop");
                self.arg(i, "clock", json::number(e.time));
                self.arg(i, "ready", ready.to_string());
                self.arg(i, "timers", timers.to_string());
                self.iteration = Some(i);
                self.iteration_end = now;
            }
            TraceKind::HandleStart { label } => self.start_handle(now, label, e),
            TraceKind::HandleEnd => self.end_handle(now, e.time),
            TraceKind::TaskCreated { task, coro } => self.create_task(now, task, coro),
            TraceKind::TaskStepped { task, thrown } => self.step_task(now, task, thrown.as_deref(), e.time),
            TraceKind::TaskSuspended { task, on } => {
                if let Some(track) = self.tasks.get_mut(task) {
                    track.suspended_on = Some(on.clone());
                }
            }
            TraceKind::TaskDone { task, how } => self.task_instant(now, task, how.clone(), e.time, true),
            TraceKind::TaskCancelRequested { task } => self.task_instant(now, task, "cancel() requested".into(), e.time, false),
            TraceKind::ScheduledSoon { label } => {
                if let Some(task) = label.strip_prefix("Task.__wakeup(").and_then(|l| l.strip_suffix(')')) {
                    self.wake(now, task);
                }
                let flow = self.flow_source(now, "call_soon", label);
                self.soon.entry(label.clone()).or_default().push_back(flow);
            }
            TraceKind::ScheduledLater { when, label } | TraceKind::ScheduledAt { when, label } => {
                let kind = if matches!(e.kind, TraceKind::ScheduledLater { .. }) { "call_later" } else { "call_at" };
                let flow = self.flow_source(now, kind, label);
                self.timers.push((*when, label.clone(), flow));
            }
            TraceKind::TimerDue { when, label } => {
                let i = self.push("i", LOOP_TID, now, format!("timer due: {label}"), "timer");
                self.arg(i, "deadline", json::number(*when));
                self.arg(i, "clock", json::number(e.time));
                if let Some(k) = self.timers.iter().position(|(w, l, _)| w == when && l == label) {
                    let (_, _, flow) = self.timers.remove(k);
                    self.due.entry(label.clone()).or_default().push_back(flow);
                }
            }
            TraceKind::Blocked { start, end } => {
                let ts = now.max(start * 1e6);
                let i = self.push("X", LOOP_TID, ts, "blocked: time.sleep".into(), "blocked");
                self.arg(i, "from", json::number(*start));
                self.arg(i, "until", json::number(*end));
                let until = ts + (end - start) * 1e6;
                self.close(i, until);
                self.cursor = self.cursor.max(until);
            }
            TraceKind::WorkerStep { worker, job } => self.worker_step(now, *worker, job),
            TraceKind::WorkerDone { worker, .. } => self.worker_done(now, *worker),
            TraceKind::Output { text } => {
                let tid = self.current_tid();
                let i = self.push("i", tid, now, first_line(text), "print");
                self.arg(i, "text", json::string(text));
            }
            TraceKind::Error { text } => {
                let tid = self.current_tid();
                let i = self.push("i", tid, now, first_line(text), "error");
                self.arg(i, "text", json::string(text));
            }
            TraceKind::Stopped => {
                self.close_iteration();
                self.push("i", LOOP_TID, self.cursor, "loop stopped".into(), "loop");
            }
            TraceKind::Closed => {
                self.push("i", LOOP_TID, now, "loop closed".into(), "loop");
            }
            TraceKind::SlowCallback { label, seconds } => {
                let i = self.push("i", LOOP_TID, now, format!("slow callback: {label} took {seconds:.3} seconds"), "slow");
                self.arg(i, "seconds", json::number(*seconds));
            }
            TraceKind::HandleCancelled { .. } | TraceKind::FutureResolved { .. } | TraceKind::DebugMode { .. } => {}
        }
    }

    /// The track of whatever runs now: the task being stepped, or the loop.
    fn current_tid(&self) -> u64 {
        match &self.handle {
            Some(OpenHandle { task: Some((task, _)), .. }) => self.tasks.get(task).map_or(LOOP_TID, |t| t.tid),
            _ => LOOP_TID,
        }
    }

    fn close_iteration(&mut self) {
        if let Some(i) = self.iteration.take() {
            let end = self.iteration_end.max(self.events[i].ts + CALLBACK_US);
            self.close(i, end);
            self.cursor = self.cursor.max(end);
        }
    }

    /// Starts a flow arrow where a callback is scheduled (only from inside a
    /// callback: an arrow must leave a slice).
    fn flow_source(&mut self, now: f64, cat: &'static str, label: &str) -> Option<u64> {
        self.handle.as_ref()?;
        self.next_flow += 1;
        let id = self.next_flow;
        let tid = self.current_tid();
        let i = self.push("s", tid, now, label.to_string(), cat);
        self.events[i].flow = Some(id);
        Some(id)
    }

    fn start_handle(&mut self, now: f64, label: &str, e: &TraceEvent) {
        let index = self.push("X", LOOP_TID, now, label.to_string(), "callback");
        self.arg(index, "clock", json::number(e.time));
        let from_timer = self.due.get_mut(label).and_then(VecDeque::pop_front);
        let (flow, cat) = match from_timer {
            Some(flow) => (flow, "timer"),
            None => (self.soon.get_mut(label).and_then(VecDeque::pop_front).flatten(), "call_soon"),
        };
        if let Some(id) = flow {
            let source_cat = self.events.iter().rev().find(|ev| ev.flow == Some(id)).map_or(cat, |ev| ev.cat);
            let f = self.push("f", LOOP_TID, now, label.to_string(), source_cat);
            self.events[f].flow = Some(id);
        }
        self.handle = Some(OpenHandle { index, iteration: e.iteration, label: label.to_string(), task: None });
    }

    fn end_handle(&mut self, now: f64, clock: f64) {
        let Some(handle) = self.handle.take() else { return };
        let ts = self.events[handle.index].ts;
        let end = now.max(ts + CALLBACK_US);
        self.close(handle.index, end);
        let mut tid = LOOP_TID;
        if let Some((task, running)) = handle.task {
            self.close(running, end);
            if let Some(track) = self.tasks.get_mut(&task) {
                tid = track.tid;
                let on = track.suspended_on.take();
                let (track_tid, finished) = (track.tid, track.finished);
                if let Some(on) = on.filter(|_| !finished) {
                    let (name, cat) = if on == "yield" || on.is_empty() { ("ready (bare yield)".to_string(), "ready") } else { (format!("waiting on {on}"), "waiting") };
                    let w = self.push("X", track_tid, end, name, cat);
                    if let Some(track) = self.tasks.get_mut(&task) {
                        track.waiting = Some(w);
                    }
                }
            }
        }
        self.placed.entry(handle.iteration).or_default().push(Placed { ts, end, clock_end: clock, tid, label: handle.label });
        self.cursor = end;
        self.iteration_end = end;
    }

    fn create_task(&mut self, now: f64, task: &str, coro: &str) {
        let tid = FIRST_TASK_TID + self.task_order.len() as u64;
        let waiting = self.push("X", tid, now, "ready".into(), "ready");
        self.tasks.insert(task.to_string(), TaskTrack { tid, name: format!("{task} {coro}"), waiting: Some(waiting), suspended_on: None, finished: false });
        self.task_order.push(task.to_string());
    }

    fn step_task(&mut self, now: f64, task: &str, thrown: Option<&str>, clock: f64) {
        let Some(track) = self.tasks.get_mut(task) else { return };
        let (tid, name, waiting) = (track.tid, track.name.clone(), track.waiting.take());
        if let Some(w) = waiting {
            self.close(w, now);
        }
        let name = match thrown {
            Some(exc) => format!("{name} ← {exc} thrown in"),
            None => name,
        };
        let running = self.push("X", tid, now, name, "running");
        self.arg(running, "clock", json::number(clock));
        match &mut self.handle {
            Some(handle) => handle.task = Some((task.to_string(), running)),
            None => self.close(running, now + CALLBACK_US),
        }
    }

    /// A waiting task's wake-up is scheduled: from here it is ready, its
    /// step in the ready queue.
    fn wake(&mut self, now: f64, task: &str) {
        let Some(track) = self.tasks.get(task) else { return };
        let (tid, waiting) = (track.tid, track.waiting);
        if let Some(w) = waiting.filter(|&w| self.events[w].name.starts_with("waiting on ")) {
            self.close(w, now);
            let ready = self.push("X", tid, now, "ready".into(), "ready");
            if let Some(track) = self.tasks.get_mut(task) {
                track.waiting = Some(ready);
            }
        }
    }

    fn task_instant(&mut self, now: f64, task: &str, name: String, clock: f64, finished: bool) {
        let Some(track) = self.tasks.get_mut(task) else { return };
        track.finished |= finished;
        let tid = track.tid;
        let i = self.push("i", tid, now, name, "task");
        self.arg(i, "clock", json::number(clock));
    }

    fn worker_step(&mut self, now: f64, worker: usize, job: &str) {
        let (thread, what) = job.split_once(": ").unwrap_or(("", job));
        if !self.workers.contains_key(&worker) {
            self.worker_order.push(worker);
        }
        let track = self.workers.entry(worker).or_insert_with(|| {
            let name = if thread.is_empty() { format!("worker {worker}") } else { thread.to_string() };
            WorkerTrack { tid: FIRST_WORKER_TID + worker as u64, name, busy: None }
        });
        if track.busy.as_ref().is_some_and(|(_, j)| j == what) {
            return;
        }
        let (tid, open) = (track.tid, track.busy.take());
        if let Some((i, _)) = open {
            self.close(i, now);
        }
        let i = self.push("X", tid, now, what.to_string(), "worker");
        if let Some(track) = self.workers.get_mut(&worker) {
            track.busy = Some((i, what.to_string()));
        }
    }

    fn worker_done(&mut self, now: f64, worker: usize) {
        let Some((i, _)) = self.workers.get_mut(&worker).and_then(|t| t.busy.take()) else { return };
        let end = now.max(self.events[i].ts + CALLBACK_US);
        self.close(i, end);
    }

    /// Closes what is still open at the end of the run.
    fn finish(&mut self) {
        self.close_iteration();
        let end = self.cursor;
        let open: Vec<usize> = self
            .tasks
            .values_mut()
            .filter_map(|t| t.waiting.take())
            .chain(self.workers.values_mut().filter_map(|w| w.busy.take().map(|(i, _)| i)))
            .collect();
        for i in open {
            self.close(i, end);
        }
        // A task stepped as soon as it was created was never seen waiting.
        self.events.retain(|e| !(matches!(e.cat, "waiting" | "ready") && e.dur == Some(0.0)));
    }

    /// What the program wrote, as an instant event: on the track of the one
    /// callback its iteration ran (its task's track for a task step), or on
    /// the loop's track when the iteration ran several (the output is not
    /// ordered among them) or none.
    fn output(&mut self, chunk: &Chunk) {
        let t = chunk.at.time * 1e6;
        let placed = self.placed.get(&(chunk.at.iteration as u64));
        let (tid, ts) = match placed.map(Vec::as_slice) {
            // Written while the loop waited after the iteration (a worker
            // thread's print): on the loop's track, at its clock.
            Some([.., last]) if chunk.at.time > last.clock_end => (LOOP_TID, t.max(last.end)),
            Some([one]) if one.label != STOP_CALLBACK => (one.tid, t.clamp(one.ts, one.end)),
            Some([first, .., last]) => (LOOP_TID, t.clamp(first.ts, last.end)),
            // Written after the loop stopped: just after its last callback.
            Some([one]) => (LOOP_TID, t.max(one.end)),
            _ => (LOOP_TID, t),
        };
        // A print is one instant per line; a traceback one instant, named
        // by its last line (the exception).
        let pieces: Vec<(String, &str, &'static str)> = match chunk.stream {
            Stream::Stdout => chunk.text.lines().map(|line| (line.to_string(), line, "print")).collect(),
            Stream::Stderr => vec![(last_line(&chunk.text), chunk.text.as_str(), "stderr")],
        };
        for (name, text, cat) in pieces {
            let i = self.push("i", tid, ts, name, cat);
            self.arg(i, "text", json::string(text));
            self.arg(i, "clock", json::number(chunk.at.time));
        }
    }

    /// Names for the process and its tracks, and their order.
    fn metadata(&self, program: &str) -> Vec<String> {
        let meta = |tid: u64, what: &str, value: String| {
            format!("{{\"name\":\"{what}\",\"ph\":\"M\",\"pid\":1,\"tid\":{tid},\"args\":{{{}}}}}", value)
        };
        let name = |text: &str| format!("\"name\":{}", json::string(text));
        let sort = |index: usize| format!("\"sort_index\":{index}");
        let mut lines = vec![
            meta(0, "process_name", name(&format!("looplab {program}"))),
            meta(LOOP_TID, "thread_name", name("event loop")),
            meta(LOOP_TID, "thread_sort_index", sort(0)),
        ];
        for (k, task) in self.task_order.iter().enumerate() {
            let track = &self.tasks[task];
            lines.push(meta(track.tid, "thread_name", name(&track.name)));
            lines.push(meta(track.tid, "thread_sort_index", sort(k + 1)));
        }
        for (k, worker) in self.worker_order.iter().enumerate() {
            let track = &self.workers[worker];
            lines.push(meta(track.tid, "thread_name", name(&track.name)));
            lines.push(meta(track.tid, "thread_sort_index", sort(self.task_order.len() + k + 1)));
        }
        lines
    }
}

fn first_line(text: &str) -> String {
    text.lines().next().unwrap_or("").to_string()
}

fn last_line(text: &str) -> String {
    text.lines().rev().find(|l| !l.trim().is_empty()).unwrap_or("").to_string()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::recording::{PROGRAM_NAME, RecordOptions, Recording};

    const NAPS: &str = "import asyncio\n\nasync def nap(name, d):\n    await asyncio.sleep(d)\n    print(name)\n\n\
        async def main():\n    await asyncio.gather(nap('a', 0.5), nap('b', 0.3))\n\nasyncio.run(main())\n";

    fn events_of(text: &str) -> Vec<&str> {
        text.lines().filter(|l| l.starts_with("{\"name\"")).map(|l| l.trim_end_matches(',')).collect()
    }

    #[test]
    fn the_page_exports_its_recording_through_the_same_function() {
        let r = Recording::run(NAPS, RecordOptions::default());
        let text = chrome_trace(&r.trace, &r.chunks, PROGRAM_NAME);
        assert!(text.starts_with("{\"displayTimeUnit\":\"ms\","), "{text}");
        assert!(text.ends_with("\n]}\n"));
        let events = events_of(&text);
        assert!(events.contains(&"{\"name\":\"process_name\",\"ph\":\"M\",\"pid\":1,\"tid\":0,\"args\":{\"name\":\"looplab main.py\"}}"));
        assert!(events.contains(&"{\"name\":\"thread_name\",\"ph\":\"M\",\"pid\":1,\"tid\":102,\"args\":{\"name\":\"Task-3 nap()\"}}"));
        // b wakes first, at 0.3 s, on its own track.
        let b = events.iter().find(|e| e.starts_with("{\"name\":\"b\",")).expect("b's print");
        assert!(b.contains("\"ts\":300001,\"pid\":1,\"tid\":102,"), "{b}");
    }

    #[test]
    fn a_print_in_an_iteration_of_several_callbacks_stays_on_the_loop_track() {
        let source = "import asyncio\n\nasync def hi(n):\n    print('hi', n)\n\nasync def main():\n    await asyncio.gather(hi(1), hi(2))\n\nasyncio.run(main())\n";
        let r = Recording::run(source, RecordOptions::default());
        let text = chrome_trace(&r.trace, &r.chunks, PROGRAM_NAME);
        let prints: Vec<&str> = events_of(&text).into_iter().filter(|e| e.contains("\"cat\":\"print\"")).collect();
        assert_eq!(prints.len(), 2);
        assert!(prints.iter().all(|e| e.contains("\"tid\":1,")), "{prints:?}");
    }

    #[test]
    fn an_empty_run_is_still_a_trace_with_its_process_and_loop_track() {
        let text = chrome_trace(&[], &[], "empty.py");
        assert_eq!(events_of(&text).len(), 3);
    }
}
