//! Every string the page shows in 中文 differs from its English one, unless it
//! is listed below as the same on purpose. The page module is wasm-only, so
//! this reads `src/page/i18n.rs` itself: the `EN` and `ZH` tables, field by
//! field (the first string literal of each field, closures' format strings
//! included), and the gallery's titles.

use std::collections::BTreeMap;

const SOURCE: &str = include_str!("../src/page/i18n.rs");

/// Fields whose 中文 is the English on purpose, with the reason.
const SAME_ON_PURPOSE: &[(&str, &str)] = &[];

/// `path.to.field` → its first string literal, for the `static NAME: Text = Text { … };` block.
fn table(name: &str) -> BTreeMap<String, String> {
    let start = SOURCE.find(&format!("static {name}: Text = Text {{")).unwrap_or_else(|| panic!("no static {name}"));
    let body = &SOURCE[start..];
    let open = body.find('{').expect("a block") + 1;
    let mut fields = BTreeMap::new();
    let mut path: Vec<String> = Vec::new();
    let mut pending: Option<String> = None; // the field whose value is being read
    let mut chars = body[open..].char_indices().peekable();
    let text = &body[open..];
    let mut depth = 1;
    let mut word_start: Option<usize> = None;
    let mut last_word = String::new();
    while let Some((i, c)) = chars.next() {
        match c {
            '"' => {
                // A string literal; escapes are skipped.
                let mut lit = String::new();
                while let Some((_, d)) = chars.next() {
                    match d {
                        '\\' => {
                            if let Some((_, e)) = chars.next() {
                                lit.push(e);
                            }
                        }
                        '"' => break,
                        _ => lit.push(d),
                    }
                }
                if let Some(field) = pending.take() {
                    let key = path.iter().chain(std::iter::once(&field)).cloned().collect::<Vec<_>>().join(".");
                    fields.insert(key, lit);
                }
            }
            '/' if text[i..].starts_with("//") => {
                for (_, d) in chars.by_ref() {
                    if d == '\n' {
                        break;
                    }
                }
            }
            ':' if !text[i..].starts_with("::")
                && !text[..i].ends_with(':')
                && !last_word.is_empty()
                && word_start.is_none() =>
            {
                pending = Some(std::mem::take(&mut last_word));
            }
            '{' => {
                depth += 1;
                if let Some(field) = pending.take() {
                    path.push(field);
                } else {
                    path.push(String::new());
                }
            }
            '}' => {
                depth -= 1;
                if depth == 0 {
                    break;
                }
                path.pop();
            }
            c if c.is_alphanumeric() || c == '_' => {
                if word_start.is_none() {
                    word_start = Some(i);
                }
                if chars.peek().is_none_or(|&(_, n)| !(n.is_alphanumeric() || n == '_')) {
                    last_word = text[word_start.take().unwrap_or(i)..=i].to_string();
                }
            }
            _ => {}
        }
    }
    fields
}

#[test]
fn both_languages_have_the_same_fields() {
    let (en, zh) = (table("EN"), table("ZH"));
    assert!(en.len() >= 40, "only {} English strings found: the reader is broken", en.len());
    let en_keys: Vec<_> = en.keys().collect();
    let zh_keys: Vec<_> = zh.keys().collect();
    assert_eq!(en_keys, zh_keys);
}

#[test]
fn every_chinese_string_differs_from_its_english_one() {
    let (en, zh) = (table("EN"), table("ZH"));
    let same: Vec<String> = en
        .iter()
        .filter(|(key, text)| zh.get(*key) == Some(text) && !SAME_ON_PURPOSE.iter().any(|(k, _)| k == key))
        .map(|(key, text)| format!("{key}: {text:?}"))
        .collect();
    assert!(same.is_empty(), "中文 strings that are the English (translate, or list in SAME_ON_PURPOSE):\n{}", same.join("\n"));
    for (key, _) in SAME_ON_PURPOSE {
        assert_eq!(en.get(*key), zh.get(*key), "{key} is listed as the same on purpose but differs: drop it");
    }
}

#[test]
fn every_gallery_title_is_translated() {
    for example in looplab::gallery::EXAMPLES {
        assert!(!example.title_zh.is_empty() && example.title_zh != example.title_en, "{}: {:?}", example.id, example.title_zh);
    }
}

#[test]
fn the_reader_finds_nested_fields_and_format_strings() {
    let en = table("EN");
    assert_eq!(en.get("timeline.zoom_in").map(String::as_str), Some("Zoom in"));
    assert!(en.keys().any(|k| k == "timeline.summary"), "{:?}", en.keys().collect::<Vec<_>>());
}
