//! A program file's bytes to its text, as CPython 3.11's tokenizer decodes
//! them: a UTF-8 byte-order mark, a PEP 263 coding cookie on the first or
//! second line, and CPython's errors for bytes that are not UTF-8.
//!
//! The page hands the session a `str` already, so only the command line
//! needs this; null bytes are refused later, on the text (`syntax.rs`).

/// Why a file's bytes are not a program, and how to report it.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct DecodeError {
    /// The whole of what is written to stderr, ending in `\n`.
    pub stderr: String,
    /// Whether looplab refuses an encoding CPython knows (exit status 2)
    /// rather than CPython's own SyntaxError (exit status 1).
    pub unsupported: bool,
}

impl DecodeError {
    fn syntax(message: String) -> DecodeError {
        DecodeError { stderr: format!("SyntaxError: {message}\n"), unsupported: false }
    }
}

const BOM: &[u8] = b"\xef\xbb\xbf";

/// Encodings CPython's codecs know that looplab does not decode: refused
/// clearly rather than reported as unknown.
const KNOWN_ELSEWHERE: &[&str] = &[
    "utf-16", "utf-32", "utf-7", "cp1251", "cp1250", "cp437", "cp850", "koi8-r", "koi8-u", "gbk", "gb2312",
    "gb18030", "big5", "shift-jis", "shift_jis", "sjis", "euc-jp", "euc-kr", "iso-8859-2", "iso-8859-5",
    "iso-8859-15", "latin2", "mac-roman", "utf-8-sig", "idna", "hz", "cp932", "cp949", "cp950",
];

/// Decodes the bytes of the file shown as `filename` into program text.
pub fn decode_source(bytes: &[u8], filename: &str) -> Result<String, DecodeError> {
    let (has_bom, body) = match bytes.strip_prefix(BOM) {
        Some(rest) => (true, rest),
        None => (false, bytes),
    };
    let Some(cookie) = coding_cookie(body) else {
        return decode_utf8(body, filename);
    };
    let normal = normal_name(&cookie);
    if has_bom && normal != "utf-8" {
        return Err(DecodeError::syntax(format!("encoding problem: {normal} with BOM")));
    }
    match normal.as_str() {
        "utf-8" | "utf8" => std::str::from_utf8(body).map(str::to_string).map_err(|_| unsupported_utf8(&cookie)),
        "iso-8859-1" => Ok(body.iter().map(|&b| char::from(b)).collect()),
        "ascii" | "us-ascii" if body.is_ascii() => Ok(String::from_utf8_lossy(body).into_owned()),
        "ascii" | "us-ascii" => Err(DecodeError::syntax("encoding problem: ascii".into())),
        "cp1252" | "windows-1252" => Ok(body.iter().map(|&b| cp1252(b)).collect()),
        other if KNOWN_ELSEWHERE.contains(&other) => Err(DecodeError {
            stderr: format!(
                "looplab: NotImplementedError: source encoding '{cookie}' is not supported \
                 (looplab decodes utf-8, latin-1, ascii and cp1252)\n"
            ),
            unsupported: true,
        }),
        _ => Err(DecodeError::syntax(format!("encoding problem: {cookie}"))),
    }
}

/// CPython reports a bad byte inside a string literal then; looplab refuses
/// the file rather than guess the literal's position.
fn unsupported_utf8(cookie: &str) -> DecodeError {
    DecodeError {
        stderr: format!(
            "looplab: NotImplementedError: the file declares '{cookie}' but is not valid UTF-8\n"
        ),
        unsupported: true,
    }
}

fn decode_utf8(body: &[u8], filename: &str) -> Result<String, DecodeError> {
    match std::str::from_utf8(body) {
        Ok(text) => Ok(text.to_string()),
        Err(error) => {
            let at = error.valid_up_to();
            let line = body[..at].iter().filter(|&&b| b == b'\n').count() + 1;
            Err(DecodeError::syntax(format!(
                "Non-UTF-8 code starting with '\\x{:02x}' in file {filename} on line {line}, \
                 but no encoding declared; see https://peps.python.org/pep-0263/ for details",
                body[at]
            )))
        }
    }
}

