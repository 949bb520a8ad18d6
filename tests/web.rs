//! Browser tests (wasm-bindgen-test in headless Chromium): the page's reducer,
//! and the mounted page as a person uses it.
#![cfg(target_arch = "wasm32")]

use gloo_timers::future::TimeoutFuture;
use looplab::page::i18n::Lang;
use looplab::page::state::{Mode, PageAction, PageState};
use looplab::view::recording::Ending;
use wasm_bindgen::JsCast;
use wasm_bindgen_test::*;
use web_sys::{Element, HtmlButtonElement, HtmlTextAreaElement};

wasm_bindgen_test_configure!(run_in_browser);

#[wasm_bindgen_test]
fn run_on_a_broken_program_reports_cpythons_syntax_error() {
    let state = PageState::new("if x\n    pass\n".into(), Lang::En).apply(PageAction::Run);
    match state.recording.as_ref().map(|r| &r.ending) {
        Some(Ending::Rejected { text, .. }) => assert_eq!(
            text,
            "  File \"main.py\", line 1\n    if x\n        ^\nSyntaxError: expected ':'\n"
        ),
        other => panic!("expected a rejection, got {other:?}"),
    }
    assert_eq!(state.error_line(), Some(1));
}

#[wasm_bindgen_test]
fn editing_after_an_error_clears_the_highlight_but_keeps_the_report() {
    let state = PageState::new("x = (\n".into(), Lang::En)
        .apply(PageAction::Run)
        .apply(PageAction::Edit("x = ()\n".into()));
    assert_eq!(state.error_line(), None);
    assert!(matches!(state.recording.as_ref().map(|r| &r.ending), Some(Ending::Rejected { .. })));
}

#[wasm_bindgen_test]
fn browser_tags_pick_the_language() {
    assert_eq!(Lang::from_tag("zh-CN"), Some(Lang::Zh));
    assert_eq!(Lang::from_tag("zh-TW"), Some(Lang::Zh));
    assert_eq!(Lang::from_tag("zh"), Some(Lang::Zh));
    assert_eq!(Lang::from_tag("en-US"), Some(Lang::En));
    assert_eq!(Lang::from_tag("EN"), Some(Lang::En));
    assert_eq!(Lang::from_tag("fr"), None);
    assert_eq!(Lang::from_tag(Lang::Zh.code()), Some(Lang::Zh));
}

fn document() -> web_sys::Document {
    web_sys::window()
        .and_then(|w| w.document())
        .expect("a document")
}

async fn mount_page() -> Element {
    if let Some(storage) = web_sys::window().and_then(|w| w.local_storage().ok().flatten()) {
        storage.clear().ok();
    }
    let root = document().create_element("div").expect("a div");
    document()
        .body()
        .expect("a body")
        .append_child(&root)
        .expect("appended");
    looplab::page::start_in(root.clone());
    settle().await;
    root
}

/// Lets timers due within 30 ms fire, then waits for what they caused.
async fn settle() {
    wait(30).await;
}

/// Lets timers due within `ms` fire, then waits until Yew has run every
/// render and effect they caused: Yew yields to the browser mid-work on a
/// busy machine, so a fixed delay alone can look before the effects ran.
async fn wait(ms: u32) {
    TimeoutFuture::new(ms).await;
    yew::scheduler::flush().await;
}

fn find<T: JsCast>(root: &Element, selector: &str) -> T {
    root.query_selector(selector)
        .ok()
        .flatten()
        .unwrap_or_else(|| panic!("no element matches {selector}"))
        .dyn_into::<T>()
        .unwrap_or_else(|_| panic!("{selector} has another type"))
}

async fn type_program(root: &Element, source: &str) {
    let editor: HtmlTextAreaElement = find(root, "#source");
    editor.set_value(source);
    let init = web_sys::InputEventInit::new();
    init.set_bubbles(true);
    let event = web_sys::InputEvent::new_with_event_init_dict("input", &init).expect("an event");
    editor.dispatch_event(&event).expect("dispatched");
    settle().await;
}

async fn press_run(root: &Element) {
    find::<HtmlButtonElement>(root, "#run").click();
    settle().await;
}

#[wasm_bindgen_test]
async fn page_opens_with_the_countdown_example() {
    let root = mount_page().await;
    let editor: HtmlTextAreaElement = find(&root, "#source");
    assert!(
        editor
            .value()
            .contains("async def count_down(name, delay, start):")
    );
    let output: Element = find(&root, "#output");
    assert_eq!(
        output.text_content().unwrap_or_default(),
        "Press Run to run the program."
    );
}

#[wasm_bindgen_test]
async fn run_shows_the_syntax_error_and_marks_its_line() {
    let root = mount_page().await;
    type_program(&root, "import asyncio\n\nasync def main()\n    pass\n").await;
    press_run(&root).await;
    let output: Element = find(&root, "#output");
    assert_eq!(
        output.text_content().unwrap_or_default(),
        "  File \"main.py\", line 3\n    async def main()\n                    ^\nSyntaxError: expected ':'\n"
    );
    let marked: Element = find(&root, ".line-number.error");
    assert_eq!(marked.text_content().as_deref(), Some("3"));
}

