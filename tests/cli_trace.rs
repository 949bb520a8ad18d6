//! `looplab run --trace FILE` as a user runs it: Chrome Trace Event JSON that
//! ui.perfetto.dev and chrome://tracing open (checked for the structure those
//! viewers need and for the events of real programs), and `--trace-format
//! jsonl` for the engine's own lines.

mod common;

use std::collections::{BTreeMap, HashMap};

use common::json::{Json, parse};

/// Runs `looplab run --trace FILE ARGS…` and returns (status, stdout, the file).
fn traced(args: &[&str]) -> (i32, String, String) {
    // Tests run in parallel and may trace the same program: one file each.
    static NEXT: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);
    let n = NEXT.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
    let file = std::env::temp_dir().join(format!("looplab-cli-trace-{}-{n}.json", std::process::id()));
    let file_arg = file.to_string_lossy().into_owned();
    let mut all = vec!["run", "--trace", &file_arg];
    all.extend_from_slice(args);
    let out = common::process::looplab(&all);
    let text = std::fs::read_to_string(&file).unwrap_or_default();
    let _ = std::fs::remove_file(&file);
    (out.status.code().unwrap_or(-1), String::from_utf8_lossy(&out.stdout).into_owned(), text)
}

/// One event, with the fields every check needs.
#[derive(Debug, Clone)]
struct Ev {
    name: String,
    cat: String,
    ph: String,
    tid: i64,
    ts: f64,
    dur: f64,
    id: Option<i64>,
    text: Option<String>,
}

/// Checks what a trace viewer needs and returns the events and the track names.
fn check_structure(text: &str) -> (Vec<Ev>, BTreeMap<i64, String>) {
    let root = parse(text).unwrap_or_else(|e| panic!("not JSON: {e}\n{text}"));
    assert_eq!(root.get("displayTimeUnit").and_then(Json::as_str), Some("ms"));
    let events = root.get("traceEvents").and_then(Json::as_array).expect("a traceEvents array");
    let mut names = BTreeMap::new();
    let mut out = Vec::new();
    for e in events {
        let field = |k: &str| e.get(k).unwrap_or_else(|| panic!("{k} missing in {e:?}"));
        let ph = field("ph").as_str().expect("ph is a string").to_string();
        assert_eq!(field("pid").as_f64(), Some(1.0), "{e:?}");
        let tid = field("tid").as_f64().expect("tid is a number") as i64;
        let name = field("name").as_str().expect("name is a string").to_string();
        if ph == "M" {
            if name == "thread_name" {
                let track = e.get("args").and_then(|a| a.get("name")).and_then(Json::as_str).expect("a thread name");
                assert!(names.insert(tid, track.to_string()).is_none(), "track {tid} named twice");
            }
            continue;
        }
        assert!(["X", "i", "s", "f"].contains(&ph.as_str()), "unexpected ph {ph}");
        let ts = field("ts").as_f64().expect("ts is a number");
        assert!(ts >= 0.0, "{e:?}");
        let dur = if ph == "X" { field("dur").as_f64().expect("dur") } else { 0.0 };
        assert!(dur >= 0.0, "{e:?}");
        if ph == "i" {
            assert_eq!(field("s").as_str(), Some("t"), "{e:?}");
        }
        if ph == "f" {
            assert_eq!(field("bp").as_str(), Some("e"), "{e:?}");
        }
        let id = e.get("id").and_then(Json::as_f64).map(|v| v as i64);
        assert_eq!(id.is_some(), ph == "s" || ph == "f", "{e:?}");
        let cat = field("cat").as_str().expect("cat").to_string();
        let text = e.get("args").and_then(|a| a.get("text")).and_then(Json::as_str).map(str::to_string);
        out.push(Ev { name, cat, ph, tid, ts, dur, id, text });
    }
    for e in &out {
        assert!(names.contains_key(&e.tid), "track {} has no name: {e:?}", e.tid);
    }
    check_nesting(&out);
    check_flows(&out);
    (out, names)
}

