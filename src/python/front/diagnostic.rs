//! A problem at a place in the source, printed the way CPython prints a
//! SyntaxError: the file and line, the source line, a caret under the column,
//! and `Type: message`.

/// A located problem in a program's source text.
///
/// Invariants: `line` and `column` are 1-based; `column` and `end_column`
/// count characters (as CPython's `SyntaxError.offset` does), and
/// `end_column >= column`.
#[derive(Debug, Clone, PartialEq, Eq)]
#[cfg_attr(target_arch = "wasm32", derive(serde::Serialize, serde::Deserialize))]
pub struct SourceDiagnostic {
    /// The exception class CPython would name: `SyntaxError`, `IndentationError`…
    pub kind: String,
    /// The message after `kind: `.
    pub message: String,
    /// 1-based line of the problem.
    pub line: usize,
    /// 1-based character column where the caret starts.
    pub column: usize,
    /// 1-based character column one past the caret's end.
    pub end_column: usize,
    /// Whether a caret line is printed under the source line (CPython omits
    /// it for `unexpected indent`).
    pub show_caret: bool,
}

impl SourceDiagnostic {
    /// Renders the block CPython 3.11 writes to stderr for this problem, each
    /// line ending in `\n`: `  File "NAME", line L`, the source line without
    /// its indentation, the carets, and `Kind: message`.
    pub fn render(&self, filename: &str, source: &str) -> String {
        // CPython's parser and compiler limits name no place (line 0).
        if self.line == 0 {
            return match self.message.as_str() {
                "" => format!("{}\n", self.kind),
                message => format!("{}: {message}\n", self.kind),
            };
        }
        let mut out = format!("  File \"{filename}\", line {}\n", self.line);
        if let Some(text) = source.lines().nth(self.line.saturating_sub(1)) {
            // CPython prints the line as a C string: it ends at a null byte.
            let text = text.split('\0').next().unwrap_or_default();
            // Without a caret to line up, CPython strips tabs too.
            let indentation: &[char] = if self.show_caret { &[' ', '\x0c'] } else { &[' ', '\t', '\x0c'] };
            let trimmed = text.trim_start_matches(indentation);
            let stripped = text.chars().count() - trimmed.chars().count();
            out.push_str("    ");
            out.push_str(trimmed.trim_end_matches(['\r', '\n']));
            out.push('\n');
            if self.show_caret && self.column > stripped {
                let start = self.column - 1 - stripped;
                let width = self.end_column.saturating_sub(self.column).max(1);
                // Tabs stay tabs so the caret lines up in a terminal.
                let pad: String = trimmed
                    .chars()
                    .chain(std::iter::repeat(' '))
                    .take(start)
                    .map(|c| if c.is_whitespace() { c } else { ' ' })
                    .collect();
                out.push_str("    ");
                out.push_str(&pad);
                out.push_str(&"^".repeat(width));
                out.push('\n');
            }
        }
        out.push_str(&format!("{}: {}\n", self.kind, self.message));
        out
    }
}

/// Converts a byte offset into `source` to a 1-based (line, character column).
pub fn line_and_column(source: &str, offset: usize) -> (usize, usize) {
    let offset = offset.min(source.len());
    let mut boundary = offset;
    while !source.is_char_boundary(boundary) {
        boundary -= 1;
    }
    let before = &source[..boundary];
    let line = before.matches('\n').count() + 1;
    let line_start = before.rfind('\n').map_or(0, |i| i + 1);
    let column = before[line_start..].chars().count() + 1;
    (line, column)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn caret_skips_the_stripped_indentation() {
        let d = SourceDiagnostic {
            kind: "SyntaxError".into(),
            message: "invalid syntax".into(),
            line: 2,
            column: 9,
            end_column: 10,
            show_caret: true,
        };
        let text = d.render("main.py", "if x:\n    y = )\n");
        assert_eq!(
            text,
            "  File \"main.py\", line 2\n    y = )\n        ^\nSyntaxError: invalid syntax\n"
        );
    }

    #[test]
    fn offsets_count_characters_not_bytes() {
        assert_eq!(line_and_column("s = '中文'\nx", 12), (1, 9));
        assert_eq!(line_and_column("a\nbc", 3), (2, 2));
    }
}
