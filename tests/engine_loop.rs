//! Loop behaviour: errors, iteration counts, trace, snapshot, external clock.
mod common;

use common::*;
use looplab::engine::{run::run, Label, Runtime, TaskState, TraceKind, WAIT_FOREVER_MESSAGE};

#[test]
fn idle_loop_reports_wait_forever_instead_of_hanging() {
    let mut lp = Lp::default();
    let e = lp.run_forever(&mut ()).unwrap_err();
    assert_eq!(e.kind, "RuntimeError");
    assert_eq!(e.msg, WAIT_FOREVER_MESSAGE);
    assert!(!lp.is_running());
}

#[test]
fn exception_in_callback_goes_to_handler_and_loop_goes_on() {
    let log = new_log();
    let mut lp = Lp::default();
    lp.call_soon(Label::Static("boom()"), |_, _| Err(Exc { kind: "ValueError", msg: "x".into() }));
    let l = log.clone();
    lp.call_soon(Label::Static("after()"), move |lp, _| { say(&l, "after"); lp.stop(); Ok(()) });
    lp.run_forever(&mut ()).unwrap();
    let errs = lp.take_errors();
    assert_eq!(errs.len(), 1);
    assert_eq!(errs[0].message, "Exception in callback boom()");
    assert_eq!(*log.borrow(), vec!["after"]);
}

#[test]
fn cancelled_timer_never_runs() {
    let log = new_log();
    let mut lp = Lp::default();
    let l = log.clone();
    let h = lp.call_later(1.0, Label::Static("x"), move |_, _| { say(&l, "ran"); Ok(()) });
    lp.cancel_handle(h).unwrap();
    assert!(lp.handle_cancelled(h).unwrap());
    lp.call_later(2.0, Label::Static("stop"), |lp, _| { lp.stop(); Ok(()) });
    lp.run_forever(&mut ()).unwrap();
    assert!(log.borrow().is_empty());
    assert_eq!(lp.time(), 2.0);
}

#[test]
fn sleep_zero_costs_one_iteration_and_sleep_d_jumps_clock() {
    let log = new_log();
    let mut lp = Lp::default();
    let main = Seq::new("main", &log, vec![sleep(0.0), Op::LogT("a".into()), sleep(0.25), Op::LogT("b".into())]);
    let t = lp.create_task(main, None);
    lp.run_until_complete(t, &mut ()).unwrap();
    assert_eq!(*log.borrow(), vec!["a 0.0", "b 0.25"]);
    // it1: step (yield); it2: step (await timer); it3: timer -> set_result -> wakeup scheduled;
    // it4: wakeup -> done, _run_until_complete_cb scheduled; it5: stop.
    assert_eq!(lp.iteration(), 5);
}

#[test]
fn trace_records_typed_events_as_json_lines() {
    let log = new_log();
    let mut lp = Lp::default();
    lp.set_tracing(true);
    let main = Seq::new("main", &log, vec![sleep(1.0)]);
    run(&mut lp, main, &mut ()).unwrap();
    let tr = lp.take_trace();
    assert!(matches!(tr[0].kind, TraceKind::TaskCreated { .. }));
    let lines: Vec<String> = tr.iter().map(|e| e.to_json_line()).collect();
    assert!(lines.iter().any(|l| l.contains("\"kind\":\"timer_due\"") && l.contains("sleep wake-up")));
    assert!(lines.iter().any(|l| l.contains("\"kind\":\"task_done\"") && l.contains("Task-1")));
    assert!(lines.iter().all(|l| l.starts_with("{\"t\":") && l.ends_with('}')));
}

#[test]
fn snapshot_shows_ready_timers_and_task_states() {
    let log = new_log();
    let mut lp = Lp::new(Runtime::default());
    let t = lp.create_task(Seq::new("main", &log, vec![sleep(3.0)]), None);
    let s = lp.snapshot();
    assert_eq!(s.ready, vec!["Task.__step(Task-1)"]);
    assert_eq!(s.tasks[0].state, TaskState::Ready);
    lp.run_once(&mut ()).unwrap();
    let s = lp.snapshot();
    assert_eq!(s.timers_by_when[0].when, 3.0);
    assert!(matches!(s.tasks[0].state, TaskState::Waiting(_)));
    assert_eq!(lp.next_deadline(), Some(3.0));
    lp.run_until_complete(t, &mut ()).unwrap();
    assert_eq!(lp.snapshot().tasks[0].state, TaskState::Done);
}

