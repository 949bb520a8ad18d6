//! CPython 3.11's specific SyntaxErrors for the mistakes learners make most,
//! where ruff reports something generic: `if x = 1:` ("Maybe you meant '=='
//! or ':='"), `1 = x`, `del f()`, a stray or mismatched bracket, a `try`
//! with no `except`, `a if b` with no `else`, a dict key with no value.
//! Each is CPython's message at CPython's location (its `invalid_*` rules).

use ruff_python_ast::token::TokenKind;
use ruff_python_parser::{ParseError, ParseErrorType};
use ruff_text_size::Ranged;

use super::diagnostic::{SourceDiagnostic, line_and_column};

/// CPython's report of `error`, when it is one of the cases this file knows.
pub fn hint(source: &str, error: &ParseError) -> Option<SourceDiagnostic> {
    let start = error.range().start().to_usize();
    let end = error.range().end().to_usize();
    if let Some(report) = stray_bracket(source, end) {
        return Some(report);
    }
    if let Some(report) = invalid_decimal(source, start) {
        return Some(report);
    }
    match &error.error {
        ParseErrorType::ExpectedToken { expected: TokenKind::Colon | TokenKind::Rpar, found: TokenKind::Equal } => {
            assignment_in_condition(source, start)
        }
        ParseErrorType::ExpectedToken { expected: TokenKind::Comma, .. } if innermost_open(source, start).is_some() => {
            forgot_comma(source, start, end)
        }
        _ if source[..start].ends_with('{') && source[start..].starts_with('}') && string_end(source, start).is_some() => {
            let (line, column) = line_and_column(source, string_end(source, start)?);
            Some(report(line, column, column, "f-string: empty expression not allowed"))
        }
        ParseErrorType::FStringError(_) => {
            // 3.11 reports an f-string's errors just past its closing quote.
            let message = format!("f-string: {}", super::syntax::fstring_message(&error.error));
            let close = string_end(source, start)?;
            let (line, column) = line_and_column(source, close);
            Some(report(line, column, column, &message))
        }
        ParseErrorType::PositionalAfterKeywordArgument => {
            let close = closing_paren(source, start)?;
            let (line, column) = line_and_column(source, close);
            Some(report(line, column, column + 1, "positional argument follows keyword argument"))
        }

        ParseErrorType::ExpectedToken { expected: TokenKind::Else, .. } => missing_else(source, start),
        ParseErrorType::ExpectedToken { expected: TokenKind::Colon, found: TokenKind::Rbrace | TokenKind::Comma }
            if innermost_open(source, start) == Some('{') =>
        {
            let (line, column) = line_and_column(source, start);
            Some(report(line, column - 1, column, "':' expected after dictionary key"))
        }
        ParseErrorType::ExpectedToken { expected: TokenKind::Colon, found } if *found != TokenKind::Newline => {
            Some(first_token(source, start, "invalid syntax"))
        }
        ParseErrorType::InvalidAssignmentTarget => {
            let kind = super::syntax::target_kind(&source[start..end.max(start)]);
            let message = match first_target(source, start) {
                true => format!("cannot assign to {kind} here. Maybe you meant '==' instead of '='?"),
                false => format!("cannot assign to {kind}"),
            };
            Some(span(source, start, end, &message))
        }
        ParseErrorType::InvalidDeleteTarget => {
            let kind = super::syntax::target_kind(&source[start..end.max(start)]);
            Some(span(source, start, end, &format!("cannot delete {kind}")))
        }
        ParseErrorType::OtherError(m) if m.starts_with("Expected `except` or `finally` after `try` block") => {
            let message = "expected 'except' or 'finally' block";
            if let Some(next) = after_try_body(source, start) {
                return Some(first_token(source, next, message));
            }
            if start >= source.trim_end().len() {
                // At the end of the file CPython points past the last line.
                let (line, _) = line_and_column(source, source.trim_end().len());
                let width = source.lines().nth(line - 1).map_or(0, |l| l.chars().count());
                let mut r = report(line, width + 1, width + 2, message);
                r.show_caret = false;
                return Some(r);
            }
            Some(span(source, start, end, message))
        }
        _ => None,
    }
}

