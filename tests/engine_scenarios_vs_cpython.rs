//! Ordering scenarios built with hand-written coroutines, compared line for line with
//! CPython 3.11 running the same program under the virtual-clock harness.
mod common;

use std::cell::RefCell;
use std::rc::Rc;

use common::*;
use looplab::engine::{run::run, sleep::AwaitFuture, Event, FutureId, Label, Lock, Queue, Runtime};

fn p(lp: &mut Lp, log: &Log, msg: &str) {
    say(log, format!("{msg} {:?}", lp.time()));
}

#[test]
fn callbacks_fifo_equal_deadlines_heapq_cancel_and_stop() {
    let log = new_log();
    let mut lp = Lp::new(Runtime::default());
    for m in ["a", "b"] {
        let l = log.clone();
        lp.call_soon(Label::Text(format!("p('{m}')").into()), move |lp, _| { p(lp, &l, m); Ok(()) });
    }
    for i in 0..6 {
        let l = log.clone();
        lp.call_later(1.0, Label::Text(format!("p('t{i}')").into()), move |lp, _| { p(lp, &l, &format!("t{i}")); Ok(()) });
    }
    let l = log.clone();
    let h = lp.call_later(0.5, Label::Static("p('cancelled')"), move |lp, _| { p(lp, &l, "cancelled"); Ok(()) });
    lp.cancel_handle(h).unwrap();
    let l = log.clone();
    lp.call_later(2.0, Label::Static("stopper()"), move |lp, _| { p(lp, &l, "stop"); lp.stop(); Ok(()) });
    let l = log.clone();
    lp.call_later(2.0, Label::Static("p('same-iteration')"), move |lp, _| { p(lp, &l, "same-iteration"); Ok(()) });
    let l = log.clone();
    lp.call_later(3.0, Label::Static("p('never')"), move |lp, _| { p(lp, &l, "never"); Ok(()) });
    lp.run_forever(&mut ()).unwrap();
    say(&log, format!("after {:?}", lp.time()));
    assert_eq!(*log.borrow(), cpython("callbacks"));
}

fn worker(name: &'static str, d: f64, log: &Log) -> Box<Seq> {
    Seq::new(name, log, vec![Op::LogT(format!("{name} start")), sleep(d), Op::LogT(format!("{name} end"))]).ret(V::Str(name.into()))
}

#[test]
fn gather_order_and_cancellation() {
    let log = new_log();
    let mut lp = Lp::new(Runtime::default());
    let l1 = log.clone();
    let l2 = log.clone();
    let x: Rc<RefCell<Option<FutureId>>> = Rc::new(RefCell::new(None));
    let (x1, x2, x3) = (x.clone(), x.clone(), x.clone());
    let main = Seq::new("main", &log, vec![
        Op::Sub(Box::new(move |lp: &mut Lp| {
            let ts = vec![
                lp.create_task(worker("a", 2.0, &l1), None),
                lp.create_task(worker("b", 1.0, &l1), None),
                lp.create_task(worker("c", 0.0, &l1), None),
            ];
            let g = lp.gather(ts, false).unwrap();
            Box::new(AwaitFuture::new(g))
        }), Some("gather".into())),
        Op::Do(Box::new(move |lp: &mut Lp| { *x1.borrow_mut() = Some(lp.create_task(worker("x", 5.0, &l2), None)); })),
        sleep(1.0),
        Op::Do(Box::new(move |lp: &mut Lp| { lp.cancel(x2.borrow().unwrap(), None).unwrap(); })),
        Op::Sub(Box::new(move |lp: &mut Lp| {
            let g = lp.gather(vec![x3.borrow().unwrap()], true).unwrap();
            Box::new(AwaitFuture::new(g))
        }), Some("cancelled gather".into())),
    ]);
    run(&mut lp, main, &mut ()).unwrap();
    assert_eq!(*log.borrow(), cpython("gather_cancel"));
}

