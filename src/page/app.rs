//! The page: header; the player; the editor (Run button, gallery) above the
//! timeline on the left; knobs, output and inspector on the right, so the
//! loop stays in view while a recording plays.

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use yew::prelude::*;

use super::components::editor::Editor;
use super::components::gallery::{Gallery, GalleryPick};
use super::components::header::Header;
use super::components::inspector::Inspector;
use super::components::knobs::Knobs;
use super::components::output::Output;
use super::components::player::Player;
use super::components::run_button::RunButton;
use super::components::share::ShareBar;
use super::components::timeline::Timeline;
use super::driver::{use_playback, use_real_time, use_worker};
use super::i18n::Lang;
use super::state::{PROGRAM_NAME, PageAction, PageState};
use super::storage;
use crate::engine::TaskState;
use crate::view::recording::Ending;
use crate::view::share;
use crate::view::timeline::TimelineModel;

/// What the page's URL fragment shares, if it is a share link.
fn shared_link() -> Option<share::Shared> {
    share::decode(&web_sys::window()?.location().hash().ok()?)
}

fn initial_state() -> PageState {
    let link = shared_link();
    let source = link
        .as_ref()
        .map(|l| l.source.clone())
        .or_else(storage::load_source)
        .unwrap_or_else(|| crate::gallery::default_example().source.to_string());
    let lang = link
        .as_ref()
        .and_then(|l| l.lang.clone())
        .or_else(storage::load_lang)
        .and_then(|code| Lang::from_tag(&code))
        .or_else(|| {
            let tag = web_sys::window()?.navigator().language()?;
            Lang::from_tag(&tag)
        })
        .unwrap_or(Lang::En);
    let mut state = PageState::new(source, lang);
    state.scratch = storage::load_scratch();
    state.in_place = super::runner::module_urls().is_none();
    // A link without a moment opens at the run's end.
    state.open_at = link.map(|l| l.at.unwrap_or(u64::MAX));
    state
}

/// Whether a key pressed in `target` is the user typing (the editor, a
/// number box, a select), not a player shortcut.
fn is_typing(target: Option<web_sys::EventTarget>) -> bool {
    target
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|e| matches!(e.tag_name().as_str(), "TEXTAREA" | "INPUT" | "SELECT" | "BUTTON"))
}

/// Space plays / pauses, ← and → step, anywhere but in a text field.
#[hook]
fn use_player_keys(dispatch: Callback<PageAction>) {
    use_effect_with((), move |_| {
        let listener = Closure::<dyn Fn(web_sys::KeyboardEvent)>::new(move |e: web_sys::KeyboardEvent| {
            if e.ctrl_key() || e.meta_key() || e.alt_key() || is_typing(e.target()) {
                return;
            }
            let action = match e.key().as_str() {
                " " => PageAction::TogglePlay,
                "ArrowLeft" => PageAction::StepBack,
                "ArrowRight" => PageAction::StepForward,
                _ => return,
            };
            e.prevent_default();
            dispatch.emit(action);
        });
        let window = web_sys::window();
        if let Some(w) = &window {
            w.add_event_listener_with_callback("keydown", listener.as_ref().unchecked_ref()).ok();
        }
        move || {
            if let Some(w) = window {
                w.remove_event_listener_with_callback("keydown", listener.as_ref().unchecked_ref()).ok();
            }
        }
    });
}

