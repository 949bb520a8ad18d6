//! Debug mode's slow steps, for the page to mark: each callback or task
//! step that ran for `slow_callback_duration` or longer, read from the trace.

use crate::engine::{TraceEvent, TraceKind};

/// One slow step: when it ended (virtual seconds), what ran, how long it took.
#[derive(Clone, Debug, PartialEq)]
pub struct SlowStep {
    /// The clock when it returned.
    pub ended: f64,
    /// The callback's label (`Task.__step(Task-1)`, `crunch('a') at main.py:6`).
    pub label: String,
    /// How long it ran, in seconds.
    pub seconds: f64,
}

/// The trace's slow steps, in order.
pub fn slow_steps(trace: &[TraceEvent]) -> Vec<SlowStep> {
    trace
        .iter()
        .filter_map(|e| match &e.kind {
            TraceKind::SlowCallback { label, seconds } => Some(SlowStep { ended: e.time, label: label.clone(), seconds: *seconds }),
            _ => None,
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::{SlowStep, slow_steps};
    use crate::engine::{TraceEvent, TraceKind};

    #[test]
    fn only_slow_callbacks_are_listed() {
        let at = |time: f64, kind: TraceKind| TraceEvent { time, iteration: 1, kind };
        let trace = vec![
            at(0.0, TraceKind::HandleStart { label: "main()".into() }),
            at(2.0, TraceKind::HandleEnd),
            at(2.0, TraceKind::SlowCallback { label: "Task.__step(Task-1)".into(), seconds: 2.0 }),
        ];
        assert_eq!(slow_steps(&trace), vec![SlowStep { ended: 2.0, label: "Task.__step(Task-1)".into(), seconds: 2.0 }]);
    }
}
