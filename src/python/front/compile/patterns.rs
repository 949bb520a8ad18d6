//! `match` statements: each case's pattern is compiled as CPython 3.11
//! compiles it (Python/compile.c, `compiler_pattern`), with its compile-time
//! SyntaxErrors.
//!
//! A pattern consumes the subject at the top of the stack: on success it has
//! bound its names and left nothing; on failure it jumps to its case's fail
//! block with some values still on the stack, which that block pops. So every
//! failing jump records how many values lie above the case's base.

use ruff_python_ast::{self as ast, Expr, Pattern, Singleton};
use ruff_text_size::{Ranged, TextRange};

use super::{FnCompiler, R};
use crate::python::object::code::{CmpOp, MatchOp, Op};
use crate::python::object::value::Value;

/// What compiling one case's pattern keeps track of.
struct PatCtx {
    /// Values above the base: the subject being matched and what lies under it.
    depth: u32,
    /// Jumps to the fail block, each with the depth at the jump.
    fails: Vec<(usize, u32)>,
    /// The names bound so far (a name may be bound once).
    stores: Vec<String>,
    /// Whether an irrefutable pattern may stand here (CPython's rule: the last
    /// case, a guarded case, the last alternative, or inside a sub-pattern).
    allow_irrefutable: bool,
    /// The last pattern entered: where CPython reports errors found later.
    loc: TextRange,
}

impl<'s> FnCompiler<'s> {
    /// `match subject:` with its cases, tried in order; the first whose
    /// pattern matches and whose guard holds runs its body.
    pub(super) fn match_stmt(&mut self, m: &'s ast::StmtMatch) -> R {
        self.expr(&m.subject)?;
        let mut ends = Vec::new();
        let count = m.cases.len();
        for (i, case) in m.cases.iter().enumerate() {
            let mut pc = PatCtx {
                depth: 1,
                fails: Vec::new(),
                stores: Vec::new(),
                allow_irrefutable: case.guard.is_some() || i + 1 == count,
                loc: case.pattern.range(),
            };
            self.line = self.line_of(case.pattern.range());
            self.emit(Op::Dup);
            self.pattern(&case.pattern, &mut pc)?;
            if let Some(guard) = &case.guard {
                self.line = self.line_of(guard.range());
                self.expr(guard)?;
                self.fail_if(false, &mut pc);
            }
            self.emit(Op::Pop);
            self.body(&case.body)?;
            ends.push(self.emit(Op::Jump(0)));
            self.fail_block(&pc.fails);
        }
        self.emit(Op::Pop);
        for e in ends {
            self.patch(e);
        }
        Ok(())
    }

    /// Pops the bool at the top; fails the pattern when it equals `when`.
    fn fail_if(&mut self, when: bool, pc: &mut PatCtx) {
        let j = if when { self.emit(Op::JumpIfTrue(0)) } else { self.emit(Op::JumpIfFalse(0)) };
        pc.fails.push((j, pc.depth));
    }

    /// The landing of failing jumps: pops what each left on the stack.
    fn fail_block(&mut self, fails: &[(usize, u32)]) {
        let deepest = fails.iter().map(|f| f.1).max().unwrap_or(0);
        for n in (1..=deepest).rev() {
            for &(j, _) in fails.iter().filter(|f| f.1 == n) {
                self.patch(j);
            }
            self.emit(Op::Pop);
        }
        for &(j, _) in fails.iter().filter(|f| f.1 == 0) {
            self.patch(j);
        }
    }

    /// Compiles one pattern against the subject at the top of the stack.
    fn pattern(&mut self, p: &'s Pattern, pc: &mut PatCtx) -> R {
        pc.loc = p.range();
        self.line = self.line_of(p.range());
        match p {
            Pattern::MatchValue(v) => {
                if matches!(&*v.value, Expr::FString(_)) {
                    return Err(self.syntax(v.value.range(), "patterns may only match literals and attribute lookups"));
                }
                self.expr(&v.value)?;
                self.emit(Op::Compare(CmpOp::Eq));
                pc.depth -= 1;
                self.fail_if(false, pc);
            }
            Pattern::MatchSingleton(s) => {
                self.emit_const(match s.value {
                    Singleton::None => Value::None,
                    Singleton::True => Value::Bool(true),
                    Singleton::False => Value::Bool(false),
                });
                self.emit(Op::Compare(CmpOp::Is));
                pc.depth -= 1;
                self.fail_if(false, pc);
            }
            Pattern::MatchAs(a) => match &a.pattern {
                None => {
                    if !pc.allow_irrefutable {
                        let message = match &a.name {
                            Some(n) => format!("name capture '{}' makes remaining patterns unreachable", n.id),
                            None => "wildcard makes remaining patterns unreachable".to_string(),
                        };
                        return Err(self.syntax(p.range(), &message));
                    }
                    self.capture(a.name.as_ref(), pc)?;
                }
                Some(inner) => {
                    self.emit(Op::Dup);
                    pc.depth += 1;
                    self.pattern(inner, pc)?;
                    self.capture(a.name.as_ref(), pc)?;
                }
            },
            Pattern::MatchStar(s) => self.capture(s.name.as_ref(), pc)?,
            Pattern::MatchSequence(s) => self.sequence_pattern(s, pc)?,
            Pattern::MatchMapping(m) => self.mapping_pattern(m, pc)?,
            Pattern::MatchClass(c) => self.class_pattern(c, pc)?,
            Pattern::MatchOr(o) => self.or_pattern(o, pc)?,
        }
        Ok(())
    }

