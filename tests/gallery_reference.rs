//! Every gallery program is a real CPython program on the virtual clock: it
//! runs under the reference harness, exits 0, writes nothing to stderr and
//! prints what its comments promise.

mod common;

use looplab::gallery::EXAMPLES;

fn reference_run(source: &str, id: &str) -> (Option<i32>, String, String) {
    let dir = std::env::temp_dir().join(format!("looplab-gallery-{}", std::process::id()));
    std::fs::create_dir_all(&dir).expect("temp dir");
    let path = dir.join(format!("{id}.py"));
    std::fs::write(&path, source).expect("program written");
    // Under the timeout; a harness crash fails the test naming the example.
    let out = common::process::reference(&path);
    (
        out.status.code(),
        String::from_utf8_lossy(&out.stdout).into_owned(),
        String::from_utf8_lossy(&out.stderr).into_owned(),
    )
}

#[test]
fn every_gallery_program_runs_cleanly_under_cpython() {
    let failures: Vec<String> = EXAMPLES
        .iter()
        .filter_map(|example| {
            let (code, stdout, stderr) = reference_run(example.source, example.id);
            (code != Some(0) || !stderr.is_empty() || stdout.is_empty())
                .then(|| format!("{}: exit {code:?}\n{stderr}", example.id))
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}

#[test]
fn the_countdown_shows_the_interleaving_the_tutorial_prints() {
    let example = looplab::gallery::default_example();
    let (_, stdout, _) = reference_run(example.source, example.id);
    let counts: Vec<&str> = stdout.lines().filter(|l| l.contains(" = ")).collect();
    assert_eq!(
        counts,
        [
            "0.5000 \t\t\tC = 3",
            "0.8000 \t\tB = 3",
            "1.0000 \tA = 3",
            "1.0000 \t\t\tC = 2",
            "1.5000 \t\t\tC = 1",
            "1.6000 \t\tB = 2",
            "2.0000 \tA = 2",
            "2.4000 \t\tB = 1",
            "3.0000 \tA = 1",
        ]
    );
}

/// Memory addresses in reprs (`<coroutine object f at 0x7f…>`) differ per run.
fn without_addresses(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(i) = rest.find(" at 0x") {
        out.push_str(&rest[..i + 4]);
        rest = rest[i + 4..].trim_start_matches(|c: char| c == 'x' || c == '0' || c.is_ascii_hexdigit());
        out.push_str("ADDRESS");
    }
    out.push_str(rest);
    out
}

#[test]
fn every_gallery_program_prints_on_the_page_what_cpython_prints() {
    use looplab::python::session::{RunOptions, Session};
    let failures: Vec<String> = EXAMPLES
        .iter()
        .filter_map(|example| {
            let (_, expected, _) = reference_run(example.source, example.id);
            // The wall-clock backstop is tested on its own: a loaded machine
            // must not stop the heaviest example (seconds of CPU in debug).
            let mut options = RunOptions::default();
            options.limits.max_seconds = 300.0;
            let mut session = match Session::start(example.source, "main.py", options) {
                Ok(s) => s,
                Err(e) => return Some(format!("{}: did not start: {}", example.id, e.diagnostic.message)),
            };
            session.run_to_end();
            let actual = session.stdout_text();
            (without_addresses(&actual) != without_addresses(&expected))
                .then(|| format!("== {}\n--- CPython\n{expected}--- looplab\n{actual}{}", example.id, session.stderr_text()))
        })
        .collect();
    assert!(failures.is_empty(), "{}", failures.join("\n"));
}
