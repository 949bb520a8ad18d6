//! Scope analysis: which names a function body binds, declares global or
//! nonlocal, and which names its nested functions read from outside.

use std::collections::HashSet;

use indexmap::IndexSet;
use ruff_python_ast::{self as ast, Expr, Stmt};
use ruff_text_size::{Ranged, TextRange};

/// What one function body (or lambda, or comprehension) does with names.
#[derive(Debug, Default)]
pub struct ScopeInfo {
    /// Names bound in the scope, parameters first.
    pub locals: IndexSet<String>,
    /// Names declared `global`.
    pub globals: HashSet<String>,
    /// Names declared `nonlocal`.
    pub nonlocals: HashSet<String>,
    /// Names read in the scope itself.
    pub uses: HashSet<String>,
    /// Names nested scopes read that they do not bind themselves.
    pub child_free: HashSet<String>,
    /// True for a comprehension's scope, where `:=` binds in the enclosing scope.
    pub comprehension: bool,
    /// The names a comprehension's `:=` binds in the enclosing scope, with where.
    pub walrus: Vec<(String, TextRange)>,
}

impl ScopeInfo {
    /// The names this scope reads without binding (its free names, for its parent).
    pub fn free(&self) -> HashSet<String> {
        self.uses
            .iter()
            .chain(self.child_free.iter())
            .chain(self.nonlocals.iter())
            .filter(|n| !self.locals.contains(*n) || self.nonlocals.contains(*n))
            .filter(|n| !self.globals.contains(*n))
            .cloned()
            .collect()
    }
}

/// What a class body takes from the functions around it (its own reads of
/// names it does not bind, and everything its methods take from outside: a
/// class scope is invisible to them), and the names it binds.
pub fn class_free(body: &[Stmt]) -> (HashSet<String>, HashSet<String>) {
    let info = analyse_function(&[], body);
    let mut free: HashSet<String> = info.uses.iter().filter(|n| !info.locals.contains(*n)).cloned().collect();
    free.extend(info.child_free.iter().cloned());
    free.retain(|n| !info.globals.contains(n));
    (free, info.locals.into_iter().collect())
}

/// Analyses a function: `params` in order, then its body.
pub fn analyse_function(params: &[String], body: &[Stmt]) -> ScopeInfo {
    let mut info = ScopeInfo::default();
    for p in params {
        info.locals.insert(p.clone());
    }
    for stmt in body {
        visit_stmt(stmt, &mut info);
    }
    for name in info.globals.iter().chain(info.nonlocals.iter()) {
        info.locals.shift_remove(name);
    }
    info
}

/// Analyses a comprehension: its loop targets bind in it, its `:=` targets
/// in the enclosing scope (PEP 572).
pub fn analyse_comprehension(exprs: &[&Expr], targets: &[&Expr]) -> ScopeInfo {
    analyse_scope(&[".0".to_string()], exprs, targets, true)
}

/// Analyses a lambda's expression body.
pub fn analyse_expr_scope(params: &[String], exprs: &[&Expr], targets: &[&Expr]) -> ScopeInfo {
    analyse_scope(params, exprs, targets, false)
}

fn analyse_scope(params: &[String], exprs: &[&Expr], targets: &[&Expr], comprehension: bool) -> ScopeInfo {
    let mut info = ScopeInfo { comprehension, ..ScopeInfo::default() };
    for p in params {
        info.locals.insert(p.clone());
    }
    for t in targets {
        bind_target(t, &mut info);
    }
    for e in exprs {
        visit_expr(e, &mut info);
    }
    info
}

/// The parameter names of `params` in slot order.
pub fn param_names(params: &ast::Parameters) -> Vec<String> {
    let mut names: Vec<String> = params
        .posonlyargs
        .iter()
        .chain(params.args.iter())
        .chain(params.kwonlyargs.iter())
        .map(|p| p.parameter.name.id.to_string())
        .collect();
    if let Some(v) = &params.vararg {
        names.push(v.name.id.to_string());
    }
    if let Some(k) = &params.kwarg {
        names.push(k.name.id.to_string());
    }
    names
}

fn bind_target(target: &Expr, info: &mut ScopeInfo) {
    match target {
        Expr::Name(n) => {
            info.locals.insert(n.id.to_string());
        }
        Expr::Tuple(t) => t.elts.iter().for_each(|e| bind_target(e, info)),
        Expr::List(l) => l.elts.iter().for_each(|e| bind_target(e, info)),
        Expr::Starred(s) => bind_target(&s.value, info),
        other => visit_expr(other, info),
    }
}

fn visit_body(body: &[Stmt], info: &mut ScopeInfo) {
    body.iter().for_each(|s| visit_stmt(s, info));
}

