//! Delay knobs: a slider and a number box for every delay or timeout literal
//! in the program. Turning one rewrites that literal in the source.

use web_sys::HtmlInputElement;
use yew::prelude::*;

use crate::page::i18n::Lang;
use crate::python::front::knobs::{Knob, find_knobs};

/// Properties of [`Knobs`].
#[derive(Properties, PartialEq)]
pub struct KnobsProps {
    /// The program whose knobs are shown.
    pub source: AttrValue,
    /// The page's language.
    pub lang: Lang,
    /// Called with a knob and its new value.
    pub on_set: Callback<(Knob, f64)>,
}

/// The slider's upper end for a knob: room to grow, at least 5 s.
fn slider_max(value: f64) -> f64 {
    (value * 4.0).max(5.0).ceil()
}

/// The list of knobs; nothing at all when the program has none.
#[function_component(Knobs)]
pub fn knobs(props: &KnobsProps) -> Html {
    let source = props.source.clone();
    let knobs = use_memo(source, |source| find_knobs(source));
    if knobs.is_empty() {
        return html! {};
    }
    let text = props.lang.text();
    let rows = knobs.iter().map(|knob| {
        let emit = {
            let on_set = props.on_set.clone();
            let knob = knob.clone();
            move |input: HtmlInputElement| {
                if let Ok(value) = input.value().trim().parse::<f64>() {
                    on_set.emit((knob.clone(), value));
                }
            }
        };
        // The slider rewrites the program while it is dragged; the number box
        // only once the typing is done, so "0." is never taken for 0.
        let on_slide = {
            let emit = emit.clone();
            Callback::from(move |e: InputEvent| emit(e.target_unchecked_into()))
        };
        let on_commit = Callback::from(move |e: Event| emit(e.target_unchecked_into()));
        let kind = (text.knob_kind)(knob.kind);
        let label = format!("{} · {kind} · {}", (text.line_no)(knob.line), knob.context);
        let max = slider_max(knob.value);
        html! {
            <li class="knob" data-line={knob.line.to_string()}>
                <label class="knob-label" title={knob.context.clone()}>
                    <span class="knob-where">{(text.line_no)(knob.line)}</span>
                    <span class="knob-kind">{kind}</span>
                    <code class="knob-context">{knob.context.clone()}</code>
                </label>
                <input
                    type="range"
                    class="knob-slider"
                    aria-label={label.clone()}
                    min="0"
                    max={max.to_string()}
                    step="0.05"
                    value={knob.value.to_string()}
                    oninput={on_slide}
                />
                <input
                    type="number"
                    class="knob-number"
                    aria-label={label}
                    min="0"
                    step="0.05"
                    value={knob.text.clone()}
                    onchange={on_commit}
                />
            </li>
        }
    });
    html! {
        <section class="knobs" aria-labelledby="knobs-heading">
            <h2 id="knobs-heading" class="pane-title">{text.delays}</h2>
            <ul class="knob-list">{ for rows }</ul>
        </section>
    }
}
