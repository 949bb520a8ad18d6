//! What the driver (the CLI, the page) asks of every loop of one program run:
//! where the clock goes when the loop waits, and where the run halts.
//!
//! The engine is deterministic, so the page never needs to suspend a running
//! program: it re-runs it with different instructions.
//! * Stepping back and forth: re-run with [`DriverControl::snapshot_at`] = p; the
//!   loop captures its [`LoopState`] when the program has completed p iterations and
//!   halts there. A tutorial program re-runs in well under a millisecond, and
//!   replaying costs no memory per iteration, which recording every snapshot would
//!   (10,000 tasks × thousands of iterations).
//! * Real time: each time a loop would wait (or `time.sleep` blocks), it takes its
//!   wake-up time from [`DriverControl::wakeups`], the browser times the driver has
//!   observed so far. When the list runs out the run halts, reporting the deadline it
//!   waits for; the driver sets a browser timer for it and re-runs with one more
//!   wake-up. Without a list the clock is virtual: it jumps to the deadline.
//!
//! Invariant: once `halt` is set it stays set, and every loop refuses to run
//! another iteration.

use std::collections::{BTreeMap, VecDeque};
use std::rc::Rc;

use super::snapshot::LoopState;

/// Why a run halted before its end.
#[derive(Clone, Debug, PartialEq)]
pub enum Halt {
    /// The requested snapshot was taken.
    Snapshot,
    /// Real time: the run waits until this clock time and the driver has not yet
    /// said when that wait ended.
    WaitingUntil(f64),
    /// The run reached the driver's limit on loop iterations.
    IterationLimit(u64),
    /// A wait would have moved the clock to this time, past the driver's
    /// limit on virtual time (a `sleep(1e300)` or `sleep(inf)` stops here at
    /// once instead of spinning a day of loop time per iteration).
    TimeLimit(f64),
}

/// The driver's instructions and what the loops report back.
#[derive(Clone, Debug, Default)]
pub struct DriverControl {
    /// Global iterations completed by every loop of the run so far.
    pub iterations: u64,
    /// Take a snapshot (and halt) when `iterations` reaches this.
    pub snapshot_at: Option<u64>,
    /// The snapshot taken at `snapshot_at`, or failing that the state of the last
    /// loop when it closed (a moment at or past the program's last iteration).
    pub snapshot: Option<LoopState>,
    /// Real time: the clock value each successive wait ended at.
    pub wakeups: Option<VecDeque<f64>>,
    /// Set when the run halted.
    pub halt: Option<Halt>,
    /// Halt once this many iterations have completed (the page keeps a
    /// `sleep(0)` spin from recording millions of iterations).
    pub iteration_limit: Option<u64>,
    /// Record a snapshot at every moment while the recorded snapshots hold at
    /// most this many tasks in all; past it, recording stops and drops what
    /// it kept (the page then replays instead).
    pub record_budget: Option<usize>,
    /// The recorded snapshots by moment (see [`DriverControl::record`]).
    pub recorded: BTreeMap<u64, Rc<LoopState>>,
    /// Halt instead of moving the clock past this time.
    pub time_limit: Option<f64>,
}

impl DriverControl {
    /// Where the clock goes for a wait from now until `deadline`: the deadline
    /// (virtual time) or the driver's next wake-up, never before the deadline.
    /// `None` halts the run: the driver has not reached that moment yet.
    pub fn wake_time(&mut self, deadline: f64) -> Option<f64> {
        if let Some(limit) = self.time_limit
            && deadline > limit
        {
            self.halt = Some(Halt::TimeLimit(deadline));
            return None;
        }
        let Some(wakeups) = &mut self.wakeups else {
            return Some(deadline);
        };
        match wakeups.pop_front() {
            Some(t) => Some(if t > deadline { t } else { deadline }),
            None => {
                self.halt = Some(Halt::WaitingUntil(deadline));
                None
            }
        }
    }

    /// Halts the run if it has reached the iteration limit; returns whether
    /// the run is halted.
    pub fn check_iteration_limit(&mut self) -> bool {
        if let Some(limit) = self.iteration_limit
            && self.halt.is_none()
            && self.iterations >= limit
        {
            self.halt = Some(Halt::IterationLimit(limit));
        }
        self.halt.is_some()
    }

    /// Whether snapshots are being recorded for every moment.
    pub fn is_recording(&self) -> bool {
        self.record_budget.is_some()
    }

    /// Keeps `state` as the snapshot of the current moment. A loop about to
    /// run an iteration replaces what a closing loop left at the same moment;
    /// a closing loop only fills a gap.
    pub fn record(&mut self, state: LoopState, closing: bool) {
        let Some(budget) = self.record_budget else { return };
        let cost = state.tasks.len().max(1);
        if cost > budget {
            self.record_budget = None;
            self.recorded.clear();
            return;
        }
        self.record_budget = Some(budget - cost);
        let moment = self.iterations;
        if closing && self.recorded.contains_key(&moment) {
            return;
        }
        self.recorded.insert(moment, Rc::new(state));
    }

    /// Whether the snapshot wanted is the one at this many completed iterations.
    pub fn wants_snapshot_now(&self) -> bool {
        self.halt.is_none() && self.snapshot_at == Some(self.iterations)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn without_wakeups_the_clock_jumps_to_the_deadline() {
        let mut d = DriverControl::default();
        assert_eq!(d.wake_time(2.5), Some(2.5));
        assert_eq!(d.halt, None);
    }

    #[test]
    fn scripted_wakeups_are_used_in_order_and_never_early() {
        let mut d = DriverControl { wakeups: Some(VecDeque::from(vec![1.0012, 1.9])), ..Default::default() };
        assert_eq!(d.wake_time(1.0), Some(1.0012));
        assert_eq!(d.wake_time(2.0), Some(2.0));
        assert_eq!(d.wake_time(3.0), None);
        assert_eq!(d.halt, Some(Halt::WaitingUntil(3.0)));
    }
}
