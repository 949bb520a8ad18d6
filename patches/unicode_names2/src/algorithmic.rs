//! The names CPython 3.11 spells from the code point rather than storing:
//! Hangul syllables and CJK unified ideographs (Modules/unicodedata.c,
//! `_getcode`, `find_syllable`, `is_unified_ideograph`).

/// The initial consonants, vowels and final consonants of a Hangul
/// syllable's name, in their code point order.
const CHOSEONG: [&str; 19] = ["G", "GG", "N", "D", "DD", "R", "M", "B", "BB", "S", "SS", "", "J", "JJ", "C", "K", "T", "P", "H"];
const JUNGSEONG: [&str; 21] = [
    "A", "AE", "YA", "YAE", "EO", "E", "YEO", "YE", "O", "WA", "WAE", "OE", "YO", "U", "WEO", "WE", "WI", "YU", "EU", "YI", "I",
];
const JONGSEONG: [&str; 28] = [
    "", "G", "GG", "GS", "N", "NJ", "NH", "D", "L", "LG", "LM", "LB", "LS", "LT", "LP", "LH", "M", "B", "BS", "S", "SS", "NG", "J", "C",
    "K", "T", "P", "H",
];

/// CPython 3.11's CJK unified ideograph ranges (Unicode 14.0.0).
const CJK_RANGES: [(u32, u32); 8] = [
    (0x3400, 0x4DBF),
    (0x4E00, 0x9FFF),
    (0x20000, 0x2A6DF),
    (0x2A700, 0x2B738),
    (0x2B740, 0x2B81D),
    (0x2B820, 0x2CEA1),
    (0x2CEB0, 0x2EBE0),
    (0x30000, 0x3134A),
];

/// The longest jamo of `column` that `text` starts with (an empty one
/// matches anything), as `find_syllable` picks it: its index and length.
fn longest(text: &str, column: &[&str]) -> Option<(usize, usize)> {
    let mut best: Option<(usize, usize)> = None;
    for (i, jamo) in column.iter().enumerate() {
        if best.is_some_and(|(_, len)| jamo.len() <= len) {
            continue;
        }
        if text.starts_with(jamo) {
            best = Some((i, jamo.len()));
        }
    }
    best
}

/// The syllable whose name is `HANGUL SYLLABLE ` + `rest`.
pub fn hangul(rest: &str) -> Option<char> {
    let (l, l_len) = longest(rest, &CHOSEONG)?;
    let rest = &rest[l_len..];
    let (v, v_len) = longest(rest, &JUNGSEONG)?;
    let rest = &rest[v_len..];
    let (t, t_len) = longest(rest, &JONGSEONG)?;
    if t_len != rest.len() {
        return None;
    }
    let index = (l * JUNGSEONG.len() + v) * JONGSEONG.len() + t;
    char::from_u32(0xAC00 + u32::try_from(index).ok()?)
}

/// The ideograph whose name is `CJK UNIFIED IDEOGRAPH-` + `hex`: four or five
/// upper-case hex digits of a code point in one of the ranges.
pub fn cjk(hex: &str) -> Option<char> {
    if !(4..=5).contains(&hex.len()) || !hex.bytes().all(|b| b.is_ascii_digit() || (b'A'..=b'F').contains(&b)) {
        return None;
    }
    let code = u32::from_str_radix(hex, 16).ok()?;
    if !CJK_RANGES.iter().any(|&(lo, hi)| (lo..=hi).contains(&code)) {
        return None;
    }
    char::from_u32(code)
}