    /// A sub-pattern: irrefutable ones are allowed inside a bigger pattern.
    fn subpattern(&mut self, p: &'s Pattern, pc: &mut PatCtx) -> R {
        let allow = pc.allow_irrefutable;
        pc.allow_irrefutable = true;
        self.pattern(p, pc)?;
        pc.allow_irrefutable = allow;
        Ok(())
    }

    /// Binds the subject to `name` (or drops it, for `_`).
    fn capture(&mut self, name: Option<&ast::Identifier>, pc: &mut PatCtx) -> R {
        pc.depth -= 1;
        let Some(name) = name else {
            self.emit(Op::Pop);
            return Ok(());
        };
        let name = name.id.as_str();
        if pc.stores.iter().any(|s| s == name) {
            return Err(self.syntax(pc.loc, &format!("multiple assignments to name '{name}' in pattern")));
        }
        pc.stores.push(name.to_string());
        self.store_name(name);
        Ok(())
    }

    /// `[a, *rest, b]` / `(a, b)`: a sequence (not str) of the right length,
    /// whose items match the sub-patterns.
    fn sequence_pattern(&mut self, s: &'s ast::PatternMatchSequence, pc: &mut PatCtx) -> R {
        let stars: Vec<usize> =
            s.patterns.iter().enumerate().filter(|(_, p)| matches!(p, Pattern::MatchStar(_))).map(|(i, _)| i).collect();
        if stars.len() > 1 {
            return Err(self.syntax(s.range, "multiple starred names in sequence pattern"));
        }
        let size = s.patterns.len();
        self.emit(Op::Match(MatchOp::Sequence));
        self.fail_if(false, pc);
        let (needed, op) = match stars.first() {
            None => (size, CmpOp::Eq),
            Some(_) => (size - 1, CmpOp::Ge),
        };
        if stars.is_empty() || needed > 0 {
            self.emit(Op::Match(MatchOp::Len));
            self.emit_const(Value::Int(needed as i64));
            self.emit(Op::Compare(op));
            self.fail_if(false, pc);
        }
        match stars.first() {
            None => self.emit(Op::Unpack(size as u32)),
            Some(&star) => self.emit(Op::UnpackEx(star as u16, (size - star - 1) as u16)),
        };
        pc.depth = pc.depth - 1 + size as u32;
        for p in &s.patterns {
            self.subpattern(p, pc)?;
        }
        Ok(())
    }

    /// `{"k": p, K.attr: q, **rest}`: a mapping holding every key, whose
    /// values match the sub-patterns; `rest` gets a dict of the other items.
    fn mapping_pattern(&mut self, m: &'s ast::PatternMatchMapping, pc: &mut PatCtx) -> R {
        self.emit(Op::Match(MatchOp::Mapping));
        self.fail_if(false, pc);
        let size = m.keys.len();
        if size == 0 && m.rest.is_none() {
            self.emit(Op::Pop);
            pc.depth -= 1;
            return Ok(());
        }
        if size > 0 {
            self.emit(Op::Match(MatchOp::Len));
            self.emit_const(Value::Int(size as i64));
            self.emit(Op::Compare(CmpOp::Ge));
            self.fail_if(false, pc);
        }
        let mut seen: Vec<String> = Vec::new();
        for key in &m.keys {
            if let Some((norm, repr)) = literal_key(key) {
                if seen.contains(&norm) {
                    return Err(self.syntax(m.range, &format!("mapping pattern checks duplicate key ({repr})")));
                }
                seen.push(norm);
            }
            self.expr(key)?;
        }
        self.emit(Op::BuildTuple(size as u32));
        self.emit(Op::Match(MatchOp::Keys));
        pc.depth += 2;
        self.emit(Op::Dup);
        self.emit_const(Value::None);
        self.emit(Op::Compare(CmpOp::Is));
        self.fail_if(true, pc);
        self.emit(Op::Unpack(size as u32));
        pc.depth = pc.depth - 1 + size as u32;
        for p in &m.patterns {
            self.subpattern(p, pc)?;
        }
        match &m.rest {
            Some(rest) => {
                self.emit(Op::Match(MatchOp::Rest));
                pc.depth -= 1;
                self.capture(Some(rest), pc)?;
            }
            None => {
                self.emit(Op::Pop);
                self.emit(Op::Pop);
                pc.depth -= 2;
            }
        }
        Ok(())
    }

