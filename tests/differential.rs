//! The differential test: every program in `tests/programs/` (top folder
//! only) runs under CPython 3.11 on the virtual clock
//! (`tests/reference/vclock.py`) and under `looplab run`; stdout must be
//! byte-identical, the exit status equal, and stderr identical — every
//! traceback frame with its line, source text and 3.11's `^^^` / `~~^~~`
//! markers, chained tracebacks, the loop's "Exception in callback" blocks —
//! once the program's path, the standard library's folder (`STDLIB/`) and
//! memory addresses (which differ from run to run) are normalised in both.
//!
//! Programs whose stderr is not identical yet are listed, with the reason, in
//! `tests/differential_stderr_allowlist.txt`. The list can only shrink: a
//! listed program whose stderr now matches fails the test until its line is
//! removed, and so does a listed name that is not in the corpus.

mod common;

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Duration;

use common::process;

const ALLOWLIST: &str = "tests/differential_stderr_allowlist.txt";

struct Outcome {
    stdout: String,
    stderr: String,
    status: Option<i32>,
}

fn outcome(out: std::process::Output) -> Outcome {
    Outcome {
        stdout: String::from_utf8_lossy(&out.stdout).into_owned(),
        stderr: String::from_utf8_lossy(&out.stderr).into_owned(),
        status: out.status.code(),
    }
}

fn root() -> &'static Path { Path::new(env!("CARGO_MANIFEST_DIR")) }

