//! The Python subset looplab runs: parsed with `ruff_python_parser`, compiled
//! to bytecode, run by a VM with explicit frames, with asyncio on the engine.
//!
//! # Layers
//!
//! **The rule: each room imports only the rooms below it.** Bottom first:
//!
//! ```text
//! session   what the CLI and the page drive: owns the interpreter, the run's
//!   │       runtime (one clock, the driver), the output
//! aio       the only room that names crate::engine: asyncio on the engine
//!   │       (the engine's Host, coroutine stepping, tasks and futures as
//!   │       values), loop objects (event_loop.rs), threads, executors and
//!   │       pools on the virtual clock, and the run's Library (library.rs)
//! lib       the builtins and the loop-free modules (time, random, sys):
//!   │       one file per concern
//! vm        the interpreter: Interp (state) and Vm (state + running loop),
//!   │       frame execution by concern, operators, iteration, formatting;
//!   │       it reaches the rooms above only through the Library, RunClock
//!   │       and Extensions of vm/library.rs
//! front     source text → Code: parse, diagnostics, scope, compile/
//!   │
//! object    the value model: Value, exceptions, classes, code objects,
//!   │       frames and generator state; library objects enter Value
//!   │       through NativeObject
//! limits    step / time / memory / depth limits (plain data)
//! ```
//!
//! `tests/layers.rs` checks the rule on every `use` and path (and that only
//! `aio` and `session` name the engine, that there is no `unsafe`, and that
//! no function is over 200 lines): `cargo test --test layers`.
//!
//! # The loop travels as a parameter
//!
//! The engine hands its host context (`Interp`, the engine's `Host::Cx`) to
//! every callback and coroutine step it runs; the bridge (`aio`) then runs
//! Python code in a `Vm` made of that state and that loop. Nothing points
//! from a loop back to the interpreter, and no loop pointer is kept.
//!
//! # Suspension without Rust recursion across it
//!
//! A generator or coroutine is a `Frame` kept in a `GenState`. `run_frame`
//! returns `FrameResult::Yield` when the frame yields, and the frame is
//! resumed later by calling `run_frame` again. `await x` is CPython's
//! `SEND` loop: the awaiting frame keeps the awaited coroutine on its stack,
//! re-sends into it on every resume, and yields outward whatever it yields,
//! so a suspended chain of coroutines holds no Rust stack at all. Plain calls
//! (a function calling a function) do nest `run_frame` on the Rust stack, as
//! CPython 3.10 nested `_PyEval_EvalFrame`; the recursion limit (1000) bounds
//! that depth, and the CLI runs the VM on a thread with a large stack.

#![warn(missing_docs)]

pub mod aio;
pub mod front;
pub mod lib;
pub mod limits;
pub mod object;
pub mod session;
pub mod vm;
