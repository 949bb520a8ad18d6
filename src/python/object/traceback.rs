//! CPython 3.11's traceback text (Python/traceback.c and pythonrun.c): the
//! frames of an exception with their source lines and `^^^` markers, and the
//! chain of causes and contexts printed before it.

use std::rc::Rc;

use super::code::Span;
use super::errors::ExcObj;

/// One line of a traceback: where a frame was when the exception passed.
#[derive(Debug, Clone)]
pub struct TbEntry {
    /// 1-based source line.
    pub line: u32,
    /// The function name (`<module>` for the top level).
    pub func: Rc<str>,
    /// The failing instruction's position (line 0: unknown).
    pub span: Span,
    /// For a frame of CPython's own library (asyncio's runners.py…): its
    /// file's path and the text of the line, since the program's source
    /// does not have them.
    pub library: Option<(&'static str, &'static str)>,
}

impl TbEntry {
    /// A frame of CPython's library: `file` under `Lib/` (`asyncio/runners.py`),
    /// the line and function, its text, and the columns CPython marks (or
    /// None when it marks nothing).
    pub fn library(file: &'static str, line: u32, func: &str, text: &'static str, marked: Option<(u32, u32)>) -> TbEntry {
        let span = match marked {
            Some((col, end_col)) => Span { line, end_line: line, col, end_col, anchor: None, head: None },
            None => Span::default(),
        };
        TbEntry { line, func: Rc::from(func), span, library: Some((file, text)) }
    }
}

/// Where CPython's own library files are shown to be.
const LIBRARY_ROOT: &str = "/usr/lib/python3.11/";

/// The whitespace CPython strips from the front of a source line.
fn is_blank(c: char) -> bool {
    c == ' ' || c == '\t' || c == '\x0c'
}

/// The marker line traceback.py's `format_frame_summary` writes, with its
/// arithmetic (which counts the line's trailing blanks and newline as
/// stripped characters).
fn python_markers(text: &str, span: &Span) -> Option<String> {
    let stripped = text.trim();
    let stripped_len = stripped.chars().count() as i64;
    let stripped_characters = text.chars().count() as i64 + 1 - stripped_len;
    let start = span.col as i64 + 1;
    let end = if span.line == span.end_line { span.end_col as i64 + 1 } else { stripped_characters + stripped_len };
    let anchor = span.anchor.filter(|_| span.line == span.end_line);
    let shown_anchor = anchor.is_some_and(|(l, r)| r > l);
    if end - start >= stripped_len && !shown_anchor {
        return None;
    }
    let repeat = |c: char, n: i64| c.to_string().repeat(n.max(0) as usize);
    let mut out = format!("    {}", repeat(' ', start - stripped_characters));
    match anchor {
        Some((l, r)) => {
            let (left, right) = (l as i64 - span.col as i64, r as i64 - span.col as i64);
            out.push_str(&repeat('~', left));
            out.push_str(&repeat('^', right - left));
            out.push_str(&repeat('~', end - start - right));
        }
        None => out.push_str(&repeat('^', end - start)),
    }
    Some(out)
}

/// The marker line under a source line, or None when CPython omits it (the
/// expression is the whole line and has no operator to single out).
fn markers(text: &str, span: &Span, python: bool) -> Option<String> {
    if span.line == 0 {
        return None;
    }
    if python {
        return python_markers(text, span);
    }
    let chars: Vec<char> = text.chars().collect();
    let indent = chars.iter().take_while(|c| is_blank(**c)).count();
    let start = span.col as usize;
    let (end, anchor) = if span.line == span.end_line {
        (span.end_col as usize, span.anchor)
    } else {
        let last = chars.iter().rposition(|c| !is_blank(*c)).map_or(0, |i| i + 1);
        (last, None)
    };
    if end.saturating_sub(start) == chars.len() - indent && anchor.is_none() {
        return None;
    }
    let (primary, secondary) = if anchor.is_some() { ('~', '^') } else { ('^', '^') };
    let mut out = String::from("    ");
    for k in indent..end {
        out.push(match anchor {
            _ if k < start => ' ',
            Some((l, r)) if (l as usize) <= k && k < r as usize => secondary,
            _ => primary,
        });
    }
    Some(out)
}

