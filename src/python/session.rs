//! The driver-facing API: start a program, run it, read what it printed.
//! The CLI (`looplab run`) and the browser page both drive a [`Session`].

use std::rc::Rc;

use super::front::compile::compile_module;
use super::front::diagnostic::SourceDiagnostic;
use super::front::syntax::parse_program;
use super::limits::Limits;
use super::aio::asyncio;
use super::aio::library::LIBRARY;
use super::object::code::Code;
use super::object::errors::render_traceback;
use super::vm::machine::{Interp, OutputChunk, Vm};

/// The text tracebacks quote lines from: none for a program read from
/// stdin, whose lines CPython cannot read back either.
fn shown_source<'s>(filename: &str, source: &'s str) -> &'s str {
    if filename == "<stdin>" { "" } else { source }
}

/// Options for a run.
#[derive(Debug, Clone, Default)]
pub struct RunOptions {
    /// Limits on steps, virtual time, memory and recursion depth.
    pub limits: Limits,
    /// Record the engine's trace of every event loop the program runs.
    pub trace: bool,
    /// Halt once the program has completed this many loop iterations (counted
    /// across all its loops) and keep the loop's snapshot ([`Session::snapshot`]).
    pub snapshot_at: Option<u64>,
    /// Real time: the clock value at which each successive wait of the program
    /// ended. The run halts at the first wait past the list
    /// ([`Session::halt`] says until when it waits). `None`: virtual time.
    pub wakeups: Option<Vec<f64>>,
    /// Stop (exit status 1, with a message) after this many loop iterations.
    pub max_iterations: Option<u64>,
    /// Record the loop's snapshot at every moment, while they hold at most
    /// this many tasks in all ([`Session::recorded_snapshots`]).
    pub record_snapshots: Option<usize>,
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
    vm: Interp,
    /// The run's one clock, task counter and driver, shared by the
    /// interpreter and every loop.
    runtime: crate::engine::Runtime,
    finished: bool,
    exit_status: i32,
    error_line: Option<u32>,
}

impl Session {
    /// Parses and compiles `source`; the program has not run yet.
    pub fn start(source: &str, filename: &str, options: RunOptions) -> Result<Session, StartError> {
        let parsed = parse_program(source).map_err(|diagnostic| StartError { diagnostic, unsupported: false })?;
        let module = compile_module(source, parsed.syntax())
            .map_err(|e| StartError { diagnostic: e.diagnostic, unsupported: e.unsupported })?;
        let runtime = crate::engine::Runtime::default();
        {
            let mut driver = runtime.driver.borrow_mut();
            driver.snapshot_at = options.snapshot_at;
            driver.wakeups = options.wakeups.map(Into::into);
            driver.iteration_limit = options.max_iterations;
            driver.record_budget = options.record_snapshots;
            driver.time_limit = Some(options.limits.max_time);
        }
        let mut vm = Interp::new(options.limits, &LIBRARY, Rc::new(runtime.clone()));
        vm.program = (Rc::from(filename), Rc::from(shown_source(filename, source)));
        let aio = asyncio::state(&mut vm);
        aio.runtime = runtime.clone();
        aio.tracing = options.trace;
        Ok(Session {
            filename: filename.to_string(),
            source: source.to_string(),
            module: Some(module),
            vm,
            runtime,
            finished: false,
            exit_status: 0,
            error_line: None,
        })
    }

