//! NFKC, the normalization Python applies to identifiers, computed from
//! CPython 3.11's `unicodedata` tables (Unicode 14.0.0): full compatibility
//! decomposition, canonical ordering, canonical composition (UAX #15), with
//! Hangul syllables computed rather than stored.
//!
//! Natively the tables are built in. On wasm32 they are not (about 55 KiB
//! gzip, for identifiers few programs have): the page fetches `nfkc.txt` and
//! calls [`install`] before it runs a program that needs it. Without them
//! [`UnicodeNormalization::nfkc`] returns its text unchanged, which is exact
//! for ASCII and CJK unified ideographs, and notes for anything else that it
//! was [`missed`].

#![deny(missing_docs, unsafe_code)]

use std::cell::Cell;
use std::collections::HashMap;
use std::sync::OnceLock;

mod hangul;
mod tables;

pub use tables::install;
use tables::Tables;

thread_local! {
    static MISSED: Cell<bool> = const { Cell::new(false) };
}

static TABLES: OnceLock<Tables> = OnceLock::new();

fn tables() -> Option<&'static Tables> {
    #[cfg(not(target_arch = "wasm32"))]
    return Some(TABLES.get_or_init(|| tables::parse(tables::BUILT_IN)));
    #[cfg(target_arch = "wasm32")]
    return TABLES.get();
}

/// Whether the tables are there: always natively; on wasm32 once [`install`] has run.
pub fn installed() -> bool {
    tables().is_some()
}

/// Whether, since the last call, some text needed the tables while they were
/// not installed (its NFKC was then taken to be itself). Clears the note.
pub fn missed() -> bool {
    MISSED.with(|m| m.replace(false))
}

/// Characters NFKC leaves alone whatever surrounds them: ASCII and CJK
/// unified ideographs (no decomposition, combining class 0, never part of a
/// composition).
fn stable(c: char) -> bool {
    c.is_ascii() || matches!(c as u32, 0x3400..=0x4DBF | 0x4E00..=0x9FFF | 0x20000..=0x2A6DF | 0x2A700..=0x2EBE0 | 0x30000..=0x3134A)
}

/// Unicode normalization of a string (only NFKC: what Python identifiers use).
pub trait UnicodeNormalization<I: Iterator<Item = char>> {
    /// The NFKC form of the text, as `unicodedata.normalize("NFKC", text)`.
    fn nfkc(self) -> std::vec::IntoIter<char>;
}

impl<'a> UnicodeNormalization<std::str::Chars<'a>> for &'a str {
    fn nfkc(self) -> std::vec::IntoIter<char> {
        if self.chars().all(stable) {
            return self.chars().collect::<Vec<_>>().into_iter();
        }
        match tables() {
            Some(tables) => normalize(self, tables).into_iter(),
            None => {
                MISSED.with(|m| m.set(true));
                self.chars().collect::<Vec<_>>().into_iter()
            }
        }
    }
}

fn normalize(text: &str, tables: &Tables) -> Vec<char> {
    let mut decomposed = Vec::with_capacity(text.len());
    for c in text.chars() {
        if let Some((l, v, t)) = hangul::decompose(c) {
            decomposed.extend([l, v].into_iter().chain(t));
        } else if let Some(parts) = tables.decomposition.get(&c) {
            decomposed.extend_from_slice(parts);
        } else {
            decomposed.push(c);
        }
    }
    reorder(&mut decomposed, &tables.class);
    compose(&decomposed, tables)
}

/// Canonical ordering: each run of non-starters sorted (stably) by class.
fn reorder(chars: &mut [char], class: &HashMap<char, u8>) {
    let of = |c: &char| class.get(c).copied().unwrap_or(0);
    let mut start = 0;
    while start < chars.len() {
        if of(&chars[start]) == 0 {
            start += 1;
            continue;
        }
        let end = chars[start..].iter().position(|c| of(c) == 0).map_or(chars.len(), |n| start + n);
        chars[start..end].sort_by_key(of);
        start = end;
    }
}

/// Canonical composition: each character joins the last starter unless a
/// character between them blocks it (class 0, or a class not below its own).
fn compose(chars: &[char], tables: &Tables) -> Vec<char> {
    let of = |c: char| tables.class.get(&c).copied().unwrap_or(0);
    let mut out: Vec<char> = Vec::with_capacity(chars.len());
    let mut starter: Option<usize> = None;
    for &c in chars {
        let class = of(c);
        if let Some(at) = starter {
            let unblocked = match out.last() {
                Some(&previous) if out.len() - 1 != at => {
                    let previous = of(previous);
                    previous != 0 && previous < class
                }
                _ => true,
            };
            let joined = hangul::compose(out[at], c).or_else(|| tables.composition.get(&(out[at], c)).copied());
            if let (true, Some(joined)) = (unblocked, joined) {
                out[at] = joined;
                continue;
            }
        }
        if class == 0 {
            starter = Some(out.len());
        }
        out.push(c);
    }
    out
}