fn report(line: usize, column: usize, end_column: usize, message: &str) -> SourceDiagnostic {
    SourceDiagnostic { kind: "SyntaxError".into(), message: message.into(), line, column, end_column, show_caret: true }
}

/// A report whose caret spans `start..end` (one line).
fn span(source: &str, start: usize, end: usize, message: &str) -> SourceDiagnostic {
    let (line, column) = line_and_column(source, start);
    let (end_line, end_column) = line_and_column(source, end.max(start));
    let end_column = if end_line == line { end_column.max(column + 1) } else { end_column };
    if end_line == line {
        return report(line, column, end_column, message);
    }
    // A range over several lines: the caret runs to the end of the first.
    let (text, _) = line_at(source, start);
    report(line, column, text.trim_end().chars().count() + 1, message)
}

/// A closing bracket with nothing open (`unmatched ')'`) or closing another
/// kind, at or before `limit`: CPython's tokenizer stops there first.
fn stray_bracket(source: &str, limit: usize) -> Option<SourceDiagnostic> {
    let parsed = ruff_python_parser::parse_unchecked(
        source,
        ruff_python_parser::ParseOptions::from(ruff_python_ast::PySourceType::Python),
    );
    let mut open: Vec<(char, usize)> = Vec::new();
    for token in parsed.tokens().iter() {
        let offset = token.range().start().to_usize();
        if offset > limit {
            return None;
        }
        let close = match token.kind() {
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => {
                open.push((source[offset..].chars().next().unwrap_or('('), offset));
                continue;
            }
            TokenKind::Rpar => ')',
            TokenKind::Rsqb => ']',
            TokenKind::Rbrace => '}',
            _ => continue,
        };
        match open.pop() {
            None => {
                let (line, column) = line_and_column(source, offset);
                return Some(report(line, column, column, &format!("unmatched '{close}'")));
            }
            Some((opener, at)) if pair(opener) != close => {
                let (line, column) = line_and_column(source, offset);
                let (open_line, _) = line_and_column(source, at);
                let on = if open_line == line { String::new() } else { format!(" on line {open_line}") };
                let message = format!("closing parenthesis '{close}' does not match opening parenthesis '{opener}'{on}");
                return Some(report(line, column, column, &message));
            }
            Some(_) => {}
        }
    }
    None
}

fn pair(open: char) -> char {
    match open {
        '(' => ')',
        '[' => ']',
        _ => '}',
    }
}

/// The innermost bracket open at byte `at`.
fn innermost_open(source: &str, at: usize) -> Option<char> {
    let parsed = ruff_python_parser::parse_unchecked(
        source,
        ruff_python_parser::ParseOptions::from(ruff_python_ast::PySourceType::Python),
    );
    let mut open = Vec::new();
    for token in parsed.tokens().iter().take_while(|t| t.range().start().to_usize() < at) {
        match token.kind() {
            TokenKind::Lpar => open.push('('),
            TokenKind::Lsqb => open.push('['),
            TokenKind::Lbrace => open.push('{'),
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => {
                open.pop();
            }
            _ => {}
        }
    }
    open.pop()
}

/// The text of the line holding byte `at`, and the byte where it starts.
fn line_at(source: &str, at: usize) -> (&str, usize) {
    let begin = source[..at].rfind('\n').map_or(0, |i| i + 1);
    let end = source[at..].find('\n').map_or(source.len(), |i| at + i);
    (&source[begin..end], begin)
}

/// Whether the invalid target at `at` is in an assignment statement's first
/// target (`1 = x`, `a, 1 = …`): CPython then suggests `==`.
fn first_target(source: &str, at: usize) -> bool {
    let (line, begin) = line_at(source, at);
    let before = &line[..at - begin];
    let head = before.trim_start();
    !head.starts_with("for ") && !head.starts_with("async ") && !head.starts_with("with ") && !has_single_equal(before)
}