#[wasm_bindgen_test]
async fn fixing_the_program_and_running_again_prints_its_output() {
    let root = mount_page().await;
    type_program(&root, "print('a'\n").await;
    press_run(&root).await;
    type_program(&root, "print('a')\n").await;
    press_run(&root).await;
    let output: Element = find(&root, "#output");
    assert_eq!(output.text_content().unwrap_or_default(), "0.000sa");
    assert!(
        root.query_selector(".line-number.error")
            .ok()
            .flatten()
            .is_none()
    );
}

#[wasm_bindgen_test]
async fn the_program_survives_a_reload() {
    let root = mount_page().await;
    type_program(&root, "print('kept')\n").await;
    root.remove();
    let again = document().create_element("div").expect("a div");
    document()
        .body()
        .expect("a body")
        .append_child(&again)
        .expect("appended");
    looplab::page::start_in(again.clone());
    settle().await;
    let editor: HtmlTextAreaElement = find(&again, "#source");
    assert_eq!(editor.value(), "print('kept')\n");
}

#[wasm_bindgen_test]
fn a_crash_shows_a_visible_banner() {
    looplab::page::panic_banner::show("looplab crashed: test");
    let banner = document()
        .get_element_by_id("panic-banner")
        .expect("the banner is on the page");
    assert_eq!(banner.get_attribute("role").as_deref(), Some("alert"));
    assert_eq!(
        banner.text_content().as_deref(),
        Some("looplab crashed: test")
    );
    banner.remove();
}

#[wasm_bindgen_test]
fn loading_an_example_keeps_the_users_own_program() {
    let state = PageState::new("print('mine')\n".into(), Lang::En)
        .apply(PageAction::LoadExample("lock".into()));
    assert_eq!(
        state.source,
        looplab::gallery::find("lock").expect("lock example").source
    );
    assert_eq!(state.scratch.as_deref(), Some("print('mine')\n"));
    let again = state.apply(PageAction::LoadExample("event".into()));
    assert_eq!(
        again.scratch.as_deref(),
        Some("print('mine')\n"),
        "an example never overwrites it"
    );
    let back = again.apply(PageAction::RestoreScratch);
    assert_eq!(back.source, "print('mine')\n");
}

#[wasm_bindgen_test]
fn an_unknown_example_changes_nothing() {
    let state = PageState::new("x = 1\n".into(), Lang::En);
    assert_eq!(state.apply(PageAction::LoadExample("nope".into())), state);
}

#[wasm_bindgen_test]
async fn picking_an_example_in_the_gallery_loads_it_into_the_editor() {
    let root = mount_page().await;
    type_program(&root, "print('mine')\n").await;
    let gallery: web_sys::HtmlSelectElement = find(&root, "#gallery");
    assert!(
        gallery
            .text_content()
            .unwrap_or_default()
            .contains("A scheduler built from generators and send()")
    );
    gallery.set_value("semaphore");
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let change = web_sys::Event::new_with_event_init_dict("change", &init).expect("an event");
    gallery.dispatch_event(&change).expect("dispatched");
    settle().await;
    let editor: HtmlTextAreaElement = find(&root, "#source");
    assert!(editor.value().contains("limit = asyncio.Semaphore(2)"));
    let scratch = root
        .query_selector("#gallery option[value='__scratch__']")
        .ok()
        .flatten();
    assert!(scratch.is_some(), "the user's program can be brought back");
}

#[wasm_bindgen_test]
fn turning_a_knob_rewrites_the_literal_and_runs_again() {
    let source = looplab::gallery::default_example().source.to_string();
    let knobs = looplab::python::front::knobs::find_knobs(&source);
    let c = knobs
        .iter()
        .find(|k| k.context == "('C', 0.5)")
        .expect("C's delay knob")
        .clone();
    let state = PageState::new(source, Lang::En).apply(PageAction::SetKnob(c, 0.3));
    assert!(state.source.contains("('C', 0.3)"));
    let printed: Vec<String> = state
        .recording
        .as_ref()
        .map(|r| r.lines_until(r.iterations).into_iter().map(|l| l.text).collect())
        .unwrap_or_default();
    assert_eq!(printed.get(1).map(String::as_str), Some("0.3000 \t\t\tC = 3"), "it ran again, C first: {printed:?}");
}

const SLEEPER: &str = "import asyncio\n\nasync def main():\n    print('a')\n    await asyncio.sleep(1)\n    print('b')\n\nasyncio.run(main())\n";

fn ran(source: &str) -> PageState {
    PageState::new(source.into(), Lang::En).apply(PageAction::Run)
}

#[wasm_bindgen_test]
fn run_records_the_program_and_shows_its_end() {
    let state = ran(SLEEPER);
    let Some(recording) = state.recording.clone() else { panic!("no recording") };
    assert_eq!(recording.ending, Ending::Exited(0));
    assert_eq!(state.cursor, recording.iterations);
    assert!(recording.iterations > 2);
}

#[wasm_bindgen_test]
fn stepping_never_leaves_the_recording() {
    let state = ran(SLEEPER);
    let end = state.end();
    assert_eq!(state.apply(PageAction::StepForward).cursor, end);
    let start = state.apply(PageAction::Seek(0));
    assert_eq!(start.apply(PageAction::StepBack).cursor, 0);
    assert_eq!(start.apply(PageAction::StepForward).cursor, 1);
    assert_eq!(state.apply(PageAction::Seek(end + 50)).cursor, end);
}

