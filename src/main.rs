//! One binary: built for wasm32 by Trunk it starts the page; built natively it
//! is the `looplab` command line.

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
    let args: Vec<String> = std::env::args().skip(1).collect();
    looplab::cli::main_with_args(&args)
}
