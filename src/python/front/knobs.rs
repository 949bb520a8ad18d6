//! Delay knobs: the numbers in a program that are delays or timeouts, found in
//! its syntax tree, and the rewrite of one of them in the source.
//!
//! A knob is a number literal that is
//! - the delay of `sleep(d)` (asyncio's or `time.sleep`), `call_later(d, …)`,
//!   `call_at(t, …)` (every literal in `t`, such as the 2 in `loop.time() + 2`),
//!   `wait_for(aw, t)` or a `timeout=` keyword (`wait`, `wait_for`, …); or
//! - inside a literal table the program loops over, like the delays in
//!   `for name, delay in [('A', 1), ('B', 0.8), ('C', 0.5)]`.
//!
//! The page lists the knobs with a slider each; moving one rewrites that
//! literal with [`set_knob`] and runs the program again.

use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{Comprehension, Expr, Stmt, UnaryOp};
use ruff_text_size::Ranged;

use super::diagnostic::line_and_column;
use super::syntax::parse_program;

/// Why a number is a knob.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum KnobKind {
    /// The delay of `asyncio.sleep(d)` or any other `sleep` that is awaited.
    Sleep,
    /// The delay of a blocking `time.sleep(d)`.
    BlockingSleep,
    /// The delay of `loop.call_later(d, …)`.
    CallLater,
    /// A number in the deadline of `loop.call_at(t, …)`.
    CallAt,
    /// A timeout: `wait_for(aw, t)` or any `timeout=` keyword.
    Timeout,
    /// A number in a literal table that a `for` or a comprehension loops over.
    Table,
}

/// A number literal the user may turn.
///
/// Invariant: `source[start..end]` is the literal's text (with its sign when
/// it is negated in the source) in the source it was found in.
#[derive(Debug, Clone, PartialEq)]
pub struct Knob {
    /// Byte offset of the literal's first character.
    pub start: usize,
    /// Byte offset one past the literal's last character.
    pub end: usize,
    /// 1-based line of the literal.
    pub line: usize,
    /// 1-based character column of the literal.
    pub column: usize,
    /// The literal's value.
    pub value: f64,
    /// The literal as written.
    pub text: String,
    /// Why it is a knob.
    pub kind: KnobKind,
    /// The source of the call or table row it sits in, for a label.
    pub context: String,
}

/// Finds every knob in `source`, in source order. A program that does not
/// parse has none.
pub fn find_knobs(source: &str) -> Vec<Knob> {
    let Ok(parsed) = parse_program(source) else {
        return Vec::new();
    };
    let mut finder = KnobFinder {
        source,
        knobs: Vec::new(),
    };
    finder.visit_body(&parsed.syntax().body);
    crate::sort::sort_by_key(&mut finder.knobs, |knob| knob.start);
    finder.knobs.dedup_by_key(|knob| knob.start);
    finder.knobs
}

/// Returns `source` with `knob`'s literal replaced by `value`, written as
/// Python would write it: an int stays an int while the value is whole.
///
/// A slider fires again before the page has shown the first rewrite, so
/// `knob` may describe the literal as it was one rewrite ago: the literal
/// still starts where it did, only its text changed. Such a knob is found
/// again at its start. Returns `None` when no knob of its kind starts there
/// or `value` is not a finite, non-negative number.
pub fn set_knob(source: &str, knob: &Knob, value: f64) -> Option<String> {
    if !value.is_finite() || value < 0.0 {
        return None;
    }
    let found;
    let knob = if source.get(knob.start..knob.end) == Some(knob.text.as_str()) {
        knob
    } else {
        found = find_knobs(source)
            .into_iter()
            .find(|now| now.start == knob.start && now.kind == knob.kind)?;
        &found
    };
    let was_int = !knob.text.contains(['.', 'e', 'E']);
    let text = if was_int && value.fract() == 0.0 && value < 1e15 {
        format!("{}", value as i64)
    } else if value.fract() == 0.0 && value < 1e15 {
        format!("{value:.1}")
    } else {
        format!("{value}")
    };
    Some(format!(
        "{}{}{}",
        &source[..knob.start],
        text,
        &source[knob.end..]
    ))
}

struct KnobFinder<'s> {
    source: &'s str,
    knobs: Vec<Knob>,
}

