//! Every exit status `looplab --help` and the README promise, from the binary
//! as a user runs it.

mod common;

fn status_of(name: &str, source: &str, extra: &[&str]) -> (i32, String) {
    let dir = std::env::temp_dir().join(format!("looplab-exit-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, source).expect("program written");
    let shown = path.to_string_lossy().into_owned();
    let mut args = vec!["run"];
    args.extend_from_slice(extra);
    args.push(&shown);
    let out = common::process::looplab(&args);
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stderr).into_owned())
}

#[test]
fn a_fine_program_exits_0() {
    assert_eq!(status_of("fine.py", "import asyncio\nasyncio.run(asyncio.sleep(1))\n", &[]), (0, String::new()));
}

#[test]
fn sys_exit_n_exits_n_as_cpython() {
    assert_eq!(status_of("exit3.py", "import sys\nsys.exit(3)\n", &[]).0, 3);
    assert_eq!(status_of("exit_text.py", "import sys\nsys.exit('bye')\n", &[]), (1, "bye\n".to_string()));
}

#[test]
fn a_syntax_error_an_uncaught_exception_and_a_limit_exit_1() {
    let (status, stderr) = status_of("syntax.py", "def f(:\n", &[]);
    assert_eq!(status, 1);
    assert!(stderr.contains("SyntaxError"), "{stderr}");
    let (status, stderr) = status_of("raise.py", "raise KeyError('k')\n", &[]);
    assert_eq!(status, 1);
    assert!(stderr.ends_with("KeyError: 'k'\n"), "{stderr}");
    let (status, stderr) = status_of("spin.py", "while True:\n    pass\n", &["--max-steps", "1000"]);
    assert_eq!(status, 1);
    assert!(!stderr.is_empty());
    let (status, stderr) = status_of("late.py", "import asyncio\nasyncio.run(asyncio.sleep(10))\n", &["--max-time", "5"]);
    assert_eq!(status, 1);
    assert!(stderr.starts_with("looplab: stopped at virtual time 10"), "{stderr}");
}

#[test]
fn an_unsupported_construct_an_unreadable_program_and_a_usage_error_exit_2() {
    assert_eq!(status_of("complex.py", "x = 1j\n", &[]).0, 2);
    let out = common::process::looplab(&["run", "/nonexistent/program.py"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).starts_with("looplab: can't open file '/nonexistent/program.py': "));
    assert_eq!(common::process::looplab(&["run"]).status.code(), Some(2));
    assert_eq!(common::process::looplab(&["frobnicate"]).status.code(), Some(2));
}
