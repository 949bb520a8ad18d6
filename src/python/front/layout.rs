//! The checks CPython 3.11's tokenizer makes before any parsing, run on the
//! text before ruff sees it: null bytes, at most 200 nested brackets, at most
//! 100 levels of indentation, and tabs and spaces used consistently.
//!
//! The scan is a loop over characters, never a recursion, so no nesting depth
//! can overflow the stack here; bounding brackets here also bounds the
//! parser's recursion on bracketed expressions.

use super::diagnostic::{SourceDiagnostic, line_and_column};

/// CPython's `MAXLEVEL`: brackets open at once.
const MAX_LEVEL: usize = 200;
/// CPython's `MAXINDENT`: indentation levels at once.
const MAX_INDENT: usize = 100;

/// Checks `source` as CPython's tokenizer would, reporting its first problem.
pub fn check_layout(source: &str) -> Result<(), SourceDiagnostic> {
    if let Some(at) = source.find('\0') {
        let (line, _) = line_and_column(source, at);
        return Err(report("SyntaxError", "source code cannot contain null bytes", line, 1, false));
    }
    let mut scan = Scan { source, depth: 0, indents: vec![(0, 0)], indent_ok: true };
    let bytes = source.as_bytes();
    let mut i = 0;
    let mut logical_start = true;
    while i < bytes.len() {
        if logical_start {
            scan.indentation(i)?;
            logical_start = false;
        }
        match bytes[i] {
            b'#' => i += source[i..].find('\n').unwrap_or(source.len() - i),
            b'\'' | b'"' => i = skip_string(bytes, i),
            b'\\' if bytes.get(i + 1) == Some(&b'\n') => i += 2,
            b'\\' if bytes.get(i + 1) == Some(&b'\r') => i += if bytes.get(i + 2) == Some(&b'\n') { 3 } else { 2 },
            b'(' | b'[' | b'{' => {
                if scan.depth >= MAX_LEVEL {
                    let (line, column) = line_and_column(source, i);
                    return Err(report("SyntaxError", "too many nested parentheses", line, column, true));
                }
                scan.depth += 1;
                i += 1;
            }
            b')' | b']' | b'}' => {
                scan.depth = scan.depth.saturating_sub(1);
                i += 1;
            }
            b'\n' | b'\r' => {
                logical_start = scan.depth == 0;
                i += 1;
            }
            _ => i += 1,
        }
    }
    Ok(())
}

fn report(kind: &str, message: &str, line: usize, column: usize, show_caret: bool) -> SourceDiagnostic {
    SourceDiagnostic {
        kind: kind.into(),
        message: message.into(),
        line,
        column,
        end_column: column + 1,
        show_caret,
    }
}

struct Scan<'a> {
    source: &'a str,
    depth: usize,
    /// (column with tabs to 8, column with tabs to 1) of each open block.
    indents: Vec<(usize, usize)>,
    /// Cleared after a dedent to no known level: ruff reports that one.
    indent_ok: bool,
}

impl Scan<'_> {
    /// CPython's indentation bookkeeping for the line starting at `start`.
    fn indentation(&mut self, start: usize) -> Result<(), SourceDiagnostic> {
        let bytes = self.source.as_bytes();
        let (mut col, mut alt, mut i) = (0, 0, start);
        while let Some(&b) = bytes.get(i) {
            match b {
                b' ' => (col, alt) = (col + 1, alt + 1),
                b'\t' => (col, alt) = ((col / 8 + 1) * 8, alt + 1),
                b'\x0c' => (col, alt) = (0, 0),
                _ => break,
            }
            i += 1;
        }
        if !self.indent_ok || matches!(bytes.get(i), None | Some(b'#' | b'\n' | b'\r')) {
            return Ok(());
        }
        let line = || line_and_column(self.source, start).0;
        let tab_error = |line| Err(report("TabError", "inconsistent use of tabs and spaces in indentation", line, 1, false));
        let &(top, top_alt) = self.indents.last().unwrap_or(&(0, 0));
        if col == top {
            if alt != top_alt {
                return tab_error(line());
            }
        } else if col > top {
            if self.indents.len() >= MAX_INDENT {
                return Err(report("IndentationError", "too many levels of indentation", line(), 1, false));
            }
            if alt <= top_alt {
                return tab_error(line());
            }
            self.indents.push((col, alt));
        } else {
            while self.indents.len() > 1 && self.indents.last().is_some_and(|&(c, _)| col < c) {
                self.indents.pop();
            }
            match self.indents.last() {
                Some(&(c, a)) if c == col && a != alt => return tab_error(line()),
                Some(&(c, _)) if c == col => {}
                _ => self.indent_ok = false,
            }
        }
        Ok(())
    }
}

/// The index just past the string literal whose opening quote is at `start`
/// (or past the end of its line when it is unterminated: ruff reports that).
pub(super) fn skip_string(bytes: &[u8], start: usize) -> usize {
    let quote = bytes[start];
    let triple = bytes.get(start + 1) == Some(&quote) && bytes.get(start + 2) == Some(&quote);
    let mut i = start + if triple { 3 } else { 1 };
    while i < bytes.len() {
        match bytes[i] {
            b'\\' => i += 2,
            b'\n' | b'\r' if !triple => return i,
            b if b == quote && !triple => return i + 1,
            b if b == quote && bytes.get(i + 1) == Some(&quote) && bytes.get(i + 2) == Some(&quote) => return i + 3,
            _ => i += 1,
        }
    }
    bytes.len()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn two_hundred_brackets_pass_and_the_next_is_refused() {
        let ok = format!("x={}1{}\n", "(".repeat(200), ")".repeat(200));
        assert!(check_layout(&ok).is_ok());
        let bad = format!("x={}1{}\n", "(".repeat(201), ")".repeat(201));
        let error = check_layout(&bad).unwrap_err();
        assert_eq!((error.message.as_str(), error.column), ("too many nested parentheses", 203));
    }

    #[test]
    fn brackets_inside_strings_and_comments_do_not_count() {
        let source = format!("x = '{}'  # {}\n\"\"\"\n{}\n\"\"\"\n", "(".repeat(300), "[".repeat(300), "{".repeat(300));
        assert!(check_layout(&source).is_ok());
    }

    #[test]
    fn tabs_after_spaces_are_a_tab_error() {
        let error = check_layout("if 1:\n        x = 1\n\tx = 2\n").unwrap_err();
        assert_eq!((error.kind.as_str(), error.line), ("TabError", 3));
    }
}