#[test]
fn external_clock_does_not_jump() {
    let log = new_log();
    let mut lp = Lp::default();
    lp.set_external_clock(true);
    let l = log.clone();
    lp.call_later(1.0, Label::Static("x"), move |_, _| { say(&l, "ran"); Ok(()) });
    lp.set_time(0.5);
    lp.run_once(&mut ()).unwrap();
    assert!(log.borrow().is_empty());
    lp.set_time(1.0);
    lp.run_once(&mut ()).unwrap();
    assert_eq!(*log.borrow(), vec!["ran"]);
}

#[test]
fn bad_ids_and_double_set_are_errors_not_panics() {
    let mut lp = Lp::default();
    let f = lp.create_future();
    lp.set_result(f, V::None).unwrap();
    assert_eq!(lp.set_result(f, V::None).unwrap_err().kind, "InvalidStateError");
    assert!(lp.future_done(looplab::engine::FutureId(99)).is_err());
    // A handle that ran is gone (its slot goes to the next handle): its id
    // names nothing, and cancelling it changes nothing.
    let ran = lp.call_soon(Label::Static("once"), |_, _| Ok(()));
    lp.run_once(&mut ()).unwrap();
    let next = lp.call_soon(Label::Static("next"), |_, _| Ok(()));
    assert!(lp.cancel_handle(ran).is_ok());
    assert_eq!((lp.handle_cancelled(ran).unwrap(), lp.handle_cancelled(next).unwrap()), (false, false));
    let g = lp.create_future();
    assert_eq!(lp.future_result(g).unwrap_err().kind, "InvalidStateError");
}

#[test]
fn many_cancelled_timers_are_compacted() {
    let mut lp = Lp::default();
    let hs: Vec<_> = (0..150).map(|i| lp.call_later(10.0 + i as f64, Label::Static("t"), |_, _| Ok(()))).collect();
    for h in &hs[..100] {
        lp.cancel_handle(*h).unwrap();
    }
    lp.call_soon(Label::Static("noop"), |_, _| Ok(()));
    lp.run_once(&mut ()).unwrap();
    assert_eq!(lp.timer_len(), 50);
}

#[test]
fn reentrant_run_is_an_error() {
    let log = new_log();
    let mut lp = Lp::default();
    let l = log.clone();
    lp.call_soon(Label::Static("reenter()"), move |lp, _| {
        say(&l, lp.run_once(&mut ()).unwrap_err().msg);
        say(&l, lp.run_forever(&mut ()).unwrap_err().msg);
        lp.stop();
        Ok(())
    });
    lp.run_forever(&mut ()).unwrap();
    assert_eq!(*log.borrow(), vec!["This event loop is already running", "This event loop is already running"]);
}

#[test]
fn stop_inside_callback_finishes_the_current_iteration() {
    let log = new_log();
    let mut lp = Lp::default();
    let l = log.clone();
    lp.call_soon(Label::Static("a"), move |lp, _| { say(&l, "a"); lp.stop(); let l2 = l.clone(); lp.call_soon(Label::Static("c"), move |lp, _| { say(&l2, "c"); lp.stop(); Ok(()) }); Ok(()) });
    let l = log.clone();
    lp.call_soon(Label::Static("b"), move |_, _| { say(&l, "b"); Ok(()) });
    lp.run_forever(&mut ()).unwrap();
    assert_eq!(*log.borrow(), vec!["a", "b"]);
    // The next run_forever runs what the stopped iteration scheduled (c stops it again).
    lp.run_forever(&mut ()).expect("the second run_forever runs the callback left by the first");
    assert_eq!(*log.borrow(), vec!["a", "b", "c"]);
}