#[wasm_bindgen_test]
fn picking_a_task_in_the_await_graph_selects_it_and_picking_it_again_unpicks_it() {
    let state = ran(SLEEPER).apply(PageAction::SelectTask("Task-1".into()));
    assert_eq!(state.selected.as_deref(), Some("Task-1"));
    assert_eq!(state.apply(PageAction::SelectTask("Task-2".into())).selected.as_deref(), Some("Task-2"));
    assert_eq!(state.apply(PageAction::SelectTask("Task-1".into())).selected, None);
    assert_eq!(state.cursor, ran(SLEEPER).cursor, "picking a task does not move the cursor");
}

#[wasm_bindgen_test]
fn the_await_graph_of_a_recorded_moment_links_the_task_to_its_sleep() {
    use looplab::view::await_layout::{NodeKind, layout};
    let state = ran(SLEEPER);
    let snapshot = state.recording.as_ref().and_then(|r| r.snapshot_at(1)).expect("a loop at moment 1");
    let graph = layout(&snapshot, &[], Some("Task-1"));
    let main = graph.nodes.iter().position(|n| matches!(&n.kind, NodeKind::Task { name, .. } if name == "Task-1")).expect("Task-1's box");
    assert!(graph.nodes[main].selected);
    let link = graph.links.iter().find(|l| l.from == main).expect("an arrow from Task-1");
    assert!(matches!(&graph.nodes[link.to].kind, NodeKind::Wait { text, .. } if text.starts_with("sleep(")));
}

#[wasm_bindgen_test]
fn play_at_the_end_starts_over_and_stops_at_the_end() {
    let mut state = ran(SLEEPER).apply(PageAction::TogglePlay);
    assert!(state.playing);
    assert_eq!(state.cursor, 0);
    for _ in 0..100 {
        state = state.apply(PageAction::Tick);
    }
    assert!(!state.playing);
    assert_eq!(state.cursor, state.end());
}

#[wasm_bindgen_test]
fn real_time_waits_for_the_driver_then_continues_with_its_wake_up() {
    let state = PageState::new(SLEEPER.into(), Lang::En)
        .apply(PageAction::SetMode(Mode::RealTime))
        .apply(PageAction::Run);
    assert_eq!(state.recording.as_ref().map(|r| r.ending.clone()), Some(Ending::WaitingUntil(1.0)));
    assert!(state.live.is_some());
    let state = state.apply(PageAction::Woke(1.004));
    let Some(recording) = state.recording.clone() else { panic!("no recording") };
    assert_eq!(recording.ending, Ending::Exited(0));
    assert_eq!(state.live, None);
    let last = recording.chunks.last().map(|c| (c.text.clone(), c.at.time));
    assert_eq!(last, Some(("b\n".to_string(), 1.004)));
}

#[wasm_bindgen_test]
fn a_runtime_error_marks_its_line_until_the_program_is_edited() {
    let state = ran("x = 0\nprint(1 / x)\n");
    assert_eq!(state.error_line(), Some(2));
    assert_eq!(state.apply(PageAction::Edit("x = 1\n".into())).error_line(), None);
}

async fn choose(root: &Element, selector: &str, value: &str) {
    let select: web_sys::HtmlSelectElement = find(root, selector);
    select.set_value(value);
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let change = web_sys::Event::new_with_event_init_dict("change", &init).expect("an event");
    select.dispatch_event(&change).expect("dispatched");
    settle().await;
}

fn printed_lines(root: &Element) -> Vec<String> {
    let Ok(list) = root.query_selector_all("#output .out-line") else { return Vec::new() };
    (0..list.length())
        .filter_map(|i| list.item(i))
        .map(|n| n.text_content().unwrap_or_default())
        .collect()
}

const TWO_NAPS: &str = "import asyncio\n\nasync def main():\n    for i in range(2):\n        await asyncio.sleep(0.1)\n        print('nap', i)\n\nasyncio.run(main())\n";

#[wasm_bindgen_test]
async fn the_real_time_driver_fires_each_timer_and_the_program_finishes() {
    let root = mount_page().await;
    type_program(&root, TWO_NAPS).await;
    choose(&root, "#mode", "real").await;
    press_run(&root).await;
    let status: Element = find(&root, "#run-status");
    assert!(status.text_content().unwrap_or_default().contains("waiting until"));
    wait(900).await;
    let lines = printed_lines(&root);
    assert_eq!(lines.len(), 2, "{lines:?}");
    let stamps: Vec<f64> = lines.iter().filter_map(|l| l.split('s').next()?.parse().ok()).collect();
    assert!(stamps.len() == 2 && stamps[0] >= 0.1 && stamps[1] >= stamps[0] + 0.1, "{lines:?}");
    assert!(status.text_content().unwrap_or_default().contains("finished"));
}