impl KnobFinder<'_> {
    /// Adds `expr` as a knob when it is a (possibly negated) number literal.
    fn add_literal(&mut self, expr: &Expr, kind: KnobKind, context: &dyn Ranged) {
        let literal = match expr {
            Expr::UnaryOp(unary) if unary.op == UnaryOp::USub => match unary.operand.as_ref() {
                Expr::NumberLiteral(_) => expr,
                _ => return,
            },
            Expr::NumberLiteral(_) => expr,
            _ => return,
        };
        let (start, end) = (
            literal.range().start().to_usize(),
            literal.range().end().to_usize(),
        );
        let Some(text) = self.source.get(start..end) else {
            return;
        };
        let Ok(value) = text.replace(['_', ' '], "").parse::<f64>() else {
            return;
        };
        let (line, column) = line_and_column(self.source, start);
        let context = self
            .source
            .get(context.range().start().to_usize()..context.range().end().to_usize())
            .unwrap_or(text)
            .to_string();
        self.knobs.push(Knob {
            start,
            end,
            line,
            column,
            value,
            text: text.to_string(),
            kind,
            context,
        });
    }

    /// Adds every number literal inside `expr` (for `call_at(loop.time() + 2)`).
    fn add_literals_within(&mut self, expr: &Expr, kind: KnobKind, context: &dyn Ranged) {
        struct Numbers<'e>(Vec<&'e Expr>);
        impl<'e> Visitor<'e> for Numbers<'e> {
            fn visit_expr(&mut self, expr: &'e Expr) {
                if let Expr::NumberLiteral(_) = expr {
                    self.0.push(expr);
                } else {
                    visitor::walk_expr(self, expr);
                }
            }
        }
        let mut numbers = Numbers(Vec::new());
        numbers.visit_expr(expr);
        for number in numbers.0 {
            self.add_literal(number, kind, context);
        }
    }

    /// Adds the numbers of a literal table (a list, tuple or set of rows).
    fn add_table(&mut self, iter: &Expr) {
        let rows: &[Expr] = match iter {
            Expr::List(list) => &list.elts,
            Expr::Tuple(tuple) => &tuple.elts,
            Expr::Set(set) => &set.elts,
            _ => return,
        };
        for row in rows {
            match row {
                Expr::Tuple(cells) => {
                    for cell in &cells.elts {
                        self.add_literal(cell, KnobKind::Table, row);
                    }
                }
                Expr::List(cells) => {
                    for cell in &cells.elts {
                        self.add_literal(cell, KnobKind::Table, row);
                    }
                }
                cell => self.add_literal(cell, KnobKind::Table, cell),
            }
        }
    }

    fn add_call(&mut self, call: &ruff_python_ast::ExprCall) {
        let (receiver, name) = match call.func.as_ref() {
            Expr::Attribute(attribute) => (
                match attribute.value.as_ref() {
                    Expr::Name(name) => Some(name.id.as_str()),
                    _ => None,
                },
                attribute.attr.as_str(),
            ),
            Expr::Name(name) => (None, name.id.as_str()),
            _ => return,
        };
        let args = &call.arguments.args;
        let keyword = |wanted: &str| {
            call.arguments
                .keywords
                .iter()
                .find(|k| k.arg.as_ref().is_some_and(|arg| arg.as_str() == wanted))
                .map(|k| &k.value)
        };
        match name {
            "sleep" => {
                let kind = if receiver == Some("time") {
                    KnobKind::BlockingSleep
                } else {
                    KnobKind::Sleep
                };
                if let Some(delay) = args
                    .first()
                    .or_else(|| keyword("delay"))
                    .or_else(|| keyword("secs"))
                {
                    self.add_literal(delay, kind, call);
                }
            }
            "call_later" => {
                if let Some(delay) = args.first() {
                    self.add_literal(delay, KnobKind::CallLater, call);
                }
            }
            "call_at" => {
                if let Some(when) = args.first() {
                    self.add_literals_within(when, KnobKind::CallAt, call);
                }
            }
            "wait_for" => {
                if let Some(timeout) = args.get(1) {
                    self.add_literal(timeout, KnobKind::Timeout, call);
                }
            }
            _ => {}
        }
        if let Some(timeout) = keyword("timeout") {
            self.add_literal(timeout, KnobKind::Timeout, call);
        }
    }
}

