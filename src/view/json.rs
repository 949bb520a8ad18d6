//! The little JSON the exporters write: strings escaped as RFC 8259 requires
//! and numbers that are always valid JSON (no serde in the page's wasm).

/// `text` as a JSON string literal, quotes included.
pub fn string(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\r' => out.push_str("\\r"),
            '\t' => out.push_str("\\t"),
            c if (c as u32) < 0x20 => out.push_str(&format!("\\u{:04x}", c as u32)),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

/// A number rounded to a thousandth (a nanosecond for microsecond
/// timestamps), so float noise such as `1100000.0000000002` never shows;
/// `null` for infinities and NaN, which JSON cannot spell.
pub fn number(value: f64) -> String {
    if !value.is_finite() {
        return "null".to_string();
    }
    let rounded = (value * 1000.0).round() / 1000.0;
    if rounded == 0.0 { "0".to_string() } else { format!("{rounded}") }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn strings_escape_quotes_backslashes_and_control_characters() {
        assert_eq!(string("a\"b\\c\n\t\u{1}é"), "\"a\\\"b\\\\c\\n\\t\\u0001é\"");
    }

    #[test]
    fn numbers_drop_float_noise_and_never_print_infinity() {
        assert_eq!(number(1.1 * 1e6), "1100000");
        assert_eq!(number(0.5), "0.5");
        assert_eq!(number(-0.0), "0");
        assert_eq!(number(f64::INFINITY), "null");
    }
}
