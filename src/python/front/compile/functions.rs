//! Definitions that make a code object: `def`, `lambda`, `class` bodies,
//! and the child compiler every nested code object (comprehensions too) is
//! compiled with: its qualname, closure cells and default arguments.

use std::collections::HashSet;
use std::rc::Rc;

use ruff_python_ast::{self as ast, Expr};
use ruff_text_size::TextRange;

use super::{FnCompiler, R};
use crate::python::front::scope::{ScopeInfo, analyse_expr_scope, analyse_function, param_names};
use crate::python::object::code::{Code, Op, Params};
use crate::python::object::value::Value;

impl<'s> FnCompiler<'s> {
    /// `def name(params): body` (and `async def`): makes the function and
    /// binds its name; decorators are outside the subset.
    pub(super) fn function_def(&mut self, def: &'s ast::StmtFunctionDef) -> R {
        if let Some(d) = def.decorator_list.first() {
            return Err(self.unsupported(d.range, "decorators"));
        }
        let params = param_names(&def.parameters);
        let info = analyse_function(&params, &def.body);
        let qualname = if self.class_body {
            format!("{}.{}", self.qualname, def.name.id)
        } else if self.is_module() {
            def.name.id.to_string()
        } else {
            format!("{}.<locals>.{}", self.qualname, def.name.id)
        };
        self.make_function(
            Some(&def.parameters),
            &def.name.id,
            &qualname,
            info,
            def.is_async,
            def.range,
            |c| {
                c.body(&def.body)?;
                c.emit_const(Value::None);
                c.emit(Op::Return);
                Ok(())
            },
        )?;
        self.store_name(&def.name.id);
        Ok(())
    }

    /// `lambda params: body`: a function whose code returns its body's value.
    pub(super) fn lambda(&mut self, l: &'s ast::ExprLambda) -> R {
        let params = l.parameters.as_deref().map(param_names).unwrap_or_default();
        let info = analyse_expr_scope(&params, &[&l.body], &[]);
        let qualname = if self.is_module() {
            "<lambda>".to_string()
        } else {
            format!("{}.<locals>.<lambda>", self.qualname)
        };
        let parameters = l.parameters.as_deref();
        self.make_function(parameters, "<lambda>", &qualname, info, false, l.range, |c| {
            c.expr(&l.body)?;
            c.emit(Op::Return);
            Ok(())
        })?;
        Ok(())
    }

