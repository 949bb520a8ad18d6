//! `looplab` on the command line: the native face of the engine.

use std::process::ExitCode;

use crate::python::syntax::check_program;

const USAGE: &str = "\
looplab — the asyncio event loop, on a virtual clock

Usage:
  looplab check PROGRAM.py   parse PROGRAM.py; print what it holds, or its SyntaxError
  looplab --help             show this help
  looplab --version          show the version

Exit status: 0 when the program is fine; 1 on a syntax error (reported on
stderr as CPython reports it); 2 on a usage error.
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
            [path] => check(path),
            _ => usage_error("check takes one PROGRAM.py"),
        },
        Some(other) => usage_error(&format!("unknown command '{other}'")),
    }
}

fn usage_error(message: &str) -> ExitCode {
    eprintln!("looplab: {message}\n\n{USAGE}");
    ExitCode::from(2)
}

fn read_program(path: &str) -> Result<String, ExitCode> {
    std::fs::read_to_string(path).map_err(|error| {
        eprintln!("looplab: can't open file '{path}': {error}");
        ExitCode::from(2)
    })
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