/// Whether `text` holds an `=` that is not part of `==`, `<=`, `>=`, `!=`, `:=`.
fn has_single_equal(text: &str) -> bool {
    let bytes = text.as_bytes();
    (0..bytes.len()).any(|i| {
        bytes[i] == b'='
            && bytes.get(i + 1) != Some(&b'=')
            && !matches!(i.checked_sub(1).map(|j| bytes[j]), Some(b'=' | b'<' | b'>' | b'!' | b':'))
    })
}

/// A report whose caret spans the whitespace-free run at `at` (the token
/// there, as CPython's catch-all marks it).
pub fn first_token(source: &str, at: usize, message: &str) -> SourceDiagnostic {
    let parsed = ruff_python_parser::parse_unchecked(
        source,
        ruff_python_parser::ParseOptions::from(ruff_python_ast::PySourceType::Python),
    );
    let end = parsed
        .tokens()
        .iter()
        .find(|t| t.range().start().to_usize() == at && !t.range().is_empty())
        .map_or(at + 1, |t| t.range().end().to_usize());
    span(source, at, end, message)
}

/// `12abc`: CPython's tokenizer stops at the last digit.
fn invalid_decimal(source: &str, at: usize) -> Option<SourceDiagnostic> {
    let word = source[..at]
        .char_indices()
        .rev()
        .find(|(_, c)| !(c.is_alphanumeric() || *c == '_'))
        .map_or(0, |(i, c)| i + c.len_utf8());
    let at = if source[word..at].starts_with(|c: char| c.is_ascii_digit()) { word } else { at };
    let rest = &source[at..];
    let digits = rest.find(|c: char| !c.is_ascii_digit() && c != '_')?;
    let after = rest[digits..].chars().next()?;
    let starts_token = source[..at].chars().last().is_none_or(|c| !(c.is_alphanumeric() || c == '_' || c == '.'));
    if digits == 0 || !starts_token || !(after.is_alphabetic() || after == '_') || matches!(after, 'e' | 'E' | 'j' | 'J' | 'x' | 'o' | 'b' | 'X' | 'O' | 'B') {
        return None;
    }
    let (line, column) = line_and_column(source, at + digits - 1);
    Some(report(line, column, column, "invalid decimal literal"))
}

/// The `)` closing the call whose argument list holds byte `at`.
fn closing_paren(source: &str, at: usize) -> Option<usize> {
    let mut depth = 0usize;
    for (i, c) in source[at..].char_indices() {
        match c {
            '(' | '[' | '{' => depth += 1,
            ')' if depth == 0 => return Some(at + i),
            ')' | ']' | '}' => depth = depth.saturating_sub(1),
            _ => {}
        }
    }
    None
}

/// `[1, 2 3]`, `foo(x y)`: inside brackets two expressions with no comma
/// between; CPython spans both.
fn forgot_comma(source: &str, found: usize, end: usize) -> Option<SourceDiagnostic> {
    let parsed = ruff_python_parser::parse_unchecked(
        source,
        ruff_python_parser::ParseOptions::from(ruff_python_ast::PySourceType::Python),
    );
    let mut starts: Vec<Option<usize>> = Vec::new();
    for token in parsed.tokens().iter().take_while(|t| t.range().start().to_usize() < found) {
        let at = token.range().start().to_usize();
        match token.kind() {
            TokenKind::Lpar | TokenKind::Lsqb | TokenKind::Lbrace => {
                if let Some(s) = starts.last_mut() {
                    s.get_or_insert(at);
                }
                starts.push(None);
            }
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => {
                starts.pop();
            }
            TokenKind::Comma | TokenKind::Colon => {
                if let Some(s) = starts.last_mut() {
                    *s = None;
                }
            }
            TokenKind::NonLogicalNewline | TokenKind::Comment => {}
            _ => {
                if let Some(s) = starts.last_mut() {
                    s.get_or_insert(at);
                }
            }
        }
    }
    let start = (*starts.last()?)?;
    let end = found + source[found..end.max(found)].trim_end().len();
    Some(span(source, start, end, "invalid syntax. Perhaps you forgot a comma?"))
}

