//! What a body or a comprehension is before it is compiled, as CPython
//! 3.11's symtable decides it: whether a function body yields (an
//! `async def` that does is an async generator), and whether a
//! comprehension is asynchronous.

use ruff_python_ast::visitor::{self, Visitor};
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

/// Finds `yield` in one scope: nested functions, classes and lambdas are
/// their own scopes, and of a comprehension only its first iterable is
/// evaluated here. Keeps where the first one is.
struct YieldFinder(Option<TextRange>);

impl<'a> Visitor<'a> for YieldFinder {
    fn visit_stmt(&mut self, s: &'a Stmt) {
        if !matches!(s, Stmt::FunctionDef(_) | Stmt::ClassDef(_)) {
            visitor::walk_stmt(self, s);
        }
    }
    fn visit_expr(&mut self, e: &'a Expr) {
        match e {
            Expr::Yield(_) | Expr::YieldFrom(_) => {
                self.0.get_or_insert(e.range());
            }
            Expr::Lambda(_) => {}
            _ => match first_iter(e) {
                Some(iter) => self.visit_expr(iter),
                None => visitor::walk_expr(self, e),
            },
        }
    }
}

/// Whether `body` yields (in its own scope).
pub(super) fn body_yields(body: &[Stmt]) -> bool {
    let mut finder = YieldFinder(None);
    for s in body {
        finder.visit_stmt(s);
    }
    finder.0.is_some()
}

/// Where the first `yield` of a comprehension's own scope is: its element,
/// conditions and every iterable but the first (3.11 refuses them).
pub(super) fn comprehension_yield(generators: &[ast::Comprehension], elts: &[&Expr]) -> Option<TextRange> {
    let mut finder = YieldFinder(None);
    for (i, g) in generators.iter().enumerate() {
        if i > 0 {
            finder.visit_expr(&g.iter);
        }
        for cond in &g.ifs {
            finder.visit_expr(cond);
        }
    }
    for e in elts {
        finder.visit_expr(e);
    }
    finder.0
}

/// A comprehension's first iterable (evaluated in the enclosing scope).
fn first_iter(e: &Expr) -> Option<&Expr> {
    let generators = match e {
        Expr::ListComp(c) => &c.generators,
        Expr::SetComp(c) => &c.generators,
        Expr::DictComp(c) => &c.generators,
        Expr::Generator(c) => &c.generators,
        _ => return None,
    };
    generators.first().map(|g| &g.iter)
}

/// Finds what makes a comprehension asynchronous in its own scope: `await`,
/// or a nested list / set / dict comprehension that is asynchronous (3.11
/// makes the outer one asynchronous too).
struct AwaitFinder(bool);

impl<'a> Visitor<'a> for AwaitFinder {
    fn visit_stmt(&mut self, _s: &'a Stmt) {}
    fn visit_expr(&mut self, e: &'a Expr) {
        match e {
            Expr::Await(_) => self.0 = true,
            Expr::Lambda(_) => {}
            Expr::ListComp(c) => self.nested(&c.generators, &[&c.elt], false),
            Expr::SetComp(c) => self.nested(&c.generators, &[&c.elt], false),
            Expr::DictComp(c) => {
                let mut elts: Vec<&Expr> = vec![&c.value];
                elts.extend(c.key.as_deref());
                self.nested(&c.generators, &elts, false);
            }
            Expr::Generator(c) => self.nested(&c.generators, &[&c.elt], true),
            _ => visitor::walk_expr(self, e),
        }
    }
}

impl AwaitFinder {
    fn nested(&mut self, generators: &[ast::Comprehension], elts: &[&Expr], is_genexp: bool) {
        if let Some(first) = generators.first() {
            self.visit_expr(&first.iter);
        }
        if !is_genexp && comprehension_is_async(generators, elts) {
            self.0 = true;
        }
    }
}

/// Whether a comprehension is asynchronous: one of its `for`s is
/// `async for`, or it awaits (outside its first iterable, which the
/// enclosing scope evaluates), or a nested non-generator comprehension is
/// asynchronous.
pub(super) fn comprehension_is_async(generators: &[ast::Comprehension], elts: &[&Expr]) -> bool {
    if generators.iter().any(|g| g.is_async) {
        return true;
    }
    let mut finder = AwaitFinder(false);
    for (i, g) in generators.iter().enumerate() {
        if i > 0 {
            finder.visit_expr(&g.iter);
        }
        for cond in &g.ifs {
            finder.visit_expr(cond);
        }
    }
    for e in elts {
        finder.visit_expr(e);
    }
    finder.0
}
