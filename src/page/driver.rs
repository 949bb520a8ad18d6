//! The timers that move the page on their own: playback of a recording, and the
//! real-time driver. Each is a hook whose browser timer is dropped (cancelled)
//! when its inputs change or the page goes away, so no stale timer ever fires.
//!
//! Neither runs the engine itself: they dispatch an action, and the reducer
//! runs it, one action at a time, so the engine is never re-entered.

use gloo_timers::callback::Timeout;
use yew::prelude::*;

use super::runner::Runner;
use super::state::{PageAction, PageState};
use crate::view::recording::Ending;

/// Real milliseconds an iteration gets at least during playback at 1×, so a
/// burst of iterations at one instant can still be followed by eye.
const MIN_STEP_MS: f64 = 120.0;

/// Milliseconds since the page loaded, from the browser's monotonic clock.
pub fn now_ms() -> f64 {
    web_sys::window().and_then(|w| w.performance()).map_or(0.0, |p| p.now())
}

/// How long playback shows moment `cursor` before the next: the clock time
/// between the two, scaled by `speed`, but at least the minimum step.
pub fn playback_delay_ms(state: &PageState) -> f64 {
    let Some(recording) = &state.recording else { return MIN_STEP_MS };
    let gap = recording.time_at(state.cursor + 1) - recording.time_at(state.cursor);
    let speed = if state.speed > 0.0 { state.speed } else { 1.0 };
    (gap.max(0.0) * 1000.0).max(MIN_STEP_MS) / speed
}

/// While the state says it plays, moves the cursor one iteration per tick.
#[hook]
pub fn use_playback(state: UseReducerHandle<PageState>) {
    let key = (state.playing, state.cursor, state.speed, state.recording.clone());
    let dispatcher = state.dispatcher();
    let delay = playback_delay_ms(&state);
    use_effect_with(key, move |(playing, ..)| {
        let timer = playing.then(|| Timeout::new(delay as u32, move || dispatcher.dispatch(PageAction::Tick)));
        move || drop(timer)
    });
}

/// The real-time driver. While a real-time run waits until clock time `t`, it
/// sets a browser timer for when the scaled browser clock reaches `t`; when it
/// fires it reads the clock again (timers fire late, and that lateness is what
/// the program sees, as in CPython) and reports the reading. The clock starts
/// at 0 when the run starts.
#[hook]
pub fn use_real_time(state: UseReducerHandle<PageState>) {
    let started_ms = use_mut_ref(|| (u32::MAX, 0.0_f64));
    let waiting = match (&state.live, state.recording.as_ref().map(|r| &r.ending)) {
        (Some(live), Some(Ending::WaitingUntil(t))) => Some((live.generation, *t)),
        _ => None,
    };
    let speed = if state.speed > 0.0 { state.speed } else { 1.0 };
    let dispatcher = state.dispatcher();
    use_effect_with((waiting.map(|(g, t)| (g, t.to_bits())), state.recording.clone()), move |_| {
        let timer = waiting.map(|(generation, t)| {
            let origin = {
                let mut started = started_ms.borrow_mut();
                if started.0 != generation {
                    *started = (generation, now_ms());
                }
                started.1
            };
            let due_ms = origin + t * 1000.0 / speed;
            let delay = (due_ms - now_ms()).clamp(0.0, u32::MAX as f64);
            Timeout::new(delay as u32, move || {
                let clock = (now_ms() - origin) / 1000.0 * speed;
                dispatcher.dispatch(PageAction::Woke(clock));
            })
        });
        move || drop(timer)
    });
}

/// The worker that runs the programs (when the page has one): the job the
/// state asks for is sent to it; when the state no longer asks for one
/// (Stop), a run still going on is ended at once.
#[hook]
pub fn use_worker(state: UseReducerHandle<PageState>) {
    let dispatcher = state.dispatcher();
    let in_place = state.in_place;
    let runner = use_memo((), move |_| {
        (!in_place).then(|| Runner::new(Callback::from(move |action| dispatcher.dispatch(action)))).flatten()
    });
    let job = state.pending.clone();
    use_effect_with(job.as_ref().map(|j| j.id), move |_| {
        if let Some(runner) = runner.as_ref() {
            match job {
                Some(job) => {
                    super::panic_banner::hide();
                    runner.send(job);
                }
                None => runner.cancel(),
            }
        }
    });
}
