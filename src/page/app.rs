//! The page: header; the player; the editor (Run button, gallery) above the
//! timeline on the left; knobs, output and inspector on the right, so the
//! loop stays in view while a recording plays. Splitters resize the columns
//! and the panels, and each panel collapses to its title bar (the layout is
//! remembered). Embedded (`?embed=1`): the editor, Run and the timeline.

use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use yew::prelude::*;

use super::components::collapse::Collapse;
use super::components::editor::Editor;
use super::components::gallery::{Gallery, GalleryPick};
use super::components::header::Header;
use super::components::inspector::Inspector;
use super::components::knobs::Knobs;
use super::components::output::Output;
use super::components::player::Player;
use super::components::run_button::RunButton;
use super::components::share::ShareBar;
use super::components::splitter::Splitter;
use super::components::timeline::Timeline;
use super::driver::{use_playback, use_real_time, use_worker};
use super::i18n::Lang;
use super::layout;
use super::state::{Mode, PROGRAM_NAME, PageAction, PageState};
use super::storage;
use crate::engine::TaskState;
use crate::view::layout::{Panel, Split};
use crate::view::recording::Ending;
use crate::view::share;
use crate::view::slow;
use crate::view::timeline::{Spacing, TimelineModel};

/// What the page's URL fragment shares, if it is a share link.
fn shared_link() -> Option<share::Shared> {
    share::decode(&web_sys::window()?.location().hash().ok()?)
}

fn initial_state() -> PageState {
    let link = shared_link();
    // An embedded page shows its link's program (or the default), never the
    // learner's own.
    let remembered = !is_embedded();
    let source = link
        .as_ref()
        .map(|l| l.source.clone())
        .or_else(|| storage::load_source().filter(|_| remembered))
        .unwrap_or_else(|| crate::gallery::default_example().source.to_string());
    let lang = link
        .as_ref()
        .and_then(|l| l.lang.clone())
        .or_else(|| storage::load_lang().filter(|_| remembered))
        .and_then(|code| Lang::from_tag(&code))
        .or_else(|| {
            let tag = web_sys::window()?.navigator().language()?;
            Lang::from_tag(&tag)
        })
        .unwrap_or(Lang::En);
    let mut state = PageState::new(source, lang);
    if let Some(link) = &link {
        if link.clock == Some(share::Clock::Real) {
            state.mode = Mode::RealTime;
        }
        state = state.apply(PageAction::SetSpeed(link.speed.unwrap_or(state.speed)));
        if link.predict {
            state = state.apply(PageAction::SetPredict(true));
        }
    }
    state.spacing = link
        .as_ref()
        .and_then(|l| l.spacing)
        .or_else(|| storage::load_spacing().filter(|_| remembered))
        .unwrap_or_default();
    state.scratch = storage::load_scratch().filter(|_| remembered);
    state.in_place = super::runner::module_urls().is_none();
    // A link without a moment opens at the run's end.
    state.open_at = link.map(|l| l.at.unwrap_or(u64::MAX));
    state
}

/// Whether the page is embedded in another (`?embed=1`, for docs and
/// slides): the editor, Run and the timeline only, and the embedded program
/// is not remembered (it would replace the learner's own on the full page).
fn is_embedded() -> bool {
    web_sys::window()
        .and_then(|w| w.location().search().ok())
        .is_some_and(|query| query.trim_start_matches('?').split('&').any(|pair| pair == "embed=1"))
}

