//! The VM's instructions: calls and making functions.

use std::rc::Rc;

use super::{FrameResult, Vm};
use crate::python::object::code::{Code, Op};
use crate::python::object::errors::{Res, exc, type_error};
use crate::python::object::frame::Frame;
use crate::python::object::value::{Function, Value};

impl Vm<'_> {
    /// `Op::Call(n)`.
    pub(super) fn op_call(&mut self, op: Op, frame: &mut Frame, _code: &Rc<Code>) -> Res<()> {
        let Op::Call(n) = op else {
            return Ok(());
        };
        let n = n as usize;
        let at = frame.stack.len().saturating_sub(n + 1);
        if let Some(Value::Function(func)) = frame.stack.get(at) {
            let c = &func.code;
            let p = &c.params;
            if p.positional == n && p.kwonly == 0 && !p.varargs && !p.varkw && !c.is_coroutine && !c.is_generator && !c.is_async_generator {
                let func = func.clone();
                let mut locals = self.spare_locals(c.locals.len());
                locals.extend(frame.stack.drain(at + 1..).map(Some));
                frame.stack.pop();
                let mut callee = self.new_frame(func.code.clone(), locals, func.closure.clone());
                let result = self.run_frame(&mut callee, None);
                self.recycle(callee);
                match result {
                    FrameResult::Return(v) => frame.stack.push(v),
                    FrameResult::Raise(e) => return Err(e),
                    FrameResult::Yield(_) => return Err(exc("RuntimeError", "yield from a plain function")),
                }
                return Ok(());
            }
        }
        let args = Self::pop_n(frame, n);
        let f = Self::pop(frame);
        let v = self.call(&f, args, Vec::new())?;
        frame.stack.push(v);
        Ok(())
    }

    /// `Op::CallKw(n, names)`.
    pub(super) fn op_call_kw(&mut self, op: Op, frame: &mut Frame, code: &Rc<Code>) -> Res<()> {
        let Op::CallKw(n, names) = op else {
            return Ok(());
        };
        let Value::Tuple(names) = &code.consts[names as usize] else {
            return type_error("bad keyword names");
        };
        let mut args = Self::pop_n(frame, n as usize);
        let kwvalues = args.split_off(args.len() - names.len());
        let kwargs = names.iter().map(|n| Rc::from(n.to_str().as_str())).zip(kwvalues).collect();
        let f = Self::pop(frame);
        let v = self.call(&f, args, kwargs)?;
        frame.stack.push(v);
        Ok(())
    }

    /// `Op::CallMethod(name, n)`.
    pub(super) fn op_call_method(&mut self, op: Op, frame: &mut Frame, code: &Rc<Code>) -> Res<()> {
        let Op::CallMethod(name, n) = op else {
            return Ok(());
        };
        // `list.append(x)`, a loop's commonest method call: what the
        // library's `list.append` does, without the argument vector and the
        // search through the library's types.
        if n == 1
            && let [.., Value::List(_), _] = frame.stack.as_slice()
            && &*code.names[name as usize] == "append"
        {
            let item = Self::pop(frame);
            if let Some(Value::List(l)) = frame.stack.pop() {
                l.borrow_mut().push(item);
            }
            frame.stack.push(Value::None);
            return Ok(());
        }
        let args = Self::pop_n(frame, n as usize);
        let obj = Self::pop(frame);
        let name = &code.names[name as usize];
        let v = match &obj {
            Value::Str(_) | Value::List(_) | Value::Dict(_) | Value::Set(_) | Value::Tuple(_) | Value::Native(_) | Value::Handle(..) => {
                match self.lib.builtin_method(&obj, name) {
                    Some(m) => self.lib.call_method(self, &obj, m, args, Vec::new())?,
                    None => {
                        let f = self.method_lookup(&obj, name)?;
                        self.call(&f, args, Vec::new())?
                    }
                }
            }
            _ => {
                let f = self.method_lookup(&obj, name)?;
                self.call(&f, args, Vec::new())?
            }
        };
        frame.stack.push(v);
        Ok(())
    }

    /// `obj.name` for a method call, noting a failure so the traceback marks
    /// the lookup rather than the call.
    fn method_lookup(&mut self, obj: &Value, name: &str) -> Res<Value> {
        let found = super::super::dunder::get_attr(self, obj, &Rc::from(name));
        if let Err(e) = &found {
            self.lookup_failed = true;
            Self::suggest_attribute(e, obj, name);
        }
        found
    }

    /// `Op::CallEx`.
    pub(super) fn op_call_ex(&mut self, op: Op, frame: &mut Frame, _code: &Rc<Code>) -> Res<()> {
        let Op::CallEx = op else {
            return Ok(());
        };
        let kw = Self::pop(frame);
        let args = Self::pop(frame);
        let f = Self::pop(frame);
        let args = self.collect(&args)?;
        let mut kwargs = Vec::new();
        if let Value::Dict(d) = &kw {
            for (k, v) in d.borrow().iter() {
                match &k.0 {
                    Value::Str(s) => kwargs.push((s.clone(), v.clone())),
                    _ => return type_error("keywords must be strings"),
                }
            }
        }
        let v = self.call(&f, args, kwargs)?;
        frame.stack.push(v);
        Ok(())
    }

    /// `Op::MakeFunction(i, flags)`.
    pub(super) fn op_make_function(&mut self, op: Op, frame: &mut Frame, code: &Rc<Code>) -> Res<()> {
        let Op::MakeFunction(i, flags) = op else {
            return Ok(());
        };
        let Value::Code(child) = &code.consts[i as usize] else {
            return type_error("bad code constant");
        };
        let annotations = if flags & 4 != 0 { Some(Self::pop(frame)) } else { None };
        let kwdefaults = if flags & 2 != 0 {
            match Self::pop(frame) {
                Value::Dict(d) => d
                    .borrow()
                    .iter()
                    .map(|(k, v)| (Rc::from(k.0.to_str().as_str()), v.clone()))
                    .collect(),
                _ => Vec::new(),
            }
        } else {
            Vec::new()
        };
        let defaults = if flags & 1 != 0 {
            match Self::pop(frame) {
                Value::Tuple(t) => t.to_vec(),
                _ => Vec::new(),
            }
        } else {
            Vec::new()
        };
        let closure = child.closure_from.iter().map(|&c| frame.cells[c as usize].clone()).collect();
        let meta = crate::python::object::function_attrs::FuncMeta { annotations, ..Default::default() };
        let f = Function { code: child.clone(), defaults, kwdefaults, closure, meta: std::cell::RefCell::new(meta) };
        frame.stack.push(Value::Function(Rc::new(f)));
        Ok(())
    }
}
