//! The timeline's horizontal axis.
//!
//! On the virtual clock running code takes no time: every callback of an
//! iteration happens at the same instant, and many iterations can share one
//! instant (`sleep(0)`, call_soon chains). A plain time axis would pile them
//! into one pixel. So the axis gives every iteration a minimum width, and the
//! waits between iterations a width proportional to the time that passed:
//!
//! ```text
//! x(i) = x(i-1) + max(min_step, scale * (t(i) - t(i-1)))
//! ```
//!
//! where `t(i)` is the clock when iteration `i` started. A moment is an
//! iteration and a clock reading inside it; `x_of` and `moment_at` map between
//! moments and positions, so the page can draw the cursor and turn a click
//! into a moment.

/// A point of the run: the loop iteration and the clock reading.
#[derive(Debug, Clone, Copy, PartialEq)]
#[cfg_attr(target_arch = "wasm32", derive(serde::Serialize, serde::Deserialize))]
pub struct Moment {
    /// 0-based loop iteration.
    pub iteration: usize,
    /// Virtual time in seconds.
    pub time: f64,
}

/// The mapping between moments and horizontal positions (in axis units).
///
/// Invariants: `starts` is non-decreasing in time; `xs[i]` is where iteration
/// `i` starts, `xs[0] == 0`, strictly increasing; `xs.len() == starts.len()`.
#[derive(Debug, Clone, PartialEq)]
pub struct Axis {
    starts: Vec<f64>,
    xs: Vec<f64>,
    end_x: f64,
    scale: f64,
    min_step: f64,
}

impl Axis {
    /// Builds the axis for iterations that started at `starts` (virtual
    /// seconds, non-decreasing; a value smaller than the one before is taken
    /// as equal), with `scale` units per second and `min_step` units at least
    /// per iteration.
    pub fn new(starts: &[f64], scale: f64, min_step: f64) -> Axis {
        Axis::build(starts, if scale > 0.0 { scale } else { 1.0 }, min_step)
    }

    /// Builds the axis with one column of `min_step` units per iteration,
    /// however long the waits between them: the clock only labels it.
    pub fn per_iteration(starts: &[f64], min_step: f64) -> Axis {
        Axis::build(starts, 0.0, min_step)
    }

    fn build(starts: &[f64], scale: f64, min_step: f64) -> Axis {
        let min_step = if min_step > 0.0 { min_step } else { 1.0 };
        let mut clean = Vec::with_capacity(starts.len());
        let mut xs = Vec::with_capacity(starts.len());
        let mut x = 0.0;
        for (i, &t) in starts.iter().enumerate() {
            let t = if t.is_finite() { t } else { 0.0 };
            let t = match clean.last() {
                Some(&previous) if t < previous => previous,
                _ => t,
            };
            if i > 0 {
                let previous: f64 = clean[i - 1];
                x += min_step.max(scale * (t - previous));
            }
            clean.push(t);
            xs.push(x);
        }
        let end_x = if xs.is_empty() { 0.0 } else { x + min_step };
        Axis {
            starts: clean,
            xs,
            end_x,
            scale,
            min_step,
        }
    }

    /// The axis's whole width: one step past the last iteration's start.
    pub fn width(&self) -> f64 {
        self.end_x
    }

    /// How many iterations it spans.
    pub fn iterations(&self) -> usize {
        self.starts.len()
    }

    /// Where `moment` is. Inside an iteration, later readings of the clock
    /// (a blocking sleep) move right, up to the next iteration's start.
    pub fn x_of(&self, moment: Moment) -> f64 {
        let Some(&x) = self.xs.get(moment.iteration) else {
            return self.end_x;
        };
        let start = self.starts[moment.iteration];
        let next_x = self
            .xs
            .get(moment.iteration + 1)
            .copied()
            .unwrap_or(self.end_x);
        let room = next_x - x;
        let elapsed = (moment.time - start).max(0.0);
        if self.scale > 0.0 {
            return x + (self.scale * elapsed).min(room * 0.999);
        }
        // One column per iteration: the column stands for the time until the
        // next iteration starts (all of it in the last one), so a blocking
        // sleep still has a width.
        let next_t = self.starts.get(moment.iteration + 1).copied().unwrap_or(start);
        let fraction = if next_t > start { elapsed / (next_t - start) } else if elapsed > 0.0 { 1.0 } else { 0.0 };
        x + room * 0.999 * fraction.min(1.0)
    }

