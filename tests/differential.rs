//! The differential test: every program in `tests/programs/` (top folder
//! only) runs under CPython 3.11 on the virtual clock
//! (`tests/reference/vclock.py`) and under `looplab run`; stdout must be
//! byte-identical, the exit status equal, and the last stderr line equal.

use std::path::{Path, PathBuf};
use std::process::Command;

struct Outcome {
    stdout: String,
    stderr_last: String,
    status: Option<i32>,
}

fn outcome(mut command: Command) -> Outcome {
    match command.output() {
        Ok(out) => {
            let stderr = String::from_utf8_lossy(&out.stderr);
            Outcome {
                stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
                stderr_last: stderr.lines().last().unwrap_or("").to_string(),
                status: out.status.code(),
            }
        }
        Err(e) => Outcome { stdout: String::new(), stderr_last: format!("could not run: {e}"), status: None },
    }
}

fn programs() -> Vec<PathBuf> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|entries| {
            entries
                .filter_map(|e| e.ok().map(|e| e.path()))
                .filter(|p| p.extension().is_some_and(|x| x == "py"))
                .collect()
        })
        .unwrap_or_default();
    files.sort();
    files
}

fn compare(program: &Path) -> Option<String> {
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    let mut reference = Command::new("python3");
    reference.arg(root.join("tests/reference/vclock.py")).arg(program).current_dir(root);
    let mut ours = Command::new(env!("CARGO_BIN_EXE_looplab"));
    ours.arg("run").arg(program).current_dir(root);
    let expected = outcome(reference);
    let actual = outcome(ours);
    let name = program.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let mut problems = Vec::new();
    if expected.stdout != actual.stdout {
        problems.push(format!(
            "stdout differs\n--- CPython\n{}\n--- looplab\n{}",
            expected.stdout, actual.stdout
        ));
    }
    if expected.status != actual.status {
        problems.push(format!("exit status: CPython {:?}, looplab {:?}", expected.status, actual.status));
    }
    if expected.stderr_last != actual.stderr_last {
        problems.push(format!(
            "last stderr line: CPython {:?}, looplab {:?}",
            expected.stderr_last, actual.stderr_last
        ));
    }
    if problems.is_empty() { None } else { Some(format!("== {name}\n{}", problems.join("\n"))) }
}

#[test]
fn every_corpus_program_prints_what_cpython_prints() {
    let files = programs();
    assert!(!files.is_empty(), "no programs in tests/programs");
    let workers = 2;
    let chunks: Vec<Vec<PathBuf>> = (0..workers)
        .map(|w| files.iter().skip(w).step_by(workers).cloned().collect())
        .collect();
    let handles: Vec<_> = chunks
        .into_iter()
        .map(|chunk| std::thread::spawn(move || chunk.iter().filter_map(|p| compare(p)).collect::<Vec<_>>()))
        .collect();
    let mut failures = Vec::new();
    for h in handles {
        failures.extend(h.join().unwrap_or_else(|_| vec!["a worker panicked".to_string()]));
    }
    assert!(
        failures.is_empty(),
        "{} of {} programs differ from CPython:\n\n{}",
        failures.len(),
        files.len(),
        failures.join("\n\n")
    );
}
