//! The example gallery: a picker that loads a program into the editor.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::gallery::EXAMPLES;
use crate::page::i18n::Lang;

/// The value of the picker's entry for the user's own program.
const SCRATCH: &str = "__scratch__";

/// What the user picked in the gallery.
#[derive(Debug, Clone, PartialEq)]
pub enum GalleryPick {
    /// An example, by id.
    Example(String),
    /// The user's own program, kept when an example replaced it.
    Scratch,
}

/// Properties of [`Gallery`].
#[derive(Properties, PartialEq)]
pub struct GalleryProps {
    /// The page's language.
    pub lang: Lang,
    /// Whether the user's own program is kept and can be brought back.
    pub has_scratch: bool,
    /// Called with the pick.
    pub on_pick: Callback<GalleryPick>,
}

/// The example picker.
#[function_component(Gallery)]
pub fn gallery(props: &GalleryProps) -> Html {
    let lang = props.lang;
    let text = lang.text();
    let onchange = {
        let on_pick = props.on_pick.clone();
        Callback::from(move |e: Event| {
            let select = e.target_unchecked_into::<HtmlSelectElement>();
            let value = select.value();
            select.set_value("");
            match value.as_str() {
                "" => {}
                SCRATCH => on_pick.emit(GalleryPick::Scratch),
                id => on_pick.emit(GalleryPick::Example(id.to_string())),
            }
        })
    };
    let group = |from_seed: bool| {
        EXAMPLES
            .iter()
            .filter(move |e| e.from_seed == from_seed)
            .map(move |example| {
                html! { <option value={example.id}>{lang.title(example)}</option> }
            })
    };
    html! {
        <select id="gallery" class="gallery" aria-label={text.examples} {onchange}>
            <option value="" selected=true>{format!("{} …", text.examples)}</option>
            if props.has_scratch {
                <option value={SCRATCH}>{text.your_program}</option>
            }
            <optgroup label={text.from_tutorials}>{ for group(true) }</optgroup>
            <optgroup label={text.classics}>{ for group(false) }</optgroup>
        </select>
    }
}
