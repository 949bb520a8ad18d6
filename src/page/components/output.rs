//! The output panel: what the last run produced.

use yew::prelude::*;

use crate::page::i18n::Lang;
use crate::page::state::RunOutcome;

/// Properties of [`Output`].
#[derive(Properties, PartialEq)]
pub struct OutputProps {
    /// What the last run found, if anything has run.
    pub outcome: Option<RunOutcome>,
    /// The page's language.
    pub lang: Lang,
}

/// The output panel.
#[function_component(Output)]
pub fn output(props: &OutputProps) -> Html {
    let text = props.lang.text();
    let body = match &props.outcome {
        None => html! { <p class="hint">{text.output_empty}</p> },
        Some(RunOutcome::Accepted(summary)) => html! {
            <p class="accepted" role="status">
                {(text.accepted)(summary.statements, summary.functions, summary.coroutines)}
            </p>
        },
        Some(RunOutcome::Rejected { text: report, .. }) => html! {
            <pre class="traceback" role="alert">{report.clone()}</pre>
        },
    };
    html! {
        <section class="output-pane" aria-labelledby="output-heading">
            <h2 id="output-heading" class="pane-title">{text.output}</h2>
            <div id="output" class="output" aria-live="polite">{body}</div>
        </section>
    }
}
