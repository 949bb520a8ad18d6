//! textwrap.py's `TextWrapper`: its options, `_munge_whitespace` and
//! `_wrap_chunks`, line for line (the same lines, the same placeholder
//! rules, the same ValueErrors).

use super::chunks::{fix_sentence_endings, is_ws, split};
use crate::python::object::errors::{Res, exc};

/// A `TextWrapper`'s options.
pub struct Options {
    /// `width`.
    pub width: i64,
    /// `initial_indent`.
    pub initial_indent: String,
    /// `subsequent_indent`.
    pub subsequent_indent: String,
    /// `expand_tabs`.
    pub expand_tabs: bool,
    /// `replace_whitespace`.
    pub replace_whitespace: bool,
    /// `fix_sentence_endings`.
    pub fix_sentence_endings: bool,
    /// `break_long_words`.
    pub break_long_words: bool,
    /// `drop_whitespace`.
    pub drop_whitespace: bool,
    /// `break_on_hyphens`.
    pub break_on_hyphens: bool,
    /// `tabsize`.
    pub tabsize: i64,
    /// `max_lines`.
    pub max_lines: Option<i64>,
    /// `placeholder`.
    pub placeholder: String,
}

impl Default for Options {
    fn default() -> Options {
        Options {
            width: 70,
            initial_indent: String::new(),
            subsequent_indent: String::new(),
            expand_tabs: true,
            replace_whitespace: true,
            fix_sentence_endings: false,
            break_long_words: true,
            drop_whitespace: true,
            break_on_hyphens: true,
            tabsize: 8,
            max_lines: None,
            placeholder: " [...]".to_string(),
        }
    }
}

fn len(s: &str) -> i64 {
    s.chars().count() as i64
}

/// `str.expandtabs(tabsize)`.
fn expand_tabs(text: &str, tabsize: i64) -> String {
    crate::python::lib::str_more::expand_tabs_text(text, tabsize)
}

impl Options {
    /// `TextWrapper.wrap(text)`.
    pub fn wrap(&self, text: &str) -> Res<Vec<String>> {
        let mut text = if self.expand_tabs { expand_tabs(text, self.tabsize) } else { text.to_string() };
        if self.replace_whitespace {
            text = text.chars().map(|c| if is_ws(c) { ' ' } else { c }).collect();
        }
        let chars: Vec<char> = text.chars().collect();
        let mut chunks = split(&chars, self.break_on_hyphens);
        if self.fix_sentence_endings {
            fix_sentence_endings(&mut chunks);
        }
        self.wrap_chunks(chunks)
    }

    /// `_handle_long_word`: a chunk too long for any line is cut to fit
    /// (after its last hyphen that fits, when it has one), or taken whole
    /// onto an empty line when long words are not broken.
    fn handle_long_word(&self, chunks: &mut Vec<String>, cur_line: &mut Vec<String>, cur_len: i64, width: i64) {
        let space_left = if width < 1 { 1 } else { width - cur_len };
        if !self.break_long_words {
            if cur_line.is_empty() {
                cur_line.extend(chunks.pop());
            }
            return;
        }
        let Some(chunk) = chunks.last_mut() else { return };
        let chars: Vec<char> = chunk.chars().collect();
        let mut end = space_left as usize;
        if self.break_on_hyphens && chars.len() > end {
            let hyphen = chars[..end].iter().rposition(|c| *c == '-');
            if let Some(h) = hyphen
                && h > 0
                && chars[..h].iter().any(|c| *c != '-')
            {
                end = h + 1;
            }
        }
        let end = end.min(chars.len());
        cur_line.push(chars[..end].iter().collect());
        *chunk = chars[end..].iter().collect();
    }

    fn wrap_chunks(&self, mut chunks: Vec<String>) -> Res<Vec<String>> {
        let mut lines: Vec<String> = Vec::new();
        if self.width <= 0 {
            return Err(exc("ValueError", format!("invalid width {} (must be > 0)", self.width)));
        }
        if let Some(max_lines) = self.max_lines {
            let indent = if max_lines > 1 { &self.subsequent_indent } else { &self.initial_indent };
            if len(indent) + len(self.placeholder.trim_start()) > self.width {
                return Err(exc("ValueError", "placeholder too large for max width"));
            }
        }
        chunks.reverse();
        while !chunks.is_empty() {
            let mut cur_line: Vec<String> = Vec::new();
            let mut cur_len = 0;
            let indent = if lines.is_empty() { &self.initial_indent } else { &self.subsequent_indent };
            let width = self.width - len(indent);
            if self.drop_whitespace && chunks.last().is_some_and(|c| c.trim().is_empty()) && !lines.is_empty() {
                chunks.pop();
            }
            while let Some(last) = chunks.last() {
                let l = len(last);
                if cur_len + l > width {
                    break;
                }
                cur_line.extend(chunks.pop());
                cur_len += l;
            }
            if chunks.last().is_some_and(|c| len(c) > width) {
                self.handle_long_word(&mut chunks, &mut cur_line, cur_len, width);
                cur_len = cur_line.iter().map(|c| len(c)).sum();
            }
            if self.drop_whitespace && cur_line.last().is_some_and(|c| c.trim().is_empty()) {
                cur_len -= cur_line.last().map_or(0, |c| len(c));
                cur_line.pop();
            }
            if cur_line.is_empty() {
                continue;
            }
            let fits = match self.max_lines {
                None => true,
                Some(m) => {
                    (lines.len() as i64) + 1 < m
                        || ((chunks.is_empty() || self.drop_whitespace && chunks.len() == 1 && chunks[0].trim().is_empty())
                            && cur_len <= width)
                }
            };
            if fits {
                lines.push(format!("{indent}{}", cur_line.concat()));
                continue;
            }
            self.place_placeholder(&mut lines, cur_line, cur_len, indent, width);
            break;
        }
        Ok(lines)
    }

    /// The last line when `max_lines` cuts the text: the placeholder after
    /// as many chunks as fit, else after the previous line, else alone.
    fn place_placeholder(&self, lines: &mut Vec<String>, mut cur_line: Vec<String>, mut cur_len: i64, indent: &str, width: i64) {
        while let Some(last) = cur_line.last() {
            if !last.trim().is_empty() && cur_len + len(&self.placeholder) <= width {
                cur_line.push(self.placeholder.clone());
                lines.push(format!("{indent}{}", cur_line.concat()));
                return;
            }
            cur_len -= len(last);
            cur_line.pop();
        }
        if let Some(prev) = lines.last_mut() {
            let prev_line = prev.trim_end().to_string();
            if len(&prev_line) + len(&self.placeholder) <= self.width {
                *prev = prev_line + &self.placeholder;
                return;
            }
        }
        lines.push(format!("{indent}{}", self.placeholder.trim_start()));
    }
}
