//! `looplab check`, `--help` and `--version` as a person uses them.

mod common;

fn looplab(args: &[&str]) -> std::process::Output { common::process::looplab(args) }

fn write_program(name: &str, source: &str) -> std::path::PathBuf {
    let dir = std::env::temp_dir().join(format!("looplab-cli-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(name);
    std::fs::write(&path, source).expect("program written");
    path
}

#[test]
fn check_accepts_a_program_and_counts_what_it_holds() {
    let path = write_program(
        "ok.py",
        "import asyncio\n\nasync def main():\n    await asyncio.sleep(1)\n\nasyncio.run(main())\n",
    );
    let out = looplab(&["check", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    let stdout = String::from_utf8_lossy(&out.stdout);
    assert!(
        stdout.contains("4 statements, 1 functions (1 async), 0 classes"),
        "{stdout}"
    );
}

#[test]
fn check_prints_cpythons_syntax_error_block_and_exits_1() {
    let path = write_program("bad.py", "async def main():\n    print('hi'\n");
    let shown = path.to_str().unwrap();
    let out = looplab(&["check", shown]);
    assert_eq!(out.status.code(), Some(1));
    assert!(out.stdout.is_empty());
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        format!(
            "  File \"{shown}\", line 2\n    print('hi'\n         ^\nSyntaxError: '(' was never closed\n"
        )
    );
}

#[test]
fn unknown_command_is_a_usage_error() {
    let out = looplab(&["frobnicate"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("unknown command 'frobnicate'"));
}

#[test]
fn version_names_the_package_version() {
    let out = looplab(&["--version"]);
    assert_eq!(
        String::from_utf8_lossy(&out.stdout),
        format!("looplab {}\n", env!("CARGO_PKG_VERSION"))
    );
}

#[test]
fn missing_file_is_reported_not_panicked() {
    let out = looplab(&["check", "/nonexistent/looplab.py"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("can't open file"));
}

#[test]
fn help_names_every_command_and_option_and_exits_0() {
    let out = looplab(&["--help"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(out.stderr.is_empty());
    let help = String::from_utf8_lossy(&out.stdout);
    for word in ["looplab check PROGRAM.py", "looplab run [OPTIONS] PROGRAM.py", "--max-steps N", "--max-time SECONDS", "--max-memory BYTES", "--trace FILE", "--trace-format FORMAT", "--explain", "--lang LANG", "--version", "Exit status"] {
        assert!(help.contains(word), "--help does not name {word:?}:\n{help}");
    }
    // A usage error prints the same help on stderr, exit 2.
    let bad = looplab(&["run", "--bogus", "x.py"]);
    assert_eq!(bad.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&bad.stderr);
    assert!(stderr.starts_with("looplab: run: unknown option '--bogus' (expected"), "{stderr}");
    assert!(stderr.contains(help.trim()), "{stderr}");
}

#[test]
fn run_reads_the_program_from_stdin_and_names_it_stdin() {
    let path = write_program("stdin_program.py", "print('from stdin')\nraise ValueError('x')\n");
    let command = format!("'{}' run - < '{}'", env!("CARGO_BIN_EXE_looplab"), path.display());
    let out = common::process::output(std::process::Command::new("sh").args(["-c", &command]), "looplab run - < file");
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "from stdin\n");
    // As `python3 -`: the file is <stdin>, and its lines are not quoted.
    assert_eq!(
        String::from_utf8_lossy(&out.stderr),
        "Traceback (most recent call last):\n  File \"<stdin>\", line 2, in <module>\nValueError: x\n"
    );
}

#[test]
fn a_program_alone_is_run_as_with_run() {
    let path = write_program("shorthand.py", "print('ran')\n");
    let out = looplab(&["--max-time", "5", path.to_str().unwrap()]);
    assert_eq!(out.status.code(), Some(0));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "ran\n");
}

#[test]
fn every_subcommand_answers_help() {
    for args in [&["run", "--help"][..], &["check", "--help"], &["--help"]] {
        let out = looplab(args);
        assert_eq!(out.status.code(), Some(0), "{args:?}");
        assert!(String::from_utf8_lossy(&out.stdout).contains("looplab run [OPTIONS] PROGRAM.py"), "{args:?}");
    }
}

#[test]
fn an_unknown_run_option_says_what_was_expected() {
    let out = looplab(&["run", "--fast", "x.py"]);
    assert_eq!(out.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert!(stderr.starts_with("looplab: run: unknown option '--fast' (expected --max-steps, --max-time, --max-memory, --max-seconds, --trace, --trace-format, --explain, --lang or --help)\n"), "{stderr}");
}
