//! `looplab` on the command line: the native face of the engine.

use std::process::ExitCode;

use crate::python::session::{RunOptions, Session};
use crate::python::front::source::decode_source;
use crate::python::front::syntax::check_program;

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
      --max-memory BYTES     largest single value (default 268435456)
      --max-seconds SECONDS  stop after SECONDS of real time (default 30)
      --trace FILE           write the engine's trace to FILE as JSON lines
  looplab --help             show this help (also `looplab run --help`, `check --help`)
  looplab --version          show the version

Exit status: 0 when the program is fine; 1 on a syntax error or an uncaught
exception (reported on stderr as CPython reports it) or when a limit stops the
run; 2 on a construct looplab does not support, or on a usage error.
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
        Some(first) if first == "-" || first.ends_with(".py") || first.starts_with("--max-") || first == "--trace" => run(args),
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

fn run(args: &[String]) -> ExitCode {
    let mut options = RunOptions::default();
    let mut path = None;
    let mut trace_file: Option<String> = None;
    let mut i = 0;
    while i < args.len() {
        let arg = args[i].as_str();
        let value = args.get(i + 1);
        match arg {
            "--trace" => {
                let Some(value) = value else {
                    return usage_error("--trace needs a FILE");
                };
                trace_file = Some(value.clone());
                options.trace = true;
                i += 2;
            }
            "--max-steps" | "--max-time" | "--max-memory" | "--max-seconds" => {
                let Some(value) = value else {
                    return usage_error(&format!("{arg} needs a value"));
                };
                let ok = match arg {
                    "--max-steps" => value.parse().map(|v| options.limits.max_steps = v).is_ok(),
                    "--max-time" => value.parse().map(|v| options.limits.max_time = v).is_ok(),
                    "--max-seconds" => value.parse().map(|v| options.limits.max_seconds = v).is_ok(),
                    _ => value.parse().map(|v| options.limits.max_memory = v).is_ok(),
                };
                if !ok {
                    return usage_error(&format!("{arg}: '{value}' is not a number"));
                }
                i += 2;
            }
            _ if is_help(arg) => return help(),
            _ if path.is_none() && (arg == "-" || !arg.starts_with('-')) => {
                path = Some(arg.to_string());
                i += 1;
            }
            _ if path.is_some() && !arg.starts_with('-') => {
                return usage_error(&format!("run takes one PROGRAM.py; '{arg}' is a second one"));
            }
            _ => return usage_error(&format!(
                "run: unknown option '{arg}' (expected --max-steps, --max-time, --max-memory, --max-seconds, --trace or --help)"
            )),
        }
    }
    let Some(path) = path else {
        return usage_error("run takes one PROGRAM.py");
    };
    let source = match read_program(&path) {
        Ok(source) => source,
        Err(code) => return code,
    };
    let path = shown_name(&path);
    // Python calls nest on the Rust stack: give the VM room for CPython's
    // recursion limit of 1000 frames.
    let worker = std::thread::Builder::new()
        .stack_size(512 * 1024 * 1024)
        .spawn(move || run_source(&source, &path, options, trace_file.as_deref()));
    match worker.map(|handle| handle.join()) {
        Ok(Ok(code)) => ExitCode::from(code),
        _ => {
            eprintln!("looplab: internal error");
            ExitCode::from(70)
        }
    }
}

fn run_source(source: &str, path: &str, options: RunOptions, trace_file: Option<&str>) -> u8 {
    use std::io::Write;
    let mut session = match Session::start(source, path, options) {
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
    if let Some(file) = trace_file {
        let text: String = session.trace().iter().map(|e| e.to_json_line() + "\n").collect();
        if let Err(error) = std::fs::write(file, text) {
            let _ = writeln!(err, "looplab: can't write trace file '{file}': {error}");
        }
    }
    session.exit_status() as u8
}
