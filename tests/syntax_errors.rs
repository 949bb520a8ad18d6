//! Differential test: every program under tests/syntax_errors/ must get the
//! same SyntaxError from looplab as from CPython 3.11's `compile()`: the same
//! class, message, line and column.

mod common;

use std::path::Path;
use std::process::Command;

use looplab::python::front::syntax::check_program;

const CPYTHON_REPORT: &str = r#"
import sys
src = open(sys.argv[1], encoding="utf-8").read()
try:
    compile(src, "main.py", "exec")
    print("OK")
except SyntaxError as e:
    print(type(e).__name__, e.msg, e.lineno, e.offset, sep="|")
"#;

fn cpython_report(path: &Path) -> String {
    let output = common::process::output(
        Command::new("python3").arg("-c").arg(CPYTHON_REPORT).arg(path),
        &format!("CPython compile() on {}", path.display()),
    );
    assert!(output.status.success(), "{}: {}", path.display(), String::from_utf8_lossy(&output.stderr));
    String::from_utf8_lossy(&output.stdout).trim().to_string()
}

fn looplab_report(path: &Path) -> String {
    let source = std::fs::read_to_string(path).expect("corpus file reads");
    match check_program(&source) {
        Ok(_) => "OK".to_string(),
        Err(d) => format!("{}|{}|{}|{}", d.kind, d.message, d.line, d.column),
    }
}

#[test]
fn syntax_errors_match_cpython() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/syntax_errors");
    let mut paths: Vec<_> = std::fs::read_dir(&dir)
        .expect("corpus folder exists")
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|ext| ext == "py"))
        .collect();
    paths.sort();
    assert!(
        paths.len() >= 15,
        "the corpus holds {} programs",
        paths.len()
    );
    let mismatches: Vec<String> = paths
        .iter()
        .filter_map(|path| {
            let expected = cpython_report(path);
            let actual = looplab_report(path);
            assert_ne!(expected, "OK", "{} must be a syntax error", path.display());
            (expected != actual).then(|| {
                format!(
                    "{}\n  cpython: {expected}\n  looplab: {actual}",
                    path.display()
                )
            })
        })
        .collect();
    assert!(
        mismatches.is_empty(),
        "mismatches:\n{}",
        mismatches.join("\n")
    );
}
