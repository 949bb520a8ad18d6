//! The program editor: a textarea with line numbers, Python colours from the
//! parser's tokens, Ctrl/Cmd+Enter to run, and the line of an error marked.

use wasm_bindgen::JsCast;
use web_sys::{HtmlDocument, HtmlTextAreaElement};
use yew::prelude::*;

use crate::python::front::highlight::highlight;

/// Properties of [`Editor`].
#[derive(Properties, PartialEq)]
pub struct EditorProps {
    /// The program text.
    pub source: AttrValue,
    /// A 1-based line to mark as the error's.
    pub error_line: Option<usize>,
    /// 1-based lines where the code that just ran stopped (a task's await).
    #[prop_or_default]
    pub active_lines: Vec<usize>,
    /// The 1-based line of the task picked in the await graph.
    #[prop_or_default]
    pub selected_line: Option<usize>,
    /// The editor's accessible name.
    pub label: AttrValue,
    /// Called with the new text on every edit.
    pub on_edit: Callback<String>,
    /// Called on Ctrl+Enter / Cmd+Enter.
    pub on_run: Callback<()>,
}

/// The program editor.
///
/// The textarea is as tall and as wide as its text, so it, the coloured copy
/// behind it and the gutter scroll together inside one container, and every
/// character sits at the same place in all three. The textarea's own text is
/// transparent: what shows is the coloured copy, with the textarea's caret
/// and selection on top.
#[function_component(Editor)]
pub fn editor(props: &EditorProps) -> Html {
    let line_count = props.source.split('\n').count().max(1);
    let widest = props
        .source
        .split('\n')
        .map(|l| l.chars().count())
        .max()
        .unwrap_or(0);
    let coloured = highlight(&props.source).into_iter().map(|span| {
        let text = props
            .source
            .get(span.start..span.end)
            .unwrap_or("")
            .to_string();
        html! { <span class={span.class.css_class()}>{text}</span> }
    });
    let oninput = {
        let on_edit = props.on_edit.clone();
        Callback::from(move |e: InputEvent| {
            on_edit.emit(e.target_unchecked_into::<HtmlTextAreaElement>().value());
        })
    };
    // Tab indents; Esc then Tab leaves the editor, so keyboard users are
    // never trapped in it.
    let escaped = use_mut_ref(|| false);
    let onkeydown = {
        let on_run = props.on_run.clone();
        Callback::from(move |e: KeyboardEvent| {
            let key = e.key();
            if key == "Enter" && (e.ctrl_key() || e.meta_key()) {
                e.prevent_default();
                on_run.emit(());
            } else if key == "Tab"
                && !e.shift_key()
                && !e.ctrl_key()
                && !e.alt_key()
                && !e.meta_key()
                && !*escaped.borrow()
                && insert_text("    ")
            {
                e.prevent_default();
            }
            *escaped.borrow_mut() = key == "Escape";
        })
    };
    let gutter = (1..=line_count).map(|n| {
        let class = classes!(
            "line-number",
            (Some(n) == props.error_line).then_some("error"),
            (Some(n) == props.selected_line).then_some("selected")
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
    let active = props.active_lines.iter().map(|line| {
        let style = format!(
            "top: calc({} * var(--line-height) + var(--editor-pad))",
            line.saturating_sub(1)
        );
        html! { <div class="active-band" {style} aria-hidden="true"></div> }
    });
    let picked = props.selected_line.map(|line| {
        let style = format!(
            "top: calc({} * var(--line-height) + var(--editor-pad))",
            line.saturating_sub(1)
        );
        html! { <div class="selected-band" {style} data-line={line.to_string()} aria-hidden="true"></div> }
    });
    html! {
        <div class="editor">
            <div class="gutter" aria-hidden="true">{ for gutter }</div>
            <div class="code-area">
                { for active }
                { for picked }
                { for band }
                <pre class="code coloured" aria-hidden="true">{ for coloured }{"\n"}</pre>
                <textarea
                    id="source"
                    class="code"
                    aria-label={props.label.clone()}
                    spellcheck="false"
                    autocapitalize="off"
                    autocomplete="off"
                    wrap="off"
                    rows={line_count.to_string()}
                    cols={(widest + 2).to_string()}
                    value={props.source.clone()}
                    {oninput}
                    {onkeydown}
                />
            </div>
        </div>
    }
}

/// Types `text` at the caret as if the user had, so the browser's own undo
/// (Ctrl+Z) still knows about it. Returns whether the browser did it.
fn insert_text(text: &str) -> bool {
    web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.dyn_into::<HtmlDocument>().ok())
        .and_then(|d| {
            d.exec_command_with_show_ui_and_value("insertText", false, text)
                .ok()
        })
        .unwrap_or(false)
}
