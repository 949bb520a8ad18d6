//! The inspector's "waiting on" names a future for what made it (`sleep(0.8)
//! until 0.800`, `gather(Task-2, Task-3)`, `wait([...], FIRST_COMPLETED)`,
//! `Lock.acquire()`, `Event.wait()`, `Queue.get()`), not `fut-4`: read off
//! every recorded snapshot of a program that waits on each of them.

use std::collections::BTreeSet;

use looplab::engine::TaskState;
use looplab::view::recording::{RecordOptions, Recording};

const PROGRAM: &str = r#"import asyncio

async def worker(delay, lock, event, queue):
    await asyncio.sleep(delay)
    async with lock:
        await event.wait()
    await queue.get()

async def main():
    lock, event, queue = asyncio.Lock(), asyncio.Event(), asyncio.Queue()
    a = asyncio.create_task(worker(0.8, lock, event, queue))
    b = asyncio.create_task(worker(0.8, lock, event, queue))
    await asyncio.sleep(0.1)
    done, pending = await asyncio.wait([a, b], timeout=1.5, return_when=asyncio.FIRST_COMPLETED)
    for task in pending:
        task.cancel()
    await asyncio.gather(*pending, return_exceptions=True)

asyncio.run(main())
"#;

/// Every "waiting on" of every task at every moment of the run.
fn waits(source: &str) -> BTreeSet<String> {
    let options = RecordOptions { record_snapshots: Some(100_000), ..RecordOptions::default() };
    let recording = Recording::run(source, options);
    (0..=recording.iterations)
        .filter_map(|p| recording.snapshot_at(p))
        .flat_map(|s| s.tasks.iter().map(|t| t.state.clone()).collect::<Vec<_>>())
        .filter_map(|state| match state {
            TaskState::Waiting(on) => Some(on),
            _ => None,
        })
        .collect()
}

#[test]
fn futures_are_named_for_what_made_them() {
    let waits = waits(PROGRAM);
    for expected in [
        "sleep(0.1) until 0.100",
        "sleep(0.8) until 0.800",
        "wait([Task-2, Task-3], FIRST_COMPLETED)",
        "Lock.acquire()",
        "Event.wait()",
        "gather(Task-2, Task-3)",
    ] {
        assert!(waits.contains(expected), "{expected:?} not in {waits:?}");
    }
    assert!(!waits.iter().any(|w| w.starts_with("fut-")), "{waits:?}");
}

#[test]
fn queue_get_and_a_long_gather_are_named_briefly() {
    let source = "import asyncio\n\nasync def get(q):\n    await q.get()\n\nasync def main():\n    q = asyncio.Queue()\n    tasks = [asyncio.create_task(get(q)) for _ in range(5)]\n    await asyncio.sleep(0)\n    for _ in range(5):\n        q.put_nowait(1)\n    await asyncio.gather(*tasks)\n\nasyncio.run(main())\n";
    let waits = waits(source);
    assert!(waits.contains("Queue.get()"), "{waits:?}");
    assert!(waits.contains("gather(Task-2, Task-3, Task-4, … +2)"), "{waits:?}");
}

#[test]
fn executor_jobs_and_task_groups_are_named() {
    let source = "import asyncio\nimport time\n\ndef crunch():\n    time.sleep(0.5)\n    return 1\n\nasync def nap():\n    await asyncio.sleep(0.2)\n\nasync def main():\n    loop = asyncio.get_running_loop()\n    await loop.run_in_executor(None, crunch)\n    await asyncio.to_thread(crunch)\n    async with asyncio.TaskGroup() as tg:\n        tg.create_task(nap())\n\nasyncio.run(main())\n";
    let waits = waits(source);
    assert!(waits.contains("run_in_executor(crunch())"), "{waits:?}");
    assert!(waits.contains("TaskGroup"), "{waits:?}");
    assert!(!waits.iter().any(|w| w.starts_with("fut-")), "{waits:?}");
}
