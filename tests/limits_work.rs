//! Limits wherever the work happens: huge integer arithmetic charged in
//! steps, strings that double, and the real-time backstop (--max-seconds).
//! Each must end naming the limit that stopped it, its option and the line:
//! the work limits, not the 30 s wall-clock backstop (no test here times a
//! run: the machine may be slow or shared).

mod common;

fn run(args: &[&str]) -> (i32, String, String) {
    let mut all = vec!["run"];
    all.extend_from_slice(args);
    let out = common::process::looplab(&all);
    (
        out.status.code().unwrap_or(-1),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn a_power_of_a_hundred_million_digits_stops_at_the_step_limit_at_once() {
    let (status, stdout, stderr) = run(&["tests/limits/huge_power.py"]);
    assert_eq!((status, stdout.as_str()), (1, "computing\n"));
    assert_eq!(
        stderr,
        "looplab: stopped after 200000000 steps (the --max-steps limit; huge integer arithmetic \
         counts one step per word operation) at line 2\n"
    );
}

#[test]
fn squaring_forever_meets_a_limit_quickly() {
    let (status, _, stderr) = run(&["--max-steps", "10000000", "tests/limits/squaring_forever.py"]);
    assert_eq!(status, 1);
    assert!(stderr.ends_with("at line 3\n") || stderr.ends_with("MemoryError\n"), "{stderr}");
}

#[test]
fn a_string_that_doubles_forever_raises_memory_error() {
    let (status, _, stderr) = run(&["tests/limits/string_doubling.py"]);
    assert_eq!(status, 1);
    assert!(stderr.ends_with("    s += s\nMemoryError\n"), "{stderr}");
}

#[test]
fn max_seconds_stops_an_endless_loop_in_real_time() {
    let (status, _, stderr) = run(&["--max-seconds", "0.5", "tests/limits/endless_loop.py"]);
    assert_eq!(status, 1);
    assert_eq!(stderr, "looplab: stopped after 0.5 seconds of real time (the --max-seconds limit) at line 3\n");
}

#[test]
fn a_library_loop_over_an_endless_iterator_counts_steps_and_names_the_line() {
    let (status, stdout, stderr) = run(&["--max-steps", "100000", "tests/limits/sorted_count.py"]);
    assert_eq!((status, stdout.as_str()), (1, "start\n"));
    assert_eq!(stderr, "looplab: stopped after 100000 steps (the --max-steps limit) at line 4\n");
}

#[test]
fn max_seconds_stops_a_library_loop_too() {
    let (status, _, stderr) = run(&["--max-seconds", "0.5", "tests/limits/sorted_count.py"]);
    assert_eq!(status, 1);
    assert_eq!(stderr, "looplab: stopped after 0.5 seconds of real time (the --max-seconds limit) at line 4\n");
}
