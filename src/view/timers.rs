//! The inspector's timer rows: the loop's timer heap, sorted by deadline, with
//! a countdown and a flag where equal deadlines leave the order to the heap.

/// A timer as the engine's snapshot lists it (in heap order).
#[derive(Debug, Clone, PartialEq)]
pub struct Timer {
    /// Its deadline on the loop's clock.
    pub when: f64,
    /// What it will call.
    pub label: String,
    /// Whether it was cancelled (it stays in the heap until popped).
    pub cancelled: bool,
}

/// One row of the inspector's timer table.
#[derive(Debug, Clone, PartialEq)]
pub struct TimerRow {
    /// The timer's place in the heap (0 is the root, the next to be due).
    pub heap_index: usize,
    /// Its deadline.
    pub when: f64,
    /// Seconds left from now (0 when due).
    pub countdown: f64,
    /// What it will call.
    pub label: String,
    /// Whether it was cancelled.
    pub cancelled: bool,
    /// Whether another live timer has the very same deadline: asyncio's heap
    /// does not promise which of them runs first.
    pub tie: bool,
}

/// The rows for `heap` (in heap order) at clock reading `now`, sorted by
/// deadline; equal deadlines keep heap order.
pub fn timer_rows(heap: &[Timer], now: f64) -> Vec<TimerRow> {
    let mut rows: Vec<TimerRow> = heap
        .iter()
        .enumerate()
        .map(|(heap_index, timer)| TimerRow {
            heap_index,
            when: timer.when,
            countdown: (timer.when - now).max(0.0),
            label: timer.label.clone(),
            cancelled: timer.cancelled,
            tie: false,
        })
        .collect();
    crate::sort::sort_by(&mut rows, |a, b| {
        a.when
            .total_cmp(&b.when)
            .then(a.heap_index.cmp(&b.heap_index))
    });
    // Sorted by deadline, equal deadlines sit together: one pass per run.
    let mut start = 0;
    while start < rows.len() {
        let when = rows[start].when;
        let end = start + rows[start..].iter().take_while(|r| r.when == when).count().max(1);
        let live = rows[start..end].iter().filter(|r| !r.cancelled).count();
        for row in &mut rows[start..end] {
            row.tie = live > 1 && !row.cancelled;
        }
        start = end;
    }
    rows
}

#[cfg(test)]
mod tests {
    use super::*;

    fn timer(when: f64, label: &str, cancelled: bool) -> Timer {
        Timer {
            when,
            label: label.into(),
            cancelled,
        }
    }

    #[test]
    fn rows_are_sorted_by_deadline_with_countdowns() {
        let rows = timer_rows(
            &[
                timer(1.0, "a", false),
                timer(3.0, "c", false),
                timer(2.0, "b", false),
            ],
            0.5,
        );
        let view: Vec<(&str, f64, usize)> = rows
            .iter()
            .map(|r| (r.label.as_str(), r.countdown, r.heap_index))
            .collect();
        assert_eq!(view, [("a", 0.5, 0), ("b", 1.5, 2), ("c", 2.5, 1)]);
        assert!(rows.iter().all(|r| !r.tie));
    }

    #[test]
    fn equal_live_deadlines_are_flagged_but_a_cancelled_twin_is_not() {
        let rows = timer_rows(
            &[
                timer(1.0, "x", false),
                timer(1.0, "y", false),
                timer(2.0, "z", false),
                timer(2.0, "gone", true),
            ],
            0.0,
        );
        let ties: Vec<(&str, bool)> = rows.iter().map(|r| (r.label.as_str(), r.tie)).collect();
        assert_eq!(
            ties,
            [("x", true), ("y", true), ("z", false), ("gone", false)]
        );
    }
}
