//! `--max-memory` counts the bytes of all live values (the binary's counting
//! allocator), not only the largest one: programs that keep many medium
//! values raise CPython's bare `MemoryError` at the line that allocates,
//! catchable by `except MemoryError`; one that swallows it and goes on
//! allocating stops with looplab's limit message. Most run with a 16 MiB
//! limit so that the debug build gets there quickly; the append loop also
//! runs at the default 256 MiB.

mod common;

use std::time::{Duration, Instant};

fn run(args: &[&str]) -> (i32, String, String) {
    let mut all = vec!["run"];
    all.extend_from_slice(args);
    let started = Instant::now();
    let out = common::process::looplab(&all);
    // Generous (the machine is shared): a run that thrashes or hangs instead
    // of meeting the limit takes far longer.
    assert!(started.elapsed() < Duration::from_secs(20), "{args:?} took {:?}", started.elapsed());
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

const SMALL: &str = "16777216";

fn traceback_ends(program: &str, stderr: &str, tail: &str) {
    assert!(stderr.starts_with("Traceback (most recent call last):\n"), "{program}: {stderr}");
    assert!(stderr.ends_with(tail), "{program}: {stderr}");
}

#[test]
fn an_append_loop_of_small_strings_raises_memory_error_at_the_append() {
    let program = "tests/limits/memory_append_loop.py";
    let tail = "  File \"tests/limits/memory_append_loop.py\", line 4, in <module>\n    \
                lines.append(\"x\" * 1000)\n                 ~~~~^~~~~~\nMemoryError\n";
    for limit in [&["--max-memory", SMALL][..], &[]] {
        let args: Vec<&str> = limit.iter().copied().chain([program]).collect();
        let (status, stdout, stderr) = run(&args);
        assert_eq!((status, stdout.as_str()), (1, ""), "{args:?}");
        traceback_ends(program, &stderr, tail);
    }
}

#[test]
fn a_dict_comprehension_of_lists_raises_memory_error_inside_it() {
    let program = "tests/limits/memory_dict_comprehension.py";
    let (status, stdout, stderr) = run(&["--max-memory", SMALL, program]);
    assert_eq!((status, stdout.as_str()), (1, ""));
    traceback_ends(
        program,
        &stderr,
        ", line 2, in <dictcomp>\n    cache = {i: [i] * 100 for i in range(10**8)}\n                ~~~~^~~~~\nMemoryError\n",
    );
}

#[test]
fn a_deque_that_never_drains_raises_memory_error_in_its_loop() {
    let program = "tests/limits/memory_deque.py";
    let (status, stdout, stderr) = run(&["--max-memory", SMALL, program]);
    assert_eq!((status, stdout.as_str()), (1, ""));
    // The loop's lines: the check comes every 1,024 instructions.
    assert!(stderr.ends_with("MemoryError\n"), "{stderr}");
    assert!((6..=8).any(|line| stderr.contains(&format!("\", line {line}, in <module>\n"))), "{stderr}");
}

#[test]
fn a_million_tasks_each_holding_a_list_raise_memory_error_in_main() {
    let program = "tests/limits/memory_tasks.py";
    let (status, stdout, stderr) = run(&["--max-memory", SMALL, program]);
    assert_eq!((status, stdout.as_str()), (1, ""));
    // One traceback: asyncio.run cancels the tasks left without a second
    // MemoryError, and none of them reports anything.
    assert_eq!(stderr.matches("Traceback").count(), 1, "{stderr}");
    traceback_ends(
        program,
        &stderr,
        ", line 11, in <listcomp>\n    tasks = [asyncio.create_task(handle([i] * 10)) for i in range(10**6)]\n                                        ~~~~^~~~\nMemoryError\n",
    );
}

#[test]
fn a_chain_of_generators_raises_memory_error() {
    let program = "tests/limits/memory_generator_chain.py";
    let (status, stdout, stderr) = run(&["--max-memory", SMALL, program]);
    assert_eq!((status, stdout.as_str()), (1, ""));
    assert!(stderr.ends_with("\", line 11, in <module>\n    numbers = (x + 1 for x in numbers)\nMemoryError\n"), "{stderr}");
}

#[test]
fn a_caught_memory_error_frees_its_list_and_the_program_goes_on() {
    let (status, stdout, stderr) = run(&["--max-memory", SMALL, "tests/limits/memory_caught.py"]);
    assert_eq!((status, stderr.as_str()), (0, ""));
    assert_eq!(stdout, "MemoryError: MemoryError() after more than 1000 lines: True\n1000 lines\nMemoryError again\n");
}

#[test]
fn a_program_that_swallows_memory_error_stops_at_the_limit_naming_it() {
    let (status, stdout, stderr) = run(&["--max-memory", SMALL, "tests/limits/memory_swallowed.py"]);
    assert_eq!((status, stdout.as_str()), (1, ""));
    assert_eq!(
        stderr,
        "looplab: stopped at 33554432 bytes of memory, twice the --max-memory limit (the program went on \
         allocating after MemoryError) at line 5\n"
    );
}

#[test]
fn a_replace_that_would_make_a_gigabyte_raises_memory_error_before_it() {
    let (status, stdout, stderr) = run(&["tests/limits/memory_replace.py"]);
    assert_eq!((status, stderr.as_str()), (0, ""));
    assert_eq!(stdout, "too big to replace\nabababxx -x-\n");
}
