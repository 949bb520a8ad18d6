//! Expressions: the dispatcher, literals, operators, comparisons, displays,
//! `await` and `yield` (calls, f-strings, comprehensions and lambdas have
//! their own files).

use ruff_python_ast::{self as ast, Expr};

use super::comprehension::CompKind;
use super::{FnCompiler, R};
use crate::python::object::code::{BinOp, CmpOp, Op, StarOp, UnOp};
use crate::python::object::value::{Value, int_from_big};

impl<'s> FnCompiler<'s> {
    /// Compiles an expression: its value ends on the stack.
    pub(super) fn expr(&mut self, expr: &'s Expr) -> R {
        let outer = self.enter_expr(expr);
        match expr {
            Expr::NumberLiteral(n) => self.number(n)?,
            Expr::StringLiteral(s) => self.emit_const(Value::str(s.value.to_str())),
            Expr::BytesLiteral(b) => {
                let data: Vec<u8> = b.value.iter().flat_map(|part| part.value.iter().copied()).collect();
                self.emit_const(Value::Bytes(std::rc::Rc::new(std::cell::RefCell::new(data)), false));
            }
            Expr::BooleanLiteral(b) => self.emit_const(Value::Bool(b.value)),
            Expr::NoneLiteral(_) => self.emit_const(Value::None),
            Expr::EllipsisLiteral(_) => self.emit_const(crate::python::object::singletons::ellipsis()),
            Expr::Name(n) => self.load_name(&n.id),
            Expr::FString(f) => self.fstring(f)?,
            Expr::TString(t) => return Err(self.unsupported(t.range, "t-strings")),
            Expr::BinOp(b) => {
                self.expr(&b.left)?;
                self.expr(&b.right)?;
                self.emit(Op::Binary(op_of(b.op), false));
            }
            Expr::UnaryOp(u) => {
                self.expr(&u.operand)?;
                self.emit(Op::Unary(match u.op {
                    ast::UnaryOp::Not => UnOp::Not,
                    ast::UnaryOp::USub => UnOp::Neg,
                    ast::UnaryOp::UAdd => UnOp::Pos,
                    ast::UnaryOp::Invert => UnOp::Invert,
                }));
            }
            Expr::BoolOp(b) => self.bool_op(b)?,
            Expr::Compare(c) => self.compare(c)?,
            Expr::If(i) => {
                self.expr(&i.test)?;
                let jf = self.emit(Op::JumpIfFalse(0));
                self.expr(&i.body)?;
                let end = self.emit(Op::Jump(0));
                self.patch(jf);
                self.expr(&i.orelse)?;
                self.patch(end);
            }
            Expr::List(l) => self.sequence(&l.elts, 0)?,
            Expr::Tuple(t) => self.sequence(&t.elts, 1)?,
            Expr::Set(s) => self.sequence(&s.elts, 2)?,
            Expr::Dict(d) => self.dict(d)?,
            Expr::Subscript(s) => {
                self.expr(&s.value)?;
                self.expr(&s.slice)?;
                self.emit(Op::Subscr);
            }
            Expr::Slice(s) => {
                for part in [&s.lower, &s.upper, &s.step] {
                    match part {
                        Some(e) => self.expr(e)?,
                        None => self.emit_const(Value::None),
                    }
                }
                self.emit(Op::BuildSlice);
            }
            Expr::Attribute(a) => {
                self.expr(&a.value)?;
                let i = self.attr_index(&a.attr.id);
                self.emit(Op::LoadAttr(i));
            }
            Expr::Call(c) => self.call(c)?,
            Expr::Lambda(l) => self.lambda(l)?,
            Expr::ListComp(c) => self.comprehension(&c.generators, CompKind::List(&c.elt), c.range)?,
            Expr::SetComp(c) => self.comprehension(&c.generators, CompKind::Set(&c.elt), c.range)?,
            Expr::DictComp(c) => match &c.key {
                Some(k) => self.comprehension(&c.generators, CompKind::Dict(k, &c.value), c.range)?,
                None => return Err(self.syntax(c.range, "invalid syntax")),
            },
            Expr::Generator(c) => self.comprehension(&c.generators, CompKind::Gen(&c.elt), c.range)?,
            Expr::Await(a) => self.await_expr(a)?,
            Expr::Yield(y) => self.yield_expr(y)?,
            Expr::YieldFrom(y) => self.yield_from(y)?,
            Expr::Named(n) => {
                self.expr(&n.value)?;
                self.emit(Op::Dup);
                self.assign(&n.target)?;
            }
            Expr::Starred(s) => return Err(self.syntax(s.range, "can't use starred expression here")),
            Expr::IpyEscapeCommand(e) => return Err(self.syntax(e.range, "invalid syntax")),
        }
        self.span = outer;
        Ok(())
    }