    /// The moment at `x`: the iteration whose span holds `x`, and the clock
    /// reading there (between iterations, time grows with `x`).
    pub fn moment_at(&self, x: f64) -> Option<Moment> {
        if self.xs.is_empty() {
            return None;
        }
        let x = x.clamp(0.0, self.end_x);
        let iteration = match self.xs.binary_search_by(|probe| probe.total_cmp(&x)) {
            Ok(i) => i,
            Err(0) => 0,
            Err(i) => i - 1,
        };
        let start = self.starts[iteration];
        let next_x = self.xs.get(iteration + 1).copied().unwrap_or(self.end_x);
        let next_t = self.starts.get(iteration + 1).copied().unwrap_or(start);
        let span = next_x - self.xs[iteration];
        let fraction = if span > 0.0 {
            (x - self.xs[iteration]) / span
        } else {
            0.0
        };
        Some(Moment {
            iteration,
            time: start + fraction * (next_t - start),
        })
    }

    /// The units per second of waiting and the minimum units per iteration
    /// this axis was built with.
    pub fn scales(&self) -> (f64, f64) {
        (self.scale, self.min_step)
    }

    /// Where the clock first reads `time`: the start of the first iteration
    /// at that reading, or between two iterations in proportion to the wait.
    pub fn x_of_time(&self, time: f64) -> f64 {
        let Some(&first) = self.starts.first() else {
            return 0.0;
        };
        if time <= first {
            return 0.0;
        }
        let next = self.starts.partition_point(|&t| t < time);
        if next >= self.starts.len() {
            return self.xs[self.xs.len() - 1];
        }
        let (t0, t1) = (self.starts[next - 1], self.starts[next]);
        let (x0, x1) = (self.xs[next - 1], self.xs[next]);
        x0 + (x1 - x0) * (time - t0) / (t1 - t0)
    }

    /// The clock ticks to draw over the window `[left, right]` (axis units)
    /// shown at `px` CSS pixels per unit: multiples of a 1/2/5×10^k step of
    /// seconds, at least `gap` pixels apart so their labels never overlap.
    /// With one column per iteration a tick stands at the first iteration
    /// whose clock reached the multiple, labelled with that clock: between
    /// two columns no time passes on screen, so a reading there would mark
    /// no iteration.
    pub fn ticks(&self, left: f64, right: f64, px: f64, gap: f64) -> Vec<Tick> {
        let (Some(from), Some(to)) = (self.moment_at(left), self.moment_at(right)) else {
            return Vec::new();
        };
        let span = to.time - from.time;
        let room = ((right - left) * px / gap.max(1.0)).floor().clamp(1.0, 1000.0);
        let step = nice_step(span / room);
        let decimals = (-step.log10().floor()).clamp(1.0, 9.0) as usize;
        let mut ticks: Vec<Tick> = Vec::new();
        let first = (from.time / step).ceil() as i64;
        let last = (to.time / step).floor() as i64;
        for k in first..=last.min(first + 2000) {
            let multiple = k as f64 * step;
            let (time, x) = if self.scale > 0.0 {
                (multiple, self.x_of_time(multiple))
            } else {
                let i = self.starts.partition_point(|&t| t < multiple - step * 1e-6);
                let Some(&reached) = self.starts.get(i) else { break };
                (reached, self.xs[i])
            };
            let clear = ticks.last().is_none_or(|t| x > t.x && (x - t.x) * px >= gap);
            if x >= left && x <= right && clear {
                let exact = |d: &usize| {
                    let unit = 10f64.powi(*d as i32);
                    ((time * unit).round() / unit - time).abs() < 1e-9
                };
                let decimals = (decimals..decimals.max(3)).find(exact).unwrap_or(decimals.max(3));
                ticks.push(Tick { x, time, label: format!("{time:.decimals$} s") });
            }
        }
        ticks
    }
}

