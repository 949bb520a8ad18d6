//! The page's state and its one pure reducer.
//!
//! Running a program is pure here: the engine is deterministic and reads no
//! clock, so [`PageAction::Run`] records the whole run inside the reducer and the
//! player only moves a cursor over the recording. Real time is the one input
//! from outside: the driver (`super::driver`) reports when each wait ended, and
//! [`PageAction::Woke`] records the run again with that wake-up.

use std::rc::Rc;

use yew::Reducible;

use super::i18n::Lang;
use super::wire::Job;
use crate::gallery;
use crate::python::front::knobs::{Knob, set_knob};
use crate::python::limits::Limits;
use crate::view::predict::{Puzzle, seed_of};
use crate::view::recording::{Ending, RecordOptions, Recording};
use crate::view::timeline::Spacing;

pub use crate::view::recording::PROGRAM_NAME;

/// Steps a page run may take: the command line's default. The run happens
/// in a Web Worker, so the page answers (and Stop works) while it goes on.
pub const PAGE_MAX_STEPS: u64 = 200_000_000;

/// Bytes a page run may hold in all (the program's values and, in the
/// worker, the recording made as it runs; a replay in the page counts the
/// same way): an append loop or the list-doubling program raises MemoryError
/// here, and a program that goes on allocating after it stops at twice this,
/// well before the wasm's memory runs out.
pub const PAGE_MAX_MEMORY: usize = 128 * 1024 * 1024;

/// Loop iterations a page run may take: a `sleep(0)` spin stops here instead
/// of recording millions of iterations.
pub const PAGE_MAX_ITERATIONS: u64 = 100_000;

/// Task entries the recorded snapshots of a run may hold in all (about 30 MB):
/// within it, stepping and playback look snapshots up; past it they replay.
pub const PAGE_SNAPSHOT_BUDGET: usize = 300_000;

/// The program that panics when run, in a build with the test-only
/// `panic-probe` feature (the end-to-end test's dist-probe/); in the page that
/// ships it is an ordinary comment.
#[cfg(feature = "panic-probe")]
pub const PANIC_PROBE: &str = "# looplab: panic-probe";

/// The speeds the player offers (virtual seconds per real second).
pub const SPEEDS: [f64; 5] = [0.25, 0.5, 1.0, 2.0, 4.0];

/// A recording shared by the state and the components; equal when it is the
/// same run (comparing 100,000 trace events on every render would be slow).
#[derive(Debug, Clone)]
pub struct Shared(pub Rc<Recording>);

impl PartialEq for Shared {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl std::ops::Deref for Shared {
    type Target = Recording;
    fn deref(&self) -> &Recording {
        &self.0
    }
}

/// How the program runs.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Mode {
    /// The run completes at once; the player plays it back.
    Virtual,
    /// Browser timers drive the loop: each wait takes real time (× speed).
    RealTime,
}

/// The real-time run in progress.
///
/// Invariant: `wakeups` are the clock readings at which the program's waits
/// ended so far, in order, each read off the browser's clock by the driver.
#[derive(Debug, Clone, PartialEq)]
pub struct Live {
    /// Wake-ups so far.
    pub wakeups: Vec<f64>,
    /// Distinguishes one real-time run from the next (the driver restarts its
    /// clock when it changes).
    pub generation: u32,
}