#[wasm_bindgen_test]
async fn stopping_a_real_time_run_cancels_its_timer() {
    let root = mount_page().await;
    type_program(&root, TWO_NAPS).await;
    choose(&root, "#mode", "real").await;
    press_run(&root).await;
    find::<HtmlButtonElement>(&root, "#stop").click();
    settle().await;
    wait(300).await;
    assert_eq!(printed_lines(&root), Vec::<String>::new());
    let status: Element = find(&root, "#run-status");
    assert!(!status.text_content().unwrap_or_default().contains("waiting"));
}

#[wasm_bindgen_test]
async fn the_speed_factor_scales_real_time() {
    let root = mount_page().await;
    type_program(&root, "import asyncio\nasyncio.run(asyncio.sleep(0.4))\nprint('woke')\n").await;
    choose(&root, "#mode", "real").await;
    choose(&root, "#speed", "0.25").await;
    press_run(&root).await;
    wait(250).await;
    assert_eq!(printed_lines(&root), Vec::<String>::new(), "at 0.25× 0.4 s takes 1.6 s");
    find::<HtmlButtonElement>(&root, "#stop").click();
    settle().await;
    choose(&root, "#speed", "4").await;
    press_run(&root).await;
    wait(250).await;
    let lines = printed_lines(&root);
    assert_eq!(lines.len(), 1, "at 4× 0.4 s takes 0.1 s: {lines:?}");
    assert!(lines[0].ends_with("woke"), "{lines:?}");
}

#[wasm_bindgen_test]
async fn playback_moves_the_cursor_by_itself_until_paused() {
    let root = mount_page().await;
    type_program(&root, TWO_NAPS).await;
    press_run(&root).await;
    let moment: Element = find(&root, "#moment");
    let end = moment.text_content().unwrap_or_default();
    find::<HtmlButtonElement>(&root, "#play").click();
    settle().await;
    wait(300).await;
    find::<HtmlButtonElement>(&root, "#play").click();
    settle().await;
    let paused = moment.text_content().unwrap_or_default();
    assert!(!paused.contains("iteration 0 of") && paused != end, "{paused}");
    wait(200).await;
    assert_eq!(moment.text_content().unwrap_or_default(), paused, "paused playback stays put");
}

#[wasm_bindgen_test]
async fn the_timeline_draws_the_run_and_a_click_moves_the_cursor() {
    let root = mount_page().await;
    type_program(&root, TWO_NAPS).await;
    press_run(&root).await;
    let canvas: web_sys::HtmlCanvasElement = find(&root, "#timeline-canvas");
    // Task-1's lane (the second, under the loop's) is painted: main runs
    // (#2f6fed) and waits on its sleeps (#dfe6f5) where its spans are.
    let lane_pixels = |lane: f64, rgb: [u8; 3]| -> usize {
        let ratio = canvas.width() as f64 / canvas.client_width().max(1) as f64;
        let ctx: web_sys::CanvasRenderingContext2d =
            canvas.get_context("2d").ok().flatten().expect("a 2d context").dyn_into().expect("2d");
        let (top, height) = ((26.0 + lane * 20.0) * ratio, 20.0 * ratio);
        let left = 120.0 * ratio;
        let width = canvas.width() as f64 - left;
        let data = ctx.get_image_data(left, top, width, height).expect("pixels").data();
        data.chunks(4).filter(|p| p[3] == 255 && p.iter().zip(rgb).all(|(&a, b)| a.abs_diff(b) <= 2)).count()
    };
    const RUNNING: [u8; 3] = [0x2f, 0x6f, 0xed];
    const WAITING: [u8; 3] = [0xdf, 0xe6, 0xf5];
    assert!(lane_pixels(1.0, RUNNING) > 0, "Task-1's lane has no running span");
    assert!(lane_pixels(1.0, WAITING) > 20, "Task-1's lane has no waiting span");
    assert_eq!(lane_pixels(5.0, RUNNING), 0, "below the last lane nothing is drawn");
    let label = canvas.get_attribute("aria-label").unwrap_or_default();
    assert!(label.starts_with("Timeline of 4 lanes"), "{label}");
    let moment: Element = find(&root, "#moment");
    let end = moment.text_content().unwrap_or_default();
    let rect = canvas.get_bounding_client_rect();
    for kind in ["mousedown", "mouseup"] {
        let init = web_sys::MouseEventInit::new();
        init.set_bubbles(true);
        init.set_client_x((rect.left() + 125.0) as i32);
        init.set_client_y((rect.top() + 40.0) as i32);
        init.set_buttons(1);
        let event = web_sys::MouseEvent::new_with_mouse_event_init_dict(kind, &init).expect("an event");
        canvas.dispatch_event(&event).expect("dispatched");
    }
    settle().await;
    let now = moment.text_content().unwrap_or_default();
    assert!(now.contains("iteration 1 of"), "a click at the start goes to the first iteration: {now} (was {end})");
}

