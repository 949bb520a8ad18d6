//! `looplab run` on what CPython cannot be compared with: constructs looplab
//! does not support (exit 2, a located diagnostic naming the construct) and
//! programs stopped by a limit.

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
fn match_statement_is_reported_as_unsupported_with_exit_2() {
    let (status, stdout, stderr) = run(&["tests/unsupported/match_statement.py"]);
    assert_eq!(status, 2);
    assert_eq!(stdout, "");
    assert_eq!(
        stderr,
        "  File \"tests/unsupported/match_statement.py\", line 2\n    match x:\n    ^^^^^^^^\n\
         NotImplementedError: looplab does not support 'match' statements yet\n"
    );
}

#[test]
fn async_with_of_two_managers_and_decorators_are_named_in_the_diagnostic() {
    let (status, _, stderr) = run(&["tests/unsupported/async_with_two_managers.py"]);
    assert_eq!(status, 2);
    assert!(stderr.ends_with("looplab does not support 'async with' statements yet\n"), "{stderr}");
    let (status, _, stderr) = run(&["tests/unsupported/decorator.py"]);
    assert_eq!(status, 2);
    assert!(stderr.contains("line 4\n    @deco\n"), "{stderr}");
}

#[test]
fn endless_loop_stops_at_the_step_limit_naming_the_line() {
    let (status, _, stderr) = run(&["--max-steps", "100000", "tests/limits/endless_loop.py"]);
    assert_eq!(status, 1);
    assert_eq!(stderr, "looplab: stopped after 100000 steps (the --max-steps limit) at line 3\n");
}

#[test]
fn huge_string_raises_memory_error_that_the_program_can_catch() {
    let (status, stdout, _) = run(&["tests/limits/memory_error.py"]);
    assert_eq!(status, 0);
    assert_eq!(stdout, "MemoryError caught\nafter\n");
}

#[test]
fn trace_option_writes_the_engines_trace_as_json_lines() {
    let file = std::env::temp_dir().join(format!("looplab-trace-{}.jsonl", std::process::id()));
    let file_arg = file.to_string_lossy().into_owned();
    let (status, stdout, _) = run(&["--trace", &file_arg, "tests/programs/sleep_zero_interleaving.py"]);
    assert_eq!(status, 0);
    assert!(stdout.starts_with("tasks created\n"), "{stdout}");
    let trace = std::fs::read_to_string(&file).unwrap_or_default();
    let _ = std::fs::remove_file(&file);
    let first = trace.lines().next().unwrap_or("");
    assert_eq!(first, "{\"t\":0,\"it\":0,\"kind\":\"task_created\",\"task\":\"Task-1\",\"coro\":\"main()\"}");
    assert!(trace.lines().all(|l| l.starts_with("{\"t\":") && l.ends_with('}')));
}

#[test]
fn an_endless_asyncio_loop_stops_at_the_virtual_time_limit() {
    let (status, _, stderr) = run(&["--max-time", "100", "tests/limits/endless_sleep.py"]);
    assert_eq!(status, 1);
    assert_eq!(stderr, "looplab: stopped at virtual time 101.0 (the --max-time limit of 100 s)\n");
}
