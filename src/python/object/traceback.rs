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

/// The marker line under a source line, or None when CPython omits it (the
/// expression is the whole line and has no operator to single out).
fn markers(text: &str, span: &Span) -> Option<String> {
    if span.line == 0 {
        return None;
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
/// prints them, with a run of identical entries cut after three.
pub fn render_frames(entries: &[TbEntry], filename: &str, source: &str, margin: &str) -> String {
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
            Some((file, text)) => (format!("{LIBRARY_ROOT}{file}"), Some(text)),
            None => (filename.to_string(), lines.get(entry.line.saturating_sub(1) as usize).copied()),
        };
        out.push_str(&format!("{margin}  File \"{file}\", line {}, in {}\n", entry.line, entry.func));
        let Some(text) = text else {
            continue;
        };
        let shown = text.trim_start_matches(is_blank);
        if shown.trim().is_empty() {
            continue;
        }
        out.push_str(&format!("{margin}    {shown}\n"));
        if let Some(m) = markers(text, &entry.span) {
            out.push_str(&format!("{margin}{m}\n"));
        }
    }
    flush(&mut out, repeats);
    out
}

/// Renders the traceback CPython prints for an uncaught exception, with the
/// chained cause or context exceptions before it.
pub fn render_traceback(exc: &Rc<ExcObj>, filename: &str, source: &str) -> String {
    let mut seen = Vec::new();
    render_chain(exc, filename, source, &mut seen)
}

/// One exception of the chain, after the ones it came from; `seen` stops a
/// cycle as CPython does.
fn render_chain(exc: &Rc<ExcObj>, filename: &str, source: &str, seen: &mut Vec<*const ExcObj>) -> String {
    seen.push(Rc::as_ptr(exc));
    let mut out = String::new();
    let unseen = |e: &Rc<ExcObj>, seen: &Vec<*const ExcObj>| !seen.contains(&Rc::as_ptr(e));
    if let Some(cause) = exc.cause.borrow().as_ref().filter(|c| unseen(c, seen)) {
        out.push_str(&render_chain(cause, filename, source, seen));
        out.push_str("\nThe above exception was the direct cause of the following exception:\n\n");
    } else if !exc.suppress_context.get()
        && let Some(context) = exc.context.borrow().as_ref().filter(|c| unseen(c, seen))
    {
        out.push_str(&render_chain(context, filename, source, seen));
        out.push_str("\nDuring handling of the above exception, another exception occurred:\n\n");
    }
    let traceback = exc.traceback.borrow();
    if !traceback.is_empty() {
        out.push_str("Traceback (most recent call last):\n");
        out.push_str(&render_frames(&traceback, filename, source, ""));
    }
    out.push_str(&exc.last_line());
    out.push('\n');
    for note in exc.notes() {
        out.push_str(&note);
        out.push('\n');
    }
    out
}