#[wasm_bindgen_test]
async fn the_inspector_lists_the_executor_workers_at_the_cursor() {
    let root = mount_page().await;
    choose(&root, "#gallery", "seed_countdown_executor").await;
    press_run(&root).await;
    let scrubber: web_sys::HtmlInputElement = find(&root, "#scrubber");
    scrubber.set_value("1");
    let init = web_sys::EventInit::new();
    init.set_bubbles(true);
    let input = web_sys::Event::new_with_event_init_dict("input", &init).expect("an event");
    scrubber.dispatch_event(&input).expect("dispatched");
    settle().await;
    let Ok(items) = root.query_selector_all("#workers li") else { panic!("no worker list") };
    let workers: Vec<String> =
        (0..items.length()).filter_map(|i| items.item(i)).map(|n| n.text_content().unwrap_or_default()).collect();
    let busy: Vec<String> = (0..3).map(|i| format!("ThreadPoolExecutor-0_{i}count_down()")).collect();
    assert_eq!(workers, busy, "one row per worker thread, busy with its job");
}

#[wasm_bindgen_test]
fn a_recording_crosses_to_the_worker_and_back_unchanged() {
    use looplab::page::wire::{Reply, decode, encode};
    let source = looplab::gallery::default_example().source;
    let recording = looplab::view::recording::Recording::run(source, PageState::new(source.into(), Lang::En).record_options());
    assert!(recording.snapshots.is_some() && !recording.trace.is_empty() && !recording.chunks.is_empty());
    let reply = Reply::Done { id: 7, recording };
    assert_eq!(decode::<Reply>(&encode(&reply)), Some(reply));
    assert_eq!(decode::<Reply>(&[0xff, 0xff, 0xff]), None);
}

#[wasm_bindgen_test]
fn with_a_worker_run_asks_for_a_job_and_shows_only_its_own_recording() {
    use looplab::page::state::{PAGE_MAX_MEMORY, PAGE_MAX_STEPS, Shared};
    let mut page = PageState::new("print('hi')\n".into(), Lang::En);
    page.in_place = false;
    let asked = page.apply(PageAction::Run);
    let job = asked.pending.clone().expect("a job for the worker");
    assert_eq!(job.source, "print('hi')\n");
    assert_eq!((job.options.limits.max_steps, job.options.limits.max_memory), (PAGE_MAX_STEPS, PAGE_MAX_MEMORY));
    assert!(asked.recording.is_none(), "nothing ran in the page");
    let moving = asked.apply(PageAction::Progress(job.id, 1 << 20, 0.5)).apply(PageAction::Progress(job.id + 9, 5, 9.0));
    assert_eq!(moving.progress, (1 << 20, 0.5));
    let recording = Shared(std::rc::Rc::new(looplab::view::recording::Recording::run(&job.source, job.options.clone())));
    let stale = moving.apply(PageAction::Finished(job.id + 9, recording.clone()));
    assert!(stale.recording.is_none() && stale.pending.is_some());
    let done = moving.apply(PageAction::Finished(job.id, recording));
    assert!(done.pending.is_none());
    assert_eq!(done.recording.as_ref().map(|r| r.lines_until(done.cursor).len()), Some(1));
    let again = done.apply(PageAction::Run);
    assert_ne!(again.pending.as_ref().map(|j| j.id), Some(job.id), "each run has its own id");
    assert!(again.apply(PageAction::StopLive).pending.is_none());
    let crashed = again.apply(PageAction::Crashed);
    assert!(crashed.pending.is_none());
    assert_eq!(crashed.source, "print('hi')\n");
}

#[wasm_bindgen_test]
fn list_doubling_raises_memory_error_within_the_pages_budget() {
    let state = PageState::new("x = [1]\nwhile True:\n    x = x + x\n".into(), Lang::En).apply(PageAction::Run);
    let recording = state.recording.as_ref().expect("a recording");
    assert_eq!(recording.ending, Ending::Exited(1));
    let text: String = recording.chunks.iter().map(|c| c.text.as_str()).collect();
    assert!(text.ends_with("    x = x + x\n        ~~^~~\nMemoryError\n"), "{text}");
}

#[wasm_bindgen_test]
fn a_share_link_round_trips_and_opens_its_run_at_its_moment() {
    use looplab::view::share::{Shared, decode, encode};
    let source = looplab::gallery::default_example().source;
    let link = Shared { at: Some(3), lang: Some("zh-CN".into()), ..Shared::program(source) };
    let opened = decode(&format!("#{}", encode(&link))).expect("a share link");
    assert_eq!(opened, link);
    assert_eq!(decode("#<script>alert(1)</script>"), None);
    let mut state = PageState::new(opened.source, Lang::Zh);
    state.open_at = opened.at;
    let state = state.apply(PageAction::Run);
    assert_eq!(state.cursor, 3, "the run is shown at the link's moment");
    let again = state.apply(PageAction::Run);
    assert_eq!(again.cursor, again.end(), "later runs show their end");
    let mut far = PageState::new("print('hi')\n".into(), Lang::En);
    far.open_at = Some(u64::MAX);
    let far = far.apply(PageAction::Run);
    assert_eq!(far.cursor, far.end(), "a moment past the end is clamped");
}

#[wasm_bindgen_test]
fn the_await_graph_of_the_countdown_names_what_each_task_waits_on() {
    use looplab::view::await_graph::await_graph;
    let source = looplab::gallery::default_example().source;
    let state = PageState::new(source.into(), Lang::En).apply(PageAction::Run);
    let recording = state.recording.as_ref().expect("a run");
    let rows: Vec<String> = (0..=recording.iterations)
        .filter_map(|p| recording.snapshot_at(p))
        .flat_map(|s| await_graph(&s).into_iter().map(|e| format!("{} → {}", e.who(|n| n.to_string()), e.on)).collect::<Vec<_>>())
        .collect();
    assert!(rows.iter().any(|r| r == "Task-1 → wait([Task-2, Task-3, Task-4], ALL_COMPLETED)"), "{rows:?}");
    assert!(rows.iter().any(|r| r == "Task-4 → sleep(0.5) until 0.500"), "{rows:?}");
}

