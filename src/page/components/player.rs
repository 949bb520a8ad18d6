//! The player: virtual or real time, play / pause, one iteration back or
//! forward, speed, a scrubber over the run's moments, and where the run is.

use web_sys::{HtmlInputElement, HtmlSelectElement};
use yew::prelude::*;

use crate::page::i18n::Lang;
use crate::page::state::{Mode, PageAction, SPEEDS};

/// Properties of [`Player`].
#[derive(Properties, PartialEq)]
pub struct PlayerProps {
    /// The page's language.
    pub lang: Lang,
    /// Virtual or real time.
    pub mode: Mode,
    /// Whether playback runs.
    pub playing: bool,
    /// The speed factor.
    pub speed: f64,
    /// The moment shown.
    pub cursor: u64,
    /// The last moment of the run.
    pub end: u64,
    /// The clock at the cursor.
    pub time: f64,
    /// Whether a run exists to play.
    pub has_run: bool,
    /// Real time: the clock reading the program waits for, while it waits.
    pub waiting_until: Option<f64>,
    /// A run in progress in the worker: steps and virtual time so far.
    pub running: Option<(u64, f64)>,
    /// The run's exit status, once it ended.
    pub exit_status: Option<i32>,
    /// Whether the editor's text differs from what ran.
    pub stale: bool,
    /// Every control sends its action here.
    pub on_action: Callback<PageAction>,
}

/// A small icon drawn from an SVG path (fonts lack the media-control glyphs).
fn icon(path: &'static str) -> Html {
    html! {
        <svg class="icon-svg" viewBox="0 0 24 24" width="16" height="16" aria-hidden="true" focusable="false">
            <path d={path} fill="currentColor" />
        </svg>
    }
}

/// The player bar.
#[function_component(Player)]
pub fn player(props: &PlayerProps) -> Html {
    let t = &props.lang.text().player;
    let act = |action: PageAction| props.on_action.reform(move |_: MouseEvent| action.clone());
    let on_mode = props.on_action.reform(|e: Event| {
        let value = e.target_unchecked_into::<HtmlSelectElement>().value();
        PageAction::SetMode(if value == "real" { Mode::RealTime } else { Mode::Virtual })
    });
    let on_speed = {
        let current = props.speed;
        props.on_action.reform(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            PageAction::SetSpeed(value.parse().unwrap_or(current))
        })
    };
    let on_scrub = props.on_action.reform(|e: InputEvent| {
        let value = e.target_unchecked_into::<HtmlInputElement>().value();
        PageAction::Seek(value.parse().unwrap_or(0))
    });
    let live = props.waiting_until.is_some() || props.running.is_some();
    let status = if let Some((steps, t_run)) = props.running {
        (t.running)(steps, t_run)
    } else if let Some(t_wait) = props.waiting_until {
        (t.waiting_until)(t_wait)
    } else if !props.has_run {
        t.not_run.to_string()
    } else {
        let mut s = match props.exit_status {
            Some(code) => (t.exited)(code),
            None => String::new(),
        };
        if props.stale {
            s = format!("{s} · {}", t.edited);
        }
        s
    };
    let speeds = SPEEDS.iter().map(|s| {
        html! { <option value={s.to_string()} selected={*s == props.speed}>{format!("{s}×")}</option> }
    });
    html! {
        <section class="player" aria-label={t.label}>
            <select id="mode" class="mode" aria-label={t.clock} onchange={on_mode} disabled={live}>
                <option value="virtual" selected={props.mode == Mode::Virtual}>{t.virtual_time}</option>
                <option value="real" selected={props.mode == Mode::RealTime}>{t.real_time}</option>
            </select>
            <button id="step-back" class="icon" title={t.step_back} aria-label={t.step_back}
                disabled={!props.has_run || live || props.cursor == 0} onclick={act(PageAction::StepBack)}>{icon("M6 5h2v14H6zM20 5v14L9 12z")}</button>
            if live {
                <button id="stop" class="icon" title={t.stop} aria-label={t.stop} onclick={act(PageAction::StopLive)}>{icon("M6 6h12v12H6z")}</button>
            } else {
                <button id="play" class="icon" title={if props.playing { t.pause } else { t.play }}
                    aria-label={if props.playing { t.pause } else { t.play }}
                    disabled={!props.has_run} onclick={act(PageAction::TogglePlay)}>
                    {icon(if props.playing { "M6 5h4v14H6zM14 5h4v14h-4z" } else { "M7 5v14l12-7z" })}
                </button>
            }
            <button id="step-forward" class="icon" title={t.step_forward} aria-label={t.step_forward}
                disabled={!props.has_run || live || props.cursor >= props.end} onclick={act(PageAction::StepForward)}>{icon("M16 5h2v14h-2zM4 5v14l11-7z")}</button>
            <select id="speed" class="speed" aria-label={t.speed} onchange={on_speed} disabled={live}>{ for speeds }</select>
            <input id="scrubber" class="scrubber" type="range" min="0" max={props.end.to_string()}
                value={props.cursor.to_string()} aria-label={t.moment} disabled={!props.has_run || live}
                oninput={on_scrub} />
            <span id="moment" class="moment" aria-live="polite">
                {format!("t = {:.3} s · {}", props.time, (t.iteration_of)(props.cursor, props.end))}
            </span>
            <span id="run-status" class="run-status">{status}</span>
        </section>
    }
}
