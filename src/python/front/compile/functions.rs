//! Definitions that make a code object: `def`, `lambda`, `class` bodies,
//! and the child compiler every nested code object (comprehensions too) is
//! compiled with: its qualname, closure cells and default arguments.

use std::collections::HashSet;
use std::rc::Rc;

use ruff_python_ast as ast;
use ruff_text_size::TextRange;

use super::{FnCompiler, R};
use crate::python::front::scope::{ScopeInfo, analyse_expr_scope, analyse_function, param_names};
use crate::python::object::code::{Code, Op, Params};
use crate::python::object::value::Value;

impl<'s> FnCompiler<'s> {
    /// `def name(params): body` (and `async def`): evaluates its decorators,
    /// makes the function, applies them innermost first and binds the name.
    pub(super) fn function_def(&mut self, def: &'s ast::StmtFunctionDef) -> R {
        self.decorators(&def.decorator_list)?;
        self.line = self.line_of(def.name.range);
        self.check_duplicate_params(&def.parameters)?;
        let params = param_names(&def.parameters);
        let info = analyse_function(&params, &def.body);
        let qualname = if self.class_body {
            format!("{}.{}", self.qualname, def.name.id)
        } else if self.is_module() {
            def.name.id.to_string()
        } else {
            format!("{}.<locals>.{}", self.qualname, def.name.id)
        };
        let annotations = crate::python::front::annotations::of_def(def);
        self.make_function(
            Some(&def.parameters),
            (&def.name.id, &annotations),
            &qualname,
            info,
            def.is_async,
            def.range,
            |c| {
                c.doc = Self::docstring(&def.body);
                c.is_async_generator = def.is_async && super::generators::body_yields(&def.body);
                c.body(&def.body)?;
                c.emit_const(Value::None);
                c.emit(Op::Return);
                Ok(())
            },
        )?;
        self.apply_decorators(&def.decorator_list);
        self.store_name(&def.name.id);
        Ok(())
    }

    /// Evaluates the decorator expressions, outermost first (CPython's order).
    pub(super) fn decorators(&mut self, list: &'s [ast::Decorator]) -> R {
        for d in list {
            self.line = self.line_of(d.range);
            self.expr(&d.expression)?;
        }
        Ok(())
    }

    /// Calls each evaluated decorator on what is below it, innermost first;
    /// each call is on its decorator's line, its expression marked, where
    /// CPython's traceback puts it.
    pub(super) fn apply_decorators(&mut self, list: &'s [ast::Decorator]) {
        for d in list.iter().rev() {
            self.line = self.line_of(d.range);
            // CPython marks the decorator expression when its call fails.
            let outer = self.enter_expr(&d.expression);
            self.emit(Op::Call(1));
            self.span = outer;
        }
    }

    /// CPython's symtable refuses a parameter named twice, at the second.
    fn check_duplicate_params(&self, parameters: &ast::Parameters) -> R {
        let mut seen = std::collections::HashSet::new();
        for p in parameters.iter() {
            let name = p.name();
            if !seen.insert(name.id.as_str()) {
                return Err(self.syntax(name.range, &format!("duplicate argument '{}' in function definition", name.id)));
            }
        }
        Ok(())
    }

    /// `lambda params: body`: a function whose code returns its body's value.
    pub(super) fn lambda(&mut self, l: &'s ast::ExprLambda) -> R {
        if let Some(parameters) = l.parameters.as_deref() {
            self.check_duplicate_params(parameters)?;
        }
        let params = l.parameters.as_deref().map(param_names).unwrap_or_default();
        let info = analyse_expr_scope(&params, &[&l.body], &[]);
        let qualname = if self.is_module() {
            "<lambda>".to_string()
        } else {
            format!("{}.<locals>.<lambda>", self.qualname)
        };
        let parameters = l.parameters.as_deref();
        self.make_function(parameters, ("<lambda>", &[]), &qualname, info, false, l.range, |c| {
            c.expr(&l.body)?;
            c.emit(Op::Return);
            Ok(())
        })?;
        Ok(())
    }

    /// The names a nested code object may close over: each enclosing
    /// function's locals and cells (class bodies are skipped, as in Python).
    pub(super) fn enclosing_for_child(&self) -> Vec<HashSet<String>> {
        let mut env = self.enclosing.clone();
        if self.class_body {
            // Only the `__class__` cell of a class body is visible inside
            // its methods (for zero-argument `super()`).
            env.push(HashSet::from(["__class__".to_string()]));
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

    /// Makes a function object at run time: pushes its default values and
    /// the function evaluating its annotations (if it has any), then
    /// `MakeFunction` over the child code compiled by `body`.
    #[allow(clippy::too_many_arguments)]
    fn make_function(
        &mut self,
        parameters: Option<&'s ast::Parameters>,
        (name, annotations): (&str, &[(&'s str, &'s ast::Expr)]),
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
        if !annotations.is_empty() {
            self.annotations_function(annotations, qualname, range)?;
            flags |= 4;
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

    /// Makes the function that returns a `def`'s annotations as a dict
    /// (see front/annotations.rs for why they are not evaluated at once).
    fn annotations_function(&mut self, annotations: &[(&'s str, &'s ast::Expr)], qualname: &str, range: TextRange) -> R {
        let exprs: Vec<&ast::Expr> = annotations.iter().map(|(_, a)| *a).collect();
        let info = analyse_expr_scope(&[], &exprs, &[]);
        let qualname = format!("{qualname}.<annotations>");
        let code = self.child_code("<annotations>", &qualname, info, false, range, |c| {
            for (name, a) in annotations {
                c.emit_const(Value::str(name));
                c.expr(a)?;
            }
            c.emit(Op::BuildDict(annotations.len() as u32));
            c.emit(Op::Return);
            Ok(())
        }, |_| {})?;
        let i = self.add_const(Value::Code(code));
        self.emit(Op::MakeFunction(i, 0));
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
            if self.class_body && info.uses.contains("super") && !f.iter().any(|n| n == "__class__") {
                f.push("__class__".to_string());
            }
            crate::sort::sort(&mut f);
            f
        };
        let mut child = FnCompiler::new(self.source, name, qualname, Some(info), env, free.clone());
        child.globals = self.globals.clone();
        child.private_class = self.private_class.clone();
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
        let yields = child.ops.iter().any(|o| matches!(o, Op::Yield | Op::GetYieldFromIter));
        let mut code = child.finish(params, is_async && !yields, yields && !is_async, first_line);
        code.is_async_generator = is_async && yields;
        Ok(Rc::new(code))
    }
}
