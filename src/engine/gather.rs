//! `asyncio.gather` (3.11): a `_GatheringFuture` over children futures/tasks.
//!
//! Invariant: the outer future's entry carries `gathering = (children, cancel_requested)`;
//! `cancel()` on it cancels the children (`_GatheringFuture.cancel`).

use std::cell::Cell;
use std::rc::Rc;

use super::handle::Label;
use super::{EventLoop, FutureId, FutureState, Host};

impl<H: Host> EventLoop<H> {
    /// `asyncio.gather(*children, return_exceptions=...)`. Coroutines must already be
    /// wrapped in tasks by the caller (`ensure_future`), in argument order. A child
    /// appearing twice is counted once (like `arg_to_fut`).
    pub fn gather(&mut self, children: Vec<FutureId>, return_exceptions: bool) -> Result<FutureId, H::Exception> {
        for c in &children {
            self.check_future(*c)?;
        }
        if children.is_empty() {
            let outer = self.create_future();
            self.set_result(outer, H::list(Vec::new()))?;
            return Ok(outer);
        }
        let outer = self.create_future();
        let mut seen = std::collections::BTreeSet::new();
        let mut unique: Vec<FutureId> = Vec::new();
        for c in &children {
            if seen.insert(*c) {
                unique.push(*c);
            }
        }
        let nfuts = unique.len();
        let mut names: Vec<String> = unique.iter().take(3).map(|c| self.future_title(*c)).collect();
        if nfuts > 3 {
            names.push(format!("… +{}", nfuts - 3));
        }
        self.name_future(outer, super::future::MadeBy::Text(format!("gather({})", names.join(", "))));
        let nfinished = Rc::new(Cell::new(0usize));
        let children_rc: Rc<Vec<FutureId>> = Rc::new(children.clone());
        for c in unique {
            let nfinished = nfinished.clone();
            let children = children_rc.clone();
            self.add_done_callback(c, Label::Static("gather._done_callback"), move |lp, _, fut| {
                nfinished.set(nfinished.get() + 1);
                // Retrieved here even once the outer future is done (CPython
                // calls `fut.exception()` then), so never reported.
                lp.mark_retrieved(fut);
                if lp.future_done(outer)? {
                    return Ok(());
                }
                if !return_exceptions {
                    match &lp.futures[fut.0 as usize].state {
                        FutureState::Cancelled(..) => {
                            let exc = lp.make_cancelled_error(fut);
                            return lp.set_exception(outer, exc);
                        }
                        FutureState::Exception(e) => {
                            let e = e.clone();
                            return lp.set_exception(outer, e);
                        }
                        _ => {}
                    }
                }
                if nfinished.get() == nfuts {
                    let mut results = Vec::with_capacity(children.len());
                    for ch in children.iter() {
                        let r = match &lp.futures[ch.0 as usize].state {
                            FutureState::Cancelled(msg, _) => {
                                H::exception_value(&H::cancelled_error(Some(msg.clone().unwrap_or_default())))
                            }
                            FutureState::Exception(e) => H::exception_value(e),
                            FutureState::Result(v) => v.clone(),
                            FutureState::Pending => H::none(),
                        };
                        results.push(r);
                    }
                    let cancel_requested = lp.futures[outer.0 as usize].gathering.as_ref().is_some_and(|g| g.1);
                    if cancel_requested {
                        let exc = lp.make_cancelled_error(fut);
                        lp.set_exception(outer, exc)?;
                    } else {
                        lp.set_result(outer, H::list(results))?;
                    }
                }
                Ok(())
            })?;
        }
        self.futures[outer.0 as usize].gathering = Some(Box::new((children, false)));
        Ok(outer)
    }

    /// `_GatheringFuture.cancel(msg)`.
    pub(crate) fn gather_cancel(&mut self, outer: FutureId, msg: Option<String>) -> Result<bool, H::Exception> {
        if self.future_done(outer)? {
            return Ok(false);
        }
        let children = self.futures[outer.0 as usize].gathering.as_ref().map(|g| g.0.clone()).unwrap_or_default();
        let mut ret = false;
        for c in children {
            if self.cancel(c, msg.clone())? {
                ret = true;
            }
        }
        if ret
            && let Some(g) = self.futures[outer.0 as usize].gathering.as_mut() {
                g.1 = true;
            }
        Ok(ret)
    }
}