fn visit_stmt(stmt: &Stmt, info: &mut ScopeInfo) {
    match stmt {
        Stmt::FunctionDef(def) => {
            info.locals.insert(def.name.id.to_string());
            for p in def.parameters.iter_non_variadic_params() {
                if let Some(d) = &p.default {
                    visit_expr(d, info);
                }
            }
            for d in &def.decorator_list {
                visit_expr(&d.expression, info);
            }
            let annotations: Vec<&Expr> = super::annotations::of_def(def).into_iter().map(|(_, a)| a).collect();
            if !annotations.is_empty() {
                // Evaluated later, in a function of their own (annotations.rs).
                info.child_free.extend(analyse_expr_scope(&[], &annotations, &[]).free());
            }
            let child = analyse_function(&param_names(&def.parameters), &def.body);
            info.child_free.extend(child.free());
        }
        Stmt::ClassDef(class) => {
            info.locals.insert(class.name.id.to_string());
            for d in &class.decorator_list {
                visit_expr(&d.expression, info);
            }
            if let Some(args) = class.arguments.as_deref() {
                args.args.iter().for_each(|a| visit_expr(a, info));
                args.keywords.iter().for_each(|k| visit_expr(&k.value, info));
            }
            info.child_free.extend(class_free(&class.body).0);
        }
        Stmt::Return(r) => {
            if let Some(v) = &r.value {
                visit_expr(v, info);
            }
        }
        Stmt::Delete(d) => d.targets.iter().for_each(|t| bind_target(t, info)),
        Stmt::Assign(a) => {
            visit_expr(&a.value, info);
            a.targets.iter().for_each(|t| bind_target(t, info));
        }
        Stmt::AugAssign(a) => {
            visit_expr(&a.value, info);
            if let Expr::Name(n) = &*a.target {
                info.uses.insert(n.id.to_string());
            }
            bind_target(&a.target, info);
        }
        Stmt::AnnAssign(a) => {
            if let Some(v) = &a.value {
                visit_expr(v, info);
            }
            bind_target(&a.target, info);
        }
        Stmt::For(f) => {
            visit_expr(&f.iter, info);
            bind_target(&f.target, info);
            visit_body(&f.body, info);
            visit_body(&f.orelse, info);
        }
        Stmt::While(w) => {
            visit_expr(&w.test, info);
            visit_body(&w.body, info);
            visit_body(&w.orelse, info);
        }
        Stmt::If(i) => {
            visit_expr(&i.test, info);
            visit_body(&i.body, info);
            for c in &i.elif_else_clauses {
                if let Some(t) = &c.test {
                    visit_expr(t, info);
                }
                visit_body(&c.body, info);
            }
        }
        Stmt::With(w) => {
            for item in &w.items {
                visit_expr(&item.context_expr, info);
                if let Some(v) = &item.optional_vars {
                    bind_target(v, info);
                }
            }
            visit_body(&w.body, info);
        }
        Stmt::Raise(r) => {
            if let Some(e) = &r.exc {
                visit_expr(e, info);
            }
            if let Some(c) = &r.cause {
                visit_expr(c, info);
            }
        }
        Stmt::Try(t) => {
            visit_body(&t.body, info);
            for h in &t.handlers {
                let ast::ExceptHandler::ExceptHandler(h) = h;
                if let Some(e) = &h.type_ {
                    visit_expr(e, info);
                }
                if let Some(n) = &h.name {
                    info.locals.insert(n.id.to_string());
                }
                visit_body(&h.body, info);
            }
            visit_body(&t.orelse, info);
            visit_body(&t.finalbody, info);
        }
        Stmt::Assert(a) => {
            visit_expr(&a.test, info);
            if let Some(m) = &a.msg {
                visit_expr(m, info);
            }
        }
        Stmt::Import(i) => {
            for alias in &i.names {
                let name = match &alias.asname {
                    Some(a) => a.id.to_string(),
                    None => alias.name.id.split('.').next().unwrap_or("").to_string(),
                };
                info.locals.insert(name);
            }
        }
        Stmt::ImportFrom(i) => {
            for alias in &i.names {
                let name = alias.asname.as_ref().unwrap_or(&alias.name);
                info.locals.insert(name.id.to_string());
            }
        }
        Stmt::Global(g) => {
            for n in &g.names {
                info.globals.insert(n.id.to_string());
            }
        }
        Stmt::Nonlocal(n) => {
            for n in &n.names {
                info.nonlocals.insert(n.id.to_string());
            }
        }
        Stmt::Expr(e) => visit_expr(&e.value, info),
        Stmt::Match(m) => {
            visit_expr(&m.subject, info);
            for case in &m.cases {
                visit_pattern(&case.pattern, info);
                if let Some(g) = &case.guard {
                    visit_expr(g, info);
                }
                visit_body(&case.body, info);
            }
        }
        _ => {}
    }
}