    /// `Point(x, y=0)`: an instance of the class whose `__match_args__` and
    /// keyword attributes match the sub-patterns.
    fn class_pattern(&mut self, c: &'s ast::PatternMatchClass, pc: &mut PatCtx) -> R {
        let keywords = &c.arguments.keywords;
        for (i, k) in keywords.iter().enumerate() {
            if keywords[..i].iter().any(|prev| prev.attr.id == k.attr.id) {
                let message = format!("attribute name repeated in class pattern: {}", k.attr.id);
                return Err(self.syntax(k.pattern.range(), &message));
            }
        }
        self.expr(&c.cls)?;
        let names = keywords.iter().map(|k| Value::str(k.attr.id.as_str())).collect();
        let k = self.add_const(Value::tuple(names));
        let positional = c.arguments.patterns.len();
        self.emit(Op::MatchClass(positional as u32, k));
        self.emit(Op::Dup);
        self.emit_const(Value::None);
        self.emit(Op::Compare(CmpOp::Is));
        self.fail_if(true, pc);
        let size = positional + keywords.len();
        if size == 0 {
            self.emit(Op::Pop);
            pc.depth -= 1;
            return Ok(());
        }
        self.emit(Op::Unpack(size as u32));
        pc.depth = pc.depth - 1 + size as u32;
        for p in c.arguments.patterns.iter().chain(keywords.iter().map(|k| &k.pattern)) {
            self.subpattern(p, pc)?;
        }
        Ok(())
    }

    /// `p | q | r`: each alternative is tried on a copy of the subject; all
    /// must bind the same names.
    fn or_pattern(&mut self, o: &'s ast::PatternMatchOr, pc: &mut PatCtx) -> R {
        let mut ends = Vec::new();
        let mut control: Option<Vec<String>> = None;
        let count = o.patterns.len();
        for (i, alt) in o.patterns.iter().enumerate() {
            let mut sub = PatCtx {
                depth: 1,
                fails: Vec::new(),
                stores: Vec::new(),
                allow_irrefutable: i + 1 == count && pc.allow_irrefutable,
                loc: pc.loc,
            };
            self.emit(Op::Dup);
            self.pattern(alt, &mut sub)?;
            pc.loc = sub.loc;
            ends.push(self.emit(Op::Jump(0)));
            self.fail_block(&sub.fails);
            match &control {
                None => control = Some(sub.stores),
                Some(c) => {
                    let same = c.len() == sub.stores.len() && c.iter().all(|n| sub.stores.contains(n));
                    if !same {
                        return Err(self.syntax(pc.loc, "alternative patterns bind different names"));
                    }
                }
            }
        }
        self.emit(Op::Pop);
        pc.depth -= 1;
        let j = self.emit(Op::Jump(0));
        pc.fails.push((j, pc.depth));
        for e in ends {
            self.patch(e);
        }
        self.emit(Op::Pop);
        for name in control.unwrap_or_default() {
            if pc.stores.contains(&name) {
                return Err(self.syntax(pc.loc, &format!("multiple assignments to name '{name}' in pattern")));
            }
            pc.stores.push(name);
        }
        Ok(())
    }
}

/// A literal mapping-pattern key as CPython compares keys for duplicates
/// (`1`, `1.0` and `True` are one key), and its repr for the message.
fn literal_key(key: &Expr) -> Option<(String, String)> {
    match key {
        Expr::StringLiteral(s) => {
            let repr = Value::str(s.value.to_str()).repr();
            Some((format!("s{repr}"), repr))
        }
        Expr::BooleanLiteral(b) => Some(((b.value as i64).to_string(), if b.value { "True" } else { "False" }.into())),
        Expr::NoneLiteral(_) => Some(("None".into(), "None".into())),
        Expr::NumberLiteral(ast::ExprNumberLiteral { value: ast::Number::Int(i), .. }) => {
            Some((i.to_string(), i.to_string()))
        }
        Expr::UnaryOp(u) if u.op == ast::UnaryOp::USub => {
            let (norm, repr) = literal_key(&u.operand)?;
            Some((format!("-{norm}"), format!("-{repr}")))
        }
        _ => None,
    }
}
