//! The trace: a typed stream of everything the loop does, each event stamped with the
//! virtual time and iteration number. Off by default; when off, nothing is built.

/// One trace event.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(target_arch = "wasm32", derive(serde::Serialize, serde::Deserialize))]
pub struct TraceEvent {
    /// Virtual time.
    pub time: f64,
    /// Iterations completed by every loop of the run so far (the current one
    /// included once it has started): numbering continues across loops.
    pub iteration: u64,
    /// What happened.
    pub kind: TraceKind,
}

/// What happened.
#[derive(Clone, Debug, PartialEq)]
#[cfg_attr(target_arch = "wasm32", derive(serde::Serialize, serde::Deserialize))]
pub enum TraceKind {
    /// An iteration started (after the clock moved and before due timers moved).
    IterationStart {
        /// Handles in the ready queue.
        ready: usize,
        /// Timers in the heap.
        timers: usize,
    },
    /// call_soon.
    ScheduledSoon {
        /// The callback's label.
        label: String,
    },
    /// call_later.
    ScheduledLater {
        /// Its deadline, in loop time.
        when: f64,
        /// The callback's label.
        label: String,
    },
    /// call_at.
    ScheduledAt {
        /// Its deadline, in loop time.
        when: f64,
        /// The callback's label.
        label: String,
    },
    /// A timer moved to the ready queue.
    TimerDue {
        /// Its deadline, in loop time.
        when: f64,
        /// The callback's label.
        label: String,
    },
    /// A handle started running.
    HandleStart {
        /// The callback's label.
        label: String,
    },
    /// The running handle returned.
    HandleEnd,
    /// In debug mode, the handle that just ran took at least
    /// `slow_callback_duration` (asyncio logs `Executing … took …`).
    SlowCallback {
        /// The callback's label.
        label: String,
        /// How long it ran, in seconds of the clock.
        seconds: f64,
    },
    /// Debug mode was turned on or off, or its `slow_callback_duration`
    /// changed: the threshold a step is slow past (None: debug mode off).
    DebugMode {
        /// `slow_callback_duration` while debug mode is on.
        slow_callback_duration: Option<f64>,
    },
    /// A handle was cancelled.
    HandleCancelled {
        /// The callback's label.
        label: String,
    },
    /// A task was created.
    TaskCreated {
        /// The task's name.
        task: String,
        /// Its coroutine (`main()`).
        coro: String,
    },
    /// A task's coroutine is being stepped (`thrown` if an exception is thrown in).
    TaskStepped {
        /// The task's name.
        task: String,
        /// The exception thrown in, if any.
        thrown: Option<String>,
    },
    /// A task suspended (on a future, a task, or a bare yield).
    TaskSuspended {
        /// The task's name.
        task: String,
        /// What it waits on.
        on: String,
    },
    /// cancel() was requested on a task.
    TaskCancelRequested {
        /// The task's name.
        task: String,
    },
    /// A task finished (done / failed / cancelled).
    TaskDone {
        /// The task's name.
        task: String,
        /// How it ended, or what it got.
        how: String,
    },
    /// A future got its result / exception / was cancelled.
    FutureResolved {
        /// The future's id.
        future: u32,
        /// How it ended, or what it got.
        how: String,
    },
    /// The loop thread was blocked (time.sleep) from start to end.
    Blocked {
        /// When it began.
        start: f64,
        /// When it ended.
        end: f64,
    },
    /// A host's worker thread started a job ([`super::EventLoop::trace_worker`];
    /// `job` is `thread name: function()`).
    WorkerStep {
        /// The worker's index.
        worker: usize,
        /// The job.
        job: String,
    },
    /// A worker finished a job.
    WorkerDone {
        /// The worker's index.
        worker: usize,
        /// The job.
        job: String,
    },
    /// Program output.
    Output {
        /// The text.
        text: String,
    },
    /// run_forever returned.
    Stopped,
    /// close().
    Closed,
    /// An error reported to the exception handler.
    Error {
        /// The text.
        text: String,
    },
}

fn esc(s: &str) -> String {
    let mut o = String::with_capacity(s.len() + 2);
    o.push('"');
    for c in s.chars() {
        match c {
            '"' => o.push_str("\\\""),
            '\\' => o.push_str("\\\\"),
            '\n' => o.push_str("\\n"),
            '\r' => o.push_str("\\r"),
            '\t' => o.push_str("\\t"),
            c if (c as u32) < 0x20 => o.push_str(&format!("\\u{:04x}", c as u32)),
            c => o.push(c),
        }
    }
    o.push('"');
    o
}

