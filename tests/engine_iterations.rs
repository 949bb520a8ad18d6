//! Iteration counts of library operations match CPython exactly (counted by patching
//! `loop._run_once` in CPython and by `EventLoop::iteration` here).
mod common;

use std::cell::{Cell, RefCell};
use std::rc::Rc;

use common::*;
use looplab::engine::{run::run, sleep::AwaitFuture, AsCompleted, Label, Runtime};

fn job(name: &'static str, d: f64, log: &Log) -> Box<Seq> {
    Seq::new(name, log, vec![sleep(d)]).ret(V::Str(name.into())).quiet()
}

#[test]
fn sleep_as_completed_gather_and_future_iteration_counts_match_cpython() {
    let log = new_log();
    let mut lp = Lp::new(Runtime::default());
    let base = Rc::new(Cell::new(0u64));
    let mark = |what: &str, base: &Rc<Cell<u64>>, log: &Log| {
        let (w, b, l) = (what.to_string(), base.clone(), log.clone());
        Op::Do(Box::new(move |lp: &mut Lp| say(&l, format!("{w} {} {:?}", lp.iteration() - b.get(), lp.time()))))
    };
    let ac: Rc<RefCell<Option<AsCompleted<T>>>> = Rc::new(RefCell::new(None));
    let mut ops = Vec::new();
    let b0 = base.clone();
    ops.push(Op::Do(Box::new(move |lp: &mut Lp| b0.set(lp.iteration()))));
    ops.push(mark("start", &base, &log));
    ops.push(sleep(0.0));
    ops.push(mark("sleep0", &base, &log));
    ops.push(sleep(0.5));
    ops.push(mark("sleep", &base, &log));
    {
        let (ac, l) = (ac.clone(), log.clone());
        ops.push(Op::Do(Box::new(move |lp: &mut Lp| {
            let ts = [("x", 3.0), ("y", 1.0), ("z", 2.0)].into_iter().map(|(n, d)| lp.create_task(job(n, d, &l), None)).collect();
            *ac.borrow_mut() = Some(lp.as_completed(ts, None).unwrap());
        })));
    }
    for _ in 0..3 {
        let (ac, b, l) = (ac.clone(), base.clone(), log.clone());
        ops.push(Op::SubThen(
            Box::new(move |_| Box::new(ac.borrow().as_ref().unwrap().next_one())),
            Box::new(move |r, lp: &mut Lp| { say(&l, format!("as_completed {} {} {:?}", show(&r?).trim_matches('\''), lp.iteration() - b.get(), lp.time())); Ok(()) }),
        ));
    }
    {
        let (ac1, ac2, b, l, l2) = (ac.clone(), ac.clone(), base.clone(), log.clone(), log.clone());
        ops.push(Op::Do(Box::new(move |lp: &mut Lp| {
            let t = lp.create_task(job("slow", 5.0, &l2), None);
            *ac1.borrow_mut() = Some(lp.as_completed(vec![t], Some(1.0)).unwrap());
        })));
        ops.push(Op::SubThen(
            Box::new(move |_| Box::new(ac2.borrow().as_ref().unwrap().next_one())),
            Box::new(move |r, lp: &mut Lp| match r {
                Err(e) if e.kind == "TimeoutError" => { say(&l, format!("as_completed timeout {} {:?}", lp.iteration() - b.get(), lp.time())); Ok(()) }
                Err(e) => Err(e),
                Ok(_) => Ok(()),
            }),
        ));
    }
    {
        let l = log.clone();
        ops.push(Op::Sub(Box::new(move |lp: &mut Lp| {
            let ts = vec![lp.create_task(job("g1", 1.0, &l), None), lp.create_task(job("g2", 0.0, &l), None)];
            Box::new(AwaitFuture::new(lp.gather(ts, false).unwrap()))
        }), None));
    }
    ops.push(mark("gather", &base, &log));
    ops.push(Op::Sub(Box::new(|lp: &mut Lp| {
        let f = lp.create_future();
        lp.call_later(1.0, Label::Static("set_result"), move |lp, _| lp.set_result(f, V::Int(7)));
        Box::new(AwaitFuture::new(f))
    }), Some("future".into())));
    ops.push(mark("future", &base, &log));
    run(&mut lp, Seq::new("main", &log, ops), &mut ()).unwrap();
    assert_eq!(*log.borrow(), cpython("iterations"));
}
