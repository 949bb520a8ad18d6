//! The mutation fuzzer, shared by the CI slice (`tests/fuzz.rs`) and the
//! long campaign (`examples/fuzz.rs`): corpus programs mutated by lines,
//! numbers and characters, run through the whole pipeline (decode → parse →
//! compile → run) with tight limits, in-process under `catch_unwind`.

use std::panic::{AssertUnwindSafe, catch_unwind};
use std::path::Path;
use std::sync::mpsc;
use std::time::{Duration, Instant};

use looplab::python::front::source::decode_source;
use looplab::python::limits::Limits;
use looplab::python::session::{RunOptions, Session};

/// A small deterministic generator (xorshift64*): the same seed, the same inputs.
pub struct Rng(u64);

impl Rng {
    /// A generator from `seed` (any value; 0 is moved off the fixed point).
    pub fn new(seed: u64) -> Rng {
        Rng(seed.wrapping_mul(0x9E37_79B9_7F4A_7C15) | 1)
    }

    /// The next number below `n` (`n > 0`).
    pub fn below(&mut self, n: usize) -> usize {
        self.0 ^= self.0 >> 12;
        self.0 ^= self.0 << 25;
        self.0 ^= self.0 >> 27;
        (self.0.wrapping_mul(0x2545_F491_4F6C_DD1D) >> 33) as usize % n.max(1)
    }
}

