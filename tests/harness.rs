//! The test harness itself: child processes time out, the reference refuses
//! anything but CPython 3.11, and a crash of the reference harness is told
//! apart from the program's exception.

mod common;

use std::process::Command;
use std::time::{Duration, Instant};

use common::process;

fn write_program(name: &str, source: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("looplab-harness-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, source).expect("program written");
    path
}

#[test]
fn a_child_that_runs_too_long_is_killed_and_reported() {
    let start = Instant::now();
    let result = process::try_output_within(
        Command::new("python3").arg("-c").arg("import time; time.sleep(30)"),
        Duration::from_millis(500),
    );
    assert!(start.elapsed() < Duration::from_secs(10), "not killed: {:?}", start.elapsed());
    let message = result.expect_err("a timeout is an error");
    assert!(message.contains("timed out"), "{message}");
}

#[test]
#[should_panic(expected = "sleepy.py: timed out")]
fn a_timeout_fails_the_test_naming_the_program() {
    process::output_within(
        Command::new("python3").arg("-c").arg("import time; time.sleep(30)"),
        "sleepy.py",
        Duration::from_millis(300),
    );
}

#[test]
fn the_reference_refuses_a_python_that_is_not_3_11() {
    // The harness run by a python3 that says it is 3.12.
    let fake = concat!(
        "import runpy, sys\n",
        "sys.version_info = (3, 12, 0, 'final', 0)\n",
        "sys.argv = ['vclock.py', 'unused.py']\n",
        "runpy.run_path(sys.argv_harness, run_name='__main__')\n",
    )
    .replace("sys.argv_harness", &format!("{:?}", concat!(env!("CARGO_MANIFEST_DIR"), "/tests/reference/vclock.py")));
    let out = process::output(Command::new("python3").arg("-c").arg(fake), "vclock.py on a fake 3.12");
    let crash = process::harness_crash(&out).expect("a harness crash, not the program's output");
    assert!(crash.contains("the reference must be CPython 3.11, found cpython 3.12.0"), "{crash}");
}

#[test]
fn a_crash_inside_the_harness_is_not_taken_as_the_programs_exception() {
    // The program breaks the harness: the clock it reads is gone.
    let program = write_program(
        "breaks_the_harness.py",
        "import threading, time\nthreading.Thread.start.__globals__['VirtualClock'] = None\ntime.sleep(1)\n",
    );
    let out = process::output(&mut process::reference_command(&program), "breaks_the_harness.py");
    let crash = process::harness_crash(&out).expect("a harness crash");
    assert!(crash.contains("AttributeError"), "{crash}");
    let err = process::try_reference(&program).expect_err("try_reference fails on a harness crash");
    assert!(err.contains("the reference harness crashed on") && err.contains("breaks_the_harness.py"), "{err}");
}

#[test]
fn the_programs_own_exceptions_are_the_programs_even_when_the_harness_raises_them() {
    // A negative sleep: the harness raises ValueError on purpose, as CPython does.
    let program = write_program(
        "negative_sleep.py",
        "import time\ntry:\n    time.sleep(-1)\nexcept ValueError as e:\n    print('caught', e)\ntime.sleep(-1)\n",
    );
    let out = process::reference(&program);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "caught sleep length must be non-negative\n");
    let stderr = String::from_utf8_lossy(&out.stderr);
    // The traceback is CPython's: the program's frame only (time.sleep is C code).
    assert_eq!(
        stderr,
        format!(
            "Traceback (most recent call last):\n  File \"{}\", line 6, in <module>\n    time.sleep(-1)\n\
             ValueError: sleep length must be non-negative\n",
            program.display()
        )
    );
}