fn num(f: f64) -> String {
    if f.is_finite() { format!("{f}") } else { "null".to_string() }
}

impl TraceEvent {
    /// One JSON object (no trailing newline), e.g.
    /// `{"t":0,"it":1,"kind":"handle_start","label":"main()"}`.
    pub fn to_json_line(&self) -> String {
        let head = format!("{{\"t\":{},\"it\":{},", num(self.time), self.iteration);
        let body = match &self.kind {
            TraceKind::IterationStart { ready, timers } => format!("\"kind\":\"iteration\",\"ready\":{ready},\"timers\":{timers}"),
            TraceKind::ScheduledSoon { label } => format!("\"kind\":\"call_soon\",\"label\":{}", esc(label)),
            TraceKind::ScheduledLater { when, label } => format!("\"kind\":\"call_later\",\"when\":{},\"label\":{}", num(*when), esc(label)),
            TraceKind::ScheduledAt { when, label } => format!("\"kind\":\"call_at\",\"when\":{},\"label\":{}", num(*when), esc(label)),
            TraceKind::TimerDue { when, label } => format!("\"kind\":\"timer_due\",\"when\":{},\"label\":{}", num(*when), esc(label)),
            TraceKind::HandleStart { label } => format!("\"kind\":\"handle_start\",\"label\":{}", esc(label)),
            TraceKind::HandleEnd => "\"kind\":\"handle_end\"".to_string(),
            TraceKind::SlowCallback { label, seconds } => format!("\"kind\":\"slow_callback\",\"label\":{},\"seconds\":{}", esc(label), num(*seconds)),
            TraceKind::DebugMode { slow_callback_duration } => {
                format!("\"kind\":\"debug\",\"slow_callback_duration\":{}", slow_callback_duration.map_or_else(|| "null".into(), num))
            }
            TraceKind::HandleCancelled { label } => format!("\"kind\":\"handle_cancelled\",\"label\":{}", esc(label)),
            TraceKind::TaskCreated { task, coro } => format!("\"kind\":\"task_created\",\"task\":{},\"coro\":{}", esc(task), esc(coro)),
            TraceKind::TaskStepped { task, thrown } => format!(
                "\"kind\":\"task_stepped\",\"task\":{},\"thrown\":{}",
                esc(task),
                thrown.as_deref().map(esc).unwrap_or_else(|| "null".into())
            ),
            TraceKind::TaskSuspended { task, on } => format!("\"kind\":\"task_suspended\",\"task\":{},\"on\":{}", esc(task), esc(on)),
            TraceKind::TaskCancelRequested { task } => format!("\"kind\":\"task_cancel\",\"task\":{}", esc(task)),
            TraceKind::TaskDone { task, how } => format!("\"kind\":\"task_done\",\"task\":{},\"how\":{}", esc(task), esc(how)),
            TraceKind::FutureResolved { future, how } => format!("\"kind\":\"future_resolved\",\"future\":{future},\"how\":{}", esc(how)),
            TraceKind::Blocked { start, end } => format!("\"kind\":\"blocked\",\"start\":{},\"end\":{}", num(*start), num(*end)),
            TraceKind::WorkerStep { worker, job } => format!("\"kind\":\"worker_step\",\"worker\":{worker},\"job\":{}", esc(job)),
            TraceKind::WorkerDone { worker, job } => format!("\"kind\":\"worker_done\",\"worker\":{worker},\"job\":{}", esc(job)),
            TraceKind::Output { text } => format!("\"kind\":\"output\",\"text\":{}", esc(text)),
            TraceKind::Stopped => "\"kind\":\"stopped\"".to_string(),
            TraceKind::Closed => "\"kind\":\"closed\"".to_string(),
            TraceKind::Error { text } => format!("\"kind\":\"error\",\"text\":{}", esc(text)),
        };
        format!("{head}{body}}}")
    }
}

#[cfg(test)]
mod tests {
    use super::{TraceEvent, TraceKind};

    #[test]
    fn json_line_escapes_text() {
        let e = TraceEvent { time: 1.5, iteration: 3, kind: TraceKind::Output { text: "a\"b\n".into() } };
        assert_eq!(e.to_json_line(), r#"{"t":1.5,"it":3,"kind":"output","text":"a\"b\n"}"#);
    }
}