fn programs() -> Vec<PathBuf> {
    let mut files: Vec<PathBuf> = std::fs::read_dir(root().join("tests/programs"))
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

/// `name.py: reason` lines; `#` starts a comment line.
fn allowlist() -> BTreeMap<String, String> {
    let text = std::fs::read_to_string(root().join(ALLOWLIST)).unwrap_or_else(|e| panic!("{ALLOWLIST}: {e}"));
    text.lines()
        .map(str::trim)
        .filter(|l| !l.is_empty() && !l.starts_with('#'))
        .map(|l| {
            let (name, reason) = l.split_once(':').unwrap_or_else(|| panic!("{ALLOWLIST}: no `name.py: reason` in {l:?}"));
            assert!(!reason.trim().is_empty(), "{ALLOWLIST}: {name} has no reason");
            (name.trim().to_string(), reason.trim().to_string())
        })
        .collect()
}

/// The program's path (as given, and absolute) becomes `PROGRAM.py`; the
/// standard library's folder in a frame (`File "/usr/lib/python3.11/asyncio/…`,
/// wherever python3 is installed) becomes `STDLIB`; hex addresses
/// (`at 0x7f3a…`) become `0xADDR`.
pub fn normalise(stderr: &str, program: &Path) -> String {
    let relative = program.strip_prefix(root()).unwrap_or(program);
    let text = stderr
        .replace(&program.display().to_string(), "PROGRAM.py")
        .replace(&relative.display().to_string(), "PROGRAM.py");
    let text = stdlib_paths(&text);
    let mut out = String::with_capacity(text.len());
    let mut rest = text.as_str();
    while let Some(i) = rest.find("0x") {
        out.push_str(&rest[..i + 2]);
        let after = &rest[i + 2..];
        let hex = after.len() - after.trim_start_matches(|c: char| c.is_ascii_hexdigit()).len();
        if hex > 0 {
            out.push_str("ADDR");
        }
        rest = &after[hex..];
    }
    out.push_str(rest);
    out
}

/// Every path into CPython's standard library (`/root/.pyenv/…/lib/python3.11/`
/// here, `/usr/lib/python3.11/` where looplab names it) becomes `STDLIB/`.
fn stdlib_paths(text: &str) -> String {
    const STDLIB: &str = "/lib/python3.11/";
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(s) = rest.find(STDLIB) {
        let start = rest[..s].rfind(|c: char| c.is_whitespace() || "\"'([<=".contains(c)).map_or(0, |i| i + 1);
        out.push_str(&rest[..start]);
        out.push_str("STDLIB/");
        rest = &rest[s + STDLIB.len()..];
    }
    out.push_str(rest);
    out
}

enum Verdict {
    Same,
    /// stdout or the exit status differ (never allowed), or a run failed.
    Fails(String),
    /// Only stderr differs.
    StderrDiffers(String),
}

/// How long one corpus program may take on a loaded machine before it counts
/// as hung (the heaviest take about 5 s of CPU in a debug build).
const SLOW_MACHINE_SECONDS: u64 = 300;

fn compare(program: &Path) -> Verdict {
    let relative = program.strip_prefix(root()).unwrap_or(program).to_path_buf();
    let name = relative.display().to_string();
    let expected = match process::try_reference(&relative) {
        Ok(out) => outcome(out),
        Err(e) => return Verdict::Fails(format!("== {name}\n{e}")),
    };
    let mut ours = Command::new(env!("CARGO_BIN_EXE_looplab"));
    // The wall-clock backstop is tested on its own (tests/runner.rs); here a
    // busy machine must not turn a 5-second corpus program into a failure.
    ours.arg("run").arg("--max-seconds").arg(SLOW_MACHINE_SECONDS.to_string()).arg(&relative).current_dir(root());
    let actual = match process::try_output_within(&mut ours, Duration::from_secs(SLOW_MACHINE_SECONDS)) {
        Ok(out) => outcome(out),
        Err(e) => return Verdict::Fails(format!("== {name}\nlooplab run {name}: {e}")),
    };
    let mut problems = Vec::new();
    let (want_out, got_out) = (normalise(&expected.stdout, &relative), normalise(&actual.stdout, &relative));
    if want_out != got_out {
        problems.push(format!("stdout differs\n--- CPython\n{want_out}\n--- looplab\n{got_out}"));
    }
    if expected.status != actual.status {
        problems.push(format!("exit status: CPython {:?}, looplab {:?}", expected.status, actual.status));
    }
    let (want, got) = (normalise(&expected.stderr, &relative), normalise(&actual.stderr, &relative));
    let stderr_diff = (want != got).then(|| format!("stderr differs\n--- CPython\n{want}--- looplab\n{got}"));
    match (problems.is_empty(), stderr_diff) {
        (true, None) => Verdict::Same,
        (true, Some(diff)) => Verdict::StderrDiffers(format!("== {name}\n{diff}")),
        (false, diff) => {
            problems.extend(diff);
            Verdict::Fails(format!("== {name}\n{}", problems.join("\n")))
        }
    }
}

#[test]
fn every_corpus_program_prints_what_cpython_prints() {
    let files = programs();
    assert!(files.len() >= 80, "only {} programs in tests/programs", files.len());
    let allowed = allowlist();
    let workers = 2;
    let chunks: Vec<Vec<PathBuf>> =
        (0..workers).map(|w| files.iter().skip(w).step_by(workers).cloned().collect()).collect();
    let handles: Vec<_> = chunks
        .into_iter()
        .map(|chunk| std::thread::spawn(move || chunk.iter().map(|p| (p.clone(), compare(p))).collect::<Vec<_>>()))
        .collect();
    let mut failures = Vec::new();
    let mut seen = Vec::new();
    for h in handles {
        let results = h.join().unwrap_or_else(|_| panic!("a worker panicked"));
        for (path, verdict) in results {
            let file = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
            let listed = allowed.contains_key(&file);
            seen.push(file.clone());
            match verdict {
                Verdict::Fails(text) => failures.push(text),
                Verdict::StderrDiffers(text) if !listed => {
                    failures.push(format!("{text}\n(not in {ALLOWLIST}: fix it, or list it there with the reason)"))
                }
                Verdict::StderrDiffers(_) => {}
                Verdict::Same if listed => failures.push(format!(
                    "== {file}\nits stderr now matches CPython's: remove its line from {ALLOWLIST}"
                )),
                Verdict::Same => {}
            }
        }
    }
    for name in allowed.keys() {
        if !seen.contains(name) {
            failures.push(format!("== {name}\nlisted in {ALLOWLIST} but not in tests/programs: remove its line"));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} programs fail the differential test:\n\n{}",
        failures.len(),
        files.len(),
        failures.join("\n\n")
    );
}

#[test]
fn normalising_keeps_everything_but_the_path_and_addresses() {
    let program = root().join("tests/programs/x.py");
    let text = format!(
        "  File \"{}\", line 2\n  File \"tests/programs/x.py\", line 3\n<coroutine object f at 0x7f3a9c>\nx = 0x\n  \
         File \"/root/.pyenv/versions/3.11.7/lib/python3.11/asyncio/runners.py\", line 190, in run\n\
         cb=[_run_until_complete_cb() at /usr/lib/python3.11/asyncio/base_events.py:180]>\n",
        program.display()
    );
    assert_eq!(
        normalise(&text, &program),
        "  File \"PROGRAM.py\", line 2\n  File \"PROGRAM.py\", line 3\n<coroutine object f at 0xADDR>\nx = 0x\n  \
         File \"STDLIB/asyncio/runners.py\", line 190, in run\n\
         cb=[_run_until_complete_cb() at STDLIB/asyncio/base_events.py:180]>\n"
    );
}
