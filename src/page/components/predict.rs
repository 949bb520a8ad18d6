//! Predict, then reveal, in the output panel: the switch in its title bar,
//! the shuffled lines the learner puts in order (drag and drop, or focus a
//! line and press Alt+↑ / Alt+↓, or its ↑ / ↓ buttons), the Reveal button,
//! and after Reveal the score above the true order (`src/view/predict.rs`
//! orders and scores; the reducer keeps the puzzle).

use std::cell::RefCell;
use std::rc::Rc;

use wasm_bindgen::JsCast;
use yew::prelude::*;

use crate::page::i18n::Lang;
use crate::page::state::PageAction;
use crate::view::predict::Puzzle;

/// Properties of [`PredictSwitch`].
#[derive(Properties, PartialEq)]
pub struct PredictSwitchProps {
    /// Whether predict mode is on.
    pub on: bool,
    /// The page's language.
    pub lang: Lang,
    /// Called with [`PageAction::SetPredict`].
    pub on_action: Callback<PageAction>,
}

/// The predict mode's switch.
#[function_component(PredictSwitch)]
pub fn predict_switch(props: &PredictSwitchProps) -> Html {
    let t = &props.lang.text().predict;
    let onchange = props.on_action.reform(|e: Event| {
        let checked = e.target_dyn_into::<web_sys::HtmlInputElement>().is_some_and(|i| i.checked());
        PageAction::SetPredict(checked)
    });
    html! {
        <label class="predict-toggle" title={t.toggle_hint}>
            <input type="checkbox" id="predict" checked={props.on} {onchange} />
            {t.toggle}
        </label>
    }
}

/// Properties of [`PuzzleView`].
#[derive(Properties, PartialEq)]
pub struct PuzzleProps {
    /// The puzzle, not yet revealed.
    pub puzzle: Puzzle,
    /// The page's language.
    pub lang: Lang,
    /// Called with [`PageAction::MoveLine`] and [`PageAction::Reveal`].
    pub on_action: Callback<PageAction>,
}

/// Focuses the line at `place` (after a keyboard move, where it went).
fn focus_line(place: usize) {
    let element = web_sys::window()
        .and_then(|w| w.document())
        .and_then(|d| d.get_element_by_id(&format!("predict-{place}")))
        .and_then(|e| e.dyn_into::<web_sys::HtmlElement>().ok());
    if let Some(element) = element {
        element.focus().ok();
    }
}

/// The shuffled lines and the Reveal button.
#[function_component(PuzzleView)]
pub fn puzzle_view(props: &PuzzleProps) -> Html {
    let t = &props.lang.text().predict;
    // The place of the line being dragged, and the place to focus once the
    // move has been drawn (the list is redrawn in its new order).
    let dragging: Rc<RefCell<Option<usize>>> = use_mut_ref(|| None);
    let refocus: Rc<RefCell<Option<usize>>> = use_mut_ref(|| None);
    {
        let refocus = refocus.clone();
        use_effect(move || {
            if let Some(place) = refocus.borrow_mut().take() {
                focus_line(place);
            }
        });
    }
    let n = props.puzzle.len();
    let mover = |from: usize, to: usize| {
        let (on_action, refocus) = (props.on_action.clone(), refocus.clone());
        Callback::from(move |()| {
            *refocus.borrow_mut() = Some(to);
            on_action.emit(PageAction::MoveLine(from, to));
        })
    };
    let items = props.puzzle.arranged().enumerate().map(|(place, text)| {
        let up = (place > 0).then(|| mover(place, place - 1));
        let down = (place + 1 < n).then(|| mover(place, place + 1));
        let onkeydown = {
            let (up, down) = (up.clone(), down.clone());
            Callback::from(move |e: KeyboardEvent| {
                let step = match e.key().as_str() {
                    "ArrowUp" if e.alt_key() => &up,
                    "ArrowDown" if e.alt_key() => &down,
                    _ => return,
                };
                e.prevent_default();
                if let Some(step) = step {
                    step.emit(());
                }
            })
        };
        let button = |step: Option<Callback<()>>, label: &'static str, glyph: &'static str| {
            let disabled = step.is_none();
            let onclick = Callback::from(move |_: MouseEvent| {
                if let Some(step) = &step {
                    step.emit(());
                }
            });
            html! { <button class="icon move" aria-label={label} title={label} {disabled} {onclick}>{glyph}</button> }
        };
        let ondragstart = {
            let dragging = dragging.clone();
            Callback::from(move |e: DragEvent| {
                *dragging.borrow_mut() = Some(place);
                if let Some(data) = e.data_transfer() {
                    data.set_effect_allowed("move");
                    data.set_data("text/plain", &place.to_string()).ok();
                }
            })
        };
        let ondragover = Callback::from(|e: DragEvent| e.prevent_default());
        let ondrop = {
            let (dragging, on_action) = (dragging.clone(), props.on_action.clone());
            Callback::from(move |e: DragEvent| {
                e.prevent_default();
                if let Some(from) = dragging.borrow_mut().take() {
                    on_action.emit(PageAction::MoveLine(from, place));
                }
            })
        };
        html! {
            <li id={format!("predict-{place}")} class="predict-line" tabindex="0" draggable="true"
                aria-label={(t.line)(text, place + 1, n)} {onkeydown} {ondragstart} {ondragover} {ondrop}>
                <span class="grip" aria-hidden="true">{"⠿"}</span>
                <span class="out-text">{text.to_string()}</span>
                {button(up, t.move_up, "↑")}
                {button(down, t.move_down, "↓")}
            </li>
        }
    });
    let reveal = props.on_action.reform(|_: MouseEvent| PageAction::Reveal);
    html! {
        <div class="predict">
            <p class="hint">{t.instructions}</p>
            <p class="hint veil-note">{t.veiled}</p>
            <ol class="predict-lines lines" aria-label={t.list}>{ for items }</ol>
            <button id="reveal" class="tool" onclick={reveal}>{t.reveal}</button>
        </div>
    }
}

/// After Reveal: the score, where the cursor went, and Try again.
pub fn score(puzzle: &Puzzle, lang: Lang, on_action: &Callback<PageAction>) -> Html {
    let t = &lang.text().predict;
    let again = on_action.reform(|_: MouseEvent| PageAction::PredictAgain);
    html! {
        <div class="predict-score">
            <p id="predict-score" role="status">
                {(t.score)(puzzle.score(), puzzle.len())}
                if puzzle.first_mistake().is_some() { {" · "}{t.first_mistake} }
            </p>
            <button id="predict-again" class="tool" onclick={again}>{t.again}</button>
        </div>
    }
}
