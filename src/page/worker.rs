//! The worker side: the same wasm, started in a dedicated Web Worker, runs the
//! programs the page sends it, so a long or runaway program never blocks the
//! page, and a crash kills only the worker (the page starts another).

use std::rc::Rc;

use js_sys::Uint8Array;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{DedicatedWorkerGlobalScope, MessageEvent};

use super::state::check_panic_probe;
use super::tables;
use super::wire::{Job, Reply, decode, encode};
use crate::view::recording::Recording;

/// Whether this wasm instance runs inside a worker (no window).
pub fn in_worker() -> bool {
    js_sys::global().dyn_into::<DedicatedWorkerGlobalScope>().is_ok()
}

fn scope() -> DedicatedWorkerGlobalScope {
    js_sys::global().unchecked_into()
}

fn post(reply: &Reply) {
    let bytes = encode(reply);
    let array = Uint8Array::from(bytes.as_slice());
    // Transferring the buffer saves a copy of a large recording.
    let transfer = js_sys::Array::of1(&array.buffer());
    scope().post_message_with_transfer(&array, &transfer).ok();
}

/// Starts the worker: a panic is posted to the page before the instance
/// aborts; each message is a [`Job`], answered with progress and its
/// recording; [`Reply::Ready`] says jobs are welcome.
pub fn start() {
    std::panic::set_hook(Box::new(|info| {
        post(&Reply::Panicked { message: info.to_string() });
    }));
    let on_message = Closure::<dyn Fn(MessageEvent)>::new(|event: MessageEvent| {
        let bytes = Uint8Array::new(&event.data()).to_vec();
        if let Some(job) = decode::<Job>(&bytes) {
            run(job);
        }
    });
    scope().set_onmessage(Some(on_message.as_ref().unchecked_ref()));
    // The worker lives as long as the handler: it is never dropped.
    on_message.forget();
    post(&Reply::Ready);
}

/// Runs `job`, first fetching the Unicode tables its program needs that are
/// not built in (a failed fetch ends the run with a report saying so).
fn run(job: Job) {
    let needed = tables::needed(&job.source);
    if needed.is_empty() {
        return run_now(job);
    }
    wasm_bindgen_futures::spawn_local(async move {
        let loaded = match tables::base_in_worker() {
            Some(base) => tables::load_all(&needed, &base).await,
            None => Err((needed[0], "the page gave no address for it".into())),
        };
        match loaded {
            Ok(()) => run_now(job),
            Err((table, why)) => {
                let recording = tables::unavailable(&job.source, job.options, table, &why);
                post(&Reply::Done { id: job.id, recording });
            }
        }
    });
}

fn run_now(job: Job) {
    check_panic_probe(&job.source);
    let id = job.id;
    let progress: Rc<dyn Fn(u64, f64)> = Rc::new(move |steps, time| post(&Reply::Progress { id, steps, time }));
    let recording = Recording::run_reporting(&job.source, job.options, Some(progress));
    post(&Reply::Done { id, recording });
}
