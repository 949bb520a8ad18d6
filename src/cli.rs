//! `looplab` on the command line: the native face of the engine.

use std::process::ExitCode;

use crate::python::session::{RunOptions, Session};
use crate::python::front::source::decode_source;
use crate::python::front::syntax::check_program;
use crate::view::axis::Moment;
use crate::view::output::{Chunk, Stream};
use crate::view::perfetto::chrome_trace;
use crate::view::story::story;
use crate::view::story_text::{Lang, render};

const USAGE: &str = "\
looplab — the asyncio event loop, on a virtual clock

Usage:
  looplab check PROGRAM.py   parse PROGRAM.py; print what it holds, or its SyntaxError
  looplab run [OPTIONS] PROGRAM.py
                             run PROGRAM.py on the virtual clock, printing what
                             CPython 3.11 prints (PROGRAM.py `-`: read it from stdin)
  looplab [OPTIONS] PROGRAM.py
                             the same as `looplab run`
      --max-steps N          stop after N VM instructions (default 200000000)
      --max-time SECONDS     stop when the virtual clock passes SECONDS (default 86400)
      --max-memory BYTES     bytes all the program's live values may hold
                             together: past it, MemoryError (default 268435456)
      --max-seconds SECONDS  stop after SECONDS of real time (default 30)
      --trace FILE           write the run's trace to FILE as Chrome Trace Event
                             JSON: open it in ui.perfetto.dev or chrome://tracing
      --trace-format FORMAT  chrome (the default) or jsonl: the engine's events,
                             one JSON object per line
      --explain              after the program's output, tell on stderr what the
                             loop did, one line per iteration
      --lang LANG            the language of --explain: en (the default) or zh
  looplab --help             show this help (also `looplab run --help`, `check --help`)
  looplab --version          show the version

Exit status: 0 when the program is fine (N for sys.exit(N)); 1 on a syntax
error or an uncaught exception (reported on stderr as CPython reports it) or
when a limit stops the run; 2 on a construct looplab does not support, on a
usage error, or when PROGRAM.py cannot be read or the trace FILE cannot be
written.
";

/// Runs the command line with `args` (without the program name) and returns
/// the process's exit status.
pub fn main_with_args(args: &[String]) -> ExitCode {
    match args.first().map(String::as_str) {
        None | Some("-h" | "--help" | "help") => {
            print!("{USAGE}");
            ExitCode::SUCCESS
        }
        Some("-V" | "--version") => {
            println!("looplab {}", env!("CARGO_PKG_VERSION"));
            ExitCode::SUCCESS
        }
        Some("check") => match &args[1..] {
            [flag] if is_help(flag) => help(),
            [path] => check(path),
            _ => usage_error("check takes one PROGRAM.py"),
        },
        Some("run") => run(&args[1..]),
        // `looplab PROGRAM.py`, `looplab -`, `looplab --max-time 5 PROGRAM.py`: run it.
        Some(first) if first == "-" || first.ends_with(".py") || first.starts_with("--") => run(args),
        Some(other) => usage_error(&format!("unknown command '{other}' (expected run, check or a PROGRAM.py)")),
    }
}

fn is_help(arg: &str) -> bool {
    matches!(arg, "-h" | "--help")
}

fn help() -> ExitCode {
    print!("{USAGE}");
    ExitCode::SUCCESS
}

fn usage_error(message: &str) -> ExitCode {
    eprintln!("looplab: {message}\n\n{USAGE}");
    ExitCode::from(2)
}

/// The program's text, decoded as CPython decodes a source file (coding
/// cookie, BOM, its SyntaxError for bytes that are not UTF-8); `-` reads it
/// from stdin, as `python3 -` does.
fn read_program(path: &str) -> Result<String, ExitCode> {
    let bytes = if path == "-" {
        let mut bytes = Vec::new();
        std::io::Read::read_to_end(&mut std::io::stdin(), &mut bytes).map(|_| bytes).map_err(|error| {
            eprintln!("looplab: can't read the program from stdin: {error}");
            ExitCode::from(2)
        })?
    } else {
        std::fs::read(path).map_err(|error| {
            eprintln!("looplab: can't open file '{path}': {error}");
            ExitCode::from(2)
        })?
    };
    decode_source(&bytes, &shown_name(path)).map_err(|error| {
        eprint!("{}", error.stderr);
        ExitCode::from(if error.unsupported { 2 } else { 1 })
    })
}