/// Everything the page shows.
///
/// Invariants: `cursor <= recording.iterations`; `live` is `Some` only in
/// real-time mode while the program still waits for the clock.
#[derive(Debug, Clone, PartialEq)]
pub struct PageState {
    /// The program in the editor.
    pub source: String,
    /// The last run, if any.
    pub recording: Option<Shared>,
    /// The moment shown: loop iterations completed.
    pub cursor: u64,
    /// Whether the player is playing the recording back.
    pub playing: bool,
    /// Playback and real-time speed factor (one of [`SPEEDS`]).
    pub speed: f64,
    /// Virtual or real time.
    pub mode: Mode,
    /// The real-time run in progress.
    pub live: Option<Live>,
    /// The page's language.
    pub lang: Lang,
    /// The user's own program, kept when an example replaced it.
    pub scratch: Option<String>,
    /// Whether runs happen inside this thread (`true`: no worker could be
    /// started, as when the browser tests mount the page without Trunk's
    /// module links) or in the worker (`super::runner`).
    pub in_place: bool,
    /// The run the worker is asked for, until its recording arrives.
    pub pending: Option<Job>,
    /// The pending run's steps and virtual time so far.
    pub progress: (u64, f64),
    /// Runs asked of the worker so far (the last one's id).
    pub jobs: u32,
    /// The moment a share link opened at: the next recording is shown there
    /// (clamped to its end) instead of at its end.
    pub open_at: Option<u64>,
    /// The run before the last knob change, while the run since comes from
    /// that change: the output panel shows what changed against it.
    pub previous: Option<Shared>,
    /// The task picked in the await graph (by name): its lane is marked on
    /// the timeline and its line in the editor.
    pub selected: Option<String>,
    /// Predict-then-reveal mode: `Some` while it is on, holding the puzzle
    /// of the last finished run's output once there is one.
    pub predict: Option<Option<Puzzle>>,
    /// How the timeline spaces the loop's iterations.
    pub spacing: Spacing,
}

/// Something the user (or the real-time driver) did.
#[derive(Debug, Clone, PartialEq)]
pub enum PageAction {
    /// The editor's text changed.
    Edit(String),
    /// Run was pressed.
    Run,
    /// The language switch changed.
    SetLang(Lang),
    /// An example from the gallery was picked (by id).
    LoadExample(String),
    /// The user's own program was picked back from the gallery.
    RestoreScratch,
    /// A delay knob was turned: rewrite its literal and run again.
    SetKnob(Knob, f64),
    /// Move the cursor to a moment.
    Seek(u64),
    /// One loop iteration forward.
    StepForward,
    /// One loop iteration back.
    StepBack,
    /// Play / pause the recording (from the start when at the end).
    TogglePlay,
    /// The player's timer fired: one iteration forward, stopping at the end.
    Tick,
    /// The speed factor changed.
    SetSpeed(f64),
    /// Virtual or real time was chosen.
    SetMode(Mode),
    /// Real time: the wait the program was in ended at this clock reading.
    Woke(f64),
    /// Stop the run in progress (in the worker, or real time's waits).
    StopLive,
    /// The worker's run `id` has gone this far (steps, virtual time).
    Progress(u32, u64, f64),
    /// The worker's run `id` ended with this recording.
    Finished(u32, Shared),
    /// The worker crashed (a panic or an abort): the run in progress ends.
    Crashed,
    /// A task was picked in the await graph (picking it again unpicks it).
    SelectTask(String),
    /// Predict-then-reveal mode was switched on or off.
    SetPredict(bool),
    /// Predict mode: the line at one place was moved to another.
    MoveLine(usize, usize),
    /// Predict mode: show the true order and go to the first mistake.
    Reveal,
    /// Predict mode: deal the puzzle again.
    PredictAgain,
    /// The timeline's spacing was chosen.
    SetSpacing(Spacing),
}

impl PageState {
    /// A page showing `source`, in `lang`, with nothing run yet.
    pub fn new(source: String, lang: Lang) -> Self {
        PageState {
            source,
            recording: None,
            cursor: 0,
            playing: false,
            speed: 1.0,
            mode: Mode::Virtual,
            live: None,
            lang,
            scratch: None,
            in_place: true,
            pending: None,
            progress: (0, 0.0),
            jobs: 0,
            open_at: None,
            previous: None,
            selected: None,
            predict: None,
            spacing: Spacing::Time,
        }
    }

    /// The options every page run uses (and the replays for snapshots).
    pub fn record_options(&self) -> RecordOptions {
        RecordOptions {
            limits: Limits { max_steps: PAGE_MAX_STEPS, max_memory: PAGE_MAX_MEMORY, ..Limits::default() },
            wakeups: self.live.as_ref().map(|l| l.wakeups.clone()),
            max_iterations: Some(PAGE_MAX_ITERATIONS),
            record_snapshots: Some(PAGE_SNAPSHOT_BUDGET),
        }
    }

    /// Whether the recording is of the editor's text as it is now.
    pub fn is_current(&self) -> bool {
        self.recording.as_ref().is_some_and(|r| r.source == self.source)
    }

