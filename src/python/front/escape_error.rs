//! CPython 3.11's report of a bad `\N{…}` escape in a string literal:
//! `SyntaxError: (unicode error) 'unicodeescape' codec can't decode bytes in
//! position A-B: unknown Unicode character name` (or `malformed \N character
//! escape`).
//!
//! CPython decodes each literal (each f-string text chunk) on its own after
//! turning every non-ASCII character into a ten-byte `\UXXXXXXXX`, so A-B
//! count in that text; and it raises at the token its parser read after the
//! strings (`_PyPegen_raise_error`), with byte columns.

use ruff_python_ast::token::{Token, TokenKind};
use ruff_python_parser::{ParseOptions, parse_unchecked};
use ruff_text_size::Ranged;

use super::diagnostic::SourceDiagnostic;

/// The diagnostic for the bad `\N` escape in the string literal at byte
/// `offset` of `source` (where ruff reported it), or `None` when that
/// literal holds none.
pub fn bad_name_escape(source: &str, offset: usize) -> Option<SourceDiagnostic> {
    let parsed = parse_unchecked(source, ParseOptions::from(ruff_python_ast::PySourceType::Python));
    let tokens: Vec<&Token> = parsed.tokens().iter().collect();
    let at = tokens.iter().position(|t| {
        matches!(t.kind(), TokenKind::String | TokenKind::FStringMiddle)
            && t.start().to_usize() <= offset
            && offset <= t.end().to_usize()
    })?;
    let token = tokens[at];
    let text = &source[token.start().to_usize()..token.end().to_usize()];
    let body = if token.kind() == TokenKind::String { literal_body(text)? } else { text };
    let (first, last, message) = first_bad_escape(body)?;
    let (start, end) = next_token_span(source, &tokens, at);
    let line_start = source[..start].rfind('\n').map_or(0, |i| i + 1);
    let column = start - line_start + 1;
    Some(SourceDiagnostic {
        kind: "SyntaxError".into(),
        message: format!("(unicode error) 'unicodeescape' codec can't decode bytes in position {first}-{last}: {message}"),
        line: source[..start].matches('\n').count() + 1,
        column,
        end_column: column + end.saturating_sub(start).max(1),
        show_caret: true,
    })
}

/// The text between the quotes of a string token, unless it is raw or bytes
/// (neither decodes `\N`).
fn literal_body(text: &str) -> Option<&str> {
    let prefix = text.find(['"', '\''])?;
    if text[..prefix].contains(['r', 'R', 'b', 'B']) {
        return None;
    }
    let rest = &text[prefix..];
    let quote = if rest.starts_with("\"\"\"") || rest.starts_with("'''") { 3 } else { 1 };
    rest.get(quote..rest.len().checked_sub(quote)?)
}

/// How many bytes `c` takes in the text CPython decodes.
fn width(c: char) -> usize {
    if c.is_ascii() { 1 } else { 10 }
}

/// The first `\N` escape of `body` CPython cannot decode: its first and last
/// position, as the UnicodeDecodeError prints them, and why.
fn first_bad_escape(body: &str) -> Option<(usize, usize, &'static str)> {
    const MALFORMED: &str = "malformed \\N character escape";
    let total: usize = body.chars().map(width).sum();
    let mut chars = body.char_indices().peekable();
    let mut position = 0;
    while let Some((_, c)) = chars.next() {
        if c != '\\' {
            position += width(c);
            continue;
        }
        let escape = position;
        let (index, next) = chars.next()?;
        // A backslash before a non-ASCII character becomes `\u005c`.
        position += if next.is_ascii() { 1 + 1 } else { 6 + 10 };
        if next != 'N' {
            continue;
        }
        let after = &body[index + 1..];
        let Some(name_and_rest) = after.strip_prefix('{') else {
            return Some((escape, escape + 1, MALFORMED));
        };
        let Some(close) = name_and_rest.find('}') else {
            return Some((escape, total - 1, MALFORMED));
        };
        let name = &name_and_rest[..close];
        let close_position = position + 1 + name.chars().map(width).sum::<usize>();
        if name.is_empty() {
            return Some((escape, close_position - 1, MALFORMED));
        }
        if unicode_names2::character(name).is_none() {
            return Some((escape, close_position, "unknown Unicode character name"));
        }
        position = close_position + 1;
        while chars.peek().is_some_and(|&(i, _)| i <= index + 2 + close) {
            chars.next();
        }
    }
    None
}

/// The byte span CPython's error points at: the token after the strings
/// (implicitly concatenated ones included) that hold `tokens[at]`; a line's
/// end is one column wide, or spans the comment before it.
fn next_token_span(source: &str, tokens: &[&Token], at: usize) -> (usize, usize) {
    let mut depth: usize = tokens[..at]
        .iter()
        .fold(0isize, |d, t| match t.kind() {
            TokenKind::FStringStart => d + 1,
            TokenKind::FStringEnd => d - 1,
            _ => d,
        })
        .max(0) as usize;
    let mut comment = None;
    for token in &tokens[at + 1..] {
        match token.kind() {
            TokenKind::FStringStart => depth += 1,
            TokenKind::FStringEnd => depth = depth.saturating_sub(1),
            _ if depth > 0 => {}
            TokenKind::String | TokenKind::NonLogicalNewline => comment = None,
            TokenKind::Comment => comment = Some(token.start().to_usize()),
            TokenKind::Newline => {
                let newline = token.start().to_usize();
                return match comment {
                    Some(start) => (start, newline),
                    None => (newline, newline + 1),
                };
            }
            _ => return (token.start().to_usize(), token.end().to_usize()),
        }
    }
    (source.len(), source.len() + 1)
}
