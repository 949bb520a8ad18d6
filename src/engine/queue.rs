//! `asyncio.Queue` (3.11 queues.py): FIFO items, getters/putters futures, join via an Event;
//! `LifoQueue` and `PriorityQueue` change only where items go in and come out
//! (`_put` / `_get`), the priority queue with heapq's exact algorithm.
//!
//! Invariants: `unfinished` counts put items not yet `task_done()`; `finished` is set
//! exactly when `unfinished == 0`; getters/putters deques are FIFO.

use std::cell::RefCell;
use std::collections::VecDeque;
use std::rc::Rc;

use super::sync::{Event, EventWait};
use super::{Coroutine, EventLoop, FutureId, Host, Step};

/// `a < b` for a priority queue's items, as the host compares them.
pub type LessThan<H> = fn(&mut <H as Host>::Cx, &<H as Host>::Value, &<H as Host>::Value) -> Result<bool, <H as Host>::Exception>;

/// Where `put` puts an item and where `get` takes one.
pub enum Order<H: Host> {
    /// `asyncio.Queue`: first in, first out.
    Fifo,
    /// `asyncio.LifoQueue`: last in, first out.
    Lifo,
    /// `asyncio.PriorityQueue`: a binary heap (heapq), smallest first.
    Priority(LessThan<H>),
}

impl<H: Host> Clone for Order<H> {
    fn clone(&self) -> Self {
        match self {
            Order::Fifo => Order::Fifo,
            Order::Lifo => Order::Lifo,
            Order::Priority(f) => Order::Priority(*f),
        }
    }
}

struct QueueInner<H: Host> {
    order: Order<H>,
    maxsize: usize,
    items: VecDeque<H::Value>,
    getters: VecDeque<FutureId>,
    putters: VecDeque<FutureId>,
    unfinished: usize,
    finished: Event,
}

/// `asyncio.Queue(maxsize)` (0 = unbounded).
pub struct Queue<H: Host> {
    inner: Rc<RefCell<QueueInner<H>>>,
}

impl<H: Host> Clone for Queue<H> {
    fn clone(&self) -> Self {
        Queue { inner: self.inner.clone() }
    }
}

fn wakeup_next<H: Host>(waiters: &Rc<RefCell<QueueInner<H>>>, getters: bool, lp: &mut EventLoop<H>) -> Result<(), H::Exception> {
    loop {
        let w = {
            let mut i = waiters.borrow_mut();
            if getters { i.getters.pop_front() } else { i.putters.pop_front() }
        };
        let Some(w) = w else { return Ok(()) };
        if !lp.future_done(w)? {
            lp.set_result(w, H::none())?;
            return Ok(());
        }
    }
}

