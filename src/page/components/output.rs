//! The output panel: what the program printed, each line with the virtual
//! time it was printed at. Lines printed after the cursor's moment are dimmed;
//! clicking a line moves the cursor to when it was printed. After a knob
//! change, the lines whose time or place changed are marked with what they
//! were (`src/view/run_diff.rs`). In predict mode the lines are dealt
//! shuffled instead (`super::predict`), and once revealed each is marked
//! right or wrong.

use yew::prelude::*;

use super::predict::{predict_switch, puzzle_view, score, use_refocus};
use crate::page::i18n::Lang;
use crate::page::state::{PageAction, Shared};
use crate::view::predict::Puzzle;
use crate::view::output::{Stream, stamp};
use crate::view::recording::Ending;
use crate::view::run_diff::{Change, run_diff};

/// More lines than this are summarised: the page stays responsive when a
/// program prints in a loop.
const MAX_LINES_SHOWN: usize = 2_000;

/// Properties of [`Output`].
#[derive(Properties, PartialEq)]
pub struct OutputProps {
    /// The last run, if any.
    pub recording: Option<Shared>,
    /// The run before the knob change the last run came from, if it did.
    #[prop_or_default]
    pub previous: Option<Shared>,
    /// The moment shown.
    pub cursor: u64,
    /// The page's language.
    pub lang: Lang,
    /// Called with the moment a clicked line was printed at.
    pub on_seek: Callback<u64>,
    /// The title bar's collapse button, if the panel can collapse.
    #[prop_or_default]
    pub collapse: Html,
    /// Predict mode: `Some` while on, with the puzzle once a run finished.
    #[prop_or_default]
    pub predict: Option<Option<Puzzle>>,
    /// Called with the predict mode's actions.
    #[prop_or_default]
    pub on_predict: Callback<PageAction>,
}

/// The output panel.
#[function_component(Output)]
pub fn output(props: &OutputProps) -> Html {
    let text = props.lang.text();
    let refocus = use_refocus();
    let dealt = props.predict.as_ref().is_some_and(|p| p.as_ref().is_some_and(|p| !p.revealed));
    let body = match &props.recording {
        None if props.predict.is_some() => html! { <p class="hint">{text.predict.before_run}</p> },
        None => html! { <p class="hint">{text.output_empty}</p> },
        Some(recording) => match &recording.ending {
            Ending::Rejected { text: report, .. } => html! {
                <pre class="traceback" role="alert">{report.clone()}</pre>
            },
            _ if props.predict == Some(None) => html! { <p class="hint">{text.predict.before_run}</p> },
            _ if dealt => {
                let puzzle = props.predict.as_ref().and_then(Option::as_ref);
                puzzle.map(|p| puzzle_view(p, props.lang, &props.on_predict, &refocus)).unwrap_or_default()
            }
            _ => {
                let revealed = props.predict.as_ref().and_then(Option::as_ref);
                let marks = revealed.map(Puzzle::marks).unwrap_or_default();
                let yours: Vec<&str> = revealed.map(|p| p.arranged().collect()).unwrap_or_default();
                let lines = recording.lines_until(recording.iterations);
                let hidden = lines.len().saturating_sub(MAX_LINES_SHOWN);
                let changes = props.previous.as_ref().map_or_else(Vec::new, |p| run_diff(&p.lines_until(p.iterations), &lines));
                let shown = lines.into_iter().take(MAX_LINES_SHOWN).enumerate().map(|(i, line)| {
                    let change = changes.get(i).copied().unwrap_or(Change::Same);
                    let mark = marks.get(i).copied();
                    let was = match change {
                        _ if mark == Some(false) => Some((text.predict.wrong)(yours.get(i).copied().unwrap_or_default())),
                        Change::Same => None,
                        Change::Retimed { was } => Some((text.was_time)(was)),
                        Change::Moved { was_line } => Some((text.was_line)(was_line)),
                        Change::New => Some(text.new_line.to_string()),
                    };
                    let moment = line.at.iteration as u64;
                    let class = classes!(
                        "out-line",
                        (line.stream == Stream::Stderr).then_some("stderr"),
                        (moment > props.cursor).then_some("future"),
                        was.is_some().then_some("changed"),
                        mark.map(|right| if right { "right" } else { "wrong" }),
                    );
                    let onclick = props.on_seek.reform(move |_: MouseEvent| moment);
                    let onkeydown = {
                        let on_seek = props.on_seek.clone();
                        Callback::from(move |e: KeyboardEvent| {
                            if e.key() == "Enter" || e.key() == " " {
                                e.prevent_default();
                                on_seek.emit(moment);
                            }
                        })
                    };
                    html! {
                        <div {class} role="button" tabindex="0" {onclick} {onkeydown}>
                            if let Some(right) = mark {
                                <span class="mark" role="img" aria-label={if right { text.predict.right } else { text.predict.wrong_mark }}>{if right { "✓" } else { "✗" }}</span>
                            }
                            <span class="stamp">{stamp(line.at)}</span>
                            <span class="out-text">{line.text}</span>
                            if let Some(was) = was { <span class="was">{was}</span> }
                        </div>
                    }
                });
                html! {
                    <>
                        if let Some(puzzle) = revealed { {score(puzzle, props.lang, &props.on_predict)} }
                        <div class="lines">{ for shown }</div>
                        if hidden > 0 {
                            <p class="hint">{format!("… +{hidden}")}</p>
                        }
                    </>
                }
            }
        },
    };
    html! {
        <section class="output-pane" aria-labelledby="output-heading">
            <div class="pane-title">
                <h2 id="output-heading">{text.output}</h2>
                {predict_switch(props.predict.is_some(), props.lang, &props.on_predict)}
                {props.collapse.clone()}
            </div>
            // Moving a line to be ordered is not news to announce.
            <div id="output" class="output" aria-live={if dealt { "off" } else { "polite" }}>{body}</div>
        </section>
    }
}