/// The whole page.
#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(initial_state);

    use_effect_with(state.source.clone(), |source| storage::save_source(source));
    use_effect_with(state.scratch.clone(), |scratch| {
        if let Some(scratch) = scratch {
            storage::save_scratch(scratch);
        }
    });
    use_effect_with(state.lang, |lang| {
        storage::save_lang(lang.code());
        if let Some(root) = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.document_element())
        {
            root.set_attribute("lang", lang.code()).ok();
        }
    });
    // A share link runs its program at once and shows the moment it names.
    {
        let state = state.clone();
        use_effect_with((), move |_| {
            if state.open_at.is_some() {
                state.dispatch(PageAction::Run);
            }
        });
    }
    use_playback(state.clone());
    use_real_time(state.clone());
    use_worker(state.clone());

    let dispatch = {
        let state = state.clone();
        Callback::from(move |action| state.dispatch(action))
    };
    use_player_keys(dispatch.clone());

    let snapshot = use_memo((state.recording.clone(), state.cursor), |(recording, cursor)| {
        recording.as_ref().and_then(|r| r.snapshot_at(*cursor))
    });
    let timeline = use_memo(state.recording.clone(), |recording| {
        recording.as_ref().map(|r| std::rc::Rc::new(TimelineModel::from_trace(&r.trace, &r.starts)))
    });
    let workers = state.recording.as_ref().map(|r| r.workers_at(state.cursor)).unwrap_or_default();
    let fired = state.recording.as_ref().map(|r| r.fired_in(state.cursor)).unwrap_or_default();
    let active_lines: Vec<usize> = match (&state.recording, snapshot.as_ref()) {
        (Some(recording), Some(snap)) if state.is_current() => {
            let stepped: std::collections::HashSet<String> = recording.tasks_stepped_in(state.cursor).into_iter().collect();
            let mut lines: Vec<usize> = snap
                .tasks
                .iter()
                .filter(|t| stepped.contains(&t.name) && matches!(t.state, TaskState::Waiting(_) | TaskState::Ready))
                .filter_map(|t| t.line.map(|l| l as usize))
                .collect();
            // Tasks suspended at the same await share one band.
            lines.sort_unstable();
            lines.dedup();
            lines
        }
        _ => Vec::new(),
    };

    let on_edit = dispatch.reform(PageAction::Edit);
    let on_run = dispatch.reform(|()| PageAction::Run);
    let on_lang = dispatch.reform(PageAction::SetLang);
    let on_pick = dispatch.reform(|pick| match pick {
        GalleryPick::Example(id) => PageAction::LoadExample(id),
        GalleryPick::Scratch => PageAction::RestoreScratch,
    });
    let on_knob = dispatch.reform(|(knob, value)| PageAction::SetKnob(knob, value));
    let on_seek = dispatch.reform(PageAction::Seek);
    let on_timeline_seek = on_seek.clone();
    let text = state.lang.text();
    let recording = state.recording.as_ref();
    let (waiting_until, exit_status) = match recording.map(|r| &r.ending) {
        Some(Ending::WaitingUntil(t)) if state.live.is_some() => (Some(*t), None),
        Some(Ending::Exited(code)) => (None, Some(*code)),
        Some(Ending::Rejected { .. }) => (None, Some(1)),
        _ => (None, None),
    };

    html! {
        <div class="app">
            <Header lang={state.lang} {on_lang} />
            <Player
                lang={state.lang}
                mode={state.mode}
                playing={state.playing}
                speed={state.speed}
                cursor={state.cursor}
                end={state.end()}
                time={recording.map_or(0.0, |r| r.time_at(state.cursor))}
                has_run={recording.is_some()}
                {waiting_until}
                running={state.pending.as_ref().map(|_| state.progress)}
                {exit_status}
                stale={recording.is_some() && !state.is_current()}
                on_action={dispatch.clone()}
            />
            <main class="workspace">
                <div class="main-col">
                    <section class="editor-pane" aria-label={text.editor_label}>
                        <div class="pane-bar">
                            <span class="file-name">{PROGRAM_NAME}</span>
                            <Gallery lang={state.lang} has_scratch={state.scratch.is_some()} {on_pick} />
                            <RunButton lang={state.lang} on_run={on_run.clone()} />
                        </div>
                        <ShareBar lang={state.lang} source={state.source.clone()} cursor={state.cursor} recording={state.recording.clone()} />
                        <Editor
                            source={state.source.clone()}
                            error_line={state.error_line()}
                            {active_lines}
                            label={text.editor_label}
                            {on_edit}
                            {on_run}
                        />
                    </section>
                    if let Some(model) = (*timeline).clone() {
                        <Timeline {model} cursor={state.cursor} on_seek={on_timeline_seek} lang={state.lang} />
                    }
                </div>
                <div class="side">
                    <Knobs source={state.source.clone()} lang={state.lang} on_set={on_knob} />
                    <Output recording={state.recording.clone()} cursor={state.cursor} lang={state.lang} {on_seek} />
                    <Inspector snapshot={(*snapshot).clone()} {fired} {workers} lang={state.lang} />
                </div>
            </main>
        </div>
    }
}