impl<H: Host> Queue<H> {
    /// A new queue; `maxsize == 0` means unbounded.
    pub fn new(maxsize: usize) -> Self {
        Self::with_order(maxsize, Order::Fifo)
    }
    /// A new queue taking items in `order`; `maxsize == 0` means unbounded.
    pub fn with_order(maxsize: usize, order: Order<H>) -> Self {
        let finished = Event::new();
        finished.inner_set_initial();
        Queue { inner: Rc::new(RefCell::new(QueueInner { order, maxsize, items: VecDeque::new(), getters: VecDeque::new(), putters: VecDeque::new(), unfinished: 0, finished })) }
    }
    /// `q.qsize()`.
    pub fn qsize(&self) -> usize {
        self.inner.borrow().items.len()
    }
    /// `q.maxsize`.
    pub fn maxsize(&self) -> usize {
        self.inner.borrow().maxsize
    }
    /// What `Queue._format()` shows: the items, then how many getters and
    /// putters wait and how many items are unfinished.
    pub fn format_parts(&self) -> (Vec<H::Value>, usize, usize, usize) {
        let i = self.inner.borrow();
        (i.items.iter().cloned().collect(), i.getters.len(), i.putters.len(), i.unfinished)
    }
    /// `q.empty()`.
    pub fn empty(&self) -> bool {
        self.inner.borrow().items.is_empty()
    }
    /// `q.full()`.
    pub fn full(&self) -> bool {
        let i = self.inner.borrow();
        i.maxsize > 0 && i.items.len() >= i.maxsize
    }
    /// `q.put_nowait(item)` (QueueFull).
    pub fn put_nowait(&self, item: H::Value, lp: &mut EventLoop<H>, cx: &mut H::Cx) -> Result<(), H::Exception> {
        if self.full() {
            return Err(H::queue_full());
        }
        self.put_item(item, cx)?;
        {
            let mut i = self.inner.borrow_mut();
            i.unfinished += 1;
            i.finished.clear();
        }
        wakeup_next(&self.inner, true, lp)
    }
    /// `q.get_nowait()` (QueueEmpty).
    pub fn get_nowait(&self, lp: &mut EventLoop<H>, cx: &mut H::Cx) -> Result<H::Value, H::Exception> {
        if self.empty() {
            return Err(H::queue_empty());
        }
        let item = self.get_item(cx)?;
        wakeup_next(&self.inner, false, lp)?;
        Ok(item)
    }
    /// `Queue._put`: `heappush` for a priority queue.
    fn put_item(&self, item: H::Value, cx: &mut H::Cx) -> Result<(), H::Exception> {
        let order = self.inner.borrow().order.clone();
        let mut items = std::mem::take(&mut self.inner.borrow_mut().items);
        items.push_back(item);
        let sifted = match order {
            Order::Priority(less) => {
                let last = items.len() - 1;
                sift_down::<H>(&mut items, 0, last, less, cx)
            }
            _ => Ok(()),
        };
        self.inner.borrow_mut().items = items;
        sifted
    }
    /// `Queue._get`: the oldest item, the newest (LIFO), or `heappop`.
    fn get_item(&self, cx: &mut H::Cx) -> Result<H::Value, H::Exception> {
        let order = self.inner.borrow().order.clone();
        let mut items = std::mem::take(&mut self.inner.borrow_mut().items);
        let taken = match order {
            Order::Fifo => items.pop_front().ok_or_else(H::queue_empty),
            Order::Lifo => items.pop_back().ok_or_else(H::queue_empty),
            Order::Priority(less) => heap_pop::<H>(&mut items, less, cx),
        };
        self.inner.borrow_mut().items = items;
        taken
    }
    /// `q.task_done()` (ValueError when called too many times).
    pub fn task_done(&self, lp: &mut EventLoop<H>) -> Result<(), H::Exception> {
        let ev = {
            let mut i = self.inner.borrow_mut();
            if i.unfinished == 0 {
                return Err(H::value_error("task_done() called too many times"));
            }
            i.unfinished -= 1;
            if i.unfinished == 0 { Some(i.finished.clone()) } else { None }
        };
        if let Some(ev) = ev {
            ev.set(lp)?;
        }
        Ok(())
    }
    /// `q.get()` coroutine.
    pub fn get(&self) -> QueueGet<H> {
        QueueGet { q: self.clone(), waiting: None }
    }
    /// `q.put(item)` coroutine.
    pub fn put(&self, item: H::Value) -> QueuePut<H> {
        QueuePut { q: self.clone(), item: Some(item), waiting: None }
    }
    /// `q.join()` coroutine.
    pub fn join(&self) -> QueueJoin<H> {
        QueueJoin { q: self.clone(), wait: None, started: false }
    }
}

/// heapq's `_siftdown`: moves the item at `pos` up towards `start`.
fn sift_down<H: Host>(heap: &mut VecDeque<H::Value>, start: usize, mut pos: usize, less: LessThan<H>, cx: &mut H::Cx) -> Result<(), H::Exception> {
    let item = heap[pos].clone();
    while pos > start {
        let parent = (pos - 1) >> 1;
        if less(cx, &item, &heap[parent])? {
            heap[pos] = heap[parent].clone();
            pos = parent;
            continue;
        }
        break;
    }
    heap[pos] = item;
    Ok(())
}

/// heapq's `_siftup`: moves the smaller child up until a leaf, then sifts down.
fn sift_up<H: Host>(heap: &mut VecDeque<H::Value>, mut pos: usize, less: LessThan<H>, cx: &mut H::Cx) -> Result<(), H::Exception> {
    let (end, start) = (heap.len(), pos);
    let item = heap[pos].clone();
    let mut child = 2 * pos + 1;
    while child < end {
        let right = child + 1;
        if right < end && !less(cx, &heap[child], &heap[right])? {
            child = right;
        }
        heap[pos] = heap[child].clone();
        pos = child;
        child = 2 * pos + 1;
    }
    heap[pos] = item;
    sift_down::<H>(heap, start, pos, less, cx)
}

/// heapq's `heappop`.
fn heap_pop<H: Host>(heap: &mut VecDeque<H::Value>, less: LessThan<H>, cx: &mut H::Cx) -> Result<H::Value, H::Exception> {
    let last = heap.pop_back().ok_or_else(H::queue_empty)?;
    if heap.is_empty() {
        return Ok(last);
    }
    let first = std::mem::replace(&mut heap[0], last);
    sift_up::<H>(heap, 0, less, cx)?;
    Ok(first)
}

impl Event {
    fn inner_set_initial(&self) {
        // A fresh event has no waiters: setting it cannot schedule anything.
        self.set_silently();
    }
}

