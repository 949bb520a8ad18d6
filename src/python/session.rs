//! The driver-facing API: start a program, run it, read what it printed.
//! The CLI (`looplab run`) and the browser page both drive a [`Session`].

use std::rc::Rc;

use super::code::Code;
use super::compile::compile_module;
use super::diagnostic::SourceDiagnostic;
use super::errors::render_traceback;
use super::limits::Limits;
use super::syntax::parse_program;
use super::vm::{OutputChunk, Vm};

/// Options for a run.
#[derive(Debug, Clone, Default)]
pub struct RunOptions {
    /// Limits on steps, virtual time, memory and recursion depth.
    pub limits: Limits,
    /// Record the engine's trace of every event loop the program runs.
    pub trace: bool,
}

/// Why a program could not start.
#[derive(Debug, Clone)]
pub struct StartError {
    /// The located problem (render it with the program's filename and source).
    pub diagnostic: SourceDiagnostic,
    /// True when the program uses a construct looplab does not support
    /// (exit status 2); false for a SyntaxError (exit status 1).
    pub unsupported: bool,
}

impl StartError {
    /// The exit status the runner contract gives this error.
    pub fn exit_status(&self) -> i32 {
        if self.unsupported { 2 } else { 1 }
    }
}

/// One program run.
///
/// Invariant: once `finished` is true, `exit_status` is set and no more code runs.
#[derive(Debug)]
pub struct Session {
    filename: String,
    source: String,
    module: Option<Rc<Code>>,
    vm: Vm,
    finished: bool,
    exit_status: i32,
}

impl Session {
    /// Parses and compiles `source`; the program has not run yet.
    pub fn start(source: &str, filename: &str, options: RunOptions) -> Result<Session, StartError> {
        let parsed = parse_program(source).map_err(|diagnostic| StartError { diagnostic, unsupported: false })?;
        let module = compile_module(source, parsed.syntax())
            .map_err(|e| StartError { diagnostic: e.diagnostic, unsupported: e.unsupported })?;
        Ok(Session {
            filename: filename.to_string(),
            source: source.to_string(),
            module: Some(module),
            vm: {
                let mut vm = Vm::new(options.limits);
                vm.tracing = options.trace;
                vm
            },
            finished: false,
            exit_status: 0,
        })
    }

    /// Runs one step of the program: the module body to its end. Returns
    /// whether the program has finished.
    pub fn run_once(&mut self) -> bool {
        let Some(module) = self.module.take() else {
            self.finished = true;
            return true;
        };
        let result = self.vm.run_module(module);
        if let Err(e) = result {
            match self.vm.stopped.clone() {
                Some(stop) => {
                    self.vm.write(&format!("{}\n", stop.message), true);
                    self.exit_status = 1;
                }
                None if e.kind == "SystemExit" => {
                    self.exit_status = match e.args.first() {
                        None | Some(super::value::Value::None) => 0,
                        Some(super::value::Value::Int(i)) => *i as i32,
                        Some(other) => {
                            self.vm.write(&format!("{}\n", other.to_str()), true);
                            1
                        }
                    };
                }
                None => {
                    let text = render_traceback(&e, &self.filename, &self.source);
                    self.vm.write(&text, true);
                    self.exit_status = 1;
                }
            }
        }
        self.finished = true;
        true
    }

    /// Runs the program to its end (or until a limit stops it).
    pub fn run_to_end(&mut self) {
        while !self.run_once() {}
    }

    /// Whether the program has finished.
    pub fn is_finished(&self) -> bool {
        self.finished
    }

    /// The exit status: 0 finished, 1 an exception escaped or a limit stopped it.
    pub fn exit_status(&self) -> i32 {
        self.exit_status
    }

    /// Everything printed so far, in order, with the virtual time of each chunk.
    pub fn output(&self) -> &[OutputChunk] {
        &self.vm.output
    }

    /// Everything written to stdout so far, as one string.
    pub fn stdout_text(&self) -> String {
        self.vm.output.iter().filter(|c| !c.is_stderr).map(|c| c.text.as_str()).collect()
    }

    /// Everything written to stderr so far (tracebacks, limit messages).
    pub fn stderr_text(&self) -> String {
        self.vm.output.iter().filter(|c| c.is_stderr).map(|c| c.text.as_str()).collect()
    }

    /// The virtual clock now, in seconds.
    pub fn time(&self) -> f64 {
        self.vm.clock
    }

    /// The engine's trace of the loops that have run (with `RunOptions::trace`).
    pub fn trace(&self) -> &[crate::engine::TraceEvent] {
        &self.vm.trace
    }

    /// The virtual time of the next scheduled timer, if any.
    pub fn next_deadline(&self) -> Option<f64> {
        None
    }

    /// VM instructions executed so far.
    pub fn steps(&self) -> u64 {
        self.vm.steps()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn run(source: &str) -> Session {
        match Session::start(source, "main.py", RunOptions::default()) {
            Ok(mut session) => {
                session.run_to_end();
                session
            }
            Err(e) => panic!("did not start: {:?}", e.diagnostic),
        }
    }

    #[test]
    fn output_chunks_carry_the_virtual_time_they_were_printed_at() {
        let session = run("import time\nprint('a')\ntime.sleep(1.5)\nprint('b')\n");
        let chunks: Vec<(&str, f64)> = session.output().iter().map(|c| (c.text.as_str(), c.time)).collect();
        assert_eq!(chunks, vec![("a\n", 0.0), ("b\n", 1.5)]);
        assert!(session.is_finished());
        assert_eq!(session.exit_status(), 0);
    }

    #[test]
    fn an_uncaught_exception_ends_with_status_1_and_a_traceback_on_stderr() {
        let session = run("def f():\n    return 1 / 0\nf()\n");
        assert_eq!(session.exit_status(), 1);
        assert_eq!(
            session.stderr_text(),
            "Traceback (most recent call last):\n  File \"main.py\", line 3, in <module>\n    f()\n  \
             File \"main.py\", line 2, in f\n    return 1 / 0\nZeroDivisionError: division by zero\n"
        );
    }

    #[test]
    fn unsupported_constructs_are_refused_before_running_with_status_2() {
        let error = Session::start("print(1)\nmatch 1:\n    case 1:\n        pass\n", "main.py", RunOptions::default())
            .err()
            .map(|e| (e.exit_status(), e.diagnostic.message));
        assert_eq!(error, Some((2, "looplab does not support 'match' statements yet".to_string())));
    }

    #[test]
    fn the_step_limit_stops_an_endless_loop_with_a_message() {
        let mut options = RunOptions::default();
        options.limits.max_steps = 1000;
        let mut session = match Session::start("while True:\n    pass\n", "main.py", options) {
            Ok(s) => s,
            Err(e) => panic!("{:?}", e.diagnostic),
        };
        session.run_to_end();
        assert_eq!(session.exit_status(), 1);
        let message = session.stderr_text();
        assert!(
            message == "looplab: stopped after 1000 steps (the --max-steps limit) at line 1\n"
                || message == "looplab: stopped after 1000 steps (the --max-steps limit) at line 2\n",
            "{message}"
        );
    }
}