/// The first statement after the body of the `try:` above byte `at`, at
/// the `try`'s indentation (where CPython looks for `except`).
fn after_try_body(source: &str, at: usize) -> Option<usize> {
    let (_, line_begin) = line_at(source, at);
    let mut offsets = Vec::new();
    let mut offset = 0;
    for line in source.split_inclusive('\n') {
        offsets.push((offset, line));
        offset += line.len();
    }
    let try_index = offsets.iter().rposition(|(o, l)| *o <= line_begin && l.trim_start().starts_with("try") && l.trim_end().ends_with(':'))?;
    let indent = |l: &str| l.len() - l.trim_start().len();
    let try_indent = indent(offsets[try_index].1);
    offsets[try_index + 1..]
        .iter()
        .find(|(_, l)| !l.trim().is_empty() && !l.trim_start().starts_with('#') && indent(l) <= try_indent)
        .map(|(o, l)| o + indent(l))
}

/// `if x = 1:` / `while x.y = 2:` / `if (x = 1):`: the condition is an
/// assignment.
fn assignment_in_condition(source: &str, equal: usize) -> Option<SourceDiagnostic> {
    let (line, begin) = line_at(source, equal);
    let head = line.trim_start();
    let keyword = ["if ", "elif ", "while "].into_iter().find(|k| head.starts_with(k))?;
    let mut target_start = begin + (line.len() - head.len()) + keyword.len();
    let mut close = begin + line.rfind(':')?;
    if source[target_start..].starts_with('(') {
        target_start += 1 + source[target_start + 1..].len() - source[target_start + 1..].trim_start().len();
        close = closing_paren(source, target_start)?;
    }
    let target = source[target_start..equal].trim_end();
    let colon = close;
    let value_end = target_start + source[target_start..colon].trim_end().len();
    let target_end = target_start + target.len();
    if !target.is_empty() && target.chars().all(|c| c == '_' || c.is_alphanumeric()) {
        let message = "invalid syntax. Maybe you meant '==' or ':=' instead of '='?";
        return Some(span(source, target_start, value_end, message));
    }
    let kind = super::syntax::target_kind(target);
    let message = format!("cannot assign to {kind} here. Maybe you meant '==' instead of '='?");
    Some(span(source, target_start, target_end, &message))
}

/// `a if b` with no `else`: CPython spans the body and the condition.
fn missing_else(source: &str, token: usize) -> Option<SourceDiagnostic> {
    let (line, begin) = line_at(source, token);
    let before = &line[..token - begin];
    let condition_end = begin + before.trim_end().len();
    let if_at = before.rfind(" if ")?;
    let body = &before[..if_at];
    let from = body.rfind(['=', '(', '[', '{', ',', ':']).map_or(0, |i| i + 1);
    let text = body[from..].trim_start();
    let keyword = ["return ", "yield ", "await "].into_iter().find(|k| text.starts_with(k)).map_or(0, str::len);
    let body_start = begin + if_at - text.len() + keyword;
    Some(span(source, body_start, condition_end, "expected 'else' after 'if' expression"))
}

/// The byte just past the f-string holding byte `at`.
fn string_end(source: &str, at: usize) -> Option<usize> {
    let parsed = ruff_python_parser::parse_unchecked(
        source,
        ruff_python_parser::ParseOptions::from(ruff_python_ast::PySourceType::Python),
    );
    parsed
        .tokens()
        .iter()
        .find(|t| t.kind() == TokenKind::FStringEnd && t.range().end().to_usize() > at)
        .map(|t| t.range().end().to_usize())
}
