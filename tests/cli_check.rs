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
    for word in ["looplab check PROGRAM.py", "looplab run [OPTIONS] PROGRAM.py", "--max-steps N", "--max-time SECONDS", "--max-memory BYTES", "--trace FILE", "--version", "Exit status"] {
        assert!(help.contains(word), "--help does not name {word:?}:\n{help}");
    }
    // A usage error prints the same help on stderr, exit 2.
    let bad = looplab(&["run", "--bogus", "x.py"]);
    assert_eq!(bad.status.code(), Some(2));
    let stderr = String::from_utf8_lossy(&bad.stderr);
    assert!(stderr.starts_with("looplab: run: unexpected argument '--bogus'\n"), "{stderr}");
    assert!(stderr.contains(help.trim()), "{stderr}");
}
