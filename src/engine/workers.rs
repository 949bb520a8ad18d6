//! Simulated worker threads: `loop.run_in_executor` / `ThreadPoolExecutor(max_workers)`.
//!
//! A job is resumable ([`Job`]); its blocking sleeps advance only its worker's own
//! time. Jobs from all workers interleave by virtual time: the clock is set to each job
//! step's time while it runs. A finished job's result reaches the loop through
//! `call_soon_threadsafe` at the job's finish time. More jobs than workers wait FIFO;
//! workers are spawned lazily up to `max_workers` (an idle worker is reused first).
//!
//! Invariants: a worker is busy iff `job.is_some()`; `next` is the virtual time of its
//! next step; events are processed in (time, worker index) order — deterministic.
//! The default executor has `min(32, cpu_count + 4)` workers with `cpu_count` an engine
//! setting defaulting to 2 (so 6 workers).

use std::collections::VecDeque;

use super::handle::Label;
use super::trace::TraceKind;
use super::{EventLoop, FutureId, Host};

/// What a job step did.
#[derive(Debug)]
pub enum JobStep<H: Host> {
    /// A blocking sleep of this many seconds (the worker's time advances).
    Block(f64),
    /// Finished with a value.
    Done(H::Value),
    /// Raised.
    Raise(H::Exception),
}

/// A resumable job run on a worker thread.
pub trait Job<H: Host> {
    /// Run until the next blocking sleep or the end.
    fn resume(&mut self, lp: &mut EventLoop<H>) -> JobStep<H>;
    /// e.g. `blocking_io()`.
    fn describe(&self) -> String;
}

/// Identifies an executor of a loop.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct ExecutorId(pub u32);

pub(crate) struct Worker<H: Host> {
    pub job: Option<(Box<dyn Job<H>>, FutureId)>,
    pub next: f64,
}

pub(crate) struct Executor<H: Host> {
    pub max_workers: usize,
    pub workers: Vec<Worker<H>>,
    pub queue: VecDeque<(Box<dyn Job<H>>, FutureId)>,
}

/// A snapshot of one worker.
#[derive(Clone, Debug, PartialEq)]
pub struct WorkerView {
    /// Executor index.
    pub executor: u32,
    /// Worker index in the executor.
    pub worker: usize,
    /// The job it runs (None: idle) and the time of its next step.
    pub busy: Option<(String, f64)>,
}

impl<H: Host> EventLoop<H> {
    /// `cpu_count` used for the default executor size (default 2).
    pub fn set_cpu_count(&mut self, n: usize) {
        self.cpu_count = n.max(1);
    }
    /// `ThreadPoolExecutor(max_workers)`; `None` = `min(32, cpu_count + 4)`.
    pub fn new_executor(&mut self, max_workers: Option<usize>) -> Result<ExecutorId, H::Exception> {
        let n = match max_workers {
            Some(0) => return Err(H::value_error("max_workers must be greater than 0")),
            Some(n) => n,
            None => 32.min(self.cpu_count + 4),
        };
        self.executors.push(Executor { max_workers: n, workers: Vec::new(), queue: VecDeque::new() });
        Ok(ExecutorId(self.executors.len() as u32 - 1))
    }
    /// `loop.run_in_executor(executor, job)` (`None` = the default executor).
    /// Returns the loop future that gets the job's result.
    pub fn run_in_executor(&mut self, executor: Option<ExecutorId>, job: Box<dyn Job<H>>) -> Result<FutureId, H::Exception> {
        let ex = match executor {
            Some(e) => e,
            None => match self.default_executor {
                Some(e) => e,
                None => {
                    let e = self.new_executor(None)?;
                    self.default_executor = Some(e);
                    e
                }
            },
        };
        let fut = self.create_future();
        let now = self.now();
        let exr = self.executors.get_mut(ex.0 as usize).ok_or_else(|| H::runtime_error("unknown executor"))?;
        if let Some(w) = exr.workers.iter_mut().find(|w| w.job.is_none()) {
            w.job = Some((job, fut));
            w.next = now;
        } else if exr.workers.len() < exr.max_workers {
            exr.workers.push(Worker { job: Some((job, fut)), next: now });
        } else {
            exr.queue.push_back((job, fut));
        }
        Ok(fut)
    }
    /// Is any worker busy?
    pub fn workers_busy(&self) -> bool {
        self.executors.iter().any(|e| e.workers.iter().any(|w| w.job.is_some()))
    }
    /// The time of the next worker step.
    pub fn next_worker_event(&self) -> Option<f64> {
        let mut best: Option<f64> = None;
        for e in &self.executors {
            for w in &e.workers {
                if w.job.is_some() && best.is_none_or(|b| w.next < b) {
                    best = Some(w.next);
                }
            }
        }
        best
    }
    /// The workers, for snapshots.
    pub fn worker_views(&self) -> Vec<WorkerView> {
        let mut v = Vec::new();
        for (ei, e) in self.executors.iter().enumerate() {
            for (wi, w) in e.workers.iter().enumerate() {
                v.push(WorkerView { executor: ei as u32, worker: wi, busy: w.job.as_ref().map(|(j, _)| (j.describe(), w.next)) });
            }
        }
        v
    }
    /// Run every worker step due at or before `until`, in time order, each with the clock
    /// set to its own time; the clock ends at `max(now, until)`... restored to `now`.
    pub(crate) fn run_workers_until(&mut self, until: f64) {
        let saved = self.now();
        loop {
            let mut best: Option<(f64, usize, usize)> = None;
            for (ei, e) in self.executors.iter().enumerate() {
                for (wi, w) in e.workers.iter().enumerate() {
                    if w.job.is_some() && w.next <= until && best.is_none_or(|b| w.next < b.0) {
                        best = Some((w.next, ei, wi));
                    }
                }
            }
            let Some((t, ei, wi)) = best else { break };
            let Some((mut job, fut)) = self.executors[ei].workers[wi].job.take() else { break };
            self.set_now(t.max(self.now().min(t)));
            let start_label = job.describe();
            self.emit(|| TraceKind::WorkerStep { worker: wi, job: start_label });
            let step = job.resume(self);
            match step {
                JobStep::Block(s) => {
                    let s = if s.is_nan() || s < 0.0 { 0.0 } else { s };
                    let w = &mut self.executors[ei].workers[wi];
                    w.job = Some((job, fut));
                    w.next = t + s;
                }
                done => {
                    let d = job.describe();
                    self.emit(|| TraceKind::WorkerDone { worker: wi, job: d });
                    let r: Result<H::Value, H::Exception> = match done {
                        JobStep::Done(v) => Ok(v),
                        JobStep::Raise(e) => Err(e),
                        JobStep::Block(_) => Ok(H::none()),
                    };
                    self.call_soon_threadsafe(Label::Static("_call_set_state"), move |lp, _| {
                        if lp.future_cancelled(fut)? {
                            return Ok(());
                        }
                        match r {
                            Ok(v) => lp.set_result(fut, v),
                            Err(e) => lp.set_exception(fut, e),
                        }
                    });
                    if let Some((nj, nf)) = self.executors[ei].queue.pop_front() {
                        let w = &mut self.executors[ei].workers[wi];
                        w.job = Some((nj, nf));
                        w.next = t;
                    }
                }
            }
        }
        self.set_now(saved);
    }
}
