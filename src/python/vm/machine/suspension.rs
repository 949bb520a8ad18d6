//! The VM's instructions: returning, yielding, awaiting, and the `with` / `async with` /
//! `async for` protocol steps.

use std::rc::Rc;

use super::{Flow, FrameResult, Vm};
use super::super::library::AwaitOutcome;
use crate::python::object::code::{Code, Op};
use crate::python::object::errors::{Res, type_error};
use crate::python::object::frame::Frame;
use crate::python::object::value::Value;

impl Vm<'_> {
    /// `Op::GetAwaitable`.
    pub(super) fn op_get_awaitable(&mut self, op: Op, frame: &mut Frame, _code: &Rc<Code>) -> Res<()> {
        let Op::GetAwaitable = op else {
            return Ok(());
        };
        let v = Self::pop(frame);
        frame.stack.push(self.lib.to_awaitable(v)?);
        Ok(())
    }

    /// `Op::Await`.
    pub(super) fn op_await(&mut self, op: Op, frame: &mut Frame, _code: &Rc<Code>) -> Res<Option<Flow>> {
        let Op::Await = op else {
            return Ok(None);
        };
        let sent = Self::pop(frame);
        let Some(Value::Native(aw)) = frame.stack.last().cloned() else {
            return type_error("await on a non-awaitable");
        };
        match self.drive_native(&aw, sent, None) {
            Ok(AwaitOutcome::Done(v)) => {
                frame.stack.pop();
                frame.stack.push(v);
            }
            Ok(AwaitOutcome::Suspend(marker)) => {
                frame.ip -= 1;
                frame.stack.push(marker);
                return Ok(Some(Flow::Yield));
            }
            Err(e) => {
                frame.stack.pop();
                return Err(e);
            }
        }
        Ok(None)
    }

    /// `Op::AsyncExitExc`.
    pub(super) fn op_async_exit_exc(&mut self, op: Op, frame: &mut Frame, _code: &Rc<Code>) -> Res<()> {
        let Op::AsyncExitExc = op else {
            return Ok(());
        };
        let e = Self::pop(frame);
        let manager = Self::pop(frame);
        let aw = match (&manager, &e) {
            (Value::Instance(_), Value::Exc(x)) => {
                let class = match x.class.borrow().as_ref() {
                    Some(c) => Value::Class(c.clone()),
                    None => Value::Type(x.kind),
                };
                match crate::python::object::classes::get_attr(&manager, "__aexit__") {
                    Some(Ok(method)) => self.call(&method, vec![class, e.clone(), Value::None], Vec::new())?,
                    _ => return type_error("object does not support the asynchronous context manager protocol"),
                }
            }
            _ => self.lib.async_with(self, &manager, false, Some(&e))?,
        };
        frame.stack.push(e);
        frame.stack.push(aw);
        Ok(())
    }

    /// `Op::GetAIter | Op::GetANext`.
    pub(super) fn op_get_a_iter(&mut self, op: Op, frame: &mut Frame, _code: &Rc<Code>) -> Res<()> {
        let (Op::GetAIter | Op::GetANext) = op else {
            return Ok(());
        };
        let obj = Self::pop(frame);
        if let Value::Gen(g) = &obj
            && g.borrow().is_async_generator()
        {
            let v = match op {
                Op::GetAIter => obj.clone(),
                _ => super::super::asyncgen::asend(self, g, Value::None)?,
            };
            frame.stack.push(v);
            return Ok(());
        }
        let name = if matches!(op, Op::GetAIter) { "__aiter__" } else { "__anext__" };
        let method = match &obj {
            Value::Instance(_) => crate::python::object::classes::get_attr(&obj, name).and_then(Result::ok),
            _ => None,
        };
        let Some(method) = method else {
            return type_error(if matches!(op, Op::GetAIter) {
                format!("'async for' requires an object with __aiter__ method, got {}", obj.class_name())
            } else {
                format!("'async for' received an object from __aiter__ that does not implement __anext__: {}", obj.class_name())
            });
        };
        let v = self.call(&method, Vec::new(), Vec::new())?;
        frame.stack.push(v);
        Ok(())
    }

    /// `Op::WithEnter`.
    pub(super) fn op_with_enter(&mut self, op: Op, frame: &mut Frame, _code: &Rc<Code>) -> Res<()> {
        let Op::WithEnter = op else {
            return Ok(());
        };
        let manager = Self::pop(frame);
        let entered = self.call_dunder(&manager, "__enter__", Vec::new())?;
        frame.stack.push(entered);
        Ok(())
    }

    /// `Op::WithExit`.
    pub(super) fn op_with_exit(&mut self, op: Op, frame: &mut Frame, _code: &Rc<Code>) -> Res<()> {
        let Op::WithExit = op else {
            return Ok(());
        };
        let manager = Self::pop(frame);
        self.call_dunder(&manager, "__exit__", vec![Value::None, Value::None, Value::None])?;
        Ok(())
    }

    /// `Op::WithExitExc`.
    pub(super) fn op_with_exit_exc(&mut self, op: Op, frame: &mut Frame, _code: &Rc<Code>) -> Res<()> {
        let Op::WithExitExc = op else {
            return Ok(());
        };
        let e = Self::pop(frame);
        let manager = Self::pop(frame);
        let args = match &e {
            Value::Exc(x) => {
                let class = match x.class.borrow().as_ref() {
                    Some(c) => Value::Class(c.clone()),
                    None => Value::Type(x.kind),
                };
                vec![class, e.clone(), Value::None]
            }
            _ => vec![Value::None, Value::None, Value::None],
        };
        let suppress = self.call_dunder(&manager, "__exit__", args)?;
        frame.stack.push(e);
        frame.stack.push(Value::Bool(suppress.truthy()));
        Ok(())
    }

    /// `Op::AsyncEnter | Op::AsyncExit`.
    pub(super) fn op_async_enter(&mut self, op: Op, frame: &mut Frame, _code: &Rc<Code>) -> Res<()> {
        let (Op::AsyncEnter | Op::AsyncExit) = op else {
            return Ok(());
        };
        let manager = Self::pop(frame);
        let aw = self.lib.async_with(self, &manager, matches!(op, Op::AsyncEnter), None)?;
        frame.stack.push(aw);
        Ok(())
    }

    /// `Op::GetYieldFromIter`.
    pub(super) fn op_get_yield_from_iter(&mut self, op: Op, frame: &mut Frame, _code: &Rc<Code>) -> Res<()> {
        let Op::GetYieldFromIter = op else {
            return Ok(());
        };
        let v = Self::pop(frame);
        let it = match &v {
            Value::Gen(g) if g.borrow().is_coroutine() => {
                return type_error("cannot 'yield from' a coroutine object in a non-coroutine generator");
            }
            Value::Gen(_) => v,
            other => super::super::iter::get_iter(self, other)?,
        };
        frame.stack.push(it);
        Ok(())
    }

    /// `Op::Await`.
    pub(super) fn op_await_2(&mut self, op: Op, frame: &mut Frame, _code: &Rc<Code>) -> Res<Option<Flow>> {
        let Op::Await = op else {
            return Ok(None);
        };
        // `yield from` over a plain iterator: yield each item.
        let _sent = Self::pop(frame);
        let it = frame.stack.last().cloned().unwrap_or(Value::None);
        match super::super::iter::next(self, &it)? {
            Some(v) => {
                frame.ip -= 1;
                frame.stack.push(v);
                return Ok(Some(Flow::Yield));
            }
            None => {
                frame.stack.pop();
                frame.stack.push(Value::None);
            }
        }
        Ok(None)
    }

    /// `Op::Await`.
    pub(super) fn op_await_3(&mut self, op: Op, frame: &mut Frame, _code: &Rc<Code>) -> Res<Option<Flow>> {
        let Op::Await = op else {
            return Ok(None);
        };
        let sent = Self::pop(frame);
        let Some(Value::Gen(g)) = frame.stack.last().cloned() else {
            return type_error("await on a non-coroutine");
        };
        match self.resume(&g, sent, None) {
            FrameResult::Return(r) => {
                frame.stack.pop();
                frame.stack.push(r);
            }
            FrameResult::Raise(e) => {
                frame.stack.pop();
                return Err(e);
            }
            FrameResult::Yield(y) => {
                frame.ip -= 1;
                frame.stack.push(y);
                return Ok(Some(Flow::Yield));
            }
        }
        Ok(None)
    }
}