/// The names a `match` pattern binds, and the values it reads.
fn visit_pattern(pattern: &ast::Pattern, info: &mut ScopeInfo) {
    use ast::Pattern as P;
    let bind = |name: &Option<ast::Identifier>, info: &mut ScopeInfo| {
        if let Some(n) = name {
            info.locals.insert(n.id.to_string());
        }
    };
    match pattern {
        P::MatchValue(v) => visit_expr(&v.value, info),
        P::MatchSingleton(_) => {}
        P::MatchSequence(s) => s.patterns.iter().for_each(|p| visit_pattern(p, info)),
        P::MatchMapping(m) => {
            m.keys.iter().for_each(|k| visit_expr(k, info));
            m.patterns.iter().for_each(|p| visit_pattern(p, info));
            bind(&m.rest, info);
        }
        P::MatchClass(c) => {
            visit_expr(&c.cls, info);
            c.arguments.patterns.iter().for_each(|p| visit_pattern(p, info));
            c.arguments.keywords.iter().for_each(|k| visit_pattern(&k.pattern, info));
        }
        P::MatchStar(s) => bind(&s.name, info),
        P::MatchAs(a) => {
            if let Some(p) = &a.pattern {
                visit_pattern(p, info);
            }
            bind(&a.name, info);
        }
        P::MatchOr(o) => o.patterns.iter().for_each(|p| visit_pattern(p, info)),
    }
}

/// Binds in `info` the names a nested comprehension's `:=` assigns (passing
/// them further out when `info` is a comprehension too).
pub fn bind_walrus_of(child: &ScopeInfo, info: &mut ScopeInfo) {
    for (name, range) in &child.walrus {
        if info.comprehension {
            info.nonlocals.insert(name.clone());
            info.walrus.push((name.clone(), *range));
        } else {
            info.locals.insert(name.clone());
        }
    }
}

fn visit_comprehension(generators: &[ast::Comprehension], elts: &[&Expr], info: &mut ScopeInfo) {
    let Some(first) = generators.first() else {
        return;
    };
    visit_expr(&first.iter, info);
    let mut exprs: Vec<&Expr> = elts.to_vec();
    let mut targets: Vec<&Expr> = Vec::new();
    for (i, g) in generators.iter().enumerate() {
        targets.push(&g.target);
        if i > 0 {
            exprs.push(&g.iter);
        }
        exprs.extend(g.ifs.iter());
    }
    let child = analyse_comprehension(&exprs, &targets);
    bind_walrus_of(&child, info);
    info.child_free.extend(child.free());
}

fn visit_expr(expr: &Expr, info: &mut ScopeInfo) {
    match expr {
        Expr::Name(n) => {
            if n.ctx == ast::ExprContext::Load {
                info.uses.insert(n.id.to_string());
            } else {
                info.locals.insert(n.id.to_string());
            }
        }
        Expr::Named(n) => {
            visit_expr(&n.value, info);
            match (&*n.target, info.comprehension) {
                (Expr::Name(name), true) => {
                    info.nonlocals.insert(name.id.to_string());
                    info.walrus.push((name.id.to_string(), name.range()));
                }
                _ => bind_target(&n.target, info),
            }
        }
        Expr::Lambda(l) => {
            let params = l.parameters.as_deref().map(param_names).unwrap_or_default();
            if let Some(p) = &l.parameters {
                for p in p.iter_non_variadic_params() {
                    if let Some(d) = &p.default {
                        visit_expr(d, info);
                    }
                }
            }
            let child = analyse_expr_scope(&params, &[&l.body], &[]);
            info.child_free.extend(child.free());
        }
        Expr::ListComp(c) => visit_comprehension(&c.generators, &[&c.elt], info),
        Expr::SetComp(c) => visit_comprehension(&c.generators, &[&c.elt], info),
        Expr::Generator(c) => visit_comprehension(&c.generators, &[&c.elt], info),
        Expr::DictComp(c) => {
            let mut elts: Vec<&Expr> = vec![&c.value];
            if let Some(k) = &c.key {
                elts.push(k);
            }
            visit_comprehension(&c.generators, &elts, info)
        }
        other => {
            use ruff_python_ast::visitor::{Visitor, walk_expr};
            struct Sub<'a>(&'a mut ScopeInfo);
            impl<'b> Visitor<'b> for Sub<'_> {
                fn visit_expr(&mut self, e: &'b Expr) {
                    visit_expr(e, self.0);
                }
                fn visit_stmt(&mut self, _s: &'b Stmt) {}
            }
            walk_expr(&mut Sub(info), other);
        }
    }
}