/// The `Queue.get()` coroutine.
pub struct QueueGet<H: Host> {
    q: Queue<H>,
    waiting: Option<FutureId>,
}

impl<H: Host> Coroutine<H> for QueueGet<H> {
    fn send(&mut self, _value: H::Value, lp: &mut EventLoop<H>, cx: &mut H::Cx) -> Step<H> {
        if let Some(f) = self.waiting.take() {
            // awaited getter resolved; loop back to `while self.empty()`
            let _ = f;
        }
        if self.q.empty() {
            let f = lp.create_future();
            lp.name_future(f, super::future::MadeBy::Static("Queue.get()"));
            self.q.inner.borrow_mut().getters.push_back(f);
            self.waiting = Some(f);
            return Step::Await(f);
        }
        match self.q.get_nowait(lp, cx) {
            Ok(v) => Step::Return(v),
            Err(e) => Step::Raise(e),
        }
    }
    fn throw(&mut self, exc: H::Exception, lp: &mut EventLoop<H>, _cx: &mut H::Cx) -> Step<H> {
        if let Some(f) = self.waiting.take() {
            let r = (|| -> Result<(), H::Exception> {
                lp.cancel(f, None)?;
                self.q.inner.borrow_mut().getters.retain(|w| *w != f);
                if !self.q.empty() && !lp.future_cancelled(f)? {
                    wakeup_next(&self.q.inner, true, lp)?;
                }
                Ok(())
            })();
            if let Err(e) = r {
                return Step::Raise(e);
            }
        }
        Step::Raise(exc)
    }
    fn describe(&self) -> String {
        "Queue.get()".to_string()
    }
}

/// The `Queue.put(item)` coroutine.
pub struct QueuePut<H: Host> {
    q: Queue<H>,
    item: Option<H::Value>,
    waiting: Option<FutureId>,
}

impl<H: Host> Coroutine<H> for QueuePut<H> {
    fn send(&mut self, _value: H::Value, lp: &mut EventLoop<H>, cx: &mut H::Cx) -> Step<H> {
        self.waiting = None;
        if self.q.full() {
            let f = lp.create_future();
            lp.name_future(f, super::future::MadeBy::Static("Queue.put()"));
            self.q.inner.borrow_mut().putters.push_back(f);
            self.waiting = Some(f);
            return Step::Await(f);
        }
        let Some(item) = self.item.take() else {
            return Step::Raise(H::runtime_error("cannot reuse already awaited coroutine"));
        };
        match self.q.put_nowait(item, lp, cx) {
            Ok(()) => Step::Return(H::none()),
            Err(e) => Step::Raise(e),
        }
    }
    fn throw(&mut self, exc: H::Exception, lp: &mut EventLoop<H>, _cx: &mut H::Cx) -> Step<H> {
        if let Some(f) = self.waiting.take() {
            let r = (|| -> Result<(), H::Exception> {
                lp.cancel(f, None)?;
                self.q.inner.borrow_mut().putters.retain(|w| *w != f);
                if !self.q.full() && !lp.future_cancelled(f)? {
                    wakeup_next(&self.q.inner, false, lp)?;
                }
                Ok(())
            })();
            if let Err(e) = r {
                return Step::Raise(e);
            }
        }
        Step::Raise(exc)
    }
    fn describe(&self) -> String {
        "Queue.put()".to_string()
    }
}

/// The `Queue.join()` coroutine (`if unfinished: await self._finished.wait()`).
pub struct QueueJoin<H: Host> {
    q: Queue<H>,
    wait: Option<EventWait>,
    started: bool,
}

impl<H: Host> Coroutine<H> for QueueJoin<H> {
    fn send(&mut self, value: H::Value, lp: &mut EventLoop<H>, cx: &mut H::Cx) -> Step<H> {
        if !self.started {
            self.started = true;
            if self.q.inner.borrow().unfinished == 0 {
                return Step::Return(H::none());
            }
            let ev = self.q.inner.borrow().finished.clone();
            self.wait = Some(ev.wait());
        }
        match self.wait.as_mut() {
            Some(w) => match w.send(value, lp, cx) {
                Step::Return(_) => Step::Return(H::none()),
                s => s,
            },
            None => Step::Return(H::none()),
        }
    }
    fn throw(&mut self, exc: H::Exception, lp: &mut EventLoop<H>, cx: &mut H::Cx) -> Step<H> {
        match self.wait.as_mut() {
            Some(w) => w.throw(exc, lp, cx),
            None => Step::Raise(exc),
        }
    }
    fn describe(&self) -> String {
        "Queue.join()".to_string()
    }
}