impl<'a> Visitor<'a> for KnobFinder<'_> {
    fn visit_stmt(&mut self, stmt: &'a Stmt) {
        if let Stmt::For(for_stmt) = stmt {
            self.add_table(&for_stmt.iter);
        }
        visitor::walk_stmt(self, stmt);
    }

    fn visit_expr(&mut self, expr: &'a Expr) {
        if let Expr::Call(call) = expr {
            self.add_call(call);
        }
        visitor::walk_expr(self, expr);
    }

    fn visit_comprehension(&mut self, comprehension: &'a Comprehension) {
        self.add_table(&comprehension.iter);
        visitor::walk_comprehension(self, comprehension);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const COUNTDOWN: &str = "\
import asyncio, time

async def count_down(name, delay):
    await asyncio.sleep(delay)
    time.sleep(0.25)

async def main():
    tasks = [asyncio.create_task(count_down(n, d)) for n, d in [('A', 1), ('B', 0.8), ('C', 0.5)]]
    await asyncio.wait(tasks, timeout=2)
    loop = asyncio.get_running_loop()
    loop.call_later(1.5, print, 'late')
    loop.call_at(loop.time() + 3, print, 'at')
    await asyncio.wait_for(asyncio.sleep(10), 4)
";

    fn summary(source: &str) -> Vec<(usize, String, KnobKind)> {
        find_knobs(source)
            .into_iter()
            .map(|k| (k.line, k.text, k.kind))
            .collect()
    }

    #[test]
    fn finds_delays_timeouts_and_table_numbers_in_source_order() {
        use KnobKind::*;
        assert_eq!(
            summary(COUNTDOWN),
            vec![
                (5, "0.25".into(), BlockingSleep),
                (8, "1".into(), Table),
                (8, "0.8".into(), Table),
                (8, "0.5".into(), Table),
                (9, "2".into(), Timeout),
                (11, "1.5".into(), CallLater),
                (12, "3".into(), CallAt),
                (13, "10".into(), Sleep),
                (13, "4".into(), Timeout),
            ]
        );
    }

    #[test]
    fn a_variable_delay_is_not_a_knob() {
        assert!(
            find_knobs("import asyncio\nasync def f(d):\n    await asyncio.sleep(d)\n").is_empty()
        );
    }

    #[test]
    fn a_program_with_a_syntax_error_has_no_knobs() {
        assert!(find_knobs("await asyncio.sleep(1\n").is_empty());
    }

    #[test]
    fn table_rows_are_the_knobs_context() {
        let knobs = find_knobs(COUNTDOWN);
        let c = knobs.iter().find(|k| k.text == "0.5").expect("C's delay");
        assert_eq!(c.context, "('C', 0.5)");
        assert_eq!(c.column, 93);
    }

    #[test]
    fn setting_a_knob_rewrites_only_that_literal() {
        let knobs = find_knobs(COUNTDOWN);
        let c = knobs.iter().find(|k| k.text == "0.5").expect("C's delay");
        let edited = set_knob(COUNTDOWN, c, 0.3).expect("rewritten");
        assert!(edited.contains("[('A', 1), ('B', 0.8), ('C', 0.3)]"));
        assert_eq!(edited.len(), COUNTDOWN.len());
        assert_eq!(find_knobs(&edited).len(), knobs.len());
    }

    #[test]
    fn an_int_knob_stays_an_int_while_whole_and_becomes_a_float_otherwise() {
        let knobs = find_knobs(COUNTDOWN);
        let a = knobs
            .iter()
            .find(|k| k.context == "('A', 1)")
            .expect("A's delay");
        assert!(
            set_knob(COUNTDOWN, a, 2.0)
                .expect("set")
                .contains("('A', 2)")
        );
        assert!(
            set_knob(COUNTDOWN, a, 1.5)
                .expect("set")
                .contains("('A', 1.5)")
        );
        let b = knobs.iter().find(|k| k.text == "0.8").expect("B's delay");
        assert!(
            set_knob(COUNTDOWN, b, 1.0)
                .expect("set")
                .contains("('B', 1.0)")
        );
    }

    #[test]
    fn a_knob_turned_twice_before_it_is_found_again_rewrites_the_new_text() {
        let knobs = find_knobs(COUNTDOWN);
        let c = knobs.iter().find(|k| k.text == "0.5").expect("C's delay");
        let once = set_knob(COUNTDOWN, c, 0.45).expect("first turn");
        let twice = set_knob(&once, c, 0.4).expect("second turn with the old knob");
        assert!(
            twice.contains("[('A', 1), ('B', 0.8), ('C', 0.4)]"),
            "{twice}"
        );
        let thrice = set_knob(&twice, c, 0.35).expect("third turn with the old knob");
        assert!(thrice.contains("('C', 0.35)]]"), "{thrice}");
    }

    #[test]
    fn a_stale_knob_or_a_bad_value_changes_nothing() {
        let knobs = find_knobs(COUNTDOWN);
        assert_eq!(set_knob("x = 1\n", &knobs[0], 1.0), None);
        assert_eq!(set_knob(COUNTDOWN, &knobs[0], -1.0), None);
        assert_eq!(set_knob(COUNTDOWN, &knobs[0], f64::NAN), None);
    }
}
