//! `class Name(bases, **keywords): body`: the body is compiled as a function
//! run in the class namespace; `BuildClass` makes the class and fills the
//! body's `__class__` cell (what zero-argument `super()` reads).

use std::rc::Rc;

use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::Ranged;

use super::{FnCompiler, R};
use crate::python::front::scope::class_free;
use crate::python::object::code::{Op, Params};
use crate::python::object::value::Value;

impl<'s> FnCompiler<'s> {
    /// Compiles a class statement: decorators, body, bases, keywords.
    pub(super) fn class_def(&mut self, c: &'s ast::StmtClassDef) -> R {
        if let Some(t) = &c.type_params {
            return Err(self.unsupported(t.range, "type parameters"));
        }
        let (bases, keywords): (Vec<&'s Expr>, Vec<&'s ast::Keyword>) = match c.arguments.as_deref() {
            Some(a) => {
                if let Some(k) = a.keywords.iter().find(|k| k.arg.as_ref().is_none_or(|n| n.id.as_str() == "metaclass")) {
                    return Err(self.unsupported(k.range, "class keywords (metaclass=...)"));
                }
                if let Some(s) = a.args.iter().find(|b| matches!(b, Expr::Starred(_))) {
                    return Err(self.unsupported(s.range(), "starred base classes"));
                }
                (a.args.iter().collect(), a.keywords.iter().collect())
            }
            None => (Vec::new(), Vec::new()),
        };
        let qualname = if self.class_body {
            format!("{}.{}", self.qualname, c.name.id)
        } else if self.is_module() {
            c.name.id.to_string()
        } else {
            format!("{}.<locals>.{}", self.qualname, c.name.id)
        };
        let code = self.class_body_code(c, &qualname)?;
        self.decorators(&c.decorator_list)?;
        self.line = self.line_of(c.name.range);
        let i = self.add_const(Value::Code(code));
        self.emit(Op::MakeFunction(i, 0));
        for b in &bases {
            self.expr(b)?;
        }
        let name = self.name_index(&c.name.id);
        if keywords.is_empty() {
            self.emit(Op::BuildClass(name, bases.len() as u32));
        } else {
            for k in &keywords {
                let key = k.arg.as_ref().map_or("", |n| n.id.as_str());
                self.emit_const(Value::str(key));
                self.expr(&k.value)?;
            }
            self.emit(Op::BuildDict(keywords.len() as u32));
            self.emit(Op::BuildClassKw(name, bases.len() as u32));
        }
        self.apply_decorators(&c.decorator_list);
        self.store_name(&c.name.id);
        Ok(())
    }

    /// The class body's code: its own `__class__` cell first, then the cells
    /// of enclosing functions its methods read (passed through to them).
    fn class_body_code(&mut self, c: &'s ast::StmtClassDef, qualname: &str) -> R<Rc<crate::python::object::code::Code>> {
        let env = self.enclosing_for_child();
        let (free, bound) = class_free(&c.body);
        let mut passed: Vec<String> = free.into_iter().filter(|n| env.iter().any(|scope| scope.contains(n))).collect();
        crate::sort::sort(&mut passed);
        let mut body = FnCompiler::new(self.source, &c.name.id, qualname, None, env, Vec::new());
        body.globals = self.globals.clone();
        body.class_body = true;
        body.private_class = Some(Rc::from(c.name.id.as_str()));
        body.class_bound = bound;
        body.line = self.line_of(c.range);
        body.cells.insert("__class__".to_string());
        body.cellvars = 1;
        for n in passed {
            match self.cells.get_index_of(&n) {
                Some(i) => {
                    body.cells.insert(n);
                    body.closure_from.push(i as u32);
                }
                None => return Err(self.syntax(c.range, &format!("no binding for nonlocal '{n}' found"))),
            }
        }
        body.setup_annotations(&c.body);
        body.doc = Self::docstring(&c.body);
        if let Some(doc) = body.doc.clone() {
            body.emit_const(Value::Str(doc));
            body.store_name("__doc__");
        }
        body.body(&c.body)?;
        body.emit_const(Value::None);
        body.emit(Op::Return);
        let first_line = self.line_of(c.range);
        Ok(Rc::new(body.finish(Params::default(), false, false, first_line)))
    }
}