#[test]
fn lock_fairness_event_and_bounded_queue() {
    let log = new_log();
    let mut lp = Lp::new(Runtime::default());
    let lock = Lock::new();
    let ev = Event::new();
    let q: Queue<T> = Queue::new(1);
    let locker = |n: &'static str, log: &Log, lock: &Lock| {
        let (a, r) = (lock.clone(), lock.clone());
        Seq::new(n, log, vec![
            Op::Sub(Box::new(move |_| Box::new(a.acquire())), None),
            Op::LogT(format!("{n} got lock")),
            sleep(1.0),
            Op::Do(Box::new(move |lp: &mut Lp| r.release(lp).unwrap())),
            Op::Log(format!("{n} released")),
        ])
    };
    let waiter = |n: &'static str, log: &Log, ev: &Event| {
        let e = ev.clone();
        Seq::new(n, log, vec![Op::Sub(Box::new(move |_| Box::new(e.wait())), None), Op::LogT(format!("{n} saw event"))])
    };
    let mut prod_ops = Vec::new();
    for i in 0..3 {
        let qq = q.clone();
        prod_ops.push(Op::Sub(Box::new(move |_| Box::new(qq.put(V::Int(i)))), None));
        prod_ops.push(Op::LogT(format!("put {i}")));
    }
    let producer = Seq::new("producer", &log, prod_ops);
    let mut cons_ops = Vec::new();
    for _ in 0..3 {
        let (qa, qb) = (q.clone(), q.clone());
        cons_ops.push(Op::Sub(Box::new(move |_| Box::new(qa.get())), Some("got".into())));
        cons_ops.push(sleep(1.0));
        cons_ops.push(Op::Do(Box::new(move |lp: &mut Lp| qb.task_done(lp).unwrap())));
    }
    let consumer = Seq::new("consumer", &log, cons_ops);
    let (l, lk, e1, e2, qj) = (log.clone(), lock.clone(), ev.clone(), ev.clone(), q.clone());
    let ts: Rc<RefCell<Vec<FutureId>>> = Rc::new(RefCell::new(Vec::new()));
    let (ts1, ts2) = (ts.clone(), ts.clone());
    let pc = RefCell::new(Some((producer, consumer)));
    let main = Seq::new("main", &log, vec![
        Op::Do(Box::new(move |lp: &mut Lp| {
            for n in ["a", "b", "c"] { ts1.borrow_mut().push(lp.create_task(locker(n, &l, &lk), None)); }
            for n in ["w1", "w2"] { ts1.borrow_mut().push(lp.create_task(waiter(n, &l, &e1), None)); }
        })),
        sleep(0.5),
        Op::Do(Box::new(move |lp: &mut Lp| e2.set(lp).unwrap())),
        Op::Sub(Box::new(move |lp: &mut Lp| {
            let (pr, co) = pc.borrow_mut().take().unwrap();
            let mut v = ts2.borrow().clone();
            v.push(lp.create_task(pr, None));
            v.push(lp.create_task(co, None));
            Box::new(AwaitFuture::new(lp.gather(v, false).unwrap()))
        }), None),
        Op::Sub(Box::new(move |_| Box::new(qj.join())), None),
        Op::LogT("joined".into()),
    ]);
    run(&mut lp, main, &mut ()).unwrap();
    assert_eq!(*log.borrow(), cpython("sync_queue"));
}

#[test]
fn asyncio_run_cancels_leftovers_and_task_counter_survives_loops() {
    let log = new_log();
    let rt = Runtime::default();
    let mut lp = Lp::new(rt.clone());
    let l = log.clone();
    let main = Seq::new("main", &log, vec![
        Op::Do(Box::new(move |lp: &mut Lp| {
            lp.create_task(Seq::new("bg", &l, vec![sleep(10.0)]), None);
        })),
        sleep(1.0),
        Op::LogT("main done".into()),
    ]);
    run(&mut lp, main, &mut ()).unwrap();
    say(&log, "second run");
    let mut lp2 = Lp::new(rt);
    let l = log.clone();
    let m2 = Seq::new("m2", &log, vec![Op::Do(Box::new(move |lp: &mut Lp| {
        let t = lp.current_task().unwrap();
        say(&l, lp.task_name(t).unwrap());
    }))]);
    run(&mut lp2, m2, &mut ()).unwrap();
    assert_eq!(*log.borrow(), cpython("run_leftovers"));
}

