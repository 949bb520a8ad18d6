//! `looplab run` on what CPython cannot be compared with: constructs looplab
//! does not support (exit 2, a located diagnostic naming the construct) and
//! programs stopped by a limit.

mod common;

use std::path::Path;

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

/// Every program of tests/unsupported/: the line, the caret's column and
/// width, and the construct the last line names. When looplab comes to support
/// one, move its program to tests/programs/ (the differential test) and drop
/// its row.
const REFUSED: &[(&str, u32, &str, &str)] = &[
    ("class_keywords.py", 1, "            ^^^^^^^^^^^^^^", "class keywords (metaclass=...)"),
    ("complex_literal.py", 1, "        ^^", "complex numbers"),
    ("import_star.py", 1, "                        ^", "'import *'"),
    ("match_complex_pattern.py", 3, "           ^^", "complex numbers"),
];

#[test]
fn every_unsupported_construct_is_refused_with_exit_2_and_a_caret() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/unsupported");
    let mut files: Vec<String> = std::fs::read_dir(&dir)
        .expect("tests/unsupported")
        .filter_map(|e| e.ok().map(|e| e.file_name().to_string_lossy().into_owned()))
        .filter(|n| n.ends_with(".py"))
        .collect();
    files.sort();
    let listed: Vec<String> = REFUSED.iter().map(|r| r.0.to_string()).collect();
    assert_eq!(files, listed, "tests/unsupported/ and REFUSED must name the same programs");
    for &(file, line, caret, construct) in REFUSED {
        let path = format!("tests/unsupported/{file}");
        let source = std::fs::read_to_string(dir.join(file)).expect("program reads");
        let source_line = source.lines().nth(line as usize - 1).expect("the line exists");
        let (status, stdout, stderr) = run(&[&path]);
        assert_eq!((status, stdout.as_str()), (2, ""), "{file}: {stderr}");
        assert_eq!(
            stderr,
            format!(
                "  File \"{path}\", line {line}\n    {}\n{caret}\n\
                 NotImplementedError: looplab does not support {construct} yet\n",
                source_line.trim_start()
            ),
            "{file}"
        );
    }
}

/// `s` (500 bytes) is alive when `t` (2,000) is made: the limit counts both.
#[test]
fn max_memory_bounds_the_values_alive_together() {
    let dir = std::env::temp_dir().join(format!("looplab-runner-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join("grow.py");
    std::fs::write(&path, "s = 'x' * 500\nprint(len(s))\nt = s * 4\nprint(len(t))\n").expect("written");
    let shown = path.to_string_lossy().into_owned();
    for limit in ["1000", "2000"] {
        let (status, stdout, stderr) = run(&["--max-memory", limit, &shown]);
        assert_eq!(status, 1);
        assert_eq!(stdout, "500\n");
        assert!(stderr.ends_with("    t = s * 4\n        ~~^~~\nMemoryError\n"), "{stderr}");
    }
    // The default allows it.
    let (status, stdout, _) = run(&[&shown]);
    assert_eq!((status, stdout.as_str()), (0, "500\n2000\n"));
    let (status, _, stderr) = run(&["--max-memory", "lots", &shown]);
    assert_eq!(status, 2);
    assert!(stderr.starts_with("looplab: --max-memory: 'lots' is not a whole number of bytes\n"), "{stderr}");
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
fn trace_format_jsonl_writes_the_engines_trace_as_json_lines() {
    let file = std::env::temp_dir().join(format!("looplab-trace-{}.jsonl", std::process::id()));
    let file_arg = file.to_string_lossy().into_owned();
    let (status, stdout, _) = run(&["--trace", &file_arg, "--trace-format", "jsonl", "tests/programs/sleep_zero_interleaving.py"]);
    assert_eq!(status, 0);
    assert!(stdout.starts_with("tasks created\n"), "{stdout}");
    let trace = std::fs::read_to_string(&file).unwrap_or_default();
    let _ = std::fs::remove_file(&file);
    let first = trace.lines().next().unwrap_or("");
    assert_eq!(first, "{\"t\":0,\"it\":0,\"kind\":\"task_created\",\"task\":\"Task-1\",\"coro\":\"main()\"}");
    assert!(trace.lines().all(|l| l.starts_with("{\"t\":") && l.ends_with('}')));
}

#[test]
fn a_sleep_past_the_time_limit_stops_at_once_instead_of_spinning() {
    // CPython's selector waits at most 24 h per iteration, so a sleep of
    // 1e300 s (or inf) would take ~1e295 iterations: the limit ends it at the
    // first wake-up past it.
    for (program, printed) in [("tests/limits/sleep_1e300.py", "going to sleep\n"), ("tests/limits/sleep_inf.py", "")] {
        let started = std::time::Instant::now();
        let (status, stdout, stderr) = run(&[program]);
        assert_eq!(status, 1, "{program}");
        assert_eq!(stdout, printed, "{program}");
        assert_eq!(stderr, "looplab: stopped at virtual time 172800.0 (the --max-time limit of 86400 s)\n", "{program}");
        assert!(started.elapsed().as_secs() < 5, "{program} took {:?}", started.elapsed());
    }
    let (status, _, stderr) = run(&["--max-time", "10", "tests/limits/sleep_inf.py"]);
    assert_eq!(status, 1);
    assert_eq!(stderr, "looplab: stopped at virtual time 86400.0 (the --max-time limit of 10 s)\n");
}

#[test]
fn a_list_that_doubles_forever_raises_memory_error_at_once() {
    let started = std::time::Instant::now();
    let (status, _, stderr) = run(&["tests/limits/list_doubling.py"]);
    assert_eq!(status, 1);
    assert!(stderr.ends_with("    x = x + x\n        ~~^~~\nMemoryError\n"), "{stderr}");
    assert!(started.elapsed().as_secs() < 10, "took {:?}", started.elapsed());
}

#[test]
fn an_endless_asyncio_loop_stops_at_the_virtual_time_limit() {
    let (status, _, stderr) = run(&["--max-time", "100", "tests/limits/endless_sleep.py"]);
    assert_eq!(status, 1);
    assert_eq!(stderr, "looplab: stopped at virtual time 101.0 (the --max-time limit of 100 s)\n");
}

/// Subclasses looplab cannot run as CPython does are refused at the class
/// statement, never run with the base's behaviour half there.
#[test]
fn subclassing_a_type_looplab_cannot_extend_is_refused() {
    let dir = std::env::temp_dir().join(format!("looplab-subclass-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let cases = [
        ("class Buffer(bytearray):\n    pass\n", "NotImplementedError: looplab cannot subclass '<class 'bytearray'>' yet\n"),
        ("class Span(range):\n    pass\n", "TypeError: type 'range' is not an acceptable base type\n"),
    ];
    for (i, (source, last_line)) in cases.iter().enumerate() {
        let path = dir.join(format!("refused{i}.py"));
        std::fs::write(&path, source).expect("written");
        let (status, stdout, stderr) = run(&[&path.to_string_lossy()]);
        assert_eq!((status, stdout.as_str()), (1, ""), "{stderr}");
        assert!(stderr.ends_with(last_line), "{stderr}");
    }
}
