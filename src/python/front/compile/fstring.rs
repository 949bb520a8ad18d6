//! f-strings: literal parts, `{value!r:spec}` replacement fields (the spec may
//! itself hold fields), and `{value=}` debug text; `BuildString` joins them.

use ruff_python_ast as ast;
use ruff_python_ast::str::Quote;
use ruff_python_ast::StringFlags;
use ruff_text_size::{Ranged, TextRange, TextSize};

use super::{FnCompiler, R};
use crate::python::object::code::Op;
use crate::python::object::value::Value;

impl<'s> FnCompiler<'s> {
    /// An f-string (possibly implicitly concatenated with plain strings).
    pub(super) fn fstring(&mut self, f: &'s ast::ExprFString) -> R {
        let mut count = 0u32;
        for part in f.value.iter() {
            match part {
                ast::FStringPart::Literal(s) => {
                    self.emit_const(Value::str(&s.value));
                    count += 1;
                }
                ast::FStringPart::FString(fs) => {
                    self.check_311_quotes(fs)?;
                    for element in fs.elements.iter() {
                        self.fstring_element(element)?;
                        count += 1;
                    }
                }
            }
        }
        self.emit(Op::BuildString(count));
        Ok(())
    }

    /// One literal piece or replacement field; pushes one string.
    fn fstring_element(&mut self, element: &'s ast::InterpolatedStringElement) -> R {
        match element {
            ast::InterpolatedStringElement::Literal(l) => self.emit_const(Value::str(&l.value)),
            ast::InterpolatedStringElement::Interpolation(i) => {
                let mut conversion = i.conversion.to_byte().unwrap_or(0);
                if let Some(debug) = &i.debug_text {
                    let text = format!("{}{}{}", debug.leading(), debug.expression(), debug.trailing());
                    self.emit_const(Value::str(&text));
                    if conversion == 0 && i.format_spec.is_none() {
                        conversion = b'r';
                    }
                }
                self.expr(&i.expression)?;
                let has_spec = if let Some(spec) = &i.format_spec {
                    for e in spec.elements.iter() {
                        self.fstring_element(e)?;
                    }
                    self.emit(Op::BuildString(spec.elements.len() as u32));
                    true
                } else {
                    false
                };
                self.emit(Op::FormatValue(conversion, has_spec));
                if i.debug_text.is_some() {
                    self.emit(Op::BuildString(2));
                }
            }
        }
        Ok(())
    }

    /// Python 3.11's tokenizer ends an f-string at the first quote like its
    /// own, even inside a replacement field (3.12's does not): such an
    /// f-string is 3.11's SyntaxError, found as CPython finds it, on the cut
    /// string, and shown at the token after the cut.
    fn check_311_quotes(&self, fs: &ast::FString) -> R {
        let quote = fs.flags.quote_str();
        let (start, end) = (fs.range().start().to_usize(), fs.range().end().to_usize());
        let body_start = start + fs.flags.prefix().as_str().len() + quote.len();
        let body_end = end.saturating_sub(quote.len()).max(body_start);
        let Some(body) = self.source.get(body_start..body_end) else { return Ok(()) };
        let Some(cut) = first_unescaped(body, quote) else { return Ok(()) };
        let message = scan_cut_fstring(&body[..cut], fs.flags.quote_style());
        let after = body_start + cut + quote.len();
        let next = after + self.source[after..].len() - self.source[after..].trim_start_matches([' ', '\t']).len();
        let at = TextSize::try_from(next).unwrap_or_default();
        Err(self.syntax(TextRange::new(at, at + TextSize::from(1)), &message))
    }
}

/// Where `quote` first ends the string in `body` (a backslash escapes the
/// character after it, in raw strings too).
fn first_unescaped(body: &str, quote: &str) -> Option<usize> {
    let mut escaped = false;
    for (i, c) in body.char_indices() {
        if escaped {
            escaped = false;
        } else if c == '\\' {
            escaped = true;
        } else if body[i..].starts_with(quote) {
            return Some(i);
        }
    }
    None
}

/// CPython 3.11's `fstring_find_literal` / `fstring_find_expr` over the cut
/// body: the error they report when the text ends inside a field.
fn scan_cut_fstring(cut: &str, own: Quote) -> String {
    let chars: Vec<char> = cut.chars().collect();
    let mut i = 0;
    while i < chars.len() {
        match chars[i] {
            '{' if chars.get(i + 1) == Some(&'{') => i += 2,
            '{' => match scan_field(&chars[i + 1..], own) {
                Ok(used) => i += 1 + used,
                Err(message) => return message,
            },
            _ => i += 1,
        }
    }
    "f-string: expecting '}'".into()
}

/// One replacement field: how many characters it takes up to its `}`, or
/// the error for a field whose text ends early.
fn scan_field(chars: &[char], own: Quote) -> Result<usize, String> {
    let mut stack: Vec<char> = Vec::new();
    let mut quote: Option<char> = None;
    for (i, &c) in chars.iter().enumerate() {
        match (quote, c) {
            (Some(q), c) if c == q => quote = None,
            (Some(_), _) => {}
            (None, '\'' | '"') if c != own.as_char() => quote = Some(c),
            (None, '[' | '(' | '{') => stack.push(c),
            (None, '}') if stack.is_empty() => return Ok(i + 1),
            (None, ']' | ')' | '}') => {
                stack.pop();
            }
            _ => {}
        }
    }
    if quote.is_some() {
        return Err("f-string: unterminated string".into());
    }
    Err(match stack.last() {
        Some(open) => format!("f-string: unmatched '{open}'"),
        None => "f-string: expecting '}'".into(),
    })
}