    /// Runs one step of the program: the module body to its end. Returns
    /// whether the program has finished.
    pub fn run_once(&mut self) -> bool {
        let Some(module) = self.module.take() else {
            self.finished = true;
            return true;
        };
        let result = Vm::new(&mut self.vm, None).run_module(module);
        if let Err(e) = result {
            if let Some(halt) = self.halt() {
                match halt {
                    crate::engine::Halt::IterationLimit(limit) => {
                        self.vm.write(&format!("looplab: stopped after {limit} loop iterations (the page's limit)\n"), true);
                        self.exit_status = 1;
                    }
                    crate::engine::Halt::TimeLimit(at) => {
                        let message = format!(
                            "looplab: stopped at virtual time {} (the --max-time limit of {} s)\n",
                            super::object::float_repr::float_repr(at),
                            self.vm.limits.max_time
                        );
                        self.vm.write(&message, true);
                        self.exit_status = 1;
                    }
                    _ => {}
                }
                self.finished = true;
                return true;
            }
            match self.vm.stopped.clone() {
                Some(stop) => {
                    self.vm.write(&format!("{}\n", stop.message), true);
                    self.exit_status = 1;
                }
                None if e.kind == "SystemExit" => {
                    let first = e.args.borrow().first().cloned();
                    self.exit_status = match first.as_ref() {
                        None | Some(super::object::value::Value::None) => 0,
                        Some(super::object::value::Value::Int(i)) => *i as i32,
                        Some(other) => {
                            self.vm.write(&format!("{}\n", other.to_str()), true);
                            1
                        }
                    };
                }
                None => {
                    // The innermost frame of the program's own (not asyncio's).
                    self.error_line = e.traceback.borrow().iter().find(|entry| entry.library.is_none()).map(|entry| entry.line);
                    super::vm::instances::settle_messages(&mut Vm::new(&mut self.vm, None), &e);
                    let text = render_traceback(&e, &self.filename, shown_source(&self.filename, &self.source));
                    self.vm.write(&text, true);
                    self.exit_status = 1;
                }
            }
        }
        if self.vm.stopped.is_none() {
            let lib = self.vm.lib;
            lib.at_exit(&mut Vm::new(&mut self.vm, None));
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
        self.vm.now()
    }

    /// The engine's trace of the loops that have run (with `RunOptions::trace`).
    pub fn trace(&self) -> &[crate::engine::TraceEvent] {
        self.vm.ext.get::<asyncio::AioState>().map_or(&[], |aio| &aio.trace)
    }

    /// The line an uncaught exception was raised at (the traceback's last entry).
    pub fn error_line(&self) -> Option<u32> {
        self.error_line
    }

    /// Why the run halted before the program's end (a snapshot was taken, or in
    /// real time the next wait has not happened yet), if it did.
    pub fn halt(&self) -> Option<crate::engine::Halt> {
        self.runtime.driver.borrow().halt.clone()
    }

    /// Real time: the clock time the halted run waits for (set a timer for it,
    /// then re-run with one more wake-up).
    pub fn next_deadline(&self) -> Option<f64> {
        match self.halt() {
            Some(crate::engine::Halt::WaitingUntil(t)) => Some(t),
            _ => None,
        }
    }

    /// The loop's state at `RunOptions::snapshot_at` (or, for a moment at or past
    /// the end, when the last loop closed). `None` if no loop reached it.
    pub fn snapshot(&self) -> Option<crate::engine::LoopState> {
        self.runtime.driver.borrow().snapshot.clone()
    }

    /// The snapshot of every moment, if they were recorded and stayed within
    /// their budget.
    pub fn recorded_snapshots(&self) -> Option<std::collections::BTreeMap<u64, std::rc::Rc<crate::engine::LoopState>>> {
        let driver = self.runtime.driver.borrow();
        driver.record_budget.map(|_| driver.recorded.clone())
    }

    /// Loop iterations completed so far, counted across all the program's loops.
    pub fn iterations(&self) -> u64 {
        self.runtime.driver.borrow().iterations
    }

    /// VM instructions executed so far.
    pub fn steps(&self) -> u64 {
        self.vm.steps()
    }

    /// Calls `report` with the steps and the clock every
    /// [`crate::python::vm::machine::PROGRESS_EVERY`] steps while the program
    /// runs (the page's worker posts them, so the page shows a long run move).
    pub fn set_progress(&mut self, report: std::rc::Rc<dyn Fn(u64, f64)>) {
        self.vm.progress = Some(crate::python::vm::machine::ProgressHook(report));
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

    fn start_with(source: &str, options: RunOptions) -> Session {
        match Session::start(source, "main.py", options) {
            Ok(mut session) => {
                session.run_to_end();
                session
            }
            Err(e) => panic!("did not start: {:?}", e.diagnostic),
        }
    }

    const TWO_SLEEPERS: &str = "import asyncio\n\nasync def nap(name, d):\n    await asyncio.sleep(d)\n    print(name)\n\n\
        async def main():\n    await asyncio.gather(nap('a', 2), nap('b', 1))\n\nasyncio.run(main())\n";

    #[test]
    fn progress_is_reported_while_a_long_run_goes_on() {
        let mut session = Session::start("n = 0\nwhile n < 300000:\n    n += 1\n", "main.py", RunOptions::default())
            .unwrap_or_else(|e| panic!("did not start: {:?}", e.diagnostic));
        let reports = std::rc::Rc::new(std::cell::RefCell::new(Vec::new()));
        let sink = reports.clone();
        session.set_progress(std::rc::Rc::new(move |steps, time| sink.borrow_mut().push((steps, time))));
        session.run_to_end();
        let every = crate::python::vm::machine::PROGRESS_EVERY;
        let expected: Vec<(u64, f64)> = (1..=session.steps() / every).map(|k| (k * every, 0.0)).collect();
        assert!(!expected.is_empty(), "the program ran only {} steps", session.steps());
        assert_eq!(*reports.borrow(), expected);
    }

    #[test]
    fn a_snapshot_shows_the_loop_after_that_many_iterations_and_halts_there() {
        let options = RunOptions { snapshot_at: Some(1), ..Default::default() };
        let session = start_with(TWO_SLEEPERS, options);
        assert_eq!(session.halt(), Some(crate::engine::Halt::Snapshot));
        assert_eq!(session.stdout_text(), "");
        let Some(state) = session.snapshot() else { panic!("no snapshot") };
        assert_eq!(state.iteration, 1);
        let tasks: Vec<(String, String)> = state.tasks.iter().map(|t| (t.name.clone(), t.coro.clone())).collect();
        assert_eq!(
            tasks,
            vec![
                ("Task-1".to_string(), "main()".to_string()),
                ("Task-2".to_string(), "nap()".to_string()),
                ("Task-3".to_string(), "nap()".to_string())
            ]
        );
        assert_eq!(state.ready.len(), 2, "{:?}", state.ready);
    }

    #[test]
    fn a_snapshot_past_the_end_is_the_last_loop_when_it_closed() {
        let options = RunOptions { snapshot_at: Some(1_000), ..Default::default() };
        let session = start_with(TWO_SLEEPERS, options);
        assert_eq!(session.halt(), None);
        assert_eq!(session.stdout_text(), "b\na\n");
        let Some(state) = session.snapshot() else { panic!("no snapshot") };
        assert_eq!(state.iteration, session.iterations());
        assert!(state.tasks.iter().all(|t| t.state == crate::engine::TaskState::Done), "{:?}", state.tasks);
    }

    #[test]
    fn real_time_halts_at_the_first_wait_the_driver_has_not_reached() {
        let session = start_with(TWO_SLEEPERS, RunOptions { wakeups: Some(vec![]), ..Default::default() });
        assert_eq!(session.next_deadline(), Some(1.0));
        assert_eq!(session.stdout_text(), "");
        assert_eq!(session.stderr_text(), "");
        let session = start_with(TWO_SLEEPERS, RunOptions { wakeups: Some(vec![1.0021]), ..Default::default() });
        assert_eq!(session.next_deadline(), Some(2.0));
        let printed: Vec<(&str, f64)> = session.output().iter().map(|c| (c.text.as_str(), c.time)).collect();
        assert_eq!(printed, vec![("b\n", 1.0021)]);
        let session = start_with(TWO_SLEEPERS, RunOptions { wakeups: Some(vec![1.0021, 2.0043]), ..Default::default() });
        assert_eq!(session.halt(), None);
        assert_eq!(session.exit_status(), 0);
        let printed: Vec<(&str, f64)> = session.output().iter().map(|c| (c.text.as_str(), c.time)).collect();
        assert_eq!(printed, vec![("b\n", 1.0021), ("a\n", 2.0043)]);
    }

    #[test]
    fn real_time_blocking_sleep_waits_for_the_driver_too() {
        let source = "import time\nprint('x')\ntime.sleep(1)\nprint('y')\n";
        let session = start_with(source, RunOptions { wakeups: Some(vec![]), ..Default::default() });
        assert_eq!((session.stdout_text().as_str(), session.next_deadline()), ("x\n", Some(1.0)));
        let session = start_with(source, RunOptions { wakeups: Some(vec![1.25]), ..Default::default() });
        assert_eq!((session.stdout_text().as_str(), session.time()), ("x\ny\n", 1.25));
    }

    #[test]
    fn a_halt_cannot_be_caught_by_the_program() {
        let source = "import asyncio\nasync def main():\n    await asyncio.sleep(1)\ntry:\n    asyncio.run(main())\nexcept BaseException:\n    print('caught')\nprint('after')\n";
        let session = start_with(source, RunOptions { wakeups: Some(vec![]), ..Default::default() });
        assert_eq!(session.stdout_text(), "");
        assert_eq!(session.next_deadline(), Some(1.0));
    }

    #[test]
    fn the_iteration_limit_stops_a_spinning_loop_with_a_message() {
        let source = "import asyncio\nasync def spin():\n    while True:\n        await asyncio.sleep(0)\nasyncio.run(spin())\nprint('never')\n";
        let session = start_with(source, RunOptions { max_iterations: Some(50), ..Default::default() });
        assert_eq!(session.exit_status(), 1);
        assert_eq!(session.iterations(), 50);
        assert_eq!(session.stdout_text(), "");
        assert_eq!(session.stderr_text(), "looplab: stopped after 50 loop iterations (the page's limit)\n");
    }

    #[test]
    fn output_chunks_carry_the_iteration_they_were_printed_in() {
        let session = start_with(TWO_SLEEPERS, RunOptions::default());
        let at: Vec<(&str, u64)> = session.output().iter().map(|c| (c.text.as_str(), c.iteration)).collect();
        assert_eq!(at, vec![("b\n", 4), ("a\n", 7)]);
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
    fn the_error_line_is_the_programs_innermost_frame_not_asyncios() {
        let session = run("import asyncio\nasync def main():\n    async with asyncio.timeout(1):\n        await asyncio.sleep(5)\nasyncio.run(main())\n");
        assert_eq!(session.exit_status(), 1);
        assert!(session.stderr_text().contains("timeouts.py\", line 115, in __aexit__"));
        assert_eq!(session.error_line(), Some(3));
    }

    #[test]
    fn an_uncaught_exception_ends_with_status_1_and_a_traceback_on_stderr() {
        let session = run("def f():\n    return 1 / 0\nf()\n");
        assert_eq!(session.exit_status(), 1);
        assert_eq!(session.error_line(), Some(2));
        assert_eq!(
            session.stderr_text(),
            "Traceback (most recent call last):\n  File \"main.py\", line 3, in <module>\n    f()\n  \
             File \"main.py\", line 2, in f\n    return 1 / 0\n           ~~^~~\nZeroDivisionError: division by zero\n"
        );
    }

    #[test]
    fn unsupported_constructs_are_refused_before_running_with_status_2() {
        let error = Session::start("print(1)\nz = 2j\n", "main.py", RunOptions::default())
            .err()
            .map(|e| (e.exit_status(), e.diagnostic.message));
        assert_eq!(error, Some((2, "looplab does not support complex numbers yet".to_string())));
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

    /// A program whose loops and tests are fused almost everywhere: ints and
    /// floats take the shortcuts, a str and a user class do not.
    const FUSED_LOOPS: &str = "class C:\n    def __lt__(self, o):\n        return True\n\n\
        def f(n):\n    k = 0\n    t = 0.5\n    while k < n:\n        k += 1\n        t *= 2\n        if t > 3.0:\n            t = 0.5\n    return k\n\n\
        i = 0\nwhile i < 3000:\n    i += 1\n    s = 'a' if i % 2 else 2\n    if C() < s:\n        f(i % 5)\nprint(i)\n";

    /// Runs `source` with `max_steps`, with or without superinstructions.
    fn steps_and_stop(source: &str, max_steps: u64, fused: bool) -> (u64, String, String) {
        crate::python::front::compile::UNFUSED.with(|off| off.set(!fused));
        let mut options = RunOptions::default();
        options.limits.max_steps = max_steps;
        let session = start_with(source, options);
        crate::python::front::compile::UNFUSED.with(|off| off.set(false));
        (session.steps(), session.stdout_text(), session.stderr_text())
    }

    #[test]
    fn superinstructions_count_the_steps_and_stop_where_the_plain_instructions_do() {
        let (all, out, _) = steps_and_stop(FUSED_LOOPS, u64::MAX, true);
        assert_eq!(out, "3000\n");
        assert_eq!(all, steps_and_stop(FUSED_LOOPS, u64::MAX, false).0);
        // Every limit near the start, then around the memory checks
        // (every 1,024 steps) and the clock checks (every 16,384).
        let limits = (1..300).chain((1..=6).flat_map(|k| (k * 1024 - 4)..(k * 1024 + 4))).chain(16_380..16_390);
        for max in limits.filter(|&m| m < all) {
            assert_eq!(steps_and_stop(FUSED_LOOPS, max, true), steps_and_stop(FUSED_LOOPS, max, false), "--max-steps {max}");
        }
    }
}
