//! Parsing a program with `ruff_python_parser`, and turning ruff's parse errors
//! into the SyntaxError (or IndentationError) CPython 3.11 would report.
//!
//! ruff's messages are its own; CPython's are what learners see in tutorials,
//! so the common cases are translated and everything else becomes CPython's
//! catch-all `invalid syntax` at ruff's location.

use ruff_python_ast::token::TokenKind;
use ruff_python_ast::{ModModule, Stmt};
use ruff_python_parser::{LexicalErrorType, ParseError, ParseErrorType, Parsed};
use ruff_text_size::Ranged;

use super::diagnostic::{SourceDiagnostic, line_and_column};

/// Parses `source` as a module, or reports CPython's SyntaxError for it.
pub fn parse_program(source: &str) -> Result<Parsed<ModModule>, SourceDiagnostic> {
    super::layout::check_layout(source)?;
    super::depth::check_depth(source)?;
    ruff_python_parser::parse_module(source).map_err(|error| to_cpython(source, &error))
}

/// What a program that parses is made of, as the page and `looplab check` say it.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct ProgramSummary {
    /// Every statement, nested ones included.
    pub statements: usize,
    /// `def` and `async def`, nested ones included.
    pub functions: usize,
    /// Of `functions`, how many are `async def` (coroutine functions).
    pub coroutines: usize,
    /// `class` statements.
    pub classes: usize,
}

/// Parses `source` and counts what it holds, or reports CPython's SyntaxError.
pub fn check_program(source: &str) -> Result<ProgramSummary, SourceDiagnostic> {
    let parsed = parse_program(source)?;
    let mut summary = ProgramSummary::default();
    count_body(&parsed.syntax().body, &mut summary);
    Ok(summary)
}

fn count_body(body: &[Stmt], summary: &mut ProgramSummary) {
    for stmt in body {
        summary.statements += 1;
        match stmt {
            Stmt::FunctionDef(def) => {
                summary.functions += 1;
                if def.is_async {
                    summary.coroutines += 1;
                }
                count_body(&def.body, summary);
            }
            Stmt::ClassDef(class) => {
                summary.classes += 1;
                count_body(&class.body, summary);
            }
            Stmt::If(s) => {
                count_body(&s.body, summary);
                for clause in &s.elif_else_clauses {
                    count_body(&clause.body, summary);
                }
            }
            Stmt::For(s) => {
                count_body(&s.body, summary);
                count_body(&s.orelse, summary);
            }
            Stmt::While(s) => {
                count_body(&s.body, summary);
                count_body(&s.orelse, summary);
            }
            Stmt::With(s) => count_body(&s.body, summary),
            Stmt::Try(s) => {
                count_body(&s.body, summary);
                for handler in &s.handlers {
                    let ruff_python_ast::ExceptHandler::ExceptHandler(h) = handler;
                    count_body(&h.body, summary);
                }
                count_body(&s.orelse, summary);
                count_body(&s.finalbody, summary);
            }
            Stmt::Match(s) => {
                for case in &s.cases {
                    count_body(&case.body, summary);
                }
            }
            _ => {}
        }
    }
}

