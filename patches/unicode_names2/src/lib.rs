//! Characters by name, for Python's `\N{...}` escapes, resolved exactly as
//! CPython 3.11's `unicodedata` resolves them (Unicode 14.0.0): Hangul
//! syllables and CJK unified ideographs spelled from their code point, every
//! other name and alias looked up case-insensitively in a text table.
//!
//! Natively the table is built in. On wasm32 it is not (it would weigh about
//! 380 KiB gzip in a page where few programs use `\N{...}`): the page fetches
//! `unicode-names.txt` and calls [`install`] before it parses a program that
//! does; until then [`character`] finds no table name and [`installed`] is
//! false.

#![deny(missing_docs, unsafe_code)]

use std::collections::HashMap;
use std::sync::OnceLock;

mod algorithmic;

/// Name (upper case) → character, from the table's `NAME;HEX` lines.
type Table = HashMap<&'static str, char>;

static TABLE: OnceLock<Table> = OnceLock::new();

/// The table's text, built into native builds only.
#[cfg(not(target_arch = "wasm32"))]
const BUILT_IN: &str = include_str!("../../../www/unicode-names.txt");

fn parse(text: &'static str) -> Table {
    text.lines()
        .filter_map(|line| {
            let (name, hex) = line.split_once(';')?;
            let code = u32::from_str_radix(hex, 16).ok()?;
            Some((name, char::from_u32(code)?))
        })
        .collect()
}

fn table() -> Option<&'static Table> {
    #[cfg(not(target_arch = "wasm32"))]
    return Some(TABLE.get_or_init(|| parse(BUILT_IN)));
    #[cfg(target_arch = "wasm32")]
    return TABLE.get();
}

/// Installs the table from the text of `unicode-names.txt` (wasm32: fetched
/// by the page; natively the built-in table is used and this does nothing).
/// The text lives as long as the program: it is installed once.
pub fn install(text: String) {
    #[cfg(target_arch = "wasm32")]
    {
        let text: &'static str = Box::leak(text.into_boxed_str());
        let _ = TABLE.set(parse(text));
    }
    #[cfg(not(target_arch = "wasm32"))]
    drop(text);
}

/// Whether [`character`] can resolve every name: always natively; on wasm32
/// once [`install`] has run.
pub fn installed() -> bool {
    table().is_some()
}

/// The character called `name`, as `"\N{name}"` resolves it in CPython 3.11:
/// `None` for a name it does not know (and, on wasm32, for every table name
/// before [`install`]).
pub fn character(name: &str) -> Option<char> {
    // CPython compares these two prefixes case-sensitively, and a name with
    // either prefix is never looked up in the table.
    if let Some(syllable) = name.strip_prefix("HANGUL SYLLABLE ") {
        return algorithmic::hangul(syllable);
    }
    if let Some(hex) = name.strip_prefix("CJK UNIFIED IDEOGRAPH-") {
        return algorithmic::cjk(hex);
    }
    if !name.is_ascii() {
        return None;
    }
    table()?.get(name.to_ascii_uppercase().as_str()).copied()
}
