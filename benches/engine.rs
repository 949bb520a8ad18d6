//! `cargo bench --bench engine`: engine throughput vs CPython 3.11 asyncio.
use std::cell::Cell;
use std::rc::Rc;
use std::time::Instant;

use looplab::engine::{Coroutine, EventLoop, FutureId, Host, Label, Runtime, Sleep, Step};

struct B;
impl Host for B {
    type Value = ();
    type Exception = String;
    type Cx = ();
    fn none() {}
    fn bool_value(_: bool) {}
    fn list(_: Vec<()>) {}
    fn tuple(_: Vec<()>) {}
    fn future_value(_: &EventLoop<B>, _: FutureId) {}
    fn future_set(_: &EventLoop<B>, _: Vec<FutureId>) {}
    fn exception_value(_: &String) {}
    fn cancelled_error(m: Option<String>) -> String { format!("CancelledError({m:?})") }
    fn is_cancelled_error(e: &String) -> bool { e.starts_with("CancelledError") }
    fn timeout_error() -> String { "TimeoutError".into() }
    fn invalid_state_error(m: &str) -> String { m.into() }
    fn runtime_error(m: &str) -> String { m.into() }
    fn value_error(m: &str) -> String { m.into() }
    fn queue_empty() -> String { "QueueEmpty".into() }
    fn queue_full() -> String { "QueueFull".into() }
    fn describe_value(_: &()) -> String { "None".into() }
    fn describe_exception(e: &String) -> String { e.clone() }
}

fn chain(lp: &mut EventLoop<B>, left: Rc<Cell<u64>>) -> Result<(), String> {
    let n = left.get();
    if n == 0 {
        lp.stop();
        return Ok(());
    }
    left.set(n - 1);
    lp.call_soon(Label::Static("chain"), move |lp, _| chain(lp, left));
    Ok(())
}

fn bench_callbacks(n: u64) -> f64 {
    let mut lp = EventLoop::<B>::new(Runtime::default());
    let left = Rc::new(Cell::new(n));
    lp.call_soon(Label::Static("chain"), move |lp, _| chain(lp, left));
    let t = Instant::now();
    lp.run_forever(&mut ()).unwrap();
    n as f64 / t.elapsed().as_secs_f64()
}

fn bench_timers(n: u64) -> f64 {
    let mut lp = EventLoop::<B>::new(Runtime::default());
    let t = Instant::now();
    let done = Rc::new(Cell::new(0u64));
    for i in 0..n {
        let d = done.clone();
        lp.call_later(((i * 7919) % 1000) as f64 / 1000.0, Label::Static("t"), move |lp, _| {
            d.set(d.get() + 1);
            if d.get() == n {
                lp.stop();
            }
            Ok(())
        });
    }
    lp.run_forever(&mut ()).unwrap();
    n as f64 / t.elapsed().as_secs_f64()
}

struct Worker {
    sub: Option<Sleep<B>>,
}
impl Coroutine<B> for Worker {
    fn send(&mut self, v: (), lp: &mut EventLoop<B>, cx: &mut ()) -> Step<B> {
        match self.sub.as_mut() {
            Some(s) => s.send(v, lp, cx),
            None => Step::Return(()),
        }
    }
    fn throw(&mut self, e: String, _lp: &mut EventLoop<B>, _cx: &mut ()) -> Step<B> {
        Step::Raise(e)
    }
    fn describe(&self) -> String {
        "w()".into()
    }
}

fn bench_tasks(n: u64) -> f64 {
    let mut lp = EventLoop::<B>::new(Runtime::default());
    let t = Instant::now();
    let ts: Vec<FutureId> = (0..n).map(|_| lp.create_task(Box::new(Worker { sub: Some(Sleep::new(0.0, ())) }), None)).collect();
    let g = lp.gather(ts, false).unwrap();
    lp.run_until_complete(g, &mut ()).unwrap();
    n as f64 / t.elapsed().as_secs_f64()
}

const PY_CALLBACKS: &str = r#"
import asyncio, time
N = int(__import__('sys').argv[1])
loop = asyncio.new_event_loop()
left = [N]
def chain():
    if left[0] == 0:
        loop.stop(); return
    left[0] -= 1
    loop.call_soon(chain)
loop.call_soon(chain)
t = time.perf_counter(); loop.run_forever(); print(N / (time.perf_counter() - t))
"#;
const PY_TIMERS: &str = r#"
import asyncio, time
N = int(__import__('sys').argv[1])
loop = asyncio.new_event_loop()
done = [0]
def cb():
    done[0] += 1
    if done[0] == N: loop.stop()
t = time.perf_counter()
for i in range(N): loop.call_later(((i * 7919) % 1000) / 1000.0, cb)
loop.run_forever(); print(N / (time.perf_counter() - t))
"#;
const PY_TASKS: &str = r#"
import asyncio, time
N = int(__import__('sys').argv[1])
async def w(): await asyncio.sleep(0)
async def main():
    t = time.perf_counter()
    await asyncio.gather(*[asyncio.create_task(w()) for _ in range(N)])
    return N / (time.perf_counter() - t)
print(asyncio.run(main()))
"#;

fn python(prog: &str, n: u64) -> Option<f64> {
    let out = std::process::Command::new("python3").arg("-c").arg(prog).arg(n.to_string()).output().ok()?;
    String::from_utf8_lossy(&out.stdout).trim().parse().ok()
}

/// A benchmark: its name, its size, the engine side, the CPython program.
type Row = (&'static str, u64, fn(u64) -> f64, &'static str);

fn main() {
    let rows: [Row; 3] = [
        ("callbacks/s (call_soon chain)", 1_000_000, bench_callbacks, PY_CALLBACKS),
        ("timers/s (call_later)", 200_000, bench_timers, PY_TIMERS),
        ("tasks/s (create_task+sleep(0)+gather)", 100_000, bench_tasks, PY_TASKS),
    ];
    println!("{:<40} {:>14} {:>14} {:>8}", "benchmark", "engine", "CPython", "ratio");
    for (name, n, f, py) in rows {
        let e = (0..3).map(|_| f(n)).fold(0.0, f64::max);
        let p = (0..3).filter_map(|_| python(py, n)).fold(0.0, f64::max);
        let ratio = if p > 0.0 { format!("{:.1}x", e / p) } else { "n/a".into() };
        println!("{:<40} {:>14.0} {:>14.0} {:>8}", name, e, p, ratio);
    }
}