    /// The 1-based line to highlight as an error, while the error still
    /// describes the editor's text.
    pub fn error_line(&self) -> Option<usize> {
        let recording = self.recording.as_ref().filter(|_| self.is_current())?;
        match &recording.ending {
            Ending::Rejected { diagnostic, .. } => Some(diagnostic.line),
            Ending::Exited(_) if self.cursor >= recording.iterations => recording.error_line,
            _ => None,
        }
    }

    /// Whether the editor holds an example exactly as the gallery has it (so
    /// replacing it loses nothing).
    pub fn is_an_example(&self) -> bool {
        gallery::EXAMPLES.iter().any(|example| example.source == self.source)
    }

    /// The last moment of the recording (0 with none).
    pub fn end(&self) -> u64 {
        self.recording.as_ref().map_or(0, |r| r.iterations)
    }

    /// Runs the editor's program: here when [`PageState::in_place`], else
    /// by asking the worker (its recording comes back as
    /// [`PageAction::Finished`]).
    fn record(&mut self) {
        if !self.in_place {
            self.jobs = self.jobs.wrapping_add(1);
            self.pending = Some(Job { id: self.jobs, source: self.source.clone(), options: self.record_options() });
            self.progress = (0, 0.0);
            return;
        }
        check_panic_probe(&self.source);
        self.show(Recording::run(&self.source, self.record_options()));
    }

    /// Shows `recording` at its end.
    fn show(&mut self, recording: Recording) {
        self.show_shared(Shared(Rc::new(recording)));
    }

    /// Shows `recording` at its end, or at the moment a share link opened
    /// at once the run has ended (a real-time run keeps that moment until
    /// its last wait is over).
    fn show_shared(&mut self, recording: Shared) {
        self.pending = None;
        let waiting = matches!(recording.ending, Ending::WaitingUntil(_)) && self.live.is_some();
        if !waiting {
            self.live = None;
        }
        let open_at = if waiting { None } else { self.open_at.take() };
        self.cursor = open_at.map_or(recording.iterations, |at| at.min(recording.iterations));
        self.recording = Some(recording);
        if self.predict.is_some() {
            self.predict = Some(if waiting { None } else { self.puzzle() });
        }
    }

    /// The puzzle of the last run's output (none for a program refused
    /// before it ran: its report is shown as it is).
    fn puzzle(&self) -> Option<Puzzle> {
        let recording = self.recording.as_ref().filter(|r| !matches!(r.ending, Ending::Rejected { .. }))?;
        let lines = recording.lines_until(recording.iterations).into_iter().map(|l| (l.text, l.at.iteration as u64));
        Some(Puzzle::new(lines, seed_of(&recording.source)))
    }

    /// The predict mode's actions.
    fn apply_predict(&mut self, action: PageAction) {
        let puzzle = self.predict.as_mut().and_then(Option::as_mut);
        match (action, puzzle) {
            (PageAction::SetPredict(on), _) => {
                let live = self.live.is_some();
                self.predict = on.then(|| if live { None } else { self.puzzle() });
            }
            (PageAction::MoveLine(from, to), Some(puzzle)) => puzzle.move_line(from, to),
            (PageAction::Reveal, Some(puzzle)) if !puzzle.revealed => {
                puzzle.revealed = true;
                let at = puzzle.mistake_moment().unwrap_or(u64::MAX);
                self.cursor = at.min(self.end());
                self.playing = false;
            }
            (PageAction::PredictAgain, Some(puzzle)) => {
                let seed = self.recording.as_ref().map_or(0, |r| seed_of(&r.source));
                puzzle.restart(seed);
            }
            _ => {}
        }
    }

    /// Whether predict mode hides the answer now (a puzzle dealt, not yet
    /// revealed): the timeline, the inspector and the exports are hidden.
    pub fn predicting(&self) -> bool {
        matches!(&self.predict, Some(Some(puzzle)) if !puzzle.revealed)
    }

