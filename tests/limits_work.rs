//! Limits wherever the work happens: huge integer arithmetic charged in
//! steps, strings that double, and the real-time backstop (--max-seconds).
//! Each must end within seconds, naming the limit, its option and the line.

mod common;

use std::time::Instant;

fn run(args: &[&str]) -> (i32, String, String, f64) {
    let started = Instant::now();
    let mut all = vec!["run"];
    all.extend_from_slice(args);
    let out = common::process::looplab(&all);
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
        started.elapsed().as_secs_f64(),
    )
}

#[test]
fn a_power_of_a_hundred_million_digits_stops_at_the_step_limit_at_once() {
    let (status, stdout, stderr, secs) = run(&["tests/limits/huge_power.py"]);
    assert_eq!((status, stdout.as_str()), (1, "computing\n"));
    assert_eq!(
        stderr,
        "looplab: stopped after 200000000 steps (the --max-steps limit; huge integer arithmetic \
         counts one step per word operation) at line 2\n"
    );
    assert!(secs < 5.0, "took {secs} s");
}

#[test]
fn squaring_forever_meets_a_limit_quickly() {
    let (status, _, stderr, secs) = run(&["--max-steps", "10000000", "tests/limits/squaring_forever.py"]);
    assert_eq!(status, 1);
    assert!(stderr.ends_with("at line 3\n") || stderr.ends_with("MemoryError\n"), "{stderr}");
    assert!(secs < 10.0, "took {secs} s");
}

#[test]
fn a_string_that_doubles_forever_raises_memory_error() {
    let (status, _, stderr, secs) = run(&["tests/limits/string_doubling.py"]);
    assert_eq!(status, 1);
    assert!(stderr.ends_with("    s += s\nMemoryError\n"), "{stderr}");
    assert!(secs < 10.0, "took {secs} s");
}

#[test]
fn max_seconds_stops_an_endless_loop_in_real_time() {
    let (status, _, stderr, secs) = run(&["--max-seconds", "0.5", "tests/limits/endless_loop.py"]);
    assert_eq!(status, 1);
    assert_eq!(stderr, "looplab: stopped after 0.5 seconds of real time (the --max-seconds limit) at line 3\n");
    assert!(secs < 5.0, "took {secs} s");
}

#[test]
fn a_library_loop_over_an_endless_iterator_counts_steps_and_names_the_line() {
    let (status, stdout, stderr, _) = run(&["--max-steps", "100000", "tests/limits/sorted_count.py"]);
    assert_eq!((status, stdout.as_str()), (1, "start\n"));
    assert_eq!(stderr, "looplab: stopped after 100000 steps (the --max-steps limit) at line 4\n");
}

#[test]
fn max_seconds_stops_a_library_loop_too() {
    let (status, _, stderr, secs) = run(&["--max-seconds", "0.5", "tests/limits/sorted_count.py"]);
    assert_eq!(status, 1);
    assert_eq!(stderr, "looplab: stopped after 0.5 seconds of real time (the --max-seconds limit) at line 4\n");
    assert!(secs < 5.0, "took {secs} s");
}
