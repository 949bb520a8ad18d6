//! The page side of the worker: starts a dedicated Web Worker on the page's
//! own wasm (the glue and the wasm Trunk linked, imported by a small module
//! script), sends it each [`Job`], and turns its replies into page actions.
//! Stop, or a new Run while one is in progress, terminates the worker and
//! starts a fresh one; so does a crash, after showing the panic banner.

use std::cell::RefCell;
use std::rc::Rc;

use js_sys::Uint8Array;
use wasm_bindgen::JsCast;
use wasm_bindgen::closure::Closure;
use web_sys::{Blob, BlobPropertyBag, ErrorEvent, MessageEvent, Url, Worker, WorkerOptions, WorkerType};
use yew::Callback;

use super::panic_banner;
use super::state::{PageAction, Shared};
use super::tables;
use super::wire::{Job, Reply, decode, encode};

/// The absolute URLs of the page's wasm-bindgen glue and wasm, from the
/// `modulepreload` and `preload` links Trunk puts in the page; `None` when
/// they are missing (the browser tests mount the page without them).
pub fn module_urls() -> Option<(String, String)> {
    let document = web_sys::window()?.document()?;
    let base = document.url().ok()?;
    let href = |selector: &str| -> Option<String> {
        let link = document.query_selector(selector).ok()??;
        let href = link.get_attribute("href")?;
        Some(Url::new_with_base(&href, &base).ok()?.href())
    };
    Some((href("link[rel=modulepreload][href$='.js']")?, href("link[rel=preload][href$='_bg.wasm']")?))
}

/// How long a trap waits for the panic message that may follow it.
const PANIC_MESSAGE_WAIT_MS: u32 = 200;

type MessageHandler = Closure<dyn FnMut(MessageEvent)>;
type ErrorHandler = Closure<dyn FnMut(ErrorEvent)>;

/// One worker and what the page knows of it.
struct Inner {
    urls: (String, String),
    dispatch: Callback<PageAction>,
    worker: Option<Worker>,
    /// The worker's handlers; the previous worker's are kept one respawn
    /// longer, as one of them may be the code running the respawn.
    handlers: Vec<(MessageHandler, ErrorHandler)>,
    /// The worker has said it takes jobs.
    ready: bool,
    /// A job waiting for the worker to be ready.
    queued: Option<Job>,
    /// The job the worker runs.
    busy: Option<u32>,
    /// Counts the workers started (a late timer of a dead one does nothing).
    generation: u32,
}

/// The page's worker.
#[derive(Clone)]
pub struct Runner(Rc<RefCell<Inner>>);

impl PartialEq for Runner {
    fn eq(&self, other: &Self) -> bool {
        Rc::ptr_eq(&self.0, &other.0)
    }
}

impl Runner {
    /// A runner with its worker started, dispatching the worker's replies;
    /// `None` when the page has no module links to start a worker from.
    pub fn new(dispatch: Callback<PageAction>) -> Option<Runner> {
        let urls = module_urls()?;
        let runner = Runner(Rc::new(RefCell::new(Inner {
            urls,
            dispatch,
            worker: None,
            handlers: Vec::new(),
            ready: false,
            queued: None,
            busy: None,
            generation: 0,
        })));
        runner.respawn();
        Some(runner)
    }

    /// Runs `job`, ending the run in progress if there is one.
    pub fn send(&self, job: Job) {
        tables::prefetch(&job.source, &self.0.borrow().urls.1);
        if self.0.borrow().busy.is_some() {
            self.respawn();
        }
        let mut inner = self.0.borrow_mut();
        if inner.ready {
            inner.busy = Some(job.id);
            post(inner.worker.as_ref(), &job);
        } else {
            inner.queued = Some(job);
        }
    }

    /// Ends the run in progress at once, if there is one.
    pub fn cancel(&self) {
        let busy = {
            let mut inner = self.0.borrow_mut();
            inner.queued = None;
            inner.busy.is_some()
        };
        if busy {
            self.respawn();
        }
    }

