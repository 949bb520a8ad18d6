//! The table of Unicode character names that `\N{…}` escapes need. It is not
//! compiled into the page's wasm (about 380 KiB gzip, for an escape few
//! programs use): Trunk copies `www/unicode-names.txt` beside the wasm, and
//! each wasm instance (the page's, its worker's) fetches and installs it the
//! first time it is about to run a program whose text holds `\N`. A program
//! without one never downloads it.

use std::cell::Cell;

use js_sys::{Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Response, Url, Window, WorkerGlobalScope};

use crate::python::front::diagnostic::SourceDiagnostic;
use crate::view::recording::{Ending, RecordOptions, Recording};

/// The table's file, beside the page's wasm.
const FILE: &str = "unicode-names.txt";
/// The global through which the page gives its worker the table's URL (the
/// worker runs from a `blob:` script, so a relative URL would not resolve).
const GLOBAL: &str = "looplabNamesUrl";
/// A line the table holds; a file without it (a host's HTML error page
/// served with a 200) is not the table.
const PROBE: &str = "\nEM DASH;2014\n";

thread_local! {
    static LOADING: Cell<bool> = const { Cell::new(false) };
}

/// Whether `source` may use a `\N{…}` escape this instance cannot resolve yet.
pub fn needed(source: &str) -> bool {
    source.contains("\\N") && !unicode_names2::installed()
}

/// The table's absolute URL, beside the wasm at `wasm_url`.
pub fn url_beside(wasm_url: &str) -> Option<String> {
    Url::new_with_base(FILE, wasm_url).ok().map(|url| url.href())
}

/// The script line that gives a worker the table's URL before its wasm starts.
pub fn worker_preamble(url: &str) -> String {
    format!("self.{GLOBAL} = {url:?};\n")
}

/// In the worker: the table's URL its page gave.
pub fn url_in_worker() -> Option<String> {
    Reflect::get(&js_sys::global(), &GLOBAL.into()).ok()?.as_string()
}

fn fetch(url: &str) -> Promise {
    let global = js_sys::global();
    match global.dyn_ref::<WorkerGlobalScope>() {
        Some(worker) => worker.fetch_with_str(url),
        None => global.unchecked_into::<Window>().fetch_with_str(url),
    }
}

fn describe(error: JsValue) -> String {
    error.as_string().or_else(|| js_sys::JSON::stringify(&error).ok().map(String::from)).unwrap_or_else(|| "network error".into())
}

/// Fetches the table from `url` and installs it in this instance.
pub async fn load(url: &str) -> Result<(), String> {
    let response: Response = JsFuture::from(fetch(url)).await.map_err(describe)?.unchecked_into();
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let text = JsFuture::from(response.text().map_err(describe)?).await.map_err(describe)?;
    let text = text.as_string().ok_or("the response is not text")?;
    if !text.contains(PROBE) {
        return Err("the response is not the name table".into());
    }
    unicode_names2::install(text);
    Ok(())
}

/// On the page: loads the table in the background for `source` when it needs
/// it (the page parses the program too: its knobs, its replayed snapshots).
pub fn prefetch(source: &str, wasm_url: &str) {
    if !needed(source) || LOADING.with(Cell::get) {
        return;
    }
    let Some(url) = url_beside(wasm_url) else { return };
    LOADING.with(|loading| loading.set(true));
    wasm_bindgen_futures::spawn_local(async move {
        if let Err(why) = load(&url).await {
            web_sys::console::warn_1(&format!("looplab: {FILE}: {why}").into());
        }
        LOADING.with(|loading| loading.set(false));
    });
}

/// The run of `source` that could not start because the table could not be
/// loaded: says so, where the program's first `\N` is.
pub fn unavailable(source: &str, options: RecordOptions, why: &str) -> Recording {
    let line = source.lines().position(|l| l.contains("\\N")).map_or(1, |i| i + 1);
    let message = format!(
        "looplab could not load the Unicode character names that \\N{{...}} escapes need ({FILE}: {why}). Check the connection and press Run again."
    );
    let text = format!("{message}\n");
    Recording {
        source: source.to_string(),
        ending: Ending::Rejected {
            diagnostic: SourceDiagnostic { kind: "looplab".into(), message, line, column: 1, end_column: 2, show_caret: false },
            text,
        },
        chunks: Vec::new(),
        trace: Default::default(),
        iterations: 0,
        starts: Vec::new(),
        end_time: 0.0,
        error_line: None,
        options,
        snapshots: None,
    }
}
