//! Syntax highlighting from the parser's own tokens, so the editor colours
//! exactly what the parser sees (a broken program still gets its colours).

use ruff_python_ast::PySourceType;
use ruff_python_ast::token::TokenKind;
use ruff_python_parser::ParseOptions;
use ruff_text_size::Ranged;

/// How a piece of source is coloured.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum TokenClass {
    /// `def`, `async`, `await`, `if`, `True`, `None`…
    Keyword,
    /// A builtin function or type: `print`, `len`, `range`, `int`…
    Builtin,
    /// The name a `def` or `class` introduces.
    Definition,
    /// A number literal.
    Number,
    /// A string, or the text parts of an f-string.
    String,
    /// A comment.
    Comment,
    /// An operator or a delimiter.
    Operator,
    /// Anything else (names, white space).
    Plain,
}

impl TokenClass {
    /// The CSS class the page gives this kind of token.
    pub fn css_class(self) -> &'static str {
        match self {
            TokenClass::Keyword => "tok-keyword",
            TokenClass::Builtin => "tok-builtin",
            TokenClass::Definition => "tok-def",
            TokenClass::Number => "tok-number",
            TokenClass::String => "tok-string",
            TokenClass::Comment => "tok-comment",
            TokenClass::Operator => "tok-op",
            TokenClass::Plain => "tok-plain",
        }
    }
}

/// A run of source text of one class.
///
/// Invariant: `start < end`, both on char boundaries of the source.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    /// Byte offset of the first character.
    pub start: usize,
    /// Byte offset one past the last character.
    pub end: usize,
    /// How it is coloured.
    pub class: TokenClass,
}

const BUILTINS: &[&str] = &[
    "abs",
    "all",
    "any",
    "bool",
    "chr",
    "dict",
    "enumerate",
    "filter",
    "float",
    "int",
    "isinstance",
    "iter",
    "len",
    "list",
    "map",
    "max",
    "min",
    "next",
    "ord",
    "print",
    "range",
    "repr",
    "reversed",
    "round",
    "set",
    "sorted",
    "str",
    "sum",
    "super",
    "tuple",
    "type",
    "zip",
    "Exception",
    "ValueError",
    "TypeError",
    "KeyError",
    "IndexError",
    "RuntimeError",
    "ZeroDivisionError",
];

/// Splits `source` into coloured spans that cover it from start to end, in
/// order, merging neighbours of the same class.
pub fn highlight(source: &str) -> Vec<Span> {
    let parsed =
        ruff_python_parser::parse_unchecked(source, ParseOptions::from(PySourceType::Python));
    let mut spans: Vec<Span> = Vec::new();
    let mut cursor = 0;
    let mut previous = TokenKind::Newline;
    for token in parsed.tokens().iter() {
        let (start, end) = (
            token.range().start().to_usize(),
            token.range().end().to_usize(),
        );
        if start < cursor || end > source.len() || start >= end {
            continue;
        }
        let kind = token.kind();
        let class = classify(kind, &source[start..end], previous);
        if !kind.is_trivia() {
            previous = kind;
        }
        push(&mut spans, cursor, start, TokenClass::Plain);
        push(&mut spans, start, end, class);
        cursor = end;
    }
    push(&mut spans, cursor, source.len(), TokenClass::Plain);
    spans
}

fn classify(kind: TokenKind, text: &str, previous: TokenKind) -> TokenClass {
    match kind {
        TokenKind::Comment => TokenClass::Comment,
        TokenKind::Int | TokenKind::Float | TokenKind::Complex => TokenClass::Number,
        TokenKind::String
        | TokenKind::FStringStart
        | TokenKind::FStringMiddle
        | TokenKind::FStringEnd
        | TokenKind::TStringStart
        | TokenKind::TStringMiddle
        | TokenKind::TStringEnd => TokenClass::String,
        TokenKind::Name if matches!(previous, TokenKind::Def | TokenKind::Class) => {
            TokenClass::Definition
        }
        TokenKind::Name if BUILTINS.contains(&text) => TokenClass::Builtin,
        TokenKind::Name => TokenClass::Plain,
        k if k.is_keyword() => TokenClass::Keyword,
        k if k.is_operator() => TokenClass::Operator,
        _ => TokenClass::Plain,
    }
}

fn push(spans: &mut Vec<Span>, start: usize, end: usize, class: TokenClass) {
    if start >= end {
        return;
    }
    match spans.last_mut() {
        Some(last) if last.class == class && last.end == start => last.end = end,
        _ => spans.push(Span { start, end, class }),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn coloured(source: &str) -> Vec<(&str, TokenClass)> {
        highlight(source)
            .into_iter()
            .filter(|s| s.class != TokenClass::Plain)
            .map(|s| (&source[s.start..s.end], s.class))
            .collect()
    }

    #[test]
    fn colours_keywords_definitions_builtins_numbers_strings_and_comments() {
        use TokenClass::*;
        assert_eq!(
            coloured("async def main():  # go\n    await sleep(0.5)\n    print('hi', None)\n"),
            vec![
                ("async", Keyword),
                ("def", Keyword),
                ("main", Definition),
                ("():", Operator),
                ("# go", Comment),
                ("await", Keyword),
                ("(", Operator),
                ("0.5", Number),
                (")", Operator),
                ("print", Builtin),
                ("(", Operator),
                ("'hi'", String),
                (",", Operator),
                ("None", Keyword),
                (")", Operator),
            ]
        );
    }

    #[test]
    fn spans_cover_the_whole_source_even_when_it_does_not_parse() {
        for source in [
            "x = f'{a!r:>5}' + \"中文\"\n",
            "def f(:\n  'unterminated\n",
            "",
        ] {
            let spans = highlight(source);
            let mut cursor = 0;
            for span in &spans {
                assert_eq!(span.start, cursor, "{source:?}: {spans:?}");
                cursor = span.end;
            }
            assert_eq!(cursor, source.len(), "{source:?}");
        }
    }
}
