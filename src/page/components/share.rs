//! Share and export: a link to the program at the cursor's moment (kept in
//! the URL's fragment, copied to the clipboard), the run as Chrome Trace
//! Event JSON (the exporter the command line's `--trace` uses), the
//! timeline's picture as PNG and as SVG, and the output as text.

use wasm_bindgen::{JsCast, JsValue};
use yew::prelude::*;

use crate::page::i18n::Lang;
use crate::page::state::{Mode, PROGRAM_NAME, Shared};
use crate::view::perfetto::chrome_trace;
use crate::view::output_text::output_text;
use crate::view::share;
use crate::view::svg::timeline_svg;
use crate::view::timeline::{Spacing, TimelineModel};

/// Properties of [`ShareBar`].
#[derive(Properties, PartialEq)]
pub struct ShareBarProps {
    /// The page's language.
    pub lang: Lang,
    /// The program in the editor.
    pub source: String,
    /// The moment shown.
    pub cursor: u64,
    /// The clock mode.
    pub mode: Mode,
    /// The speed factor.
    pub speed: f64,
    /// How the timeline spaces the iterations (the link and the SVG keep it).
    pub spacing: Spacing,
    /// The last run, if any (the exports need one).
    pub recording: Option<Shared>,
    /// Whether predict mode is on (the link opens in it).
    #[prop_or_default]
    pub predict: bool,
    /// Whether predict mode hides the answer now: the exports, which would
    /// give it away, wait for Reveal.
    #[prop_or_default]
    pub veiled: bool,
}

/// What the last Share press left to say.
#[derive(Clone, PartialEq)]
enum Said {
    Nothing,
    Copied(String),
    ByHand(String),
    TooLong,
}

/// Clicks a temporary link that downloads `href` as `name`.
fn download(href: &str, name: &str) -> Option<()> {
    let document = web_sys::window()?.document()?;
    let anchor: web_sys::HtmlAnchorElement = document.create_element("a").ok()?.dyn_into().ok()?;
    anchor.set_href(href);
    anchor.set_download(name);
    document.body()?.append_child(&anchor).ok()?;
    anchor.click();
    anchor.remove();
    Some(())
}

/// Downloads `text` as a file named `name` of type `mime`.
fn download_text(text: &str, mime: &str, name: &str) -> Option<()> {
    let parts = js_sys::Array::of1(&JsValue::from_str(text));
    let options = web_sys::BlobPropertyBag::new();
    options.set_type(mime);
    let blob = web_sys::Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = web_sys::Url::create_object_url_with_blob(&blob).ok()?;
    download(&url, name);
    web_sys::Url::revoke_object_url(&url).ok()
}

/// Puts `text` on the clipboard; false when the browser has no clipboard API.
fn copy(text: &str) -> bool {
    let Some(window) = web_sys::window() else { return false };
    let clipboard = js_sys::Reflect::get(&window.navigator(), &JsValue::from_str("clipboard")).ok();
    let write = clipboard
        .as_ref()
        .and_then(|c| js_sys::Reflect::get(c, &JsValue::from_str("writeText")).ok())
        .and_then(|f| f.dyn_into::<js_sys::Function>().ok());
    match (clipboard, write) {
        (Some(clipboard), Some(write)) => write.call1(&clipboard, &JsValue::from_str(text)).is_ok(),
        _ => false,
    }
}

/// Writes the share fragment into the address bar (no reload, no history
/// entry) and returns the whole link.
fn set_fragment(fragment: &str) -> Option<String> {
    let window = web_sys::window()?;
    let hash = format!("#{fragment}");
    window.history().ok()?.replace_state_with_url(&JsValue::NULL, "", Some(&hash)).ok()?;
    window.location().href().ok()
}

/// The Share, Trace JSON, Timeline PNG / SVG and Output text buttons, and
/// what Share said.
#[function_component(ShareBar)]
pub fn share_bar(props: &ShareBarProps) -> Html {
    let t = &props.lang.text().share;
    let said = use_state(|| Said::Nothing);
    let on_share = {
        let said = said.clone();
        let shared = share::Shared {
            source: props.source.clone(),
            at: props.recording.as_ref().map(|_| props.cursor),
            lang: Some(props.lang.code().to_string()),
            clock: Some(if props.mode == Mode::RealTime { share::Clock::Real } else { share::Clock::Virtual }),
            speed: Some(props.speed),
            spacing: Some(props.spacing),
            predict: props.predict,
        };
        Callback::from(move |_: MouseEvent| {
            let fragment = share::encode(&shared);
            let link = set_fragment(&fragment);
            said.set(match link {
                Some(link) if link.len() > share::MAX_LINK_CHARS => Said::TooLong,
                Some(link) if copy(&link) => Said::Copied(link),
                Some(link) => Said::ByHand(link),
                None => Said::Nothing,
            });
        })
    };
    let on_trace = props.recording.clone().map(|r| {
        Callback::from(move |_: MouseEvent| {
            download_text(&chrome_trace(&r.trace, &r.chunks, PROGRAM_NAME), "application/json", "looplab-trace.json");
        })
    });
    let on_svg = props.recording.clone().map(|r| {
        let (cursor, loop_name, spacing) = (props.cursor, props.lang.text().timeline.loop_lane, props.spacing);
        Callback::from(move |_: MouseEvent| {
            let model = TimelineModel::from_trace(&r.trace, &r.starts, spacing);
            download_text(&timeline_svg(&model, cursor, loop_name), "image/svg+xml", "looplab-timeline.svg");
        })
    });
    let on_text = props.recording.clone().map(|r| {
        Callback::from(move |_: MouseEvent| {
            download_text(&output_text(&r), "text/plain;charset=utf-8", "looplab-output.txt");
        })
    });
    let on_png = Callback::from(|_: MouseEvent| {
        let canvas = web_sys::window()
            .and_then(|w| w.document())
            .and_then(|d| d.get_element_by_id("timeline-canvas"))
            .and_then(|c| c.dyn_into::<web_sys::HtmlCanvasElement>().ok());
        if let Some(url) = canvas.and_then(|c| c.to_data_url().ok()) {
            download(&url, "looplab-timeline.png");
        }
    });
    let has_run = props.recording.is_some() && !props.veiled;
    let note = match &*said {
        Said::Nothing => html! {},
        Said::TooLong => html! { <span class="share-note error" role="status">{t.too_long}</span> },
        Said::Copied(link) | Said::ByHand(link) => {
            let words = if matches!(&*said, Said::Copied(_)) { t.copied } else { t.copy_by_hand };
            html! {
                <span class="share-note" role="status">{words}
                    <input id="share-link" class="share-link" readonly=true aria-label={t.link} value={link.clone()} />
                </span>
            }
        }
    };
    html! {
        <div class="share-bar">
            <button id="share" class="tool" title={t.share_hint} onclick={on_share}>{t.share}</button>
            <button id="export-trace" class="tool" title={t.export_trace_hint} disabled={!has_run} onclick={on_trace}>{t.export_trace}</button>
            <button id="export-png" class="tool" disabled={!has_run} onclick={on_png}>{t.export_png}</button>
            <button id="export-svg" class="tool" disabled={!has_run} onclick={on_svg}>{t.export_svg}</button>
            <button id="export-text" class="tool" disabled={!has_run} onclick={on_text}>{t.export_text}</button>
            {note}
        </div>
    }
}