/// The frames of `entries` (innermost first), outermost first as CPython
/// prints them, with a run of identical entries cut after three; `python`:
/// as traceback.py prints them (source lines stripped at both ends).
pub fn render_frames(entries: &[TbEntry], filename: &str, source: &str, margin: &str, python: bool) -> String {
    let lines: Vec<&str> = source.lines().collect();
    let mut out = String::new();
    let mut previous: Option<(u32, Rc<str>)> = None;
    let mut repeats = 0usize;
    let flush = |out: &mut String, repeats: usize| {
        if repeats > 3 {
            let more = repeats - 3;
            let s = if more == 1 { "" } else { "s" };
            out.push_str(&format!("{margin}  [Previous line repeated {more} more time{s}]\n"));
        }
    };
    for entry in entries.iter().rev() {
        let key = (entry.line, entry.func.clone());
        if previous.as_ref() == Some(&key) {
            repeats += 1;
        } else {
            flush(&mut out, repeats);
            repeats = 1;
            previous = Some(key);
        }
        if repeats > 3 {
            continue;
        }
        let (file, text) = match entry.library {
            // Text a program or the library executed (`<string>`) is named as is.
            Some((file, text)) if file.starts_with('<') => (file.to_string(), Some(text)),
            Some((file, text)) => (format!("{LIBRARY_ROOT}{file}"), Some(text)),
            None => (filename.to_string(), lines.get(entry.line.saturating_sub(1) as usize).copied()),
        };
        out.push_str(&format!("{margin}  File \"{file}\", line {}, in {}\n", entry.line, entry.func));
        let Some(text) = text else {
            continue;
        };
        let shown = if python { text.trim() } else { text.trim_start_matches(is_blank) };
        if shown.trim().is_empty() {
            continue;
        }
        out.push_str(&format!("{margin}    {shown}\n"));
        if let Some(m) = markers(text, &entry.span, python) {
            out.push_str(&format!("{margin}{m}\n"));
        }
    }
    flush(&mut out, repeats);
    out
}

/// Renders the traceback CPython prints for an uncaught exception, with the
/// chained cause or context exceptions before it, and an exception group's
/// members in nested boxes (Python/pythonrun.c, `print_exception_recursive`).
pub fn render_traceback(exc: &Rc<ExcObj>, filename: &str, source: &str) -> String {
    let mut printer =
        Printer { filename, source, python: false, seen: Vec::new(), depth: 0, need_close: false, out: String::new() };
    printer.recursive(exc);
    printer.out
}

/// The same as traceback.py's `format_exception` writes it (what
/// `traceback.print_exc`, logging and asyncio's exception handler print).
pub fn format_exception(exc: &Rc<ExcObj>, filename: &str, source: &str) -> String {
    let mut printer =
        Printer { filename, source, python: true, seen: Vec::new(), depth: 0, need_close: false, out: String::new() };
    printer.recursive(exc);
    printer.out
}

/// How many members of a group CPython prints, and how deep it nests.
const MAX_GROUP_WIDTH: usize = 15;
const MAX_GROUP_DEPTH: usize = 10;

/// pythonrun.c's `exception_print_context`: where in the boxes of nested
/// groups the printing is.
struct Printer<'a> {
    filename: &'a str,
    source: &'a str,
    /// traceback.py's way rather than the interpreter's.
    python: bool,
    seen: Vec<*const ExcObj>,
    /// How many groups deep (0: outside any box).
    depth: usize,
    /// The last member's box still needs its closing line.
    need_close: bool,
    out: String,
}

