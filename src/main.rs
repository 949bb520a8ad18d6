//! One binary: built for wasm32 by Trunk it starts the page; built natively it
//! is the `looplab` command line.

/// Counts the bytes the process holds, so `--max-memory` bounds all of a
/// program's live values (the command line and the page's worker read it;
/// the page's own thread never does).
#[global_allocator]
static ALLOCATOR: looplab::heap::Counting = looplab::heap::Counting;

#[cfg(target_arch = "wasm32")]
fn main() {
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