    /// Terminates the worker (if any) and starts a fresh one.
    fn respawn(&self) {
        let mut inner = self.0.borrow_mut();
        if let Some(old) = inner.worker.take() {
            old.terminate();
        }
        inner.ready = false;
        inner.busy = None;
        inner.generation = inner.generation.wrapping_add(1);
        let keep = inner.handlers.pop();
        inner.handlers.clear();
        inner.handlers.extend(keep);
        let (js, wasm) = inner.urls.clone();
        let generation = inner.generation;
        drop(inner);
        let Some(worker) = spawn(&js, &wasm) else {
            panic_banner::show("looplab could not start its worker: this browser cannot run module workers.");
            return;
        };
        let on_message = {
            let runner = self.clone();
            MessageHandler::new(move |event: MessageEvent| runner.on_message(generation, event))
        };
        let on_error = {
            let runner = self.clone();
            ErrorHandler::new(move |event: ErrorEvent| {
                event.prevent_default();
                runner.trapped(generation, event.message());
            })
        };
        worker.set_onmessage(Some(on_message.as_ref().unchecked_ref()));
        worker.set_onerror(Some(on_error.as_ref().unchecked_ref()));
        let mut inner = self.0.borrow_mut();
        inner.worker = Some(worker);
        inner.handlers.push((on_message, on_error));
    }

    /// A message of the worker of `generation`: a terminated worker's late
    /// messages are dropped.
    fn on_message(&self, generation: u32, event: MessageEvent) {
        if self.0.borrow().generation != generation {
            return;
        }
        let bytes = Uint8Array::new(&event.data()).to_vec();
        let Some(reply) = decode::<Reply>(&bytes) else { return };
        // Dispatch only with the state released: the page may send a job back at once.
        let action = {
            let mut inner = self.0.borrow_mut();
            match reply {
                Reply::Ready => {
                    inner.ready = true;
                    if let Some(job) = inner.queued.take() {
                        inner.busy = Some(job.id);
                        post(inner.worker.as_ref(), &job);
                    }
                    None
                }
                Reply::Progress { id, steps, time } => Some(PageAction::Progress(id, steps, time)),
                Reply::Done { id, recording } => {
                    if inner.busy == Some(id) {
                        inner.busy = None;
                    }
                    Some(PageAction::Finished(id, Shared(Rc::new(recording))))
                }
                Reply::Panicked { message } => {
                    drop(inner);
                    self.crashed(&message);
                    None
                }
            }
        };
        if let Some(action) = action {
            let dispatch = self.0.borrow().dispatch.clone();
            dispatch.emit(action);
        }
    }

    /// The worker's wasm trapped. After a panic the trap's error event may
    /// come before the panic's own message, which says more: wait a little
    /// for it, then report the trap (an abort without a panic: out of memory).
    /// `generation` is the trapped worker's: a terminated worker's trap (the
    /// one that follows its panic message) is not a second crash.
    fn trapped(&self, generation: u32, what: String) {
        if self.0.borrow().generation != generation {
            return;
        }
        let runner = self.clone();
        gloo_timers::callback::Timeout::new(PANIC_MESSAGE_WAIT_MS, move || {
            if runner.0.borrow().generation == generation {
                runner.crashed(&what);
            }
        })
        .forget();
    }

    /// The worker panicked or aborted (out of memory, a trap): say so, start
    /// a fresh worker, and end the run.
    fn crashed(&self, what: &str) {
        let message = format!(
            "looplab crashed while running your program: {what}. Your program is kept; the next Run starts afresh."
        );
        web_sys::console::error_1(&message.clone().into());
        panic_banner::show(&message);
        self.respawn();
        let dispatch = self.0.borrow().dispatch.clone();
        dispatch.emit(PageAction::Crashed);
    }
}

fn post(worker: Option<&Worker>, job: &Job) {
    let Some(worker) = worker else { return };
    let bytes = encode(job);
    worker.post_message(&Uint8Array::from(bytes.as_slice())).ok();
}

/// A module worker that imports the glue, which starts the wasm's `main`
/// (it sees it is in a worker and becomes [`super::worker`]).
fn spawn(js: &str, wasm: &str) -> Option<Worker> {
    let preamble = tables::worker_preamble(wasm);
    let script = format!("import init from {js:?};\n{preamble}await init({{ module_or_path: {wasm:?} }});\n");
    let parts = js_sys::Array::of1(&script.into());
    let options = BlobPropertyBag::new();
    options.set_type("text/javascript");
    let blob = Blob::new_with_str_sequence_and_options(&parts, &options).ok()?;
    let url = Url::create_object_url_with_blob(&blob).ok()?;
    let worker_options = WorkerOptions::new();
    worker_options.set_type(WorkerType::Module);
    // The URL is not revoked: the worker may fetch it after this returns.
    Worker::new_with_options(&url, &worker_options).ok()
}