impl Printer<'_> {
    /// The spaces before a box's margin.
    fn indent(&self) -> String {
        " ".repeat(2 * self.depth)
    }

    /// The indent and margin every line inside a box starts with.
    fn margin(&self) -> String {
        if self.depth > 0 { format!("{}| ", self.indent()) } else { String::new() }
    }

    fn recursive(&mut self, exc: &Rc<ExcObj>) {
        self.seen.push(Rc::as_ptr(exc));
        let cause = exc.cause.borrow().clone();
        let context = exc.context.borrow().clone();
        if let Some(cause) = cause {
            if !self.seen.contains(&Rc::as_ptr(&cause)) {
                self.chained(&cause, "The above exception was the direct cause of the following exception:\n");
            }
        } else if !exc.suppress_context.get()
            && let Some(context) = context
            && !self.seen.contains(&Rc::as_ptr(&context))
        {
            self.chained(&context, "During handling of the above exception, another exception occurred:\n");
        }
        if exc.is_group() {
            self.group(exc);
        } else {
            self.exception(exc);
        }
    }

    fn chained(&mut self, exc: &Rc<ExcObj>, message: &str) {
        let need_close = self.need_close;
        self.recursive(exc);
        self.need_close = need_close;
        let margin = self.margin();
        self.out.push_str(&format!("{margin}\n{margin}{message}{margin}\n"));
    }

    /// One exception: its traceback, `Type: message` and notes.
    fn exception(&mut self, exc: &Rc<ExcObj>) {
        let margin = self.margin();
        let traceback = exc.traceback.borrow();
        if !traceback.is_empty() {
            let (header_margin, header) = if exc.is_group() {
                let m = if self.depth == 1 { "+ ".to_string() } else { margin.clone() };
                (format!("{}{}", if self.depth == 1 { self.indent() } else { String::new() }, m), "Exception Group Traceback")
            } else {
                (margin.clone(), "Traceback")
            };
            self.out.push_str(&format!("{header_margin}{header} (most recent call last):\n"));
            self.out.push_str(&render_frames(&traceback, self.filename, self.source, &margin, self.python));
        }
        self.out.push_str(&format!("{margin}{}\n", exc.last_line()));
        for note in exc.notes() {
            self.out.push_str(&format!("{margin}{note}\n"));
        }
    }

    /// An exception group, then each member in its box.
    fn group(&mut self, exc: &Rc<ExcObj>) {
        if self.depth > MAX_GROUP_DEPTH {
            let margin = self.margin();
            self.out.push_str(&format!("{margin}... (max_group_depth is {MAX_GROUP_DEPTH})\n"));
            return;
        }
        let top = self.depth == 0;
        if top {
            self.depth += 1;
        }
        self.exception(exc);
        let members = exc.exceptions.borrow().clone();
        let n = members.len().min(MAX_GROUP_WIDTH + 1);
        self.need_close = false;
        for (i, member) in members.iter().take(n).enumerate() {
            let last = i == n - 1;
            if last {
                self.need_close = true;
            }
            let corner = if i == 0 { "+-" } else { "  " };
            let truncated = i >= MAX_GROUP_WIDTH;
            let label = if truncated { "...".to_string() } else { (i + 1).to_string() };
            self.out.push_str(&format!("{}{corner}+---------------- {label} ----------------\n", self.indent()));
            self.depth += 1;
            if truncated {
                let remaining = members.len() - MAX_GROUP_WIDTH;
                let s = if remaining > 1 { "s" } else { "" };
                let margin = self.margin();
                self.out.push_str(&format!("{margin}and {remaining} more exception{s}\n"));
            } else {
                self.recursive(member);
            }
            if last && self.need_close {
                self.out.push_str(&format!("{}+------------------------------------\n", self.indent()));
                self.need_close = false;
            }
            self.depth -= 1;
        }
        if self.depth == 1 && top {
            self.depth -= 1;
        }
    }
}
