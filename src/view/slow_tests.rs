use super::*;
use crate::view::recording::{RecordOptions, Recording};
use crate::view::timeline::Spacing;

fn steps(source: &str) -> Vec<SlowStep> {
    slow_steps(&Recording::run(source, RecordOptions::default()).trace)
}

const BLOCKING: &str = "import asyncio
import time

async def main():
    loop = asyncio.get_running_loop()
    loop.call_later(0.5, print, 'late timer')
    loop.call_later(3.0, print, 'on time')
    await asyncio.sleep(0)
    time.sleep(2)
    await asyncio.sleep(0.05)
    time.sleep(0.05)
    print('done')

asyncio.run(main())
";

#[test]
fn a_blocking_sleep_is_slow_without_debug_mode() {
    let slow = steps(BLOCKING);
    assert_eq!(slow.len(), 1, "{slow:?}");
    let step = &slow[0];
    assert_eq!((step.started, step.ended, step.debug, step.threshold), (0.0, 2.0, false, 0.1));
    assert_eq!(step.label, "Task.__step(Task-1)");
    assert_eq!(step.message(Some("main.py:10")), "Executing <Task pending name='Task-1' coro=<main() running at main.py:10>> took 2.000 seconds");
    assert_eq!(step.late.len(), 1);
    assert_eq!((step.late[0].label.as_str(), step.late[0].when, step.late[0].due_at), ("print('late timer')", 0.5, 2.0));
}

#[test]
fn slow_steps_are_marked_on_the_loop_and_their_task() {
    let recording = Recording::run(BLOCKING, RecordOptions::default());
    let model = TimelineModel::from_trace(&recording.trace, &recording.starts, Spacing::Time);
    let marks = marks(&slow_steps(&recording.trace), &model);
    assert_eq!(marks.len(), 1);
    let task = model.lanes.iter().position(|l| l.name.starts_with("Task-1 ")).unwrap();
    assert_eq!(marks[0].lanes, vec![0, task]);
    let blocked = model.lanes[0].spans.iter().find(|s| s.kind == crate::view::timeline::SpanKind::Blocked).unwrap();
    assert!(marks[0].x0 <= blocked.x0 && marks[0].x1 >= blocked.x1, "{marks:?} {blocked:?}");
}

#[test]
fn debug_mode_moves_the_threshold() {
    let source = "import asyncio
import time

def blocking():
    time.sleep(0.5)

async def job():
    time.sleep(1.5)

async def main():
    loop = asyncio.get_running_loop()
    loop.slow_callback_duration = 1.0
    loop.call_soon(blocking)
    await asyncio.sleep(0)
    await asyncio.create_task(job())
    loop.slow_callback_duration = 0.2
    loop.call_later(0.1, blocking)
    await asyncio.sleep(1)

asyncio.run(main(), debug=True)
";
    let slow = steps(source);
    let seen: Vec<(String, f64, bool)> = slow.iter().map(|s| (s.message(None), s.threshold, s.debug)).collect();
    assert_eq!(
        seen,
        vec![
            ("Executing <Task finished name='Task-2' coro=<job() done> result=None> took 1.500 seconds".to_string(), 1.0, true),
            ("Executing <TimerHandle when=2.1 blocking() at main.py:4> took 0.500 seconds".to_string(), 0.2, true),
        ]
    );
}

#[test]
fn a_slow_callback_says_handle() {
    let source = "import asyncio
import time

def blocking():
    time.sleep(0.1)

async def main():
    asyncio.get_running_loop().call_soon(blocking)
    await asyncio.sleep(0.01)

asyncio.run(main())
";
    let slow = steps(source);
    assert_eq!(slow.iter().map(|s| s.message(None)).collect::<Vec<_>>(), vec!["Executing <Handle blocking() at main.py:4> took 0.100 seconds"]);
}