/// The name tracebacks show for `path` (`<stdin>` for `-`, as CPython).
fn shown_name(path: &str) -> String {
    if path == "-" { "<stdin>".to_string() } else { path.to_string() }
}

fn check(path: &str) -> ExitCode {
    let source = match read_program(path) {
        Ok(source) => source,
        Err(code) => return code,
    };
    match check_program(&source) {
        Ok(summary) => {
            println!(
                "{path}: OK — {} statements, {} functions ({} async), {} classes",
                summary.statements, summary.functions, summary.coroutines, summary.classes
            );
            ExitCode::SUCCESS
        }
        Err(diagnostic) => {
            eprint!("{}", diagnostic.render(path, &source));
            ExitCode::from(1)
        }
    }
}

/// The trace file's format.
#[derive(Debug, Clone, Copy, PartialEq)]
enum TraceFormat {
    /// Chrome Trace Event JSON (ui.perfetto.dev, chrome://tracing).
    Chrome,
    /// The engine's events, one JSON object per line.
    Jsonl,
}

/// What `looplab run` was asked to do.
struct RunRequest {
    options: RunOptions,
    path: String,
    trace_file: Option<String>,
    trace_format: Option<TraceFormat>,
    explain: bool,
    lang: Option<Lang>,
}

/// Reads `run`'s arguments; `Err` is the exit status of a usage error or of
/// `--help`.
fn parse_run(args: &[String]) -> Result<RunRequest, ExitCode> {
    let mut request = RunRequest { options: RunOptions::default(), path: String::new(), trace_file: None, trace_format: None, explain: false, lang: None };
    let mut path = None;
    let mut i = 0;
    while i < args.len() {
        let arg = args[i].as_str();
        let value = args.get(i + 1).map(String::as_str);
        if TAKES_VALUE.contains(&arg) {
            let Some(value) = value else {
                return Err(usage_error(&format!("{arg} needs a value ({})", value_hint(arg))));
            };
            set_option(&mut request, arg, value)?;
            i += 2;
            continue;
        }
        match arg {
            "--explain" => request.explain = true,
            _ if is_help(arg) => return Err(help()),
            _ if path.is_none() && (arg == "-" || !arg.starts_with('-')) => path = Some(arg.to_string()),
            _ if path.is_some() && !arg.starts_with('-') => {
                return Err(usage_error(&format!("run takes one PROGRAM.py; '{arg}' is a second one")));
            }
            _ => return Err(usage_error(&format!("run: unknown option '{arg}' (expected {})", OPTION_NAMES))),
        }
        i += 1;
    }
    if request.trace_format.is_some() && request.trace_file.is_none() {
        return Err(usage_error("--trace-format needs --trace FILE"));
    }
    if request.lang.is_some() && !request.explain {
        return Err(usage_error("--lang is the language of --explain; add --explain"));
    }
    request.path = path.ok_or_else(|| usage_error("run takes one PROGRAM.py"))?;
    Ok(request)
}

/// The options of `run` that take a value.
const TAKES_VALUE: &[&str] = &["--max-steps", "--max-time", "--max-memory", "--max-seconds", "--trace", "--trace-format", "--lang"];

/// Every option of `run`, as a usage error lists them.
const OPTION_NAMES: &str = "--max-steps, --max-time, --max-memory, --max-seconds, --trace, --trace-format, --explain, --lang or --help";

fn value_hint(option: &str) -> &'static str {
    match option {
        "--max-steps" => "a whole number of VM instructions",
        "--max-time" => "seconds of virtual time",
        "--max-memory" => "a whole number of bytes",
        "--max-seconds" => "seconds of real time",
        "--trace" => "the FILE to write",
        "--trace-format" => "chrome or jsonl",
        _ => "en or zh",
    }
}