/// One labelled clock reading on the axis.
#[derive(Debug, Clone, PartialEq)]
pub struct Tick {
    /// Where it is, in axis units.
    pub x: f64,
    /// The clock reading, in seconds.
    pub time: f64,
    /// How it reads, e.g. `0.5 s`.
    pub label: String,
}

/// The smallest 1, 2 or 5 × 10^k at least `raw` (0.1 when `raw` is zero:
/// a clock that never moved still gets its one tick).
fn nice_step(raw: f64) -> f64 {
    if raw.is_nan() || raw <= 0.0 || raw.is_infinite() {
        return 0.1;
    }
    let power = 10f64.powf(raw.log10().floor());
    [1.0, 2.0, 5.0, 10.0].iter().map(|m| m * power).find(|s| *s >= raw * 0.999_999).unwrap_or(10.0 * power)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn at(iteration: usize, time: f64) -> Moment {
        Moment { iteration, time }
    }

    #[test]
    fn iterations_at_the_same_instant_get_the_minimum_step() {
        let axis = Axis::new(&[0.0, 0.0, 0.0], 100.0, 4.0);
        assert_eq!(
            [
                axis.x_of(at(0, 0.0)),
                axis.x_of(at(1, 0.0)),
                axis.x_of(at(2, 0.0))
            ],
            [0.0, 4.0, 8.0]
        );
        assert_eq!(axis.width(), 12.0);
    }

    #[test]
    fn waiting_between_iterations_is_proportional_to_time() {
        let axis = Axis::new(&[0.0, 0.5, 0.5, 1.5], 100.0, 4.0);
        assert_eq!(axis.x_of(at(1, 0.5)), 50.0);
        assert_eq!(axis.x_of(at(2, 0.5)), 54.0);
        assert_eq!(axis.x_of(at(3, 1.5)), 154.0);
    }

    #[test]
    fn a_click_maps_back_to_the_iteration_under_it() {
        let axis = Axis::new(&[0.0, 0.5, 0.5, 1.5], 100.0, 4.0);
        assert_eq!(axis.moment_at(-5.0), Some(at(0, 0.0)));
        assert_eq!(axis.moment_at(25.0), Some(at(0, 0.25)));
        assert_eq!(axis.moment_at(52.0), Some(at(1, 0.5)));
        assert_eq!(axis.moment_at(104.0), Some(at(2, 1.0)));
        assert_eq!(axis.moment_at(1e9).map(|m| m.iteration), Some(3));
    }

    #[test]
    fn a_blocking_sleep_inside_an_iteration_moves_right_but_not_past_the_next() {
        let axis = Axis::new(&[0.0, 2.0], 10.0, 4.0);
        assert_eq!(axis.x_of(at(0, 1.0)), 10.0);
        assert!(axis.x_of(at(0, 5.0)) < axis.x_of(at(1, 2.0)));
    }

    #[test]
    fn bad_input_never_breaks_the_order() {
        let axis = Axis::new(&[1.0, 0.5, f64::NAN, 2.0], 0.0, -1.0);
        let xs: Vec<f64> = (0..4).map(|i| axis.x_of(at(i, 0.0))).collect();
        assert!(xs.windows(2).all(|w| w[0] < w[1]), "{xs:?}");
        assert_eq!(Axis::new(&[], 1.0, 1.0).moment_at(3.0), None);
    }

    fn labels(ticks: &[Tick]) -> Vec<&str> {
        ticks.iter().map(|t| t.label.as_str()).collect()
    }

    #[test]
    fn tick_steps_follow_the_zoom() {
        let axis = Axis::new(&[0.0, 1.0, 2.0, 3.0], 100.0, 4.0);
        let whole = axis.ticks(0.0, axis.width(), 1.0, 50.0);
        assert_eq!(labels(&whole), ["0.0 s", "0.5 s", "1.0 s", "1.5 s", "2.0 s", "2.5 s", "3.0 s"]);
        let zoomed = axis.ticks(100.0, 110.0, 20.0, 50.0);
        assert_eq!(labels(&zoomed), ["1.00 s", "1.05 s"]);
        let far = axis.ticks(0.0, axis.width(), 0.1, 50.0);
        assert_eq!(labels(&far), ["0.0 s"]);
    }

    #[test]
    fn ticks_never_overlap() {
        let axis = Axis::new(&[0.0, 0.001, 0.002, 5.0], 100.0, 4.0);
        let ticks = axis.ticks(0.0, axis.width(), 2.0, 40.0);
        assert!(ticks.windows(2).all(|w| (w[1].x - w[0].x) * 2.0 >= 40.0), "{ticks:?}");
        assert_eq!(ticks.first().map(|t| t.label.as_str()), Some("0.0 s"));
    }

    #[test]
    fn per_iteration_spacing_labels_the_clock_where_it_changes() {
        let axis = Axis::per_iteration(&[0.0, 0.0, 1.0, 1.0, 3.0], 10.0);
        assert_eq!(axis.width(), 50.0);
        assert_eq!(axis.x_of(at(2, 1.0)), 20.0);
        let ticks = axis.ticks(0.0, 50.0, 4.0, 40.0);
        assert_eq!(labels(&ticks), ["0.0 s", "1.0 s", "3.0 s"], "no iteration saw 2.0 s: the next one's clock is labelled");
        assert_eq!(ticks.iter().map(|t| t.x).collect::<Vec<_>>(), [0.0, 20.0, 40.0]);
        let countdown = Axis::per_iteration(&[0.0, 0.0, 0.5, 0.8, 2.4000000000000004, 3.0], 10.0);
        let ticks = countdown.ticks(0.0, 60.0, 8.0, 40.0);
        assert_eq!(labels(&ticks), ["0.0 s", "0.5 s", "2.4 s", "3.0 s"], "1.0 s fell in the wait before 2.4 s");
        assert!(ticks.iter().all(|t| t.x % 10.0 == 0.0), "at iterations' starts: {ticks:?}");
        let zoomed = countdown.ticks(20.0, 40.0, 40.0, 40.0);
        assert_eq!(labels(&zoomed), ["0.5 s", "0.8 s", "2.4 s"], "zoomed in, each reading of the clock");
    }

    #[test]
    fn a_clock_that_never_moves_gets_one_tick() {
        let axis = Axis::new(&[0.0; 5], 100.0, 4.0);
        assert_eq!(labels(&axis.ticks(0.0, axis.width(), 10.0, 40.0)), ["0.0 s"]);
    }

    #[test]
    fn ten_thousand_iterations_stay_readable() {
        let starts: Vec<f64> = (0..10_000).map(|i| i as f64 * 0.01).collect();
        let axis = Axis::per_iteration(&starts, 4.0);
        let ticks = axis.ticks(0.0, axis.width(), 800.0 / axis.width(), 50.0);
        assert!(!ticks.is_empty() && ticks.len() <= 16, "{}", ticks.len());
        assert_eq!(ticks[1].label, "10.0 s");
    }

    #[test]
    fn per_iteration_moves_through_a_column_as_its_wait_passes() {
        let axis = Axis::per_iteration(&[0.0, 2.0, 2.0], 10.0);
        assert_eq!(axis.x_of(at(0, 1.0)), 10.0 * 0.999 * 0.5);
        assert_eq!(axis.moment_at(5.0), Some(at(0, 1.0)));
        assert_eq!(axis.x_of(at(1, 2.0)), 10.0);
        assert!(axis.x_of(at(2, 3.0)) > 20.0 && axis.x_of(at(2, 3.0)) < 30.0, "the last column fills when the clock moves");
        assert_eq!(axis.x_of(at(1, f64::NEG_INFINITY)), 10.0);
    }
}