    /// The state after `action`.
    pub fn apply(&self, action: PageAction) -> PageState {
        let mut next = self.clone();
        match action {
            PageAction::Edit(source) => next.source = source,
            PageAction::SetLang(lang) => next.lang = lang,
            PageAction::LoadExample(id) => {
                if let Some(example) = gallery::find(&id) {
                    if !self.is_an_example() {
                        next.scratch = Some(self.source.clone());
                    }
                    next.source = example.source.to_string();
                    next.clear_run();
                }
            }
            PageAction::SetKnob(knob, value) => {
                if let Some(source) = set_knob(&self.source, &knob, value) {
                    next.source = source;
                    next.mode = Mode::Virtual;
                    let mut ran = next.apply(PageAction::Run);
                    ran.previous = self.recording.clone().filter(|_| self.is_current());
                    return ran;
                }
            }
            PageAction::RestoreScratch => {
                if let Some(scratch) = &self.scratch {
                    next.source = scratch.clone();
                    next.clear_run();
                }
            }
            PageAction::Run => {
                next.previous = None;
                next.playing = false;
                next.live = match self.mode {
                    Mode::Virtual => None,
                    Mode::RealTime => Some(Live {
                        wakeups: Vec::new(),
                        generation: self.live.as_ref().map_or(0, |l| l.generation.wrapping_add(1)),
                    }),
                };
                next.record();
            }
            PageAction::Seek(p) => {
                next.cursor = p.min(self.end());
                next.playing = false;
            }
            PageAction::StepForward => {
                next.cursor = (self.cursor + 1).min(self.end());
                next.playing = false;
            }
            PageAction::StepBack => {
                next.cursor = self.cursor.saturating_sub(1);
                next.playing = false;
            }
            PageAction::TogglePlay => {
                if self.recording.is_some() && self.live.is_none() {
                    next.playing = !self.playing;
                    if next.playing && self.cursor >= self.end() {
                        next.cursor = 0;
                    }
                }
            }
            PageAction::Tick => {
                if self.playing {
                    next.cursor = (self.cursor + 1).min(self.end());
                    next.playing = next.cursor < self.end();
                }
            }
            PageAction::SetSpeed(speed) => {
                if SPEEDS.contains(&speed) {
                    next.speed = speed;
                }
            }
            PageAction::SetMode(mode) => {
                next.mode = mode;
                next.open_at = None;
                next.live = None;
                next.playing = false;
            }
            PageAction::Woke(at) => {
                if let Some(live) = &mut next.live {
                    live.wakeups.push(at);
                    next.record();
                }
            }
            PageAction::StopLive => {
                next.open_at = None;
                next.live = None;
                next.pending = None;
            }
            PageAction::Progress(id, steps, time) => {
                if self.pending.as_ref().is_some_and(|job| job.id == id) {
                    next.progress = (steps, time);
                }
            }
            PageAction::Finished(id, recording) => {
                if self.pending.as_ref().is_some_and(|job| job.id == id) {
                    next.show_shared(recording);
                }
            }
            PageAction::Crashed => {
                next.pending = None;
                next.live = None;
            }
            PageAction::SetSpacing(spacing) => next.spacing = spacing,
            PageAction::SelectTask(name) => {
                next.selected = (self.selected.as_ref() != Some(&name)).then_some(name);
            }
            PageAction::SetPredict(_) | PageAction::MoveLine(..) | PageAction::Reveal | PageAction::PredictAgain => next.apply_predict(action),
        }
        next
    }

    fn clear_run(&mut self) {
        if self.predict.is_some() {
            self.predict = Some(None);
        }
        self.previous = None;
        self.recording = None;
        self.cursor = 0;
        self.playing = false;
        self.live = None;
    }
}

/// The program that aborts without a panic (as running out of memory
/// does: a wasm trap, no panic message), in a `panic-probe` build.
#[cfg(feature = "panic-probe")]
pub const ABORT_PROBE: &str = "# looplab: abort-probe";

/// In a build with the test-only `panic-probe` feature, panics (or aborts)
/// when `source` is a probe (wherever the program runs: the worker, or here).
pub fn check_panic_probe(source: &str) {
    #[cfg(feature = "panic-probe")]
    {
        if source.trim_end() == PANIC_PROBE {
            panic!("the panic probe ran (a test-only build: --features panic-probe)");
        }
        if source.trim_end() == ABORT_PROBE {
            std::process::abort();
        }
    }
    let _ = source;
}

impl Reducible for PageState {
    type Action = PageAction;

    fn reduce(self: Rc<Self>, action: PageAction) -> Rc<Self> {
        Rc::new(self.apply(action))
    }
}
