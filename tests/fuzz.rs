//! The CI slice of the fuzzing campaign: a few thousand seeded mutations of
//! the corpus through the whole pipeline; none may panic, hang past its
//! limits or print an error that is not Python-shaped. The long campaign is
//! `cargo run --release --example fuzz -- SEED COUNT` (see the README).

#[path = "fuzz/driver.rs"]
mod driver;

#[test]
fn seeded_mutations_never_panic_hang_or_print_garbage() {
    let failures = driver::campaign(2026, 2000, |_, _| {});
    let report: Vec<String> = failures
        .iter()
        .take(5)
        .map(|(input, failure)| format!("{failure:?}\n--- input\n{}", String::from_utf8_lossy(input)))
        .collect();
    assert!(failures.is_empty(), "{} failures; the first:\n{}", failures.len(), report.join("\n\n"));
}

#[test]
fn the_shape_check_tells_python_from_garbage() {
    assert!(driver::python_shaped(""));
    assert!(driver::python_shaped("Traceback (most recent call last):\n  File \"main.py\", line 1, in <module>\nValueError: x\n"));
    assert!(driver::python_shaped("  File \"main.py\", line 1\n    x = (\n        ^\nSyntaxError: '(' was never closed\n"));
    assert!(driver::python_shaped("looplab: stopped after 5 steps (the --max-steps limit) at line 1\n"));
    assert!(driver::python_shaped("MemoryError\n"));
    // asyncio's debug mode logs a slow step on the `asyncio` logger.
    assert!(driver::python_shaped("Executing <Task finished name='Task-1' coro=<main() done, defined at main.py:5> result=None> took 2.000 seconds\n"));
    assert!(driver::python_shaped("  File \"main.py\", line 8, in fetch\n    await asyncio.sleep(delay)\n"));
    assert!(!driver::python_shaped("    await asyncio.sleep(delay)\n"));
    assert!(!driver::python_shaped("thread 'main' panicked at src/x.rs:1:1:\ninvalid radix\n"));
    assert!(!driver::python_shaped("looplab internal error!\n"));
}
