//! One binary: built for wasm32 by Trunk it starts the page; built natively it
//! is the `looplab` command line.

/// Counts the bytes each thread holds, so `--max-memory` bounds all of a
/// program's live values (the command line, the page's worker and the
/// page's replays read it).
#[global_allocator]
static ALLOCATOR: looplab::heap::Counting = looplab::heap::Counting;

#[cfg(target_arch = "wasm32")]
fn main() {
    // Both count: the worker's runs, and the page's own replays of a run
    // (snapshots past their budget), which must not outgrow the page either.
    looplab::python::limits::install_heap_probe(looplab::heap::live_bytes);
    // The same wasm runs the page and, in a Web Worker, the programs.
    if looplab::page::worker::in_worker() {
        looplab::page::worker::start();
    } else {
        looplab::page::start();
    }
}

#[cfg(not(target_arch = "wasm32"))]
fn main() -> std::process::ExitCode {
    looplab::python::limits::install_heap_probe(looplab::heap::live_bytes);
    let args: Vec<String> = std::env::args().skip(1).collect();
    looplab::cli::main_with_args(&args)
}
