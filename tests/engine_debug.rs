//! Debug mode: a handle that runs for `slow_callback_duration` or longer is
//! traced (`slow_callback`, with its duration) and handed to the host's hook,
//! as `BaseEventLoop._run_once` times each handle and logs
//! `Executing <Handle …> took 0.500 seconds`.
mod common;

use common::*;
use looplab::engine::{Label, TraceKind};

fn slow_hook(lp: &mut Lp, _cx: &mut (), h: looplab::engine::HandleId, seconds: f64) -> Result<(), Exc> {
    let who = match lp.handle_task(h) {
        Some(t) => format!("task {}", t.0),
        None => format!("handle {}", h.number()),
    };
    lp.write_output(&format!("slow {who} {seconds:.3}\n"));
    Ok(())
}

/// The trace of a debug-mode run, one JSON line per event.
fn traced(lp: &mut Lp) -> Vec<String> {
    lp.take_trace().iter().map(|e| e.to_json_line()).collect()
}

#[test]
fn slow_callbacks_are_traced_with_their_duration() {
    let mut lp = Lp::default();
    lp.set_debug(true);
    lp.set_slow_hook(slow_hook);
    lp.set_tracing(true);
    assert!(lp.get_debug());
    assert_eq!(lp.slow_callback_duration(), 0.1);
    lp.call_soon(Label::Static("quick()"), |lp, _| lp.blocking_sleep(0.05));
    lp.call_soon(Label::Static("slow()"), |lp, _| lp.blocking_sleep(0.5));
    lp.call_later(1.0, Label::Static("edge()"), |lp, _| {
        lp.blocking_sleep(0.1)?;
        lp.stop();
        Ok(())
    });
    lp.run_forever(&mut ()).unwrap();
    assert_eq!(
        traced(&mut lp),
        vec![
            r#"{"t":0,"it":0,"kind":"call_soon","label":"quick()"}"#,
            r#"{"t":0,"it":0,"kind":"call_soon","label":"slow()"}"#,
            r#"{"t":0,"it":0,"kind":"call_later","when":1,"label":"edge()"}"#,
            r#"{"t":0,"it":1,"kind":"iteration","ready":2,"timers":1}"#,
            r#"{"t":0,"it":1,"kind":"handle_start","label":"quick()"}"#,
            r#"{"t":0,"it":1,"kind":"blocked","start":0,"end":0.05}"#,
            r#"{"t":0.05,"it":1,"kind":"handle_end"}"#,
            r#"{"t":0.05,"it":1,"kind":"handle_start","label":"slow()"}"#,
            r#"{"t":0.05,"it":1,"kind":"blocked","start":0.05,"end":0.55}"#,
            r#"{"t":0.55,"it":1,"kind":"handle_end"}"#,
            r#"{"t":0.55,"it":1,"kind":"slow_callback","label":"slow()","seconds":0.5}"#,
            r#"{"t":0.55,"it":1,"kind":"output","text":"slow handle 1 0.500\n"}"#,
            r#"{"t":1,"it":2,"kind":"iteration","ready":0,"timers":1}"#,
            r#"{"t":1,"it":2,"kind":"timer_due","when":1,"label":"edge()"}"#,
            r#"{"t":1,"it":2,"kind":"handle_start","label":"edge()"}"#,
            r#"{"t":1,"it":2,"kind":"blocked","start":1,"end":1.1}"#,
            r#"{"t":1.1,"it":2,"kind":"handle_end"}"#,
            r#"{"t":1.1,"it":2,"kind":"slow_callback","label":"edge()","seconds":0.10000000000000009}"#,
            r#"{"t":1.1,"it":2,"kind":"output","text":"slow handle 2 0.100\n"}"#,
            r#"{"t":1.1,"it":2,"kind":"stopped"}"#,
        ]
    );
}

#[test]
fn a_slow_task_step_names_its_task_and_the_threshold_can_change() {
    let log = new_log();
    let mut lp = Lp::default();
    lp.set_debug(true);
    lp.set_slow_callback_duration(1.0);
    lp.set_slow_hook(slow_hook);
    let blocks = |seconds: f64| Op::Do(Box::new(move |lp: &mut Lp| lp.blocking_sleep(seconds).unwrap()));
    let t = lp.create_task(Seq::new("main", &log, vec![blocks(0.5), sleep(0.0), blocks(2.0)]), None);
    lp.run_until_complete(t, &mut ()).unwrap();
    assert_eq!(lp.take_output(), "slow task 0 2.000\n");
}

#[test]
fn without_debug_mode_nothing_is_timed() {
    let mut lp = Lp::default();
    lp.set_slow_hook(slow_hook);
    lp.set_tracing(true);
    lp.call_soon(Label::Static("slow()"), |lp, _| {
        lp.blocking_sleep(5.0)?;
        lp.stop();
        Ok(())
    });
    lp.run_forever(&mut ()).unwrap();
    assert!(!lp.take_trace().iter().any(|e| matches!(e.kind, TraceKind::SlowCallback { .. })));
    assert_eq!(lp.take_output(), "");
}
