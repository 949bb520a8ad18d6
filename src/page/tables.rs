//! The Unicode tables a program may need that are not compiled into the
//! page's wasm: the character names of `\N{…}` escapes (about 380 KiB gzip)
//! and the NFKC tables that normalize non-ASCII identifiers (about 55 KiB).
//! Few programs need either; Trunk copies `www/unicode-names.txt` and
//! `www/nfkc.txt` beside the wasm, and each wasm instance (the page's, its
//! worker's) fetches and installs one the first time it is about to run a
//! program that needs it. A program that needs neither downloads neither.

use std::cell::Cell;

use js_sys::{Promise, Reflect};
use wasm_bindgen::{JsCast, JsValue};
use wasm_bindgen_futures::JsFuture;
use web_sys::{Response, Url, Window, WorkerGlobalScope};

use crate::python::front::diagnostic::SourceDiagnostic;
use crate::view::recording::{Ending, RecordOptions, Recording};

/// One of the tables fetched on demand.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Table {
    /// Character names, for `\N{…}` escapes (patches/unicode_names2).
    Names,
    /// NFKC, for identifiers (patches/unicode-normalization).
    Nfkc,
}

impl Table {
    /// The file, beside the page's wasm.
    pub fn file(self) -> &'static str {
        match self {
            Table::Names => "unicode-names.txt",
            Table::Nfkc => "nfkc.txt",
        }
    }

    /// What a learner is told the table is for.
    fn purpose(self) -> &'static str {
        match self {
            Table::Names => "the Unicode character names that \\N{...} escapes need",
            Table::Nfkc => "the Unicode tables that normalize non-ASCII identifiers",
        }
    }

    /// A line the table holds; a file without it (a host's HTML error page
    /// served with a 200) is not the table.
    fn probe(self) -> &'static str {
        match self {
            Table::Names => "\nEM DASH;2014\n",
            Table::Nfkc => "\nd FB01:66 69\n",
        }
    }

    fn installed(self) -> bool {
        match self {
            Table::Names => unicode_names2::installed(),
            Table::Nfkc => unicode_normalization::installed(),
        }
    }

    fn install(self, text: String) {
        match self {
            Table::Names => unicode_names2::install(text),
            Table::Nfkc => unicode_normalization::install(&text),
        }
    }
}

/// The global through which the page gives its worker the address its files
/// are beside (the worker runs from a `blob:` script, so a relative URL would
/// not resolve).
const GLOBAL: &str = "looplabTablesBase";

thread_local! {
    static LOADING: Cell<bool> = const { Cell::new(false) };
}

/// The tables running `source` needs that this instance has not installed:
/// names when its text holds `\N`; NFKC when an identifier of it needs more
/// than ASCII and CJK ideographs (the parser notes that as it reads them).
pub fn needed(source: &str) -> Vec<Table> {
    let mut tables = Vec::new();
    if source.contains("\\N") && !Table::Names.installed() {
        tables.push(Table::Names);
    }
    if !source.is_ascii() && !Table::Nfkc.installed() {
        unicode_normalization::missed();
        let _ = ruff_python_parser::parse_unchecked(
            source,
            ruff_python_parser::ParseOptions::from(ruff_python_ast::PySourceType::Python),
        );
        if unicode_normalization::missed() {
            tables.push(Table::Nfkc);
        }
    }
    tables
}

/// The script line that gives a worker the page's wasm address before its wasm starts.
pub fn worker_preamble(wasm_url: &str) -> String {
    format!("self.{GLOBAL} = {wasm_url:?};\n")
}

/// In the worker: the address its page gave.
pub fn base_in_worker() -> Option<String> {
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

/// Fetches `table` from beside `base` (the wasm's address) and installs it in this instance.
pub async fn load(table: Table, base: &str) -> Result<(), String> {
    let url = Url::new_with_base(table.file(), base).map_err(describe)?.href();
    let response: Response = JsFuture::from(fetch(&url)).await.map_err(describe)?.unchecked_into();
    if !response.ok() {
        return Err(format!("HTTP {}", response.status()));
    }
    let text = JsFuture::from(response.text().map_err(describe)?).await.map_err(describe)?;
    let text = text.as_string().ok_or("the response is not text")?;
    if !text.contains(table.probe()) {
        return Err("the response is not the table".into());
    }
    table.install(text);
    Ok(())
}

/// Loads every table in `tables` from beside `base`; the first that fails says why.
pub async fn load_all(tables: &[Table], base: &str) -> Result<(), (Table, String)> {
    for &table in tables {
        load(table, base).await.map_err(|why| (table, why))?;
    }
    Ok(())
}

/// On the page: loads the tables `source` needs in the background (the page
/// parses the program too: its knobs, its replayed snapshots).
pub fn prefetch(source: &str, wasm_url: &str) {
    if LOADING.with(Cell::get) {
        return;
    }
    let tables = needed(source);
    if tables.is_empty() {
        return;
    }
    LOADING.with(|loading| loading.set(true));
    let base = wasm_url.to_string();
    wasm_bindgen_futures::spawn_local(async move {
        if let Err((table, why)) = load_all(&tables, &base).await {
            web_sys::console::warn_1(&format!("looplab: {}: {why}", table.file()).into());
        }
        LOADING.with(|loading| loading.set(false));
    });
}

/// The run of `source` that could not start because `table` could not be
/// loaded: says so.
pub fn unavailable(source: &str, options: RecordOptions, table: Table, why: &str) -> Recording {
    let message = format!(
        "looplab could not load {} ({}: {why}). Check the connection and press Run again.",
        table.purpose(),
        table.file()
    );
    let text = format!("{message}\n");
    Recording {
        source: source.to_string(),
        ending: Ending::Rejected {
            diagnostic: SourceDiagnostic { kind: "looplab".into(), message, line: 1, column: 1, end_column: 2, show_caret: false },
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