#[wasm_bindgen_test]
fn a_share_link_carries_knobs_clock_speed_and_moment_and_hostile_text_stays_text() {
    use looplab::python::front::knobs::find_knobs;
    use looplab::view::share::{Clock, Shared, decode, encode};
    let countdown = looplab::gallery::default_example().source.to_string();
    let c = find_knobs(&countdown).into_iter().find(|k| k.context == "('C', 0.5)").expect("C's knob");
    let turned = PageState::new(countdown, Lang::En).apply(PageAction::SetKnob(c, 0.3)).source;
    let hostile = format!("{turned}# </script><img src=x onerror=alert(1)> ;code=#at=9\n");
    let link = Shared { at: Some(4), lang: Some("en".into()), clock: Some(Clock::Real), speed: Some(4.0), ..Shared::program(&hostile) };
    let fragment = encode(&link);
    assert!(!fragment.contains('<') && !fragment.contains(' '), "{fragment}");
    let opened = decode(&format!("#{fragment}")).expect("a share link");
    assert_eq!(opened, link);
    let knobs = |source: &str| find_knobs(source).into_iter().map(|k| (k.context, k.value)).collect::<Vec<_>>();
    assert_eq!(knobs(&opened.source), knobs(&turned), "the knobs' values travel with the program");
    assert!(knobs(&opened.source).iter().any(|(context, _)| context == "('C', 0.3)"));
    assert_eq!(decode("#v1;clock=<script>alert(1)</script>;speed=9e999;code=aGk").map(|s| (s.clock, s.speed)), Some((None, None)));
}

#[wasm_bindgen_test]
fn a_real_time_link_keeps_its_moment_until_the_run_has_ended() {
    let mut state = PageState::new(SLEEPER.into(), Lang::En).apply(PageAction::SetMode(Mode::RealTime));
    state.open_at = Some(1);
    let waiting = state.apply(PageAction::Run);
    assert!(matches!(waiting.recording.as_ref().map(|r| &r.ending), Some(Ending::WaitingUntil(_))));
    assert_eq!(waiting.open_at, Some(1), "kept while the clock runs");
    let done = waiting.apply(PageAction::Woke(1.0));
    assert_eq!(done.recording.as_ref().map(|r| r.ending.clone()), Some(Ending::Exited(0)));
    assert_eq!((done.cursor, done.open_at), (1, None), "shown at the link's moment once it ended");
    assert_eq!(PageState::new(SLEEPER.into(), Lang::En).apply(PageAction::SetSpeed(3.0)).speed, 1.0, "only the player's speeds");
}

async fn press_key(target: &Element, key: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_bubbles(true);
    let event = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).expect("an event");
    target.dispatch_event(&event).expect("dispatched");
    settle().await;
}

#[wasm_bindgen_test]
async fn splitters_move_with_the_keys_and_panels_collapse_and_both_are_remembered() {
    let root = mount_page().await;
    press_run(&root).await;
    let columns: Element = find(&root, ".splitter-v");
    assert_eq!(columns.get_attribute("role").as_deref(), Some("separator"));
    assert_eq!(columns.get_attribute("aria-valuenow").as_deref(), Some("60"));
    press_key(&columns, "ArrowRight").await;
    press_key(&columns, "ArrowRight").await;
    let columns: Element = find(&root, ".splitter-v");
    assert_eq!(columns.get_attribute("aria-valuenow").as_deref(), Some("70"));
    let moment_before = find::<Element>(&root, "#moment").text_content();
    press_key(&columns, "ArrowLeft").await;
    assert_eq!(find::<Element>(&root, "#moment").text_content(), moment_before, "a splitter's arrows do not step the player");
    let workspace: Element = find(&root, ".workspace");
    assert!(workspace.get_attribute("style").unwrap_or_default().contains("--col-left: 0.650fr"));

    let fold: HtmlButtonElement = find(&root, ".output-pane .collapse");
    assert_eq!(fold.get_attribute("aria-expanded").as_deref(), Some("true"));
    assert_eq!(fold.get_attribute("aria-label").as_deref(), Some("Collapse: Output"));
    fold.click();
    settle().await;
    assert_eq!(workspace.get_attribute("data-collapsed").as_deref(), Some("output"));
    assert!(workspace.get_attribute("style").unwrap_or_default().contains("--inspector-flex: 1.000 1 0"), "the inspector takes the room");

    root.remove();
    let again = document().create_element("div").expect("a div");
    document().body().expect("a body").append_child(&again).expect("appended");
    looplab::page::start_in(again.clone());
    settle().await;
    let workspace: Element = find(&again, ".workspace");
    assert_eq!(workspace.get_attribute("data-collapsed").as_deref(), Some("output"), "remembered");
    assert_eq!(find::<Element>(&again, ".splitter-v").get_attribute("aria-valuenow").as_deref(), Some("65"));
    let fold: HtmlButtonElement = find(&again, ".output-pane .collapse");
    assert_eq!(fold.get_attribute("aria-expanded").as_deref(), Some("false"));
    fold.click();
    settle().await;
    assert_eq!(workspace.get_attribute("data-collapsed").as_deref(), Some(""));
    again.remove();
}

