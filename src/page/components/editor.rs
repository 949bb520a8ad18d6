//! The program editor: a textarea with line numbers, Ctrl/Cmd+Enter to run,
//! and the line of a syntax error highlighted.

use web_sys::HtmlTextAreaElement;
use yew::prelude::*;

/// Properties of [`Editor`].
#[derive(Properties, PartialEq)]
pub struct EditorProps {
    /// The program text.
    pub source: AttrValue,
    /// A 1-based line to mark as the error's.
    pub error_line: Option<usize>,
    /// The editor's accessible name.
    pub label: AttrValue,
    /// Called with the new text on every edit.
    pub on_edit: Callback<String>,
    /// Called on Ctrl+Enter / Cmd+Enter.
    pub on_run: Callback<()>,
}

/// The program editor.
///
/// The textarea is as tall as its text, so it and the gutter scroll together
/// inside one container and line N is always at the same height in both.
#[function_component(Editor)]
pub fn editor(props: &EditorProps) -> Html {
    let line_count = props.source.split('\n').count().max(1);
    let oninput = {
        let on_edit = props.on_edit.clone();
        Callback::from(move |e: InputEvent| {
            on_edit.emit(e.target_unchecked_into::<HtmlTextAreaElement>().value());
        })
    };
    let onkeydown = {
        let on_run = props.on_run.clone();
        Callback::from(move |e: KeyboardEvent| {
            if e.key() == "Enter" && (e.ctrl_key() || e.meta_key()) {
                e.prevent_default();
                on_run.emit(());
            }
        })
    };
    let gutter = (1..=line_count).map(|n| {
        let class = classes!(
            "line-number",
            (Some(n) == props.error_line).then_some("error")
        );
        html! { <div {class}>{n}</div> }
    });
    let band = props.error_line.map(|line| {
        let style = format!(
            "top: calc({} * var(--line-height) + var(--editor-pad))",
            line - 1
        );
        html! { <div class="error-band" {style} aria-hidden="true"></div> }
    });
    html! {
        <div class="editor">
            <div class="gutter" aria-hidden="true">{ for gutter }</div>
            <div class="code-area">
                { for band }
                <textarea
                    id="source"
                    class="code"
                    aria-label={props.label.clone()}
                    spellcheck="false"
                    autocapitalize="off"
                    autocomplete="off"
                    wrap="off"
                    rows={line_count.to_string()}
                    value={props.source.clone()}
                    {oninput}
                    {onkeydown}
                />
            </div>
        </div>
    }
}