fn job(name: &'static str, d: f64, fail: bool, log: &Log) -> Box<Seq> {
    let mut ops = vec![sleep(d)];
    if fail {
        ops.push(Op::Raise(Exc { kind: "ValueError", msg: name.into() }));
    }
    ops.push(Op::LogT(format!("{name} finished")));
    Seq::new(name, log, ops).ret(V::Str(name.into())).quiet()
}

fn counts(v: &V) -> (usize, usize) {
    match v {
        V::List(l) => match (&l[0], &l[1]) {
            (V::List(a), V::List(b)) => (a.len(), b.len()),
            _ => panic!(),
        },
        _ => panic!(),
    }
}

#[test]
fn semaphore_wait_modes_wait_for_and_shield() {
    use looplab::engine::{ReturnWhen, Semaphore, Wait, WaitFor};
    let log = new_log();
    let mut lp = Lp::new(Runtime::default());
    let sem = Semaphore::new::<T>(2).unwrap();
    let reg: Rc<RefCell<Vec<FutureId>>> = Rc::new(RefCell::new(Vec::new()));
    let limited = |n: &'static str, log: &Log, sem: &Semaphore| {
        let (a, r) = (sem.clone(), sem.clone());
        Seq::new(n, log, vec![
            Op::Sub(Box::new(move |_| Box::new(a.acquire())), None),
            Op::LogT(format!("{n} in")),
            sleep(1.0),
            Op::Do(Box::new(move |lp: &mut Lp| r.release(lp).unwrap())),
        ])
    };
    let l = log.clone();
    let mut ops: Vec<Op> = Vec::new();
    {
        let (l, sem) = (l.clone(), sem.clone());
        ops.push(Op::Sub(Box::new(move |lp: &mut Lp| {
            let ts = ["a", "b", "c", "d"].iter().map(|n| lp.create_task(limited(n, &l, &sem), None)).collect();
            Box::new(AwaitFuture::new(lp.gather(ts, false).unwrap()))
        }), None));
    }
    {
        let (l, reg) = (l.clone(), reg.clone());
        ops.push(Op::Do(Box::new(move |lp: &mut Lp| {
            for (n, d) in [("a", 1.0), ("b", 2.0), ("c", 3.0)] {
                reg.borrow_mut().push(lp.create_task(job(n, d, false, &l), None));
            }
        })));
    }
    let wait_op = |label: &'static str, idx: Vec<usize>, timeout: Option<f64>, rw: ReturnWhen, reg: &Rc<RefCell<Vec<FutureId>>>, l: &Log| {
        let (reg, l) = (reg.clone(), l.clone());
        Op::SubThen(
            Box::new(move |_: &mut Lp| {
                let fs = idx.iter().map(|i| reg.borrow()[*i]).collect();
                Box::new(Wait::new(fs, timeout, rw))
            }),
            Box::new(move |r, lp: &mut Lp| {
                let (d, p) = counts(&r?);
                say(&l, format!("{label} {d} {p} {:?}", lp.time()));
                Ok(())
            }),
        )
    };
    ops.push(wait_op("first", vec![0, 1, 2], None, ReturnWhen::FirstCompleted, &reg, &l));
    ops.push(wait_op("timeout", vec![1, 2], Some(0.5), ReturnWhen::AllCompleted, &reg, &l));
    {
        let (l, reg) = (l.clone(), reg.clone());
        ops.push(Op::Do(Box::new(move |lp: &mut Lp| {
            reg.borrow_mut().push(lp.create_task(job("d", 1.0, true, &l), None));
        })));
    }
    ops.push(wait_op("first_exception", vec![2, 3], None, ReturnWhen::FirstException, &reg, &l));
    {
        let l2 = l.clone();
        let l3 = l.clone();
        ops.push(Op::SubThen(
            Box::new(move |lp: &mut Lp| {
                let t = lp.create_task(job("slow", 5.0, false, &l2), None);
                Box::new(WaitFor::<T>::new(t, Some(1.0)))
            }),
            Box::new(move |r, lp: &mut Lp| match r {
                Err(e) if e.kind == "TimeoutError" => { say(&l3, format!("wait_for timeout {:?}", lp.time())); Ok(()) }
                Err(e) => Err(e),
                Ok(_) => Ok(()),
            }),
        ));
    }
    {
        let l2 = l.clone();
        let l3 = l.clone();
        ops.push(Op::SubThen(
            Box::new(move |lp: &mut Lp| {
                let t = lp.create_task(job("fast", 1.0, false, &l2), None);
                Box::new(WaitFor::<T>::new(t, Some(2.0)))
            }),
            Box::new(move |r, lp: &mut Lp| { say(&l3, format!("wait_for ok {} {:?}", show(&r?).trim_matches('\''), lp.time())); Ok(()) }),
        ));
    }
    let outer: Rc<RefCell<Vec<FutureId>>> = Rc::new(RefCell::new(Vec::new()));
    {
        let (l2, l3, o1, o2) = (l.clone(), l.clone(), outer.clone(), outer.clone());
        ops.push(Op::SubThen(
            Box::new(move |lp: &mut Lp| {
                let inner = lp.create_task(job("shielded", 2.0, false, &l2), None);
                let out = lp.shield(inner).unwrap();
                o1.borrow_mut().extend([inner, out]);
                let o3 = o1.clone();
                let canceller = Seq::new("cancel_soon", &l2, vec![sleep(1.0), Op::Do(Box::new(move |lp: &mut Lp| { lp.cancel(o3.borrow()[1], None).unwrap(); }))]);
                lp.create_task(canceller, None);
                Box::new(AwaitFuture::new(out))
            }),
            Box::new(move |r, lp: &mut Lp| match r {
                Err(e) if e.kind == "CancelledError" => { say(&l3, format!("outer cancelled {:?}", lp.time())); Ok(()) }
                Err(e) => Err(e),
                Ok(_) => Ok(()),
            }),
        ));
        let l4 = l.clone();
        ops.push(Op::SubThen(
            Box::new(move |_: &mut Lp| Box::new(AwaitFuture::new(o2.borrow()[0]))),
            Box::new(move |r, lp: &mut Lp| { say(&l4, format!("inner {} {:?}", show(&r?).trim_matches('\''), lp.time())); Ok(()) }),
        ));
    }
    let main = Seq::new("main", &log, ops);
    run(&mut lp, main, &mut ()).unwrap();
    assert_eq!(*log.borrow(), cpython("wait_shield_sem"));
}