/// The slices of each track nest: none overlaps another without one holding
/// the other.
fn check_nesting(events: &[Ev]) {
    let mut tracks: HashMap<i64, Vec<&Ev>> = HashMap::new();
    for e in events.iter().filter(|e| e.ph == "X") {
        tracks.entry(e.tid).or_default().push(e);
    }
    for (tid, mut slices) in tracks {
        slices.sort_by(|a, b| a.ts.total_cmp(&b.ts).then(b.dur.total_cmp(&a.dur)));
        let mut open: Vec<f64> = Vec::new();
        for s in slices {
            while open.last().is_some_and(|&end| end <= s.ts) {
                open.pop();
            }
            if let Some(&end) = open.last() {
                assert!(s.ts + s.dur <= end + 1e-6, "slice {s:?} on track {tid} overlaps its parent ending at {end}");
            }
            open.push(s.ts + s.dur);
        }
    }
}

/// Every flow has one start and one end, later or at the same time, each
/// inside a slice of its track (where the viewers attach the arrow).
fn check_flows(events: &[Ev]) {
    let mut flows: HashMap<i64, Vec<&Ev>> = HashMap::new();
    for e in events.iter().filter(|e| e.id.is_some()) {
        flows.entry(e.id.unwrap_or(0)).or_default().push(e);
    }
    for (id, ends) in flows {
        let phases: Vec<&str> = ends.iter().map(|e| e.ph.as_str()).collect();
        assert_eq!(phases, ["s", "f"], "flow {id}");
        assert!(ends[1].ts >= ends[0].ts, "flow {id} goes back in time");
        for end in ends {
            let inside = events.iter().any(|s| s.ph == "X" && s.tid == end.tid && s.ts <= end.ts && end.ts <= s.ts + s.dur);
            assert!(inside, "flow {id} end {end:?} is in no slice");
        }
    }
}

#[test]
fn the_smallest_program_exports_exactly_these_events() {
    let (status, stdout, text) = traced(&["tests/cli/tiny_sleep.py"]);
    assert_eq!((status, stdout.as_str()), (0, "hi\nbye\n"));
    check_structure(&text);
    let expected = std::fs::read_to_string("tests/cli/tiny_sleep.trace.json").expect("the expected trace");
    assert_eq!(text, expected, "to accept a deliberate change: looplab run --trace tests/cli/tiny_sleep.trace.json tests/cli/tiny_sleep.py");
}

#[test]
fn the_countdown_seed_has_a_track_per_task_and_its_prints_on_them() {
    let (status, _, text) = traced(&["tests/programs/seed003_async_count_down.py"]);
    assert_eq!(status, 0);
    let (events, names) = check_structure(&text);
    let tracks: Vec<&str> = names.values().map(String::as_str).collect();
    assert_eq!(
        tracks,
        ["event loop", "Task-1 main()", "Task-2 count_down()", "Task-3 count_down()", "Task-4 count_down()", "Task-5 shutdown_asyncgens()", "Task-6 shutdown_default_executor()"]
    );
    let track_of = |name: &str| *names.iter().find(|(_, n)| n.as_str() == name).map(|(tid, _)| tid).expect("track");
    let count = |cat: &str, ph: &str| events.iter().filter(|e| e.cat == cat && e.ph == ph).count();
    assert_eq!(count("loop", "X"), 27, "one slice per iteration");
    assert_eq!(count("timer", "i"), 9, "three count-downs sleep three times each");
    assert_eq!(count("print", "i"), 20, "every printed line");
    // C = 3 is printed by Task-4 when it wakes at 0.5 s.
    let c3 = events.iter().find(|e| e.name == "0.5000 \t\t\tC = 3").expect("the C = 3 line");
    assert_eq!((c3.tid, c3.cat.as_str(), c3.text.as_deref()), (track_of("Task-4 count_down()"), "print", Some("0.5000 \t\t\tC = 3")));
    assert!((500_000.0..500_010.0).contains(&c3.ts), "{c3:?}");
    let done = events.iter().find(|e| e.name == "Done").expect("Done");
    assert_eq!(done.tid, track_of("Task-1 main()"));
    // Task-4 is ready from its creation to its first step, then waits on its
    // sleep's future until 0.5 s.
    let task4 = track_of("Task-4 count_down()");
    let waits: Vec<&Ev> = events.iter().filter(|e| e.tid == task4 && (e.cat == "waiting" || e.cat == "ready")).collect();
    assert_eq!((waits[0].name.as_str(), waits[0].cat.as_str()), ("ready", "ready"));
    let first_wait = waits[1];
    assert!(first_wait.name.starts_with("waiting on fut-"), "{first_wait:?}");
    assert!(first_wait.ts < 10.0 && (first_wait.ts + first_wait.dur - 500_000.0).abs() < 10.0, "{first_wait:?}");
    // Its wake-up is scheduled at 0.5 s: ready from there to its step.
    assert_eq!((waits[2].name.as_str(), waits[2].cat.as_str(), waits[2].ts, waits[2].dur), ("ready", "ready", 500_000.0, 1.0));
    let runs = events.iter().filter(|e| e.tid == task4 && e.cat == "running").count();
    assert_eq!(runs, 4, "Task-4 steps once to start and once per wake-up");
    // Every sleep's timer is an arrow from where it was scheduled to where it ran.
    assert_eq!(events.iter().filter(|e| e.ph == "s" && e.cat == "call_later").count(), 9);
}