#[wasm_bindgen_test]
fn a_knob_change_keeps_the_run_before_it_for_the_run_diff() {
    use looplab::view::run_diff::{Change, run_diff};
    let source = looplab::gallery::default_example().source.to_string();
    let c = looplab::python::front::knobs::find_knobs(&source).into_iter().find(|k| k.context == "('C', 0.5)").expect("C's knob");
    let before = PageState::new(source, Lang::En).apply(PageAction::Run);
    let after = before.apply(PageAction::SetKnob(c, 0.3));
    let (old, new) = (after.previous.clone().expect("the run before"), after.recording.clone().expect("the run after"));
    assert_eq!(Some(&old), before.recording.as_ref());
    let lines = new.lines_until(new.iterations);
    let diff = run_diff(&old.lines_until(old.iterations), &lines);
    let first = lines.iter().position(|l| l.text.ends_with("C = 3")).expect("C = 3");
    assert_eq!(diff[first], Change::Retimed { was: 0.5 });
    assert_eq!(after.apply(PageAction::Run).previous, None, "a plain Run shows no diff");
    assert_eq!(after.apply(PageAction::LoadExample("lock".into())).previous, None);
}

#[wasm_bindgen_test]
fn predict_mode_deals_the_countdown_shuffled_and_reveal_goes_to_the_first_mistake() {
    use looplab::view::predict::{Puzzle, seed_of};
    let source = looplab::gallery::default_example().source;
    let state = PageState::new(source.into(), Lang::En).apply(PageAction::SetPredict(true));
    assert_eq!(state.predict, Some(None), "on, nothing dealt before a run");
    let state = state.apply(PageAction::Run);
    let puzzle = |s: &PageState| s.predict.clone().flatten().expect("a puzzle");
    let recording = state.recording.clone().expect("a run");
    let lines = recording.lines_until(recording.iterations);
    let dealt = puzzle(&state);
    assert_eq!(dealt.len(), lines.len());
    let truth: Vec<&str> = lines.iter().map(|l| l.text.as_str()).collect();
    assert_ne!(dealt.arranged().collect::<Vec<_>>(), truth, "never the true order");
    let again = Puzzle::new(lines.iter().map(|l| (l.text.clone(), l.at.iteration as u64)), seed_of(source));
    assert_eq!(dealt, again, "the same program deals the same puzzle");
    assert!(state.predicting());

    // Put the first line right (a rule: any of the equal rules will do), then reveal.
    let from = dealt.arranged().position(|t| t == truth[0]).expect("the first line");
    let moved = state.apply(PageAction::MoveLine(from, 0));
    assert_eq!(puzzle(&moved).arranged().next(), Some(truth[0]));
    let revealed = moved.apply(PageAction::Reveal);
    let shown = puzzle(&revealed);
    assert!(shown.revealed && !revealed.predicting());
    let mistake = shown.first_mistake().expect("still shuffled");
    assert!(mistake >= 1 && shown.marks()[0]);
    assert_eq!(revealed.cursor, lines[mistake].at.iteration as u64, "the cursor is where the first wrong line was printed");
    assert_eq!(revealed.apply(PageAction::MoveLine(0, 1)), revealed, "revealed lines stay put");
    let dealt_again = revealed.apply(PageAction::PredictAgain);
    assert_eq!(puzzle(&dealt_again), dealt, "Try again deals the same puzzle");
    assert_eq!(dealt_again.apply(PageAction::SetPredict(false)).predict, None);

    let broken = PageState::new("print(\n".into(), Lang::En).apply(PageAction::SetPredict(true)).apply(PageAction::Run);
    assert_eq!(broken.predict, Some(None), "a SyntaxError's report is shown, not dealt");
}

#[wasm_bindgen_test]
fn a_predict_link_round_trips_and_hostile_fragments_stay_text() {
    use looplab::view::share::{Shared, decode, encode};
    let hostile = "print('<img src=x onerror=alert(1)>')\n# ;predict=1;code=#\n";
    let link = Shared { predict: true, lang: Some("zh-CN".into()), ..Shared::program(hostile) };
    let fragment = encode(&link);
    assert!(fragment.contains(";predict=1;code=") && !fragment.contains('<'), "{fragment}");
    assert_eq!(decode(&format!("#{fragment}")), Some(link));
    assert!(!decode("#v1;predict=<script>;code=aGk").expect("a link").predict);
}

async fn press_alt_key(target: &Element, key: &str) {
    let init = web_sys::KeyboardEventInit::new();
    init.set_key(key);
    init.set_alt_key(true);
    init.set_bubbles(true);
    let event = web_sys::KeyboardEvent::new_with_keyboard_event_init_dict("keydown", &init).expect("an event");
    target.dispatch_event(&event).expect("dispatched");
    settle().await;
}

