//! Calls: zero-argument `super()` in a method, `obj.method(args)` without
//! building a bound method, positional and keyword calls, and the general
//! `f(*args, **kwargs)` form.

use ruff_python_ast::{self as ast, Expr};

use super::{FnCompiler, R};
use crate::python::object::code::Op;
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
        if let Expr::Attribute(attr) = &*c.func
            && args.keywords.is_empty()
            && !args.args.iter().any(|a| matches!(a, Expr::Starred(_)))
        {
            self.expr(&attr.value)?;
            for a in args.args.iter() {
                self.expr(a)?;
            }
            let name = self.attr_index(&attr.attr.id);
            self.emit(Op::CallMethod(name, args.args.len() as u32));
            return Ok(());
        }
        self.expr(&c.func)?;
        let complex = args.args.iter().any(|a| matches!(a, Expr::Starred(_)))
            || args.keywords.iter().any(|k| k.arg.is_none());
        if complex {
            self.sequence(&args.args, 0)?;
            self.emit(Op::BuildDict(0));
            for k in &args.keywords {
                match &k.arg {
                    Some(name) => {
                        self.emit_const(Value::str(&name.id));
                        self.expr(&k.value)?;
                        self.emit(Op::MapAdd(1));
                    }
                    None => {
                        self.expr(&k.value)?;
                        self.emit(Op::DictUpdate(1));
                    }
                }
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
