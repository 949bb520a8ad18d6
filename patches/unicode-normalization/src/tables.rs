//! The tables of `nfkc.txt` (see generate.py for its lines), parsed.

use std::collections::HashMap;

/// The tables' text, built into native builds only.
#[cfg(not(target_arch = "wasm32"))]
pub const BUILT_IN: &str = include_str!("../../../www/nfkc.txt");

/// What NFKC looks up.
pub struct Tables {
    /// Full compatibility decompositions.
    pub decomposition: HashMap<char, Vec<char>>,
    /// Canonical combining classes other than 0.
    pub class: HashMap<char, u8>,
    /// Primary composites by their two parts.
    pub composition: HashMap<(char, char), char>,
}

fn code(hex: &str) -> Option<char> {
    char::from_u32(u32::from_str_radix(hex, 16).ok()?)
}

/// The tables `text` holds (lines it cannot read are skipped).
pub fn parse(text: &str) -> Tables {
    let mut tables = Tables { decomposition: HashMap::new(), class: HashMap::new(), composition: HashMap::new() };
    for line in text.lines() {
        let Some((kind, rest)) = line.split_once(' ') else { continue };
        let Some((key, value)) = rest.split_once(':') else { continue };
        match kind {
            "d" => {
                let parts: Option<Vec<char>> = value.split(' ').map(code).collect();
                if let (Some(c), Some(parts)) = (code(key), parts) {
                    tables.decomposition.insert(c, parts);
                }
            }
            "c" => {
                if let (Some(c), Ok(class)) = (code(key), value.parse()) {
                    tables.class.insert(c, class);
                }
            }
            "p" => {
                let pair = key.split_once(' ').and_then(|(a, b)| Some((code(a)?, code(b)?)));
                if let (Some(pair), Some(c)) = (pair, code(value)) {
                    tables.composition.insert(pair, c);
                }
            }
            _ => {}
        }
    }
    tables
}

/// Installs the tables from the text of `nfkc.txt` (wasm32: fetched by the
/// page; natively the built-in tables are used and this does nothing).
pub fn install(text: &str) {
    #[cfg(target_arch = "wasm32")]
    {
        let _ = super::TABLES.set(parse(text));
    }
    #[cfg(not(target_arch = "wasm32"))]
    let _ = text;
}
