//! `asyncio.as_completed(fs, timeout)` (3.11): a Queue of done futures; the language
//! iterates `count()` times, awaiting [`AsCompleted::next_one`] each time
//! (`_wait_for_one`: `f = await done.get(); if f is None: raise TimeoutError; return f.result()`).
//!
//! Invariant: `order` mirrors the queue's items (Some(future) or None for a timeout).

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use super::handle::{HandleId, Label};
use super::future::CallbackId;
use super::queue::{Queue, QueueGet};
use super::{Coroutine, EventLoop, FutureId, Host, Step};

struct AcInner {
    todo: Vec<(FutureId, CallbackId)>,
    order: VecDeque<Option<FutureId>>,
    timeout_handle: Option<HandleId>,
}

/// The state behind one `as_completed` call.
pub struct AsCompleted<H: Host> {
    done: Queue<H>,
    inner: Rc<RefCell<AcInner>>,
    count: usize,
}

impl<H: Host> EventLoop<H> {
    /// `asyncio.as_completed(fs, timeout=timeout)`; `fs` already futures/tasks (deduplicated, id order).
    pub fn as_completed(&mut self, mut fs: Vec<FutureId>, timeout: Option<f64>) -> Result<AsCompleted<H>, H::Exception> {
        crate::sort::sort(&mut fs);
        fs.dedup();
        let done: Queue<H> = Queue::new(0);
        let inner = Rc::new(RefCell::new(AcInner { todo: Vec::new(), order: VecDeque::new(), timeout_handle: None }));
        for f in &fs {
            let (q, inn) = (done.clone(), inner.clone());
            let cb = self.add_done_callback(*f, Label::Static("as_completed._on_completion"), move |lp, cx, f| {
                if inn.borrow().todo.is_empty() {
                    return Ok(());
                }
                inn.borrow_mut().todo.retain(|(t, _)| *t != f);
                inn.borrow_mut().order.push_back(Some(f));
                let v = H::future_value(lp, f);
                q.put_nowait(v, lp, cx)?;
                // The queue holds it now, as the language's value.
                lp.let_go(f);
                let (empty, th) = { let i = inn.borrow(); (i.todo.is_empty(), i.timeout_handle) };
                if empty
                    && let Some(h) = th {
                        lp.cancel_handle(h)?;
                    }
                Ok(())
            })?;
            inner.borrow_mut().todo.push((*f, cb));
        }
        if let Some(t) = timeout
            && !fs.is_empty() {
                let (q, inn) = (done.clone(), inner.clone());
                let h = self.call_later(t, Label::Static("as_completed._on_timeout"), move |lp, cx| {
                    let todo = std::mem::take(&mut inn.borrow_mut().todo);
                    for (f, cb) in todo {
                        lp.remove_done_callback(f, cb)?;
                        inn.borrow_mut().order.push_back(None);
                        q.put_nowait(H::none(), lp, cx)?;
                    }
                    Ok(())
                });
                inner.borrow_mut().timeout_handle = Some(h);
            }
        Ok(AsCompleted { done, inner, count: fs.len() })
    }
}

impl<H: Host> AsCompleted<H> {
    /// How many awaitables the iterator yields.
    pub fn count(&self) -> usize {
        self.count
    }
    /// The `_wait_for_one()` coroutine.
    pub fn next_one(&self) -> WaitForOne<H> {
        WaitForOne { get: self.done.get(), inner: self.inner.clone() }
    }
}

/// `_wait_for_one()`.
pub struct WaitForOne<H: Host> {
    get: QueueGet<H>,
    inner: Rc<RefCell<AcInner>>,
}

impl<H: Host> WaitForOne<H> {
    fn after(&mut self, s: Step<H>, lp: &mut EventLoop<H>) -> Step<H> {
        match s {
            Step::Return(_) => match self.inner.borrow_mut().order.pop_front().flatten() {
                None => Step::Raise(H::timeout_error()),
                Some(f) => match lp.future_result(f) {
                    Ok(v) => Step::Return(v),
                    Err(e) => Step::Raise(e),
                },
            },
            other => other,
        }
    }
}

impl<H: Host> Coroutine<H> for WaitForOne<H> {
    fn send(&mut self, v: H::Value, lp: &mut EventLoop<H>, cx: &mut H::Cx) -> Step<H> {
        let s = self.get.send(v, lp, cx);
        self.after(s, lp)
    }
    fn throw(&mut self, e: H::Exception, lp: &mut EventLoop<H>, cx: &mut H::Cx) -> Step<H> {
        let s = self.get.throw(e, lp, cx);
        self.after(s, lp)
    }
    fn describe(&self) -> String {
        "_wait_for_one()".to_string()
    }
}