/// Translates one ruff parse error into CPython 3.11's report of it.
pub fn to_cpython(source: &str, error: &ParseError) -> SourceDiagnostic {
    let start = error.range().start().to_usize();
    let end = error.range().end().to_usize();
    let (line, column) = line_and_column(source, start);
    let end_column = if end > start {
        let (end_line, end_col) = line_and_column(source, end);
        if end_line == line {
            end_col
        } else {
            column + 1
        }
    } else {
        column + 1
    };
    let mut report = SourceDiagnostic {
        kind: "SyntaxError".into(),
        message: "invalid syntax".into(),
        line,
        column,
        end_column: column + 1,
        show_caret: true,
    };
    // CPython blames an open bracket when the parser ran into the end of the
    // file, or past the line the bracket was opened on, looking for its close.
    let at_end = source[start.min(source.len())..].trim().is_empty();
    if let Some((bracket, offset)) = unclosed_bracket(source)
        .filter(|&(_, offset)| at_end || line_and_column(source, offset).0 < line)
    {
        let (line, column) = line_and_column(source, offset);
        report.message = format!("'{bracket}' was never closed");
        report.line = line;
        report.column = column;
        report.end_column = column + 1;
        return report;
    }
    if let Some(report) = super::syntax_hints::hint(source, error) {
        return report;
    }
    match &error.error {
        ParseErrorType::ExpectedToken { expected, .. } => {
            if let Some(text) = punctuation(*expected) {
                report.message = format!("expected '{text}'");
            }
        }
        ParseErrorType::UnexpectedIndentation => {
            report.kind = "IndentationError".into();
            report.message = "unexpected indent".into();
            report.show_caret = false;
            // CPython's offset here is the width of the new indentation.
            let text = source.lines().nth(line - 1).unwrap_or("");
            report.column = text
                .chars()
                .take_while(|c| c.is_whitespace())
                .count()
                .max(1);
            report.end_column = report.column + 1;
        }
        ParseErrorType::Lexical(LexicalErrorType::IndentationError) => {
            report.kind = "IndentationError".into();
            report.message = "unindent does not match any outer indentation level".into();
            let text = source.lines().nth(line - 1).unwrap_or("");
            report.column = text.chars().count() + 1;
            report.end_column = report.column + 1;
        }
        ParseErrorType::Lexical(LexicalErrorType::UnclosedStringError) => {
            report.message = format!("unterminated string literal (detected at line {line})");
        }
        ParseErrorType::Lexical(LexicalErrorType::Eof) => {
            report.message = "unexpected EOF while parsing".into();
        }
        ParseErrorType::OtherError(message)
            if message.starts_with("Expected an indented block") =>
        {
            report.kind = "IndentationError".into();
            let what = message["Expected an indented block".len()..].replace('`', "'");
            let header = header_line(source, line);
            report.message = format!("expected an indented block{what} on line {header}");
        }
        ParseErrorType::OtherError(message) if message == "Cannot have both 'except' and 'except*' on the same 'try'" => {
            report.message = "cannot have both 'except' and 'except*' on the same 'try'".into();
            report.end_column = column + "except".len();
        }
        ParseErrorType::OtherError(message) if message == "Expected one or more exception types" => {
            report.message = "expected one or more exception types".into();
        }
        ParseErrorType::SimpleStatementsOnSameLine if is_print_statement(source, line) => {
            let text = source.lines().nth(line - 1).unwrap_or("");
            let indent = text.chars().take_while(|c| c.is_whitespace()).count();
            report.message =
                "Missing parentheses in call to 'print'. Did you mean print(...)?".into();
            report.column = indent + 1;
            report.end_column = text.trim_end().chars().count() + 1;
        }
        ParseErrorType::InvalidNamedAssignmentTarget => {
            let what = target_kind(&source[start..end.max(start)]);
            report.message = format!("cannot use assignment expressions with {what}");
            report.end_column = end_column.max(column + 1);
        }
        ParseErrorType::OtherError(message) if message == "Positional patterns cannot follow keyword patterns" => {
            report.message = "positional patterns follow keyword patterns".into();
        }
        ParseErrorType::ExpectedImaginaryNumber => {
            report.message = "imaginary number required in complex literal".into();
        }
        ParseErrorType::PositionalAfterKeywordArgument => {
            report.message = "positional argument follows keyword argument".into();
        }
        ParseErrorType::Lexical(
            LexicalErrorType::UnicodeError | LexicalErrorType::MissingUnicodeLbrace | LexicalErrorType::MissingUnicodeRbrace,
        ) => {
            if let Some(escape) = super::escape_error::bad_name_escape(source, start) {
                return escape;
            }
        }
        ParseErrorType::FStringError(_) => {
            report.message = format!("f-string: {}", fstring_message(&error.error));
            report.end_column = end_column.max(column + 1);
        }
        _ if report.message == "invalid syntax" && start < source.len() => {
            return super::syntax_hints::first_token(source, start, "invalid syntax");
        }
        _ => {}
    }
    report
}

/// How CPython names an invalid target (`subscript`, `literal`, `function
/// call`…: `_PyPegen_get_expr_name`).
pub(super) fn target_kind(text: &str) -> &'static str {
    use ruff_python_ast::Expr;
    let Ok(parsed) = ruff_python_parser::parse_expression(text) else {
        return "expression";
    };
    match parsed.expr() {
        Expr::Subscript(_) => "subscript",
        Expr::Attribute(_) => "attribute",
        Expr::Tuple(_) => "tuple",
        Expr::List(_) => "list",
        Expr::Call(_) => "function call",
        Expr::BooleanLiteral(b) if b.value => "True",
        Expr::BooleanLiteral(_) => "False",
        Expr::NoneLiteral(_) => "None",
        Expr::NumberLiteral(_) | Expr::StringLiteral(_) | Expr::BytesLiteral(_) => "literal",
        Expr::EllipsisLiteral(_) => "ellipsis",
        Expr::Compare(_) => "comparison",
        Expr::If(_) => "conditional expression",
        Expr::Lambda(_) => "lambda",
        Expr::Await(_) => "await expression",
        Expr::Yield(_) | Expr::YieldFrom(_) => "yield expression",
        Expr::Dict(_) => "dict literal",
        Expr::Set(_) => "set display",
        Expr::ListComp(_) => "list comprehension",
        Expr::SetComp(_) => "set comprehension",
        Expr::DictComp(_) => "dict comprehension",
        Expr::Generator(_) => "generator expression",
        Expr::FString(_) => "f-string expression",
        Expr::Named(_) => "named expression",
        _ => "expression",
    }
}