    /// An int (a big one beyond i64) or float literal; complex is outside the subset.
    fn number(&mut self, n: &'s ast::ExprNumberLiteral) -> R {
        match &n.value {
            ast::Number::Int(i) => {
                let v = match i.as_i64() {
                    Some(v) => Value::Int(v),
                    None => parse_big_literal(&i.to_string()),
                };
                self.emit_const(v);
            }
            ast::Number::Float(f) => self.emit_const(Value::Float(*f)),
            ast::Number::Complex { .. } => return Err(self.unsupported(n.range, "complex numbers")),
        }
        Ok(())
    }

    /// `a and b and c`, `a or b`: each operand but the last jumps to the end,
    /// keeping itself as the value, when it decides the result.
    fn bool_op(&mut self, b: &'s ast::ExprBoolOp) -> R {
        let mut jumps = Vec::new();
        for (i, v) in b.values.iter().enumerate() {
            self.expr(v)?;
            if i + 1 < b.values.len() {
                jumps.push(self.emit(match b.op {
                    ast::BoolOp::And => Op::JumpIfFalseOrPop(0),
                    ast::BoolOp::Or => Op::JumpIfTrueOrPop(0),
                }));
            }
        }
        for j in jumps {
            self.patch(j);
        }
        Ok(())
    }

    /// `a < b < c`: each middle operand is evaluated once; the chain stops at
    /// the first false comparison.
    fn compare(&mut self, c: &'s ast::ExprCompare) -> R {
        self.expr(&c.left)?;
        let n = c.ops.len();
        let mut cleanup = Vec::new();
        for (i, (op, right)) in c.ops.iter().zip(c.comparators.iter()).enumerate() {
            self.expr(right)?;
            if i + 1 < n {
                self.emit(Op::Dup);
                self.emit(Op::Rot3);
                self.emit(Op::Compare(cmp_of(*op)));
                cleanup.push(self.emit(Op::JumpIfFalseOrPop(0)));
            } else {
                self.emit(Op::Compare(cmp_of(*op)));
            }
        }
        if !cleanup.is_empty() {
            let end = self.emit(Op::Jump(0));
            for j in cleanup {
                self.patch(j);
            }
            self.emit(Op::Rot2);
            self.emit(Op::Pop);
            self.patch(end);
        }
        Ok(())
    }

    /// A dict display; with `**mapping` entries it is built up one entry at a time.
    fn dict(&mut self, d: &'s ast::ExprDict) -> R {
        let simple = d.items.iter().all(|i| i.key.is_some());
        if simple {
            for item in &d.items {
                if let Some(k) = &item.key {
                    self.expr(k)?;
                }
                self.expr(&item.value)?;
            }
            self.emit(Op::BuildDict(d.items.len() as u32));
        } else {
            self.emit(Op::BuildDict(0));
            for item in &d.items {
                match &item.key {
                    Some(k) => {
                        self.expr(k)?;
                        self.expr(&item.value)?;
                        self.emit(Op::MapAdd(1));
                    }
                    None => {
                        self.expr(&item.value)?;
                        self.emit(Op::DictUpdate(1));
                    }
                }
            }
        }
        Ok(())
    }

    /// `await x` (only inside `async def`): CPython's `GET_AWAITABLE` + `SEND` loop.
    fn await_expr(&mut self, a: &'s ast::ExprAwait) -> R {
        if self.is_module() {
            return Err(self.syntax(a.range, "'await' outside function"));
        }
        if !self.is_async {
            return Err(self.syntax(a.range, "'await' outside async function"));
        }
        self.expr(&a.value)?;
        self.emit(Op::GetAwaitable);
        self.emit_const(Value::None);
        self.emit(Op::Await);
        Ok(())
    }