#[test]
fn lock_waiter_cancel_gather_cancel_queue_errors_and_callback_exception() {
    let log = new_log();
    let mut lp = Lp::new(Runtime::default());
    let lock = Lock::new();
    let w1: Rc<RefCell<Vec<FutureId>>> = Rc::new(RefCell::new(Vec::new()));
    let locker = |n: &'static str, log: &Log, lock: &Lock| {
        let (a, r) = (lock.clone(), lock.clone());
        Seq::new(n, log, vec![
            Op::Sub(Box::new(move |_| Box::new(a.acquire())), None),
            Op::LogT(format!("{n} got lock")),
            Op::Do(Box::new(move |lp: &mut Lp| r.release(lp).unwrap())),
        ])
    };
    let (a, r) = (lock.clone(), lock.clone());
    let holder = Seq::new("holder", &log, vec![
        Op::Sub(Box::new(move |_| Box::new(a.acquire())), None),
        sleep(2.0),
        Op::Do(Box::new(move |lp: &mut Lp| r.release(lp).unwrap())),
        Op::LogT("holder released".into()),
    ]);
    let hold = RefCell::new(Some(holder));
    let (l, lk, w1a, w1b) = (log.clone(), lock.clone(), w1.clone(), w1.clone());
    let g: Rc<RefCell<Vec<FutureId>>> = Rc::new(RefCell::new(Vec::new()));
    let (g1, g2, g3, l2, l3) = (g.clone(), g.clone(), g.clone(), log.clone(), log.clone());
    let child = |n: &'static str, d: f64, log: &Log| Seq::new(n, log, vec![sleep(d), Op::Log(format!("{n} done"))]).ret(V::Str(n.into()));
    let l4 = log.clone();
    let main = Seq::new("main", &log, vec![
        Op::Do(Box::new(move |lp: &mut Lp| { lp.create_task(hold.borrow_mut().take().unwrap(), None); })),
        sleep(0.0),
        Op::Do(Box::new(move |lp: &mut Lp| {
            lp.create_task(locker("w2", &l, &lk), None);
            w1a.borrow_mut().push(lp.create_task(locker("w1", &l, &lk), None));
        })),
        sleep(1.0),
        Op::Do(Box::new(move |lp: &mut Lp| { lp.cancel(w1b.borrow()[0], None).unwrap(); })),
        sleep(2.0),
        Op::Do(Box::new(move |lp: &mut Lp| {
            let ts = vec![lp.create_task(child("c1", 1.0, &l2), None), lp.create_task(child("c2", 5.0, &l2), None)];
            g1.borrow_mut().push(lp.gather(ts, false).unwrap());
        })),
        sleep(2.0),
        Op::Do(Box::new(move |lp: &mut Lp| { lp.cancel(g2.borrow()[0], Some("stop".into())).unwrap(); })),
        Op::SubThen(
            Box::new(move |_| Box::new(AwaitFuture::new(g3.borrow()[0]))),
            Box::new(move |r, lp: &mut Lp| match r {
                Err(e) if e.kind == "CancelledError" => { say(&l3, format!("gather cancelled ('{}',) {:?}", e.msg, lp.time())); Ok(()) }
                Err(e) => Err(e),
                Ok(_) => Ok(()),
            }),
        ),
        Op::Do(Box::new(move |lp: &mut Lp| {
            let q: Queue<T> = Queue::new(1);
            q.put_nowait(V::Int(1), lp, &mut ()).unwrap();
            say(&l4, q.put_nowait(V::Int(2), lp, &mut ()).unwrap_err().kind);
            q.get_nowait(lp, &mut ()).unwrap();
            say(&l4, q.get_nowait(lp, &mut ()).unwrap_err().kind);
            q.task_done(lp).unwrap();
            let e = q.task_done(lp).unwrap_err();
            say(&l4, format!("{} {}", e.kind, e.msg));
            lp.call_soon(Label::Static("boom()"), |_, _| Err(Exc { kind: "ZeroDivisionError", msg: "x".into() }));
        })),
        sleep(0.0),
        Op::LogT("after boom".into()),
    ]);
    run(&mut lp, main, &mut ()).unwrap();
    assert_eq!(*log.borrow(), cpython("cancel_corners"));
    let errs = lp.take_errors();
    assert_eq!(errs.len(), 1);
    assert_eq!(errs[0].message, "Exception in callback boom()");
}

