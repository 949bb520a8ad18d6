//! The header: the name, the tagline and the language switch.

use web_sys::HtmlSelectElement;
use yew::prelude::*;

use crate::page::i18n::Lang;

/// Properties of [`Header`].
#[derive(Properties, PartialEq)]
pub struct HeaderProps {
    /// The page's language.
    pub lang: Lang,
    /// Called with the language the user picks.
    pub on_lang: Callback<Lang>,
}

/// The page's header.
#[function_component(Header)]
pub fn header(props: &HeaderProps) -> Html {
    let text = props.lang.text();
    let on_change = {
        let on_lang = props.on_lang.clone();
        Callback::from(move |e: Event| {
            let value = e.target_unchecked_into::<HtmlSelectElement>().value();
            if let Some(lang) = Lang::from_tag(&value) {
                on_lang.emit(lang);
            }
        })
    };
    html! {
        <header class="site-header">
            <div class="brand">
                <span class="logo" aria-hidden="true">{"⟳"}</span>
                <h1>{"looplab"}</h1>
                <span class="tagline">{text.tagline}</span>
            </div>
            <label class="lang-switch">
                <span class="visually-hidden">{text.language}</span>
                <select id="lang" aria-label={text.language} onchange={on_change}>
                    <option value="en" selected={props.lang == Lang::En}>{"English"}</option>
                    <option value="zh-CN" selected={props.lang == Lang::Zh}>{"简体中文"}</option>
                </select>
            </label>
        </header>
    }
}
