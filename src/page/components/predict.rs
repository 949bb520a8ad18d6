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

/// The predict mode's switch (a plain function, not a component: each
/// component costs the page's size more than its markup).
pub fn predict_switch(on: bool, lang: Lang, on_action: &Callback<PageAction>) -> Html {
    let t = &lang.text().predict;
    let onchange = on_action.reform(|e: Event| {
        let checked = e.target_dyn_into::<web_sys::HtmlInputElement>().is_some_and(|i| i.checked());
        PageAction::SetPredict(checked)
    });
    html! {
        <label class="predict-toggle" title={t.toggle_hint}>
            <input type="checkbox" id="predict" checked={on} {onchange} />
            {t.toggle}
        </label>
    }
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

/// The place to focus once a move has been drawn (the list is redrawn in
/// its new order, so the moved line is another element): focused after
/// each render of the component that uses it.
#[hook]
pub fn use_refocus() -> Rc<RefCell<Option<usize>>> {
    let refocus: Rc<RefCell<Option<usize>>> = use_mut_ref(|| None);
    {
        let refocus = refocus.clone();
        use_effect(move || {
            if let Some(place) = refocus.borrow_mut().take() {
                focus_line(place);
            }
        });
    }
    refocus
}

/// What a dragged line carries: its place, marked as one of ours (a drop
/// of other text moves nothing).
const DRAG_PREFIX: &str = "looplab-line:";

/// The shuffled lines and the Reveal button; `refocus` comes from
/// [`use_refocus`].
pub fn puzzle_view(puzzle: &Puzzle, lang: Lang, on_action: &Callback<PageAction>, refocus: &Rc<RefCell<Option<usize>>>) -> Html {
    let t = &lang.text().predict;
    let n = puzzle.len();
    let mover = |from: usize, to: usize| {
        let (on_action, refocus) = (on_action.clone(), refocus.clone());
        Callback::from(move |()| {
            *refocus.borrow_mut() = Some(to);
            on_action.emit(PageAction::MoveLine(from, to));
        })
    };
    let items = puzzle.arranged().enumerate().map(|(place, text)| {
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
        let ondragstart = Callback::from(move |e: DragEvent| {
            if let Some(data) = e.data_transfer() {
                data.set_effect_allowed("move");
                data.set_data("text/plain", &format!("{DRAG_PREFIX}{place}")).ok();
            }
        });
        let ondragover = Callback::from(|e: DragEvent| e.prevent_default());
        let ondrop = {
            let on_action = on_action.clone();
            Callback::from(move |e: DragEvent| {
                e.prevent_default();
                let data = e.data_transfer().and_then(|d| d.get_data("text/plain").ok()).unwrap_or_default();
                if let Some(from) = data.strip_prefix(DRAG_PREFIX).and_then(|p| p.parse().ok()) {
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
    let reveal = on_action.reform(|_: MouseEvent| PageAction::Reveal);
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