fn texts_of(root: &Element, selector: &str) -> Vec<String> {
    let nodes = root.query_selector_all(selector).expect("a selector");
    (0..nodes.length()).filter_map(|i| nodes.item(i)).map(|n| n.text_content().unwrap_or_default()).collect()
}

#[wasm_bindgen_test]
async fn predict_mode_on_the_page_hides_the_answer_moves_lines_with_alt_arrows_and_reveals() {
    let root = mount_page().await;
    type_program(&root, "print('one')\nprint('two')\nprint('three')\n").await;
    find::<web_sys::HtmlInputElement>(&root, "#predict").click();
    settle().await;
    assert_eq!(find::<Element>(&root, "#output").text_content().unwrap_or_default(), "Predict mode: press Run, then put the printed lines in the order you expect.");
    press_run(&root).await;
    let workspace: Element = find(&root, ".workspace");
    assert_eq!(workspace.get_attribute("data-predicting").as_deref(), Some("true"), "the timeline and inspector are hidden");
    assert!(find::<HtmlButtonElement>(&root, "#export-text").disabled(), "the exports would give it away");
    let dealt = texts_of(&root, ".predict-line .out-text");
    assert_eq!(dealt.len(), 3);
    assert_ne!(dealt, ["one", "two", "three"]);
    let first = find::<Element>(&root, "#predict-0");
    assert_eq!(first.get_attribute("aria-label"), Some(format!("{} (line 1 of 3)", dealt[0])));

    // Sort by keyboard: bubble each line up to its place.
    for (place, want) in ["one", "two", "three"].iter().enumerate() {
        let at = texts_of(&root, ".predict-line .out-text").iter().position(|t| t == want).expect("dealt");
        for step in (place..at).rev() {
            press_alt_key(&find::<Element>(&root, &format!("#predict-{}", step + 1)), "ArrowUp").await;
            let focused = document().active_element().and_then(|e| e.get_attribute("id"));
            assert_eq!(focused, Some(format!("predict-{step}")), "the moved line keeps the focus");
        }
    }
    assert_eq!(texts_of(&root, ".predict-line .out-text"), ["one", "two", "three"]);
    find::<HtmlButtonElement>(&root, "#reveal").click();
    settle().await;
    assert_eq!(workspace.get_attribute("data-predicting"), None);
    assert_eq!(texts_of(&root, "#output .out-line.right .out-text"), ["one", "two", "three"]);
    assert_eq!(find::<Element>(&root, "#predict-score").text_content().as_deref(), Some("3 of 3 lines in the right place"));

    find::<HtmlButtonElement>(&root, "#predict-again").click();
    settle().await;
    choose(&root, "#lang", "zh-CN").await;
    let dealt = texts_of(&root, ".predict-line .out-text");
    let down: HtmlButtonElement = find(&root, "#predict-0 button[aria-label='下移']");
    down.click();
    settle().await;
    let mut expected = dealt.clone();
    expected.swap(0, 1);
    assert_eq!(texts_of(&root, ".predict-line .out-text"), expected);
    find::<HtmlButtonElement>(&root, "#reveal").click();
    settle().await;
    let right = texts_of(&root, "#output .out-line.right .out-text").len();
    let score = find::<Element>(&root, "#predict-score").text_content().unwrap_or_default();
    let wrong = texts_of(&root, "#output .out-line.wrong .was");
    assert_eq!(right + wrong.len(), 3);
    assert!(score.starts_with(&format!("3 行中有 {right} 行位置正确")), "{score}");
    assert!(wrong.iter().all(|w| w.starts_with("错误：你放的是")), "{wrong:?}");
    root.remove();
}

#[wasm_bindgen_test]
fn choosing_the_spacing_changes_the_timelines_axis_keeps_the_moment_and_survives_a_rerun() {
    use looplab::view::timeline::{Spacing, TimelineModel, UNITS_PER_ITERATION};
    let model = |s: &PageState| {
        let r = s.recording.as_ref().expect("a run");
        TimelineModel::from_trace(&r.trace, &r.starts, s.spacing)
    };
    let state = ran(SLEEPER).apply(PageAction::Seek(1)).apply(PageAction::SelectTask("Task-1".into()));
    assert_eq!(state.spacing, Spacing::Time);
    let turns = state.apply(PageAction::SetSpacing(Spacing::Iteration));
    assert_eq!(turns.spacing, Spacing::Iteration);
    assert_eq!((turns.cursor, turns.selected.as_deref()), (1, Some("Task-1")), "the same moment, the same task picked");
    assert_eq!(turns.recording, state.recording, "switching does not run the program again");
    let (by_time, by_turn) = (model(&state), model(&turns));
    assert_eq!(by_turn.axis.width(), by_turn.iterations as f64 * UNITS_PER_ITERATION, "one column per iteration");
    assert!(by_time.axis.width() > by_turn.axis.width(), "the second's sleep is wide on the time axis");
    let again = turns.apply(PageAction::Run);
    assert_eq!(again.spacing, Spacing::Iteration, "a new run keeps the spacing");
    assert_eq!(model(&again).axis, by_turn.axis);
    assert_eq!(model(&again.apply(PageAction::SetSpacing(Spacing::Time))).axis, by_time.axis);
}
