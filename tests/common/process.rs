//! Child processes for tests: every one runs under a timeout, and the
//! reference harness (`tests/reference/vclock.py`) is told apart from the
//! program it runs.

use std::io::Read;
use std::path::Path;
use std::process::{Command, Output, Stdio};
use std::time::{Duration, Instant};

/// How long any child process of a test may run. Generous: the machine may be
/// busy; a program that hangs is what this catches.
pub const TIMEOUT: Duration = Duration::from_secs(60);

/// The line `vclock.py` prints to stderr (with exit status
/// [`HARNESS_CRASH_STATUS`]) when the harness itself failed.
pub const HARNESS_CRASH_MARKER: &str = "vclock.py: HARNESS CRASH:";
pub const HARNESS_CRASH_STATUS: i32 = 3;

/// Runs `command` to its end with stdout and stderr captured; kills it and
/// panics naming `what` when it runs longer than [`TIMEOUT`] or cannot start.
pub fn output(command: &mut Command, what: &str) -> Output {
    output_within(command, what, TIMEOUT)
}

pub fn output_within(command: &mut Command, what: &str, limit: Duration) -> Output {
    match try_output_within(command, limit) {
        Ok(out) => out,
        Err(message) => panic!("{what}: {message}"),
    }
}

/// Like [`output_within`] but returns the failure (timeout, could not start)
/// instead of panicking, for tests that collect failures.
pub fn try_output_within(command: &mut Command, limit: Duration) -> Result<Output, String> {
    let mut child = command
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .map_err(|e| format!("could not start {:?}: {e}", command.get_program()))?;
    // Read both pipes while the child runs, so a chatty child never blocks on a full pipe.
    let mut stdout = child.stdout.take().expect("stdout piped");
    let mut stderr = child.stderr.take().expect("stderr piped");
    let out_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = stdout.read_to_end(&mut buf);
        buf
    });
    let err_reader = std::thread::spawn(move || {
        let mut buf = Vec::new();
        let _ = stderr.read_to_end(&mut buf);
        buf
    });
    let start = Instant::now();
    let status = loop {
        match child.try_wait() {
            Ok(Some(status)) => break status,
            Ok(None) if start.elapsed() >= limit => {
                let _ = child.kill();
                let _ = child.wait();
                return Err(format!("timed out after {} s (killed)", limit.as_secs()));
            }
            Ok(None) => std::thread::sleep(Duration::from_millis(5)),
            Err(e) => return Err(format!("could not wait for the child: {e}")),
        }
    };
    let stdout = out_reader.join().unwrap_or_default();
    let stderr = err_reader.join().unwrap_or_default();
    Ok(Output { status, stdout, stderr })
}

fn root() -> &'static Path { Path::new(env!("CARGO_MANIFEST_DIR")) }

/// `python3 tests/reference/vclock.py PROGRAM` from the project's root.
pub fn reference_command(program: &Path) -> Command {
    let mut command = Command::new("python3");
    command.arg(root().join("tests/reference/vclock.py")).arg(program).current_dir(root());
    command
}

/// Whether a reference run's output is the harness's own crash (or its
/// refusal to run on anything but CPython 3.11), not the program's.
pub fn harness_crash(out: &Output) -> Option<String> {
    let stderr = String::from_utf8_lossy(&out.stderr);
    (out.status.code() == Some(HARNESS_CRASH_STATUS) && stderr.contains(HARNESS_CRASH_MARKER))
        .then(|| stderr.into_owned())
}

/// Runs `program` under the reference harness (with the timeout); a harness
/// crash or a timeout is `Err`, naming the program.
pub fn try_reference(program: &Path) -> Result<Output, String> {
    let name = program.display();
    let out = try_output_within(&mut reference_command(program), TIMEOUT)
        .map_err(|e| format!("CPython reference on {name}: {e}"))?;
    match harness_crash(&out) {
        Some(stderr) => Err(format!("the reference harness crashed on {name} (not the program):\n{stderr}")),
        None => Ok(out),
    }
}

/// [`try_reference`] that panics on a harness crash or a timeout.
pub fn reference(program: &Path) -> Output {
    try_reference(program).unwrap_or_else(|e| panic!("{e}"))
}

/// `looplab ARGS…` from the project's root, under the timeout.
pub fn looplab(args: &[&str]) -> Output {
    let mut command = Command::new(env!("CARGO_BIN_EXE_looplab"));
    command.args(args).current_dir(root());
    output(&mut command, &format!("looplab {}", args.join(" ")))
}
