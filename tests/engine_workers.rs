//! Simulated worker threads: jobs interleave by virtual time; results reach the loop
//! via call_soon_threadsafe at their finish time; a blocking sleep on the loop thread
//! lets due worker steps run at their own times.
mod common;

use common::*;
use looplab::engine::{run::run, sleep::AwaitFuture, Job, JobStep, Label};

struct Sleepy {
    name: &'static str,
    d: f64,
    log: Log,
    stage: u8,
}

impl Job<T> for Sleepy {
    fn resume(&mut self, lp: &mut Lp) -> JobStep<T> {
        self.stage += 1;
        match self.stage {
            1 => {
                say(&self.log, format!("{} start {:?}", self.name, lp.time()));
                JobStep::Block(self.d)
            }
            _ => {
                say(&self.log, format!("{} end {:?}", self.name, lp.time()));
                JobStep::Done(V::Str(self.name.into()))
            }
        }
    }
    fn describe(&self) -> String {
        format!("blocking('{}')", self.name)
    }
}

#[test]
fn jobs_beyond_max_workers_queue_fifo_and_interleave_by_time() {
    let log = new_log();
    let mut lp = Lp::default();
    let l = log.clone();
    let main = Seq::new("main", &log, vec![Op::Sub(
        Box::new(move |lp: &mut Lp| {
            let ex = lp.new_executor(Some(2)).unwrap();
            let fs = [("a", 2.0), ("b", 1.0), ("c", 1.0)]
                .into_iter()
                .map(|(n, d)| lp.run_in_executor(Some(ex), Box::new(Sleepy { name: n, d, log: l.clone(), stage: 0 })).unwrap())
                .collect();
            Box::new(AwaitFuture::new(lp.gather(fs, false).unwrap()))
        }),
        Some("results".into()),
    ), Op::LogT("at".into())]);
    run(&mut lp, main, &mut ()).unwrap();
    assert_eq!(*log.borrow(), vec![
        "a start 0.0", "b start 0.0", "b end 1.0", "c start 1.0", "a end 2.0", "c end 2.0",
        "results ['a', 'b', 'c']", "at 2.0",
    ]);
}

#[test]
fn blocking_sleep_on_loop_thread_lets_worker_steps_run_at_their_own_times() {
    let log = new_log();
    let mut lp = Lp::default();
    lp.set_tracing(true);
    let f = lp.run_in_executor(None, Box::new(Sleepy { name: "w", d: 1.5, log: log.clone(), stage: 0 })).unwrap();
    let l = log.clone();
    lp.call_soon(Label::Static("blocker()"), move |lp, _| {
        say(&l, format!("block from {:?}", lp.time()));
        lp.blocking_sleep(3.0)?;
        say(&l, format!("block until {:?}", lp.time()));
        Ok(())
    });
    lp.run_until_complete(f, &mut ()).unwrap();
    assert_eq!(*log.borrow(), vec!["w start 0.0", "block from 0.0", "w end 1.5", "block until 3.0"]);
    assert_eq!(lp.time(), 3.0);
    assert!(lp.take_trace().iter().any(|e| e.to_json_line().contains("\"kind\":\"blocked\",\"start\":0,\"end\":3")));
}

#[test]
fn default_executor_has_six_workers_with_cpu_count_two() {
    let log = new_log();
    let mut lp = Lp::default();
    let fs: Vec<_> = (0..7).map(|_| lp.run_in_executor(None, Box::new(Sleepy { name: "j", d: 1.0, log: log.clone(), stage: 0 })).unwrap()).collect();
    let g = lp.gather(fs, false).unwrap();
    lp.run_until_complete(g, &mut ()).unwrap();
    assert_eq!(lp.time(), 2.0);
}