    /// `class Name(bases): body`: the body is compiled as a function run
    /// in the class namespace, then `BuildClass` makes the class.
    pub(super) fn class_def(&mut self, c: &'s ast::StmtClassDef) -> R {
        if let Some(d) = c.decorator_list.first() {
            return Err(self.unsupported(d.range, "decorators"));
        }
        if let Some(t) = &c.type_params {
            return Err(self.unsupported(t.range, "type parameters"));
        }
        let bases: Vec<&'s Expr> = match c.arguments.as_deref() {
            Some(a) => {
                if let Some(k) = a.keywords.first() {
                    return Err(self.unsupported(k.range, "class keywords (metaclass=...)"));
                }
                a.args.iter().collect()
            }
            None => Vec::new(),
        };
        let qualname = if self.is_module() && !self.class_body {
            c.name.id.to_string()
        } else if self.class_body {
            format!("{}.{}", self.qualname, c.name.id)
        } else {
            format!("{}.<locals>.{}", self.qualname, c.name.id)
        };
        let mut body = FnCompiler::new(self.source, &c.name.id, &qualname, None, self.enclosing_for_child(), Vec::new());
        body.globals = self.globals.clone();
        body.class_body = true;
        body.at(c.range);
        body.body(&c.body)?;
        body.emit_const(Value::None);
        body.emit(Op::Return);
        let first_line = self.line_of(c.range);
        let code = Rc::new(body.finish(Params::default(), false, false, first_line));
        let i = self.add_const(Value::Code(code));
        self.emit(Op::MakeFunction(i, 0));
        for b in &bases {
            self.expr(b)?;
        }
        let name = self.name_index(&c.name.id);
        self.emit(Op::BuildClass(name, bases.len() as u32));
        self.store_name(&c.name.id);
        Ok(())
    }

    /// The names a nested code object may close over: each enclosing
    /// function's locals and cells (class bodies are skipped, as in Python).
    fn enclosing_for_child(&self) -> Vec<HashSet<String>> {
        let mut env = self.enclosing.clone();
        if self.class_body {
            return env;
        }
        if !self.is_module() {
            let mut mine: HashSet<String> = self.locals.iter().cloned().collect();
            mine.extend(self.cells.iter().cloned());
            if let Some(s) = &self.scope {
                for g in &s.globals {
                    mine.remove(g);
                }
            }
            env.push(mine);
        }
        env
    }

    /// Makes a function object at run time: pushes its default values, then
    /// `MakeFunction` over the child code compiled by `body`.
    #[allow(clippy::too_many_arguments)]
    fn make_function(
        &mut self,
        parameters: Option<&'s ast::Parameters>,
        name: &str,
        qualname: &str,
        info: ScopeInfo,
        is_async: bool,
        range: TextRange,
        body: impl FnOnce(&mut FnCompiler<'s>) -> R,
    ) -> R {
        let mut flags = 0u8;
        let positional: Vec<&ast::ParameterWithDefault> = parameters
            .map(|p| p.posonlyargs.iter().chain(p.args.iter()).collect())
            .unwrap_or_default();
        let kwonly: Vec<&ast::ParameterWithDefault> =
            parameters.map(|p| p.kwonlyargs.iter().collect()).unwrap_or_default();
        let defaults: Vec<_> = positional.iter().filter_map(|p| p.default.as_deref()).collect();
        if !defaults.is_empty() {
            for d in &defaults {
                self.expr(d)?;
            }
            self.emit(Op::BuildTuple(defaults.len() as u32));
            flags |= 1;
        }
        let kwdefaults: Vec<_> = kwonly
            .iter()
            .filter_map(|p| p.default.as_deref().map(|d| (p.parameter.name.id.as_str(), d)))
            .collect();
        if !kwdefaults.is_empty() {
            for (n, d) in &kwdefaults {
                self.emit_const(Value::str(n));
                self.expr(d)?;
            }
            self.emit(Op::BuildDict(kwdefaults.len() as u32));
            flags |= 2;
        }
        let code = self.child_code(name, qualname, info, is_async, range, body, |p| {
            p.positional = positional.len();
            p.kwonly = kwonly.len();
            p.varargs = parameters.is_some_and(|p| p.vararg.is_some());
            p.varkw = parameters.is_some_and(|p| p.kwarg.is_some());
        })?;
        let i = self.add_const(Value::Code(code));
        self.emit(Op::MakeFunction(i, flags));
        Ok(())
    }

    /// Compiles a nested code object with a child compiler: works out its
    /// free variables from the enclosing scopes and where each comes from in
    /// this one's cells, then runs `body` on the child.
    #[allow(clippy::too_many_arguments)]
    pub(super) fn child_code(
        &mut self,
        name: &str,
        qualname: &str,
        info: ScopeInfo,
        is_async: bool,
        range: TextRange,
        body: impl FnOnce(&mut FnCompiler<'s>) -> R,
        set_params: impl FnOnce(&mut Params),
    ) -> R<Rc<Code>> {
        let env = self.enclosing_for_child();
        let free: Vec<String> = {
            let mut f: Vec<String> = info
                .free()
                .into_iter()
                .filter(|n| env.iter().any(|scope| scope.contains(n)))
                .collect();
            f.sort();
            f
        };
        let mut child = FnCompiler::new(self.source, name, qualname, Some(info), env, free.clone());
        child.globals = self.globals.clone();
        if self.class_body {
            let first = child.locals.first().cloned();
            child.method_of = Some((self.name.to_string(), first));
        }
        child.at(range);
        child.is_async = is_async;
        for n in &free {
            let idx = self.cells.get_index_of(n);
            match idx {
                Some(i) => child.closure_from.push(i as u32),
                None => return Err(self.syntax(range, &format!("no binding for nonlocal '{n}' found"))),
            }
        }
        body(&mut child)?;
        let mut params = Params::default();
        set_params(&mut params);
        let first_line = self.line_of(range);
        let is_generator = child.ops.iter().any(|o| matches!(o, Op::Yield | Op::GetYieldFromIter));
        Ok(Rc::new(child.finish(params, is_async, is_generator && !is_async, first_line)))
    }
}
