//! Calls: zero-argument `super()` in a method, `locals()` in a function, `obj.method(args)` without
//! building a bound method, positional and keyword calls, and the general
//! `f(*args, **kwargs)` form.

use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

use super::{FnCompiler, R};
use crate::python::object::code::{Op, StarOp};
use crate::python::object::value::Value;

impl<'s> FnCompiler<'s> {
    /// Compiles a call with the cheapest instruction its arguments allow.
    pub(super) fn call(&mut self, c: &'s ast::ExprCall) -> R {
        let args = &c.arguments;
        if let (Expr::Name(n), Some((_, Some(first)))) = (&*c.func, &self.method_of)
            && n.id.as_str() == "super"
            && args.args.is_empty()
            && args.keywords.is_empty()
        {
            let first = first.clone();
            self.load_name("super");
            self.load_name("__class__");
            self.load_name(&first);
            self.emit(Op::Call(2));
            return Ok(());
        }
        if let Expr::Name(n) = &*c.func
            && n.id.as_str() == "locals"
            && args.args.is_empty()
            && args.keywords.is_empty()
            && !self.locals.contains("locals")
        {
            if self.class_body {
                return Err(self.unsupported(c.func.range(), "locals() in a class body"));
            }
            if !self.is_module() {
                self.emit(Op::Locals);
                return Ok(());
            }
        }
        if let Expr::Attribute(attr) = &*c.func
            && args.keywords.is_empty()
            && !args.args.iter().any(|a| matches!(a, Expr::Starred(_)))
        {
            self.expr(&attr.value)?;
            for a in args.args.iter() {
                self.expr(a)?;
            }
            let name = self.attr_index(&attr.attr.id);
            let call = self.span;
            self.span.head = Some(self.end_of(attr.range));
            self.emit(Op::CallMethod(name, args.args.len() as u32));
            self.span = call;
            return Ok(());
        }
        self.expr(&c.func)?;
        let complex = args.args.iter().any(|a| matches!(a, Expr::Starred(_)))
            || args.keywords.iter().any(|k| k.arg.is_none());
        if complex {
            self.emit(Op::BuildList(0));
            for a in args.args.iter() {
                match a {
                    Expr::Starred(s) => {
                        self.expr(&s.value)?;
                        self.emit(Op::Star(StarOp::ExtendArgs));
                    }
                    other => {
                        self.expr(other)?;
                        self.emit(Op::ListAppend(1));
                    }
                }
            }
            self.emit(Op::BuildDict(0));
            for k in &args.keywords {
                if let Some(name) = &k.arg {
                    self.emit_const(Value::str(&name.id));
                    self.expr(&k.value)?;
                    self.emit(Op::BuildDict(1));
                } else {
                    self.expr(&k.value)?;
                }
                self.emit(Op::Star(StarOp::MergeKwargs));
            }
            self.emit(Op::CallEx);
        } else if args.keywords.is_empty() {
            for a in args.args.iter() {
                self.expr(a)?;
            }
            self.emit(Op::Call(args.args.len() as u32));
        } else {
            for a in args.args.iter() {
                self.expr(a)?;
            }
            let mut names = Vec::new();
            for k in &args.keywords {
                self.expr(&k.value)?;
                if let Some(n) = &k.arg {
                    names.push(Value::str(&n.id));
                }
            }
            let count = (args.args.len() + names.len()) as u32;
            let i = self.add_const(Value::tuple(names));
            self.emit(Op::CallKw(count, i));
        }
        Ok(())
    }
}