#[test]
fn wait_for_cancelled_from_outside_and_zero_timeout() {
    use looplab::engine::WaitFor;
    let log = new_log();
    let mut lp = Lp::new(Runtime::default());
    let base = Rc::new(std::cell::Cell::new(0u64));
    let inner = |n: &'static str, d: f64, log: &Log| Seq::new(n, log, vec![sleep(d)]).ret(V::Str(n.into()));
    let li = log.clone();
    let outer = Seq::new("outer", &log, vec![Op::Sub(Box::new(move |lp: &mut Lp| {
        let t = lp.create_task(inner("i1", 10.0, &li), None);
        Box::new(WaitFor::<T>::new(t, Some(5.0)))
    }), None)]);
    let o: Rc<RefCell<Vec<FutureId>>> = Rc::new(RefCell::new(Vec::new()));
    let (o1, o2, o3, b0, b1, b2, l1, l2, l3, l4) = (o.clone(), o.clone(), o.clone(), base.clone(), base.clone(), base.clone(), log.clone(), log.clone(), log.clone(), log.clone());
    let ocell = RefCell::new(Some(outer));
    let main = Seq::new("main", &log, vec![
        Op::Do(Box::new(move |lp: &mut Lp| { b0.set(lp.iteration()); o1.borrow_mut().push(lp.create_task(ocell.borrow_mut().take().unwrap(), None)); })),
        sleep(1.0),
        Op::Do(Box::new(move |lp: &mut Lp| { lp.cancel(o2.borrow()[0], None).unwrap(); })),
        Op::SubThen(
            Box::new(move |_| Box::new(AwaitFuture::new(o3.borrow()[0]))),
            Box::new(move |r, lp: &mut Lp| match r {
                Err(e) if e.kind == "CancelledError" => {
                    say(&l1, format!("o cancelled True {} {:?}", lp.iteration() - b1.get(), lp.time()));
                    Ok(())
                }
                Err(e) => Err(e),
                Ok(_) => Ok(()),
            }),
        ),
        Op::SubThen(
            Box::new(move |lp: &mut Lp| {
                let t = lp.create_task(inner("i2", 1.0, &l2), None);
                Box::new(WaitFor::<T>::new(t, Some(0.0)))
            }),
            Box::new(move |r, lp: &mut Lp| match r {
                Err(e) if e.kind == "TimeoutError" => { say(&l3, format!("timeout0 {} {:?}", lp.iteration() - b2.get(), lp.time())); Ok(()) }
                Err(e) => Err(e),
                Ok(_) => Ok(()),
            }),
        ),
        Op::Do(Box::new(move |lp: &mut Lp| { let t = lp.current_task().unwrap(); say(&l4, format!("cancelling {}", lp.task_cancelling(t).unwrap())); })),
    ]);
    run(&mut lp, main, &mut ()).unwrap();
    assert_eq!(*log.borrow(), cpython("wait_for_cancel"));
}