    /// `yield value`; inside `async def` the value is wrapped, so the
    /// awaitable driving the async generator tells it from an `await`.
    fn yield_expr(&mut self, y: &'s ast::ExprYield) -> R {
        if self.is_module() {
            return Err(self.syntax(y.range, "'yield' outside function"));
        }
        match &y.value {
            Some(v) => self.expr(v)?,
            None => self.emit_const(Value::None),
        }
        if self.is_async {
            self.emit(Op::AsyncGenWrap);
        }
        self.emit(Op::Yield);
        Ok(())
    }

    /// `yield from iterable`: delegates with the same loop as `await`.
    fn yield_from(&mut self, y: &'s ast::ExprYieldFrom) -> R {
        if self.is_module() {
            return Err(self.syntax(y.range, "'yield' outside function"));
        }
        if self.is_async {
            return Err(self.syntax(y.range, "'yield from' inside async function"));
        }
        self.expr(&y.value)?;
        self.emit(Op::GetYieldFromIter);
        self.emit_const(Value::None);
        self.emit(Op::Await);
        Ok(())
    }

    /// A list, tuple or set display (`kind`: 0 list, 1 tuple, 2 set); with
    /// `*iterable` elements it is built as a list, then converted.
    pub(super) fn sequence(&mut self, elts: &'s [Expr], kind: u8) -> R {
        let has_star = elts.iter().any(|e| matches!(e, Expr::Starred(_)));
        if !has_star {
            for e in elts {
                self.expr(e)?;
            }
            let n = elts.len() as u32;
            self.emit(match kind {
                0 => Op::BuildList(n),
                1 => Op::BuildTuple(n),
                _ => Op::BuildSet(n),
            });
            return Ok(());
        }
        self.emit(Op::BuildList(0));
        for e in elts {
            match e {
                Expr::Starred(s) => {
                    self.expr(&s.value)?;
                    self.emit(Op::ListExtend(1));
                }
                other => {
                    self.expr(other)?;
                    self.emit(Op::ListAppend(1));
                }
            }
        }
        match kind {
            0 => {}
            1 => {
                self.emit(Op::Star(StarOp::ToTuple));
            }
            _ => {
                self.emit(Op::Star(StarOp::ToSet));
            }
        }
        Ok(())
    }
}

/// The bytecode operator for a binary (or augmented) operator.
pub(super) fn op_of(op: ast::Operator) -> BinOp {
    use ast::Operator as O;
    match op {
        O::Add => BinOp::Add,
        O::Sub => BinOp::Sub,
        O::Mult => BinOp::Mul,
        O::Div => BinOp::Div,
        O::FloorDiv => BinOp::FloorDiv,
        O::Mod => BinOp::Mod,
        O::Pow => BinOp::Pow,
        O::LShift => BinOp::LShift,
        O::RShift => BinOp::RShift,
        O::BitAnd => BinOp::And,
        O::BitOr => BinOp::Or,
        O::BitXor => BinOp::Xor,
        O::MatMult => BinOp::MatMul,
    }
}

/// The bytecode comparison for a comparison operator.
fn cmp_of(op: ast::CmpOp) -> CmpOp {
    use ast::CmpOp as C;
    match op {
        C::Eq => CmpOp::Eq,
        C::NotEq => CmpOp::Ne,
        C::Lt => CmpOp::Lt,
        C::LtE => CmpOp::Le,
        C::Gt => CmpOp::Gt,
        C::GtE => CmpOp::Ge,
        C::In => CmpOp::In,
        C::NotIn => CmpOp::NotIn,
        C::Is => CmpOp::Is,
        C::IsNot => CmpOp::IsNot,
    }
}

/// An int literal too big for i64 (`0x`, `0o`, `0b` prefixes and `_`
/// separators allowed).
fn parse_big_literal(text: &str) -> Value {
    let clean: String = text.chars().filter(|c| *c != '_').collect();
    let lower = clean.to_ascii_lowercase();
    let (digits, radix) = if let Some(r) = lower.strip_prefix("0x") {
        (r.to_string(), 16)
    } else if let Some(r) = lower.strip_prefix("0o") {
        (r.to_string(), 8)
    } else if let Some(r) = lower.strip_prefix("0b") {
        (r.to_string(), 2)
    } else {
        (lower, 10)
    };
    match num_bigint::BigInt::parse_bytes(digits.as_bytes(), radix) {
        Some(b) => int_from_big(b),
        None => Value::Int(0),
    }
}
