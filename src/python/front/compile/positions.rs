//! Instruction positions: the source range each instruction comes from, as
//! CPython 3.11's line table keeps it, so that a traceback shows the line of
//! the failing expression and marks it (`^^^`, or `~~^~~` around an operator).

use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::{Ranged, TextRange};

use super::FnCompiler;
use crate::python::object::code::Span;

/// The whitespace CPython's traceback skips when it looks for an operator.
fn is_blank(b: u8) -> bool {
    b == b' ' || b == b'\t' || b == 0x0c
}

impl<'s> FnCompiler<'s> {
    /// The position of the source range `range`.
    pub(super) fn span_of(&self, range: TextRange) -> Span {
        let (line, col) = self.line_col(range.start().to_usize());
        let (end_line, end_col) = self.line_col(range.end().to_usize());
        Span { line, end_line, col, end_col, anchor: None, head: None }
    }

    /// The line and column where the source range `range` ends.
    pub(super) fn end_of(&self, range: TextRange) -> (u32, u32) {
        self.line_col(range.end().to_usize())
    }

    /// The 1-based line and 0-based character column of byte `offset`.
    fn line_col(&self, offset: usize) -> (u32, u32) {
        let index = match self.line_starts.binary_search(&offset) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        let start = self.line_starts[index];
        let col = self.source.get(start..offset).map_or(0, |s| s.chars().count());
        (index as u32 + 1, col as u32)
    }

    /// Sets the current line and position to a statement (or clause) at `range`.
    pub(super) fn at(&mut self, range: TextRange) {
        self.line = self.line_of(range);
        self.span = self.span_of(range);
        self.stmt_range = range;
    }

    /// Makes `expr` the current position while its own instructions are
    /// emitted; returns the position to restore afterwards.
    pub(super) fn enter_expr(&mut self, expr: &Expr) -> Span {
        let mut span = self.span_of(expr.range());
        if span.line == span.end_line {
            span.anchor = self.anchor(expr);
        }
        std::mem::replace(&mut self.span, span)
    }

    /// CPython's secondary range (Python/traceback.c, `extract_anchors_from_expr`):
    /// the operator of a binary operation, `[slice]` of a subscript.
    fn anchor(&self, expr: &Expr) -> Option<(u32, u32)> {
        let bytes = self.source.as_bytes();
        let (left, right) = match expr {
            Expr::BinOp(ast::ExprBinOp { left, right, .. }) => {
                let from = left.range().end().to_usize();
                let to = right.range().start().to_usize();
                let i = (from..to).find(|&i| !is_blank(bytes[i]))?;
                let end = if i + 1 < to && !is_blank(bytes[i + 1]) { i + 2 } else { i + 1 };
                (i, end)
            }
            Expr::Subscript(s) => (s.value.range().end().to_usize(), s.slice.range().end().to_usize() + 1),
            _ => return None,
        };
        let (_, l) = self.line_col(left);
        let (_, r) = self.line_col(right.min(bytes.len()));
        Some((l, r))
    }
}
