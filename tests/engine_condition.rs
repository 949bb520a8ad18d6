//! asyncio.Condition compared with CPython 3.11.
mod common;

use std::cell::RefCell;
use std::rc::Rc;

use common::*;
use looplab::engine::{run::run, sleep::AwaitFuture, Condition, Coroutine, FutureId, Runtime, Step};

type Items = Rc<RefCell<Vec<i64>>>;

/// `async with cond: while not items: await cond.wait(); print(n, "got", items.pop(0), t)`
struct Consumer {
    n: &'static str,
    cond: Condition,
    items: Items,
    log: Log,
    sub: Option<Box<dyn Coroutine<T>>>,
    acquired: bool,
}

impl Consumer {
    fn drive(&mut self, mut input: Result<V, Exc>, lp: &mut Lp) -> Step<T> {
        loop {
            if self.sub.is_none() && !self.acquired {
                self.sub = Some(Box::new(self.cond.lock().acquire()));
            }
            if let Some(s) = &mut self.sub {
                match match input { Ok(v) => s.send(v, lp, &mut ()), Err(e) => s.throw(e, lp, &mut ()) } {
                    Step::Return(_) => { self.sub = None; self.acquired = true; input = Ok(V::None); }
                    Step::Raise(e) => return Step::Raise(e),
                    other => return other,
                }
            }
            if self.items.borrow().is_empty() {
                self.sub = Some(Box::new(self.cond.wait::<T>()));
                continue;
            }
            let it = self.items.borrow_mut().remove(0);
            say(&self.log, format!("{} got {} {:?}", self.n, it, lp.time()));
            return match self.cond.lock().release(lp) { Ok(()) => Step::Return(V::None), Err(e) => Step::Raise(e) };
        }
    }
}

impl Coroutine<T> for Consumer {
    fn send(&mut self, v: V, lp: &mut Lp, _cx: &mut ()) -> Step<T> { self.drive(Ok(v), lp) }
    fn throw(&mut self, e: Exc, lp: &mut Lp, _cx: &mut ()) -> Step<T> { self.drive(Err(e), lp) }
    fn describe(&self) -> String { "consumer()".into() }
}

#[test]
fn condition_notify_and_notify_all_wake_fifo_and_reacquire() {
    let log = new_log();
    let mut lp = Lp::new(Runtime::default());
    let cond = Condition::new(None);
    let items: Items = Rc::new(RefCell::new(Vec::new()));
    let ts: Rc<RefCell<Vec<FutureId>>> = Rc::new(RefCell::new(Vec::new()));
    let (c0, i0, l0, t0) = (cond.clone(), items.clone(), log.clone(), ts.clone());
    let (c1, c1b, c1c, i1) = (cond.clone(), cond.clone(), cond.clone(), items.clone());
    let (c2, c2b, c2c, i2) = (cond.clone(), cond.clone(), cond.clone(), items.clone());
    let main = Seq::new("main", &log, vec![
        Op::Do(Box::new(move |lp: &mut Lp| {
            for n in ["c1", "c2", "c3"] {
                let c = Consumer { n, cond: c0.clone(), items: i0.clone(), log: l0.clone(), sub: None, acquired: false };
                t0.borrow_mut().push(lp.create_task(Box::new(c), None));
            }
        })),
        sleep(1.0),
        Op::Sub(Box::new(move |_| Box::new(c1.lock().acquire())), None),
        Op::Do(Box::new(move |lp: &mut Lp| { i1.borrow_mut().push(1); c1b.notify(1, lp).unwrap(); c1c.lock().release(lp).unwrap(); })),
        sleep(1.0),
        Op::Sub(Box::new(move |_| Box::new(c2.lock().acquire())), None),
        Op::Do(Box::new(move |lp: &mut Lp| { i2.borrow_mut().extend([2, 3]); c2b.notify_all(lp).unwrap(); c2c.lock().release(lp).unwrap(); })),
        Op::Sub(Box::new(move |lp: &mut Lp| { let v = ts.borrow().clone(); Box::new(AwaitFuture::new(lp.gather(v, false).unwrap())) }), None),
        Op::LogT("done".into()),
    ]);
    run(&mut lp, main, &mut ()).unwrap();
    assert_eq!(*log.borrow(), cpython("condition"));
}