/// The innermost bracket still open at the end of the source, with its byte offset.
fn unclosed_bracket(source: &str) -> Option<(char, usize)> {
    let parsed = ruff_python_parser::parse_unchecked(
        source,
        ruff_python_parser::ParseOptions::from(ruff_python_ast::PySourceType::Python),
    );
    let mut open: Vec<(char, usize)> = Vec::new();
    for token in parsed.tokens().iter() {
        let offset = token.range().start().to_usize();
        match token.kind() {
            TokenKind::Lpar => open.push(('(', offset)),
            TokenKind::Lsqb => open.push(('[', offset)),
            TokenKind::Lbrace => open.push(('{', offset)),
            TokenKind::Rpar | TokenKind::Rsqb | TokenKind::Rbrace => {
                open.pop();
            }
            _ => {}
        }
    }
    open.pop()
}

/// The 1-based line of the block header (`if …:`, `def …:`) above `line`.
fn header_line(source: &str, line: usize) -> usize {
    let lines: Vec<&str> = source.lines().collect();
    (1..line)
        .rev()
        .find(|&n| {
            let text = lines.get(n - 1).copied().unwrap_or("");
            let code = text.split('#').next().unwrap_or("").trim_end();
            code.ends_with(':')
        })
        .unwrap_or(line.saturating_sub(1).max(1))
}

fn is_print_statement(source: &str, line: usize) -> bool {
    let text = source.lines().nth(line - 1).unwrap_or("").trim_start();
    text.strip_prefix("print")
        .is_some_and(|rest| rest.starts_with([' ', '\t']))
}

fn punctuation(kind: TokenKind) -> Option<&'static str> {
    Some(match kind {
        TokenKind::Colon => ":",
        TokenKind::Rpar => ")",
        TokenKind::Rsqb => "]",
        TokenKind::Rbrace => "}",
        TokenKind::Equal => "=",
        TokenKind::Lpar => "(",
        _ => return None,
    })
}

/// CPython's wording of an f-string error (after `f-string: `).
pub(super) fn fstring_message(error: &ParseErrorType) -> String {
    match error {
        ParseErrorType::FStringError(inner) => {
            use ruff_python_parser::InterpolatedStringErrorType as F;
            match inner {
                F::UnclosedLbrace => "expecting '}'".into(),
                F::SingleRbrace => "single '}' is not allowed".into(),
                F::InvalidConversionFlag => "invalid conversion character: expected 's', 'r', or 'a'".into(),
                other => other.to_string(),
            }
        }
        other => other.to_string(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report(source: &str) -> SourceDiagnostic {
        match check_program(source) {
            Err(d) => d,
            Ok(summary) => panic!("expected a syntax error, got {summary:?}"),
        }
    }

    #[test]
    fn counts_statements_functions_and_coroutines() {
        let summary = check_program(
            "import asyncio\n\nasync def main():\n    def inner():\n        pass\n    await asyncio.sleep(1)\n\nasyncio.run(main())\n",
        );
        assert_eq!(
            summary,
            Ok(ProgramSummary {
                statements: 6,
                functions: 2,
                coroutines: 1,
                classes: 0
            })
        );
    }

    #[test]
    fn missing_colon_says_expected_colon_at_the_end_of_the_header() {
        let d = report("if x\n    pass\n");
        assert_eq!(
            (d.kind.as_str(), d.message.as_str(), d.line, d.column),
            ("SyntaxError", "expected ':'", 1, 5)
        );
    }

    #[test]
    fn unclosed_paren_points_at_the_opener() {
        let d = report("print(\"a\"\nx = 1\n");
        assert_eq!(
            (d.message.as_str(), d.line, d.column),
            ("'(' was never closed", 1, 6)
        );
    }

    #[test]
    fn missing_block_is_an_indentation_error_naming_the_header_line() {
        let d = report("x = 1\nif x:\npass\n");
        assert_eq!(d.kind, "IndentationError");
        assert_eq!(
            d.message,
            "expected an indented block after 'if' statement on line 2"
        );
        assert_eq!((d.line, d.column), (3, 1));
    }
}