/// The corpus the mutations start from: every program of tests/programs/.
pub fn corpus() -> Vec<String> {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/programs");
    let mut paths: Vec<_> = std::fs::read_dir(dir)
        .expect("tests/programs exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "py"))
        .collect();
    paths.sort();
    paths.iter().filter_map(|p| std::fs::read_to_string(p).ok()).collect()
}

const NUMBERS: &[&str] = &[
    "0", "-1", "1", "1e308", "float('nan')", "float('inf')", "-float('inf')", "10**100", "2**63", "1e300", "-0.0",
    "10**4301", "99999999999999999999",
];

const CHARS: &[&str] = &[
    "(", ")", "[", "]", "{", "}", ":", "\t", " ", "\n", "'", "\"", "\\", "#", "*", "**", "=", ",", ".", "é", "\r",
    "\x0c", "await ", "async ", "yield ", "lambda: ", "not ", "-", "f'{", "}'", "    ", "return ", "del ",
];

/// One mutation of a corpus program (or of two, for a splice).
pub fn mutate(rng: &mut Rng, corpus: &[String]) -> String {
    let base = &corpus[rng.below(corpus.len())];
    let mut lines: Vec<String> = base.lines().map(str::to_string).collect();
    if lines.is_empty() {
        lines.push(String::new());
    }
    for _ in 0..1 + rng.below(3) {
        let i = rng.below(lines.len());
        let j = rng.below(lines.len());
        match rng.below(7) {
            0 => lines.swap(i, j),
            1 => {
                let line = lines[i].clone();
                lines.insert(j, line);
            }
            2 if lines.len() > 1 => {
                lines.remove(i);
            }
            3 => {
                let other = &corpus[rng.below(corpus.len())];
                let others: Vec<&str> = other.lines().collect();
                if !others.is_empty() {
                    lines.insert(j, others[rng.below(others.len())].to_string());
                }
            }
            4 | 5 => lines[i] = replace_number(rng, &lines[i]),
            _ => lines[i] = insert_chars(rng, &lines[i]),
        }
    }
    let mut text = lines.join("\n");
    text.push('\n');
    text
}

/// Replaces one number literal on `line` with an extreme one.
fn replace_number(rng: &mut Rng, line: &str) -> String {
    let starts: Vec<usize> = line
        .char_indices()
        .filter(|&(i, c)| c.is_ascii_digit() && !line[..i].ends_with(|p: char| p.is_alphanumeric() || p == '_' || p == '.'))
        .map(|(i, _)| i)
        .collect();
    if starts.is_empty() {
        return insert_chars(rng, line);
    }
    let start = starts[rng.below(starts.len())];
    let end = start + line[start..].find(|c: char| !(c.is_ascii_alphanumeric() || c == '.' || c == '_')).unwrap_or(line.len() - start);
    format!("{}{}{}", &line[..start], NUMBERS[rng.below(NUMBERS.len())], &line[end..])
}

/// Inserts, deletes or replaces a few characters of `line`.
fn insert_chars(rng: &mut Rng, line: &str) -> String {
    let mut chars: Vec<String> = line.chars().map(String::from).collect();
    let at = rng.below(chars.len() + 1);
    match rng.below(3) {
        0 if at < chars.len() => {
            chars.remove(at);
        }
        1 if at < chars.len() => chars[at] = CHARS[rng.below(CHARS.len())].to_string(),
        _ => chars.insert(at, CHARS[rng.below(CHARS.len())].to_string()),
    }
    chars.concat()
}

/// A mutation of a corpus program's bytes (for the decoder): a byte
/// changed, inserted or a cookie put first.
pub fn mutate_bytes(rng: &mut Rng, corpus: &[String]) -> Vec<u8> {
    let mut bytes = corpus[rng.below(corpus.len())].clone().into_bytes();
    const BYTES: &[u8] = b"\x00\xff\xfe\xc3\xe9\x80\r\n\t\x0c#(";
    for _ in 0..1 + rng.below(3) {
        let at = rng.below(bytes.len() + 1);
        let byte = BYTES[rng.below(BYTES.len())];
        match rng.below(4) {
            0 if at < bytes.len() => bytes[at] = byte,
            1 => bytes.splice(0..0, b"# -*- coding: latin-1 -*-\n".iter().copied()).for_each(drop),
            2 => bytes.splice(0..0, b"\xef\xbb\xbf".iter().copied()).for_each(drop),
            _ => bytes.insert(at, byte),
        }
    }
    bytes
}

/// How one input went wrong.
// The fields are read only through `Debug`, in the failure reports.
#[allow(dead_code)]
#[derive(Debug)]
pub enum Failure {
    /// The pipeline panicked (the message).
    Panic(String),
    /// The run did not end within the real-time allowance.
    Hang,
    /// Stderr is not shaped as Python's or looplab's (the text).
    Shape(String),
}

/// The limits every fuzz input runs under.
pub fn tight_limits() -> Limits {
    Limits { max_steps: 50_000, max_time: 1_000.0, max_memory: 16 * 1024 * 1024, max_depth: 200, max_seconds: 2.0 }
}

/// Runs `bytes` through the whole pipeline on a thread of its own, and
/// checks it ends in time, without a panic, with Python-shaped stderr.
pub fn check(bytes: Vec<u8>) -> Result<(), Failure> {
    let (send, receive) = mpsc::channel();
    let worker = std::thread::Builder::new().stack_size(256 * 1024 * 1024).spawn(move || {
        let outcome = catch_unwind(AssertUnwindSafe(|| run_pipeline(&bytes)));
        let _ = send.send(outcome.map_err(|payload| panic_message(payload.as_ref())));
    });
    if worker.is_err() {
        return Ok(());
    }
    // Generous: the machine may be shared; the limits inside are 2 s.
    match receive.recv_timeout(Duration::from_secs(30)) {
        Ok(Ok(stderr)) if python_shaped(&stderr) => Ok(()),
        Ok(Ok(stderr)) => Err(Failure::Shape(stderr)),
        Ok(Err(message)) => Err(Failure::Panic(message)),
        Err(_) => Err(Failure::Hang),
    }
}

fn run_pipeline(bytes: &[u8]) -> String {
    let source = match decode_source(bytes, "main.py") {
        Ok(source) => source,
        Err(error) => return error.stderr,
    };
    let options = RunOptions { limits: tight_limits(), ..RunOptions::default() };
    let started = Instant::now();
    let mut session = match Session::start(&source, "main.py", options) {
        Ok(session) => session,
        Err(error) => return error.diagnostic.render("main.py", &source),
    };
    session.run_to_end();
    // A program that writes to stderr itself (directly, or through logging,
    // whose handlers write there) may write anything there.
    let writes_stderr = ["stderr", "logging", "redirect_"].iter().any(|w| source.contains(w));
    let stderr = if writes_stderr { String::new() } else { session.stderr_text() };
    if started.elapsed() > Duration::from_secs(20) {
        return format!("took {:?}: {stderr}", started.elapsed());
    }
    stderr
}

fn panic_message(payload: &(dyn std::any::Any + Send)) -> String {
    payload
        .downcast_ref::<String>()
        .cloned()
        .or_else(|| payload.downcast_ref::<&str>().map(|s| s.to_string()))
        .unwrap_or_else(|| "a panic".into())
}

/// Whether stderr reads as CPython's or looplab's: empty, or ending in an
/// exception line (`Kind: message` or a bare `Kind`, as tracebacks, asyncio's
/// "never retrieved" reports and thread reports all end), a looplab limit
/// line, a warning, or asyncio's debug-mode `Executing <…> took N seconds`.
pub fn python_shaped(stderr: &str) -> bool {
    let Some(last) = stderr.lines().rev().find(|l| !l.trim().is_empty()) else {
        return true;
    };
    let kind = last.split_once(':').map_or(last, |(kind, _)| kind);
    // `traceback.print_list` (a task's `print_stack()`): frames, each
    // `  File "…", line N, in f` and maybe its source line, with no
    // exception after them.
    let frame = |l: &str| l.starts_with("  File \"");
    let mut tail = stderr.lines().rev().filter(|l| !l.trim().is_empty());
    let listed = match (tail.next(), tail.next()) {
        (Some(a), _) if frame(a) => true,
        (Some(a), Some(b)) => a.starts_with("    ") && frame(b),
        _ => false,
    };
    listed
        || last.starts_with("looplab: ")
        || stderr.contains("Traceback (most recent call last):\n")
        || (!kind.is_empty() && kind.chars().all(|c| c.is_alphanumeric() || c == '.' || c == '_'))
        || stderr.lines().any(|l| l.contains("Warning: "))
        || (last.starts_with("Executing <") && last.ends_with(" seconds"))
}

/// Runs `count` inputs from `seed`; returns every failure with its input,
/// after showing each to `progress` as it is found.
pub fn campaign(
    seed: u64,
    count: usize,
    mut progress: impl FnMut(usize, Option<(&[u8], &Failure)>),
) -> Vec<(Vec<u8>, Failure)> {
    std::panic::set_hook(Box::new(|_| {}));
    let corpus = corpus();
    let mut rng = Rng::new(seed);
    let mut failures = Vec::new();
    for n in 0..count {
        let input = if rng.below(8) == 0 { mutate_bytes(&mut rng, &corpus) } else { mutate(&mut rng, &corpus).into_bytes() };
        match check(input.clone()) {
            Err(failure) => {
                progress(n, Some((&input, &failure)));
                failures.push((input, failure));
            }
            Ok(()) => progress(n, None),
        }
    }
    let _ = std::panic::take_hook();
    failures
}