#[test]
fn blocking_sleeps_workers_call_soon_and_errors_are_on_the_trace() {
    let (status, stdout, text) = traced(&["tests/cli/executor_blocking.py"]);
    assert_eq!((status, stdout.as_str()), (1, "soon\nlater\n1\n"));
    let (events, names) = check_structure(&text);
    let worker = *names.iter().find(|(_, n)| n.as_str() == "asyncio_0").map(|(tid, _)| tid).expect("a worker track");
    let job = events.iter().find(|e| e.tid == worker && e.ph == "X").expect("its job");
    assert_eq!(job.name, "block()");
    assert!((job.dur - 1_000_000.0).abs() < 10.0, "the job sleeps 1 s: {job:?}");
    let blocked = events.iter().find(|e| e.cat == "blocked").expect("the blocking time.sleep");
    assert_eq!((blocked.tid, blocked.ts, blocked.dur), (1, 0.0, 100_000.0));
    for (cat, label) in [("call_soon", "print('soon')"), ("call_later", "print('later')")] {
        let ends: Vec<&str> = events.iter().filter(|e| e.name == label && e.cat == cat && e.id.is_some()).map(|e| e.ph.as_str()).collect();
        assert_eq!(ends, ["s", "f"], "{label}");
    }
    let error = events.iter().find(|e| e.cat == "stderr").expect("the traceback");
    assert_eq!(error.name, "ValueError: boom");
    assert!(error.text.as_deref().is_some_and(|t| t.starts_with("Traceback (most recent call last):\n")));
    let failed = events.iter().find(|e| e.cat == "task" && e.name.starts_with("failed")).expect("main() failed");
    assert_eq!(failed.name, "failed ValueError('boom')");
}

#[test]
fn trace_format_jsonl_keeps_the_engines_lines() {
    let (status, _, text) = traced(&["--trace-format", "jsonl", "tests/cli/tiny_sleep.py"]);
    assert_eq!(status, 0);
    let lines: Vec<&str> = text.lines().collect();
    assert_eq!(lines.first(), Some(&"{\"t\":0,\"it\":0,\"kind\":\"task_created\",\"task\":\"Task-1\",\"coro\":\"main()\"}"));
    assert_eq!(lines.last(), Some(&"{\"t\":0.5,\"it\":8,\"kind\":\"closed\"}"));
    for line in lines {
        assert!(matches!(parse(line), Ok(Json::Object(_))), "{line}");
    }
}

#[test]
fn trace_format_chrome_is_the_default_spelled_out() {
    let (_, _, default) = traced(&["tests/cli/tiny_sleep.py"]);
    let (_, _, chrome) = traced(&["--trace-format", "chrome", "tests/cli/tiny_sleep.py"]);
    assert_eq!(default, chrome);
}

#[test]
fn a_trace_file_that_cannot_be_written_is_exit_2_after_the_output() {
    let out = common::process::looplab(&["run", "--trace", "/nonexistent-dir/trace.json", "tests/cli/tiny_sleep.py"]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(String::from_utf8_lossy(&out.stdout), "hi\nbye\n");
    assert!(String::from_utf8_lossy(&out.stderr).starts_with("looplab: can't write trace file '/nonexistent-dir/trace.json': "));
}