#[test]
fn wait_empty_duplicates_retrieval_by_mode_and_timeouts() {
    use looplab::engine::{ReturnWhen, Wait};
    let log = new_log();
    let mut lp = Lp::new(Runtime::default());
    // a, b, e, c in creation order.
    let reg: Rc<RefCell<Vec<FutureId>>> = Rc::new(RefCell::new(Vec::new()));
    let l = log.clone();
    let spawn = |jobs: Vec<(&'static str, f64, bool)>, reg: &Rc<RefCell<Vec<FutureId>>>, l: &Log| {
        let (reg, l) = (reg.clone(), l.clone());
        Op::Do(Box::new(move |lp: &mut Lp| {
            for (n, d, fail) in jobs {
                reg.borrow_mut().push(lp.create_task(job(n, d, fail, &l), None));
            }
        }))
    };
    let wait_op = |label: &'static str, idx: Vec<usize>, timeout: Option<f64>, rw: ReturnWhen, reg: &Rc<RefCell<Vec<FutureId>>>, l: &Log| {
        let (reg, l) = (reg.clone(), l.clone());
        Op::SubThen(
            Box::new(move |_: &mut Lp| {
                let fs = idx.iter().map(|i| reg.borrow()[*i]).collect();
                Box::new(Wait::new(fs, timeout, rw))
            }),
            Box::new(move |r, lp: &mut Lp| {
                match r {
                    Ok(v) => {
                        let (d, p) = counts(&v);
                        say(&l, format!("{label} {d} {p} {:?}", lp.time()));
                    }
                    Err(e) => say(&l, format!("{} {}", e.kind, e.msg)),
                }
                Ok(())
            }),
        )
    };
    let ops = vec![
        wait_op("empty", vec![], None, ReturnWhen::AllCompleted, &reg, &l),
        spawn(vec![("a", 1.0, true), ("b", 2.0, false)], &reg, &l),
        wait_op("first_exception", vec![0, 1, 0], None, ReturnWhen::FirstException, &reg, &l),
        spawn(vec![("e", 0.5, true)], &reg, &l),
        wait_op("first_exception alone", vec![2], None, ReturnWhen::FirstException, &reg, &l),
        spawn(vec![("c", 0.25, true)], &reg, &l),
        wait_op("first_completed", vec![1, 3], None, ReturnWhen::FirstCompleted, &reg, &l),
        wait_op("timeout", vec![1], Some(0.125), ReturnWhen::AllCompleted, &reg, &l),
        wait_op("all", vec![1], Some(10.0), ReturnWhen::AllCompleted, &reg, &l),
        sleep(10.0),
    ];
    let main = Seq::new("main", &log, ops);
    run(&mut lp, main, &mut ()).unwrap();
    // CPython prints which exceptions nobody looked at; the engine reports
    // them when the loop closes.
    let mut unretrieved: Vec<String> = lp
        .take_errors()
        .into_iter()
        .filter(|e| e.message == "Task exception was never retrieved")
        .filter_map(|e| e.exception.map(|x| x.msg))
        .collect();
    unretrieved.sort();
    say(&log, format!("unretrieved {}", unretrieved.join(" ")));
    assert_eq!(*log.borrow(), cpython("wait_modes"));
}