/// Whether a key pressed in `target` is the user typing (the editor, a
/// number box, a select) or moving a splitter, not a player shortcut.
fn is_typing(target: Option<web_sys::EventTarget>) -> bool {
    target
        .and_then(|t| t.dyn_into::<web_sys::Element>().ok())
        .is_some_and(|e| {
            matches!(e.tag_name().as_str(), "TEXTAREA" | "INPUT" | "SELECT" | "BUTTON")
                || e.get_attribute("role").as_deref() == Some("separator")
        })
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

/// What the timeline's spacing switch does: remembers the learner's pick
/// (a link's spacing is not theirs, so only a pick is saved) and shows it.
fn spacing_switch(dispatch: &Callback<PageAction>, remembered: bool) -> Callback<Spacing> {
    dispatch.reform(move |spacing| {
        if remembered {
            storage::save_spacing(spacing);
        }
        PageAction::SetSpacing(spacing)
    })
}

/// The whole page.
#[function_component(App)]
pub fn app() -> Html {
    let state = use_reducer(initial_state);
    let embedded = *use_state(is_embedded);
    let (layout, set_layout) = layout::use_layout(!embedded);
    let on_fold = set_layout.reform(move |panel| layout.toggled(panel));

    use_effect_with(state.source.clone(), move |source| {
        if !embedded {
            storage::save_source(source);
        }
    });
    use_effect_with(state.scratch.clone(), move |scratch| {
        if let Some(scratch) = scratch.as_ref().filter(|_| !embedded) {
            storage::save_scratch(scratch);
        }
    });
    use_effect_with(state.lang, move |lang| {
        if !embedded {
            storage::save_lang(lang.code());
        }
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
    // The timeline, the slow steps and their marks on it.
    let drawn = use_memo((state.recording.clone(), state.spacing), |(recording, spacing)| {
        let model = recording.as_ref().map(|r| std::rc::Rc::new(TimelineModel::from_trace(&r.trace, &r.starts, *spacing)));
        let steps = recording.as_ref().map(|r| slow::slow_steps(&r.trace)).unwrap_or_default();
        let marks = model.as_ref().map(|m| slow::marks(&steps, m)).unwrap_or_default();
        (model, std::rc::Rc::new(steps), std::rc::Rc::new(marks))
    });
    let (timeline, slow, slow_marks) = (&drawn.0, &drawn.1, &drawn.2);
    // The picked task's line, while it is suspended in the editor's text.
    let selected_line = match (&state.selected, snapshot.as_ref()) {
        (Some(name), Some(snap)) if state.is_current() => snap
            .tasks
            .iter()
            .find(|t| &t.name == name && !matches!(t.state, TaskState::Done | TaskState::Cancelled | TaskState::Failed))
            .and_then(|t| t.line.map(|l| l as usize)),
        _ => None,
    };
    let on_select = dispatch.reform(PageAction::SelectTask);
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
            crate::sort::sort(&mut lines);
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
    let on_spacing = spacing_switch(&dispatch, !embedded);
    let text = state.lang.text();
    let recording = state.recording.as_ref();
    let (waiting_until, exit_status) = match recording.map(|r| &r.ending) {
        Some(Ending::WaitingUntil(t)) if state.live.is_some() => (Some(*t), None),
        Some(Ending::Exited(code)) => (None, Some(*code)),
        Some(Ending::Rejected { .. }) => (None, Some(1)),
        _ => (None, None),
    };

    let editor = html! {
        <Editor
            source={state.source.clone()}
            error_line={state.error_line()}
            {active_lines}
            {selected_line}
            label={text.editor_label}
            {on_edit}
            on_run={on_run.clone()}
        />
    };
    let timeline = |collapse: Html| match timeline.clone() {
        Some(model) => html! {
            <Timeline {model} cursor={state.cursor} on_seek={on_timeline_seek.clone()} lang={state.lang} {collapse}
                spacing={state.spacing} on_spacing={on_spacing.clone()}
                selected={state.selected.clone()} slow={slow_marks.clone()} />
        },
        None => html! {},
    };
    if embedded {
        return html! {
            <div class="app embed">
                <main class="workspace">
                    <div class="main-col">
                        <section class="editor-pane" aria-label={text.editor_label}>
                            <div class="pane-bar">
                                <span class="file-name">{PROGRAM_NAME}</span>
                                <RunButton lang={state.lang} {on_run} />
                            </div>
                            {editor}
                        </section>
                        {timeline(html! {})}
                    </div>
                </main>
            </div>
        };
    }
    let fold = |panel: Panel| html! {
        <Collapse {panel} collapsed={layout.is_collapsed(panel)} lang={state.lang} on_toggle={on_fold.clone()} />
    };
    let splitter = |split: Split, label: &'static str| html! {
        <Splitter {split} {layout} {label} on_change={set_layout.clone()} />
    };
    let words = &text.layout;
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
            <main class="workspace" style={layout::style(&layout)} data-collapsed={layout::collapsed(&layout)} data-predicting={state.predicting().then_some("true")}>
                <div class="main-col">
                    <section class="editor-pane" aria-label={text.editor_label}>
                        <div class="pane-bar">
                            <span class="file-name">{PROGRAM_NAME}</span>
                            <Gallery lang={state.lang} has_scratch={state.scratch.is_some()} {on_pick} />
                            <RunButton lang={state.lang} {on_run} />
                            {fold(Panel::Editor)}
                        </div>
                        <ShareBar lang={state.lang} source={state.source.clone()} cursor={state.cursor} mode={state.mode} speed={state.speed} spacing={state.spacing} recording={state.recording.clone()} predict={state.predict.is_some()} veiled={state.predicting()} />
                        {editor}
                    </section>
                    {splitter(Split::Left, words.left)}
                    {timeline(fold(Panel::Timeline))}
                </div>
                {splitter(Split::Columns, words.columns)}
                <div class="side">
                    <Knobs source={state.source.clone()} lang={state.lang} on_set={on_knob} />
                    <Output recording={state.recording.clone()} previous={state.previous.clone()} cursor={state.cursor} lang={state.lang} {on_seek} collapse={fold(Panel::Output)} predict={state.predict.clone()} on_predict={dispatch.clone()} />
                    {splitter(Split::Right, words.right)}
                    <Inspector snapshot={(*snapshot).clone()} {fired} {workers} lang={state.lang} collapse={fold(Panel::Inspector)}
                        selected={state.selected.clone()} {on_select} slow={slow.clone()} moment={state.cursor} />
                </div>
            </main>
        </div>
    }
}