/// The cookie's encoding name: on line 1, or on line 2 when line 1 holds
/// only a comment or blanks (PEP 263).
fn coding_cookie(body: &[u8]) -> Option<String> {
    let mut lines = body.split(|&b| b == b'\n');
    let first = lines.next().unwrap_or_default();
    if let Some(name) = cookie_in(first) {
        return Some(name);
    }
    let first_blank = first.iter().all(|b| matches!(b, b' ' | b'\t' | b'\x0c' | b'\r'));
    let first_comment = first.iter().find(|b| !matches!(b, b' ' | b'\t' | b'\x0c')) == Some(&b'#');
    if first_blank || first_comment {
        return lines.next().and_then(cookie_in);
    }
    None
}

/// `^[ \t\f]*#.*?coding[:=][ \t]*([-\w.]+)` on one line.
fn cookie_in(line: &[u8]) -> Option<String> {
    let start = line.iter().position(|b| !matches!(b, b' ' | b'\t' | b'\x0c'))?;
    if line[start] != b'#' {
        return None;
    }
    let comment = &line[start..];
    let at = comment.windows(7).position(|w| w[..6] == *b"coding" && matches!(w[6], b':' | b'='))?;
    let rest = &comment[at + 7..];
    let rest = &rest[rest.iter().take_while(|b| matches!(b, b' ' | b'\t')).count()..];
    let name: Vec<u8> = rest
        .iter()
        .copied()
        .take_while(|&b| b.is_ascii_alphanumeric() || matches!(b, b'-' | b'_' | b'.'))
        .collect();
    (!name.is_empty()).then(|| String::from_utf8_lossy(&name).into_owned())
}

/// CPython's `get_normal_name`: `utf-8…` and the latin-1 spellings folded.
fn normal_name(name: &str) -> String {
    let lower: String = name.chars().take(12).map(|c| if c == '_' { '-' } else { c.to_ascii_lowercase() }).collect();
    if lower == "utf-8" || lower.starts_with("utf-8-") {
        return "utf-8".into();
    }
    for latin in ["latin-1", "iso-8859-1", "iso-latin-1"] {
        if lower == latin || lower.starts_with(&format!("{latin}-")) {
            return "iso-8859-1".into();
        }
    }
    name.to_ascii_lowercase().replace('_', "-")
}

/// Windows-1252: latin-1 but for 0x80–0x9F; its five unassigned bytes
/// decode as their C1 control characters, which no program text needs.
fn cp1252(byte: u8) -> char {
    const HIGH: [u16; 32] = [
        0x20AC, 0x81, 0x201A, 0x0192, 0x201E, 0x2026, 0x2020, 0x2021, 0x02C6, 0x2030, 0x0160, 0x2039, 0x0152,
        0x8D, 0x017D, 0x8F, 0x90, 0x2018, 0x2019, 0x201C, 0x201D, 0x2022, 0x2013, 0x2014, 0x02DC, 0x2122,
        0x0161, 0x203A, 0x0153, 0x9D, 0x017E, 0x0178,
    ];
    match byte {
        0x80..=0x9F => char::from_u32(u32::from(HIGH[usize::from(byte - 0x80)])).unwrap_or('\u{fffd}'),
        _ => char::from(byte),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn latin1_cookie_is_honoured() {
        assert_eq!(decode_source(b"# -*- coding: latin-1 -*-\nx='\xe9'\n", "m.py").unwrap(), "# -*- coding: latin-1 -*-\nx='é'\n");
    }

    #[test]
    fn cookie_on_line_three_is_ignored() {
        let error = decode_source(b"x=1\n\n# coding: latin-1\n'\xe9'\n", "m.py").unwrap_err();
        assert!(error.stderr.contains("'\\xe9' in file m.py on line 4"), "{}", error.stderr);
    }

    #[test]
    fn bom_is_dropped_and_conflicting_cookie_refused() {
        assert_eq!(decode_source(b"\xef\xbb\xbfx=1\n", "m.py").unwrap(), "x=1\n");
        let error = decode_source(b"\xef\xbb\xbf# coding: latin-1\n", "m.py").unwrap_err();
        assert_eq!(error.stderr, "SyntaxError: encoding problem: iso-8859-1 with BOM\n");
    }
}
