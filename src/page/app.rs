//! The page: header, editor with its Run button, and output.

use yew::prelude::*;

use super::components::editor::Editor;
use super::components::gallery::{Gallery, GalleryPick};
use super::components::header::Header;
use super::components::knobs::Knobs;
use super::components::output::Output;
use super::components::run_button::RunButton;
use super::i18n::Lang;
use super::state::{PROGRAM_NAME, PageAction, PageState};
use super::storage;

fn initial_state() -> PageState {
    let source = storage::load_source()
        .unwrap_or_else(|| crate::gallery::default_example().source.to_string());
    let lang = storage::load_lang()
        .and_then(|code| Lang::from_tag(&code))
        .or_else(|| {
            let tag = web_sys::window()?.navigator().language()?;
            Lang::from_tag(&tag)
        })
        .unwrap_or(Lang::En);
    let mut state = PageState::new(source, lang);
    state.scratch = storage::load_scratch();
    state
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

    let on_edit = {
        let state = state.clone();
        Callback::from(move |source| state.dispatch(PageAction::Edit(source)))
    };
    let on_run = {
        let state = state.clone();
        Callback::from(move |()| state.dispatch(PageAction::Run))
    };
    let on_lang = {
        let state = state.clone();
        Callback::from(move |lang| state.dispatch(PageAction::SetLang(lang)))
    };
    let on_pick = {
        let state = state.clone();
        Callback::from(move |pick| {
            state.dispatch(match pick {
                GalleryPick::Example(id) => PageAction::LoadExample(id),
                GalleryPick::Scratch => PageAction::RestoreScratch,
            })
        })
    };
    let on_knob = {
        let state = state.clone();
        Callback::from(move |(knob, value)| state.dispatch(PageAction::SetKnob(knob, value)))
    };
    let text = state.lang.text();

    html! {
        <div class="app">
            <Header lang={state.lang} {on_lang} />
            <main class="workspace">
                <section class="editor-pane" aria-label={text.editor_label}>
                    <div class="pane-bar">
                        <span class="file-name">{PROGRAM_NAME}</span>
                        <Gallery lang={state.lang} has_scratch={state.scratch.is_some()} {on_pick} />
                        <RunButton lang={state.lang} on_run={on_run.clone()} />
                    </div>
                    <Editor
                        source={state.source.clone()}
                        error_line={state.error_line()}
                        label={text.editor_label}
                        {on_edit}
                        {on_run}
                    />
                </section>
                <div class="side">
                    <Knobs source={state.source.clone()} lang={state.lang} on_set={on_knob} />
                    <Output outcome={state.outcome.clone()} lang={state.lang} />
                </div>
            </main>
        </div>
    }
}
