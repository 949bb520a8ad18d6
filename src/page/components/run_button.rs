//! The Run button.

use yew::prelude::*;

use crate::page::i18n::Lang;

/// Properties of [`RunButton`].
#[derive(Properties, PartialEq)]
pub struct RunButtonProps {
    /// The page's language.
    pub lang: Lang,
    /// Called when pressed.
    pub on_run: Callback<()>,
}

/// The button that runs the editor's program.
#[function_component(RunButton)]
pub fn run_button(props: &RunButtonProps) -> Html {
    let text = props.lang.text();
    let onclick = props.on_run.reform(|_: MouseEvent| ());
    html! {
        <button id="run" class="run-button" title={text.run_hint} {onclick}>
            <span aria-hidden="true">{"▶ "}</span>{text.run}
        </button>
    }
}