fn set_option(request: &mut RunRequest, option: &str, value: &str) -> Result<(), ExitCode> {
    let limits = &mut request.options.limits;
    let ok = match option {
        "--max-steps" => value.parse().map(|v| limits.max_steps = v).is_ok(),
        "--max-time" => value.parse::<f64>().ok().filter(|v| *v >= 0.0).map(|v| limits.max_time = v).is_some(),
        "--max-memory" => value.parse().map(|v| limits.max_memory = v).is_ok(),
        "--max-seconds" => value.parse::<f64>().ok().filter(|v| *v >= 0.0).map(|v| limits.max_seconds = v).is_some(),
        "--trace" => {
            request.trace_file = Some(value.to_string());
            request.options.trace = true;
            true
        }
        "--trace-format" => {
            request.trace_format = match value {
                "chrome" | "perfetto" => Some(TraceFormat::Chrome),
                "jsonl" => Some(TraceFormat::Jsonl),
                _ => None,
            };
            request.trace_format.is_some()
        }
        _ => {
            request.lang = Lang::from_code(value);
            request.lang.is_some()
        }
    };
    if ok {
        Ok(())
    } else {
        Err(usage_error(&format!("{option}: '{value}' is not {}", value_hint(option))))
    }
}

fn run(args: &[String]) -> ExitCode {
    let mut request = match parse_run(args) {
        Ok(request) => request,
        Err(code) => return code,
    };
    let source = match read_program(&request.path) {
        Ok(source) => source,
        Err(code) => return code,
    };
    request.path = shown_name(&request.path);
    if request.explain {
        // The story reads the trace, and the snapshots say which line each
        // task resumes at (the page's budget: past it, lines are left out).
        request.options.trace = true;
        request.options.record_snapshots = Some(EXPLAIN_SNAPSHOT_BUDGET);
    }
    // Python calls nest on the Rust stack: give the VM room for CPython's
    // recursion limit of 1000 frames.
    let worker = std::thread::Builder::new()
        .stack_size(512 * 1024 * 1024)
        .spawn(move || run_source(&source, request));
    match worker.map(|handle| handle.join()) {
        Ok(Ok(code)) => ExitCode::from(code),
        _ => {
            eprintln!("looplab: internal error");
            ExitCode::from(70)
        }
    }
}

/// Tasks the snapshots behind `--explain` may hold in all.
const EXPLAIN_SNAPSHOT_BUDGET: usize = 300_000;

fn run_source(source: &str, request: RunRequest) -> u8 {
    use std::io::Write;
    let path = request.path.as_str();
    let mut session = match Session::start(source, path, request.options.clone()) {
        Ok(session) => session,
        Err(error) => {
            eprint!("{}", error.diagnostic.render(path, source));
            return error.exit_status() as u8;
        }
    };
    session.run_to_end();
    let stdout = std::io::stdout();
    let stderr = std::io::stderr();
    let mut out = stdout.lock();
    let mut err = stderr.lock();
    for chunk in session.output() {
        let written = if chunk.is_stderr {
            out.flush().and_then(|_| err.write_all(chunk.text.as_bytes()))
        } else {
            out.write_all(chunk.text.as_bytes())
        };
        if written.is_err() {
            break;
        }
    }
    let _ = out.flush();
    let chunks = chunks_of(&session);
    if request.explain {
        let snapshots = session.recorded_snapshots();
        let stories = story(session.trace(), &chunks, snapshots.as_ref());
        let text = render(&stories, request.lang.unwrap_or(Lang::En), session.iterations(), session.time());
        let _ = write!(err, "\n{text}");
    }
    if let Some(file) = &request.trace_file {
        let text = match request.trace_format.unwrap_or(TraceFormat::Chrome) {
            TraceFormat::Chrome => chrome_trace(session.trace(), &chunks, path),
            TraceFormat::Jsonl => session.trace().iter().map(|e| e.to_json_line() + "\n").collect(),
        };
        if let Err(error) = std::fs::write(file, text) {
            let _ = writeln!(err, "looplab: can't write trace file '{file}': {error}");
            return 2;
        }
    }
    session.exit_status() as u8
}

/// What the program wrote, stamped with its moments as the page's recording
/// stamps it.
fn chunks_of(session: &Session) -> Vec<Chunk> {
    session
        .output()
        .iter()
        .map(|c| Chunk {
            at: Moment { iteration: c.iteration as usize, time: c.time },
            stream: if c.is_stderr { Stream::Stderr } else { Stream::Stdout },
            text: c.text.clone(),
        })
        .collect()
}
