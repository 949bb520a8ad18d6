//! Every string the page shows, in English and 简体中文. The components
//! import these tables; the tables import no component.

use crate::python::front::knobs::KnobKind;

/// A language the page speaks.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    /// English.
    En,
    /// Simplified Chinese.
    Zh,
}

impl Lang {
    /// The code stored in localStorage and set on `<html lang>`.
    pub fn code(self) -> &'static str {
        match self {
            Lang::En => "en",
            Lang::Zh => "zh-CN",
        }
    }

    /// Reads a stored code or a browser language tag (`zh`, `zh-CN`, `en-US`…).
    pub fn from_tag(tag: &str) -> Option<Lang> {
        let tag = tag.to_ascii_lowercase();
        if tag.starts_with("zh") {
            Some(Lang::Zh)
        } else if tag.starts_with("en") {
            Some(Lang::En)
        } else {
            None
        }
    }

    /// The title of a gallery example in this language.
    pub fn title(self, example: &crate::gallery::Example) -> &'static str {
        match self {
            Lang::En => example.title_en,
            Lang::Zh => example.title_zh,
        }
    }

    /// The UI strings in this language.
    pub fn text(self) -> &'static Text {
        match self {
            Lang::En => &EN,
            Lang::Zh => &ZH,
        }
    }
}

/// The page's UI strings in one language.
pub struct Text {
    /// Under the name in the header.
    pub tagline: &'static str,
    /// The run button.
    pub run: &'static str,
    /// The run button's tooltip, with its shortcut.
    pub run_hint: &'static str,
    /// The editor's accessible name.
    pub editor_label: &'static str,
    /// The output panel's heading.
    pub output: &'static str,
    /// The output panel before anything has run.
    pub output_empty: &'static str,
    /// Run-diff: the time an output line had before the knob change.
    pub was_time: fn(f64) -> String,
    /// Run-diff: the line number an output line had before the knob change.
    pub was_line: fn(usize) -> String,
    /// Run-diff: a line the run before the knob change did not print.
    pub new_line: &'static str,
    /// The language switch's accessible name.
    pub language: &'static str,
    /// The gallery picker's label.
    pub examples: &'static str,
    /// The gallery's group of seed-tutorial examples.
    pub from_tutorials: &'static str,
    /// The gallery's group of classics.
    pub classics: &'static str,
    /// The gallery entry that brings back the user's own program.
    pub your_program: &'static str,
    /// The delay knobs' heading.
    pub delays: &'static str,
    /// "line N".
    pub line_no: fn(usize) -> String,
    /// A knob's kind.
    pub knob_kind: fn(KnobKind) -> &'static str,
    /// The player's strings.
    pub player: PlayerText,
    /// The inspector's strings.
    pub inspector: InspectorText,
    /// The timeline's strings.
    pub timeline: TimelineText,
    /// The share and export buttons' strings.
    pub share: ShareText,
    /// The splitters' and collapse buttons' strings.
    pub layout: LayoutText,
    /// Predict-then-reveal's strings.
    pub predict: PredictText,
}

/// Predict-then-reveal's strings.
pub struct PredictText {
    /// The switch in the output panel's title bar.
    pub toggle: &'static str,
    /// Its tooltip.
    pub toggle_hint: &'static str,
    /// Predict mode before a finished run.
    pub before_run: &'static str,
    /// What to do with the shuffled lines.
    pub instructions: &'static str,
    /// What is hidden until Reveal.
    pub veiled: &'static str,
    /// The shuffled list's accessible name.
    pub list: &'static str,
    /// A line's accessible name: its text, its place and the number of lines.
    pub line: fn(&str, usize, usize) -> String,
    /// The button that moves a line up.
    pub move_up: &'static str,
    /// The button that moves a line down.
    pub move_down: &'static str,
    /// The button that shows the true order.
    pub reveal: &'static str,
    /// The button that deals the puzzle again.
    pub again: &'static str,
    /// The score: right places out of all.
    pub score: fn(usize, usize) -> String,
    /// A line in its right place.
    pub right: &'static str,
    /// A line in a wrong place (the mark's name).
    pub wrong_mark: &'static str,
    /// A line the learner placed wrong, with what they put there instead.
    pub wrong: fn(&str) -> String,
    /// Where the cursor went on Reveal.
    pub first_mistake: &'static str,
}

/// The splitters' and collapse buttons' strings.
pub struct LayoutText {
    /// The splitter between the two columns.
    pub columns: &'static str,
    /// The splitter between the editor and the timeline.
    pub left: &'static str,
    /// The splitter between the output and the inspector.
    pub right: &'static str,
    /// "Collapse the panel".
    pub collapse: fn(&str) -> String,
    /// "Expand the panel".
    pub expand: fn(&str) -> String,
}

/// The share and export buttons' strings.
pub struct ShareText {
    /// The button that puts the program and the moment in a link.
    pub share: &'static str,
    /// Its tooltip.
    pub share_hint: &'static str,
    /// Said once the link is on the clipboard.
    pub copied: &'static str,
    /// Said when the clipboard refused: the link is shown to copy by hand.
    pub copy_by_hand: &'static str,
    /// The link field's accessible name.
    pub link: &'static str,
    /// Said when the program is too long for a link.
    pub too_long: &'static str,
    /// The button that downloads the trace.
    pub export_trace: &'static str,
    /// Its tooltip.
    pub export_trace_hint: &'static str,
    /// The button that downloads the timeline's picture.
    pub export_png: &'static str,
    /// The button that downloads the whole timeline as SVG.
    pub export_svg: &'static str,
    /// The button that downloads the printed output as text.
    pub export_text: &'static str,
}

/// The timeline's strings.
pub struct TimelineText {
    /// Heading.
    pub title: &'static str,
    /// The canvas's accessible name: lanes and iterations.
    pub summary: fn(usize, u64) -> String,
    /// Zoom in.
    pub zoom_in: &'static str,
    /// Zoom out.
    pub zoom_out: &'static str,
    /// Show the whole run.
    pub fit: &'static str,
    /// Pan left.
    pub pan_left: &'static str,
    /// Pan right.
    pub pan_right: &'static str,
    /// The clock ticks along the top (a list for screen readers).
    pub clock: &'static str,
    /// The spacing switch's accessible name.
    pub spacing: &'static str,
    /// Spacing: waits as wide as the time that passed.
    pub by_time: &'static str,
    /// Spacing: one column per loop iteration.
    pub by_iteration: &'static str,
    /// Show the lanes above.
    pub lanes_up: &'static str,
    /// Show the lanes below.
    pub lanes_down: &'static str,
    /// Legend: running.
    pub running: &'static str,
    /// Legend: waiting.
    pub waiting: &'static str,
    /// Legend: ready.
    pub ready: &'static str,
    /// Legend: blocked.
    pub blocked: &'static str,
    /// The loop's lane.
    pub loop_lane: &'static str,
    /// A span's hover text.
    pub describe: fn(&crate::view::timeline::SpanLabel) -> String,
    /// Legend: a slow step.
    pub slow: &'static str,
}

/// What a delay knob is, in English.
fn knob_kind_en(kind: KnobKind) -> &'static str {
    match kind {
        KnobKind::Sleep => "sleep",
        KnobKind::BlockingSleep => "blocking time.sleep",
        KnobKind::CallLater => "call_later",
        KnobKind::CallAt => "call_at",
        KnobKind::Timeout => "timeout",
        KnobKind::Table => "table",
    }
}

/// What a delay knob is, in Chinese.
fn knob_kind_zh(kind: KnobKind) -> &'static str {
    match kind {
        KnobKind::Sleep => "sleep 等待",
        KnobKind::BlockingSleep => "阻塞的 time.sleep",
        KnobKind::CallLater => "call_later 延迟",
        KnobKind::CallAt => "call_at 时刻",
        KnobKind::Timeout => "超时",
        KnobKind::Table => "数据表",
    }
}

fn describe_en(label: &crate::view::timeline::SpanLabel) -> String {
    use crate::view::timeline::SpanLabel as L;
    match label {
        L::Iteration { n, ready, timers } => format!("iteration {n} · {ready} ready · {timers} timers"),
        L::Blocked { start, end } => format!("time.sleep: the loop is blocked {start:.3}–{end:.3} s"),
        L::Ready(task) => format!("{task}: ready"),
        L::Running(task, None) => format!("{task}: running"),
        L::Running(task, Some(exc)) => format!("{task}: running, {exc} thrown in"),
        L::Waiting(task, on) => format!("{task}: waiting on {on}"),
        L::Yielded(task) => format!("{task}: ready again (bare yield)"),
        L::Finished(task, how) => format!("{task}: {how}"),
        L::Job(job) => job.clone(),
    }
}

fn describe_zh(label: &crate::view::timeline::SpanLabel) -> String {
    use crate::view::timeline::SpanLabel as L;
    match label {
        L::Iteration { n, ready, timers } => format!("第 {n} 次迭代 · {ready} 个就绪 · {timers} 个定时器"),
        L::Blocked { start, end } => format!("time.sleep:事件循环阻塞 {start:.3}–{end:.3} 秒"),
        L::Ready(task) => format!("{task}:就绪"),
        L::Running(task, None) => format!("{task}:运行中"),
        L::Running(task, Some(exc)) => format!("{task}:运行中,抛入 {exc}"),
        L::Waiting(task, on) => format!("{task}:等待 {on}"),
        L::Yielded(task) => format!("{task}:让出后再次就绪(yield)"),
        L::Finished(task, how) => format!("{task}:结束({how})"),
        L::Job(job) => job.clone(),
    }
}

/// The player's strings (run modes, playback, status).
pub struct PlayerText {
    /// The player's accessible name.
    pub label: &'static str,
    /// The clock switch's accessible name.
    pub clock: &'static str,
    /// Virtual time.
    pub virtual_time: &'static str,
    /// Real time.
    pub real_time: &'static str,
    /// Play.
    pub play: &'static str,
    /// Pause.
    pub pause: &'static str,
    /// One iteration back.
    pub step_back: &'static str,
    /// One iteration forward.
    pub step_forward: &'static str,
    /// The speed switch's accessible name.
    pub speed: &'static str,
    /// The scrubber's accessible name.
    pub moment: &'static str,
    /// "iteration p of n".
    pub iteration_of: fn(u64, u64) -> String,
    /// Real time: waiting for the clock to reach t.
    pub waiting_until: fn(f64) -> String,
    /// A run in progress in the worker: steps and virtual time so far.
    pub running: fn(u64, f64) -> String,
    /// Stop the run in progress.
    pub stop: &'static str,
    /// The run ended with this exit status.
    pub exited: fn(i32) -> String,
    /// The run has not happened yet.
    pub not_run: &'static str,
    /// The editor's text differs from what ran.
    pub edited: &'static str,
}

/// The inspector's strings.
pub struct InspectorText {
    /// Heading.
    pub title: &'static str,
    /// No loop exists at this moment.
    pub no_loop: &'static str,
    /// The loop's clock.
    pub clock: &'static str,
    /// The iteration count.
    pub iteration: &'static str,
    /// Ready-queue heading.
    pub ready: &'static str,
    /// Timer-heap heading.
    pub timers: &'static str,
    /// Tasks heading.
    pub tasks: &'static str,
    /// Workers heading.
    pub workers: &'static str,
    /// Handles that ran in this iteration.
    pub ran: &'static str,
    /// An empty list.
    pub empty: &'static str,
    /// Deadline column.
    pub deadline: &'static str,
    /// Countdown column.
    pub countdown: &'static str,
    /// Equal deadlines.
    pub tie: &'static str,
    /// A cancelled timer still in the heap.
    pub cancelled_timer: &'static str,
    /// A timer that fired late by this many milliseconds.
    pub late_by: fn(f64) -> String,
    /// Task states.
    pub ready_state: &'static str,
    /// Running.
    pub running: &'static str,
    /// Waiting on something.
    pub waiting_on: fn(&str) -> String,
    /// Done.
    pub done: &'static str,
    /// Cancelled.
    pub cancelled: &'static str,
    /// Failed.
    pub failed: &'static str,
    /// An idle worker.
    pub idle: &'static str,
    /// The await graph's heading.
    pub await_graph: &'static str,
    /// A graph row's waiters when there are many: "9,997 tasks".
    pub n_tasks: fn(usize) -> String,
    /// The graph with no task waiting.
    pub nobody_waits: &'static str,
    /// The drawn graph's accessible name.
    pub graph_label: &'static str,
    /// A task's box: press to select it (its lane and its line).
    pub select_task: fn(&str) -> String,
    /// A box of tasks grouped on one wait: "9,997 tasks waiting on sleep(…)".
    pub group_waiting: fn(usize, &str) -> String,
    /// A box of ready tasks grouped: "12 tasks ready".
    pub group_ready: fn(usize) -> String,
    /// An executor job's worker: "on asyncio_0".
    pub on_worker: fn(&str) -> String,
    /// A lock's queue of waiters, in order.
    pub queue: fn(&str) -> String,
    /// Tasks left out of the drawing.
    pub hidden: fn(usize) -> String,
    /// The slow steps' heading.
    pub slow: &'static str,
    /// Why a slow step is flagged: its threshold, and whether debug mode
    /// logged it.
    pub slow_why: fn(f64, bool) -> String,
    /// A timer a slow step made late: its label, how late (ms).
    pub made_late: fn(&str, f64) -> String,
    /// A late timer's cause: the slow step that held the loop.
    pub late_because: fn(&str) -> String,
}

static EN: Text = Text {
    tagline: "the asyncio event loop, running in your browser",
    run: "Run",
    run_hint: "Run the program (Ctrl+Enter)",
    editor_label: "Python program",
    output: "Output",
    output_empty: "Press Run to run the program.",
    was_time: |t| format!("was {t:.3} s"),
    was_line: |n| format!("was line {n}"),
    new_line: "new",
    language: "Language",
    examples: "Examples",
    from_tutorials: "From the tutorials",
    classics: "Classics",
    your_program: "↩ Your program",
    delays: "Delays and timeouts",
    line_no: |n| format!("line {n}"),
    knob_kind: knob_kind_en,
    player: PlayerText {
        label: "Player",
        clock: "Clock",
        virtual_time: "Virtual time",
        real_time: "Real time",
        play: "Play",
        pause: "Pause",
        step_back: "One iteration back (←)",
        step_forward: "One iteration forward (→)",
        speed: "Speed",
        moment: "Moment",
        iteration_of: |p, n| format!("iteration {p} of {n}"),
        waiting_until: |t| format!("running in real time: waiting until {t:.3} s…"),
        running: |steps, t| format!("running: {steps} steps, virtual time {t:.3} s…"),
        stop: "Stop",
        exited: |code| if code == 0 { "finished".to_string() } else { format!("exited with status {code}") },
        not_run: "Press Run to run the program.",
        edited: "edited since this run: press Run again",
    },
    inspector: InspectorText {
        title: "Inspector",
        no_loop: "No event loop is running at this moment.",
        clock: "clock",
        iteration: "iteration",
        ready: "Ready queue",
        timers: "Timer heap",
        tasks: "Tasks",
        workers: "Workers",
        ran: "Ran in this iteration",
        empty: "empty",
        deadline: "deadline",
        countdown: "in",
        tie: "equal deadlines: order not guaranteed by asyncio",
        cancelled_timer: "cancelled",
        late_by: |ms| format!("fired {ms:.1} ms late"),
        ready_state: "ready",
        running: "running",
        waiting_on: |on| format!("waiting on {on}"),
        done: "done",
        cancelled: "cancelled",
        failed: "failed",
        idle: "idle",
        await_graph: "Who waits on what",
        n_tasks: |n| format!("{} tasks", crate::view::await_graph::thousands(n)),
        nobody_waits: "no task is waiting",
        graph_label: "Await graph: tasks and what they wait on",
        select_task: |name| format!("{name}: select (its lane and its line)"),
        group_waiting: |n, on| format!("{} tasks waiting on {on}", crate::view::await_graph::thousands(n)),
        group_ready: |n| format!("{} tasks ready", crate::view::await_graph::thousands(n)),
        on_worker: |w| format!("on {w}"),
        queue: |q| format!("queue: {q}"),
        hidden: |n| format!("+{} more tasks not drawn", crate::view::await_graph::thousands(n)),
        slow: "Slow steps",
        slow_why: |t, debug| if debug { format!("held the loop ≥ {t:.3} s (slow_callback_duration); debug mode logged it") } else { format!("held the loop ≥ {t:.3} s: asyncio's debug mode would log it") },
        made_late: |label, ms| format!("made {label} fire {ms:.1} ms late"),
        late_because: |label| format!("because {label} held the loop"),
    },
    timeline: TimelineText {
        title: "Timeline",
        summary: |lanes, n| format!("Timeline of {lanes} lanes (the loop, its tasks and workers) over {n} loop iterations; click to go to a moment"),
        zoom_in: "Zoom in",
        zoom_out: "Zoom out",
        fit: "Show the whole run",
        pan_left: "Pan left",
        pan_right: "Pan right",
        clock: "Clock ticks",
        spacing: "Spacing of the loop iterations",
        by_time: "By time",
        by_iteration: "One column per iteration",
        lanes_up: "Lanes above",
        lanes_down: "Lanes below",
        running: "running",
        waiting: "waiting",
        ready: "ready",
        blocked: "blocked",
        loop_lane: "event loop",
        describe: describe_en,
        slow: "slow step",
    },
    share: ShareText {
        share: "Share",
        share_hint: "Copy a link to this program at this moment",
        copied: "Link copied",
        copy_by_hand: "Copy this link:",
        link: "Share link",
        too_long: "This program is too long for a link",
        export_trace: "Trace JSON",
        export_trace_hint: "Download the run as Chrome Trace Event JSON (ui.perfetto.dev, chrome://tracing)",
        export_png: "Timeline PNG",
        export_svg: "Timeline SVG",
        export_text: "Output text",
    },
    layout: LayoutText {
        columns: "Resize the columns (← →)",
        left: "Resize the editor and the timeline (↑ ↓)",
        right: "Resize the output and the inspector (↑ ↓)",
        collapse: |panel| format!("Collapse: {panel}"),
        expand: |panel| format!("Expand: {panel}"),
    },
    predict: PredictText {
        toggle: "Predict",
        toggle_hint: "Predict, then reveal: order the printed lines yourself before seeing them",
        before_run: "Predict mode: press Run, then put the printed lines in the order you expect.",
        instructions: "In what order does the program print these lines? Drag them, or focus one and press Alt+↑ / Alt+↓, then press Reveal.",
        veiled: "The timeline and the inspector are hidden until you reveal.",
        list: "Lines to put in order",
        line: |text, place, n| format!("{text} (line {place} of {n})"),
        move_up: "Move up",
        move_down: "Move down",
        reveal: "Reveal",
        again: "Try again",
        score: |right, n| format!("{right} of {n} lines in the right place"),
        right: "right",
        wrong_mark: "wrong",
        wrong: |yours| format!("wrong: you put “{yours}”"),
        first_mistake: "The cursor is at the moment of your first mistake.",
    },
};

static ZH: Text = Text {
    tagline: "在浏览器里运行的 asyncio 事件循环",
    run: "运行",
    run_hint: "运行程序 (Ctrl+Enter)",
    editor_label: "Python 程序",
    output: "输出",
    output_empty: "点击“运行”运行程序。",
    was_time: |t| format!("原为 {t:.3} 秒"),
    was_line: |n| format!("原在第 {n} 行"),
    new_line: "新增",
    language: "语言",
    examples: "示例",
    from_tutorials: "教程中的示例",
    classics: "经典示例",
    your_program: "↩ 你的程序",
    delays: "延迟与超时",
    line_no: |n| format!("第 {n} 行"),
    knob_kind: knob_kind_zh,
    player: PlayerText {
        label: "播放器",
        clock: "时钟",
        virtual_time: "虚拟时间",
        real_time: "真实时间",
        play: "播放",
        pause: "暂停",
        step_back: "后退一次迭代 (←)",
        step_forward: "前进一次迭代 (→)",
        speed: "速度",
        moment: "时刻",
        iteration_of: |p, n| format!("第 {p} 次迭代,共 {n} 次"),
        waiting_until: |t| format!("真实时间运行中:等待到 {t:.3} 秒…"),
        running: |steps, t| format!("运行中:已执行 {steps} 步,虚拟时间 {t:.3} 秒…"),
        stop: "停止",
        exited: |code| if code == 0 { "运行结束".to_string() } else { format!("退出状态 {code}") },
        not_run: "点击“运行”运行程序。",
        edited: "程序已修改:请再次运行",
    },
    inspector: InspectorText {
        title: "检查器",
        no_loop: "此刻没有正在运行的事件循环。",
        clock: "时钟",
        iteration: "迭代",
        ready: "就绪队列",
        timers: "定时器堆",
        tasks: "任务",
        workers: "工作线程",
        ran: "本次迭代运行的回调",
        empty: "空",
        deadline: "到期",
        countdown: "剩余",
        tie: "到期时间相同:asyncio 不保证先后顺序",
        cancelled_timer: "已取消",
        late_by: |ms| format!("晚了 {ms:.1} 毫秒触发"),
        ready_state: "就绪",
        running: "运行中",
        waiting_on: |on| format!("等待 {on}"),
        done: "已完成",
        cancelled: "已取消",
        failed: "失败",
        idle: "空闲",
        await_graph: "谁在等待什么",
        n_tasks: |n| format!("{} 个任务", crate::view::await_graph::thousands(n)),
        nobody_waits: "没有任务在等待",
        graph_label: "等待关系图：任务及其等待的对象",
        select_task: |name| format!("{name}：选中（它的泳道和代码行）"),
        group_waiting: |n, on| format!("{} 个任务在等待 {on}", crate::view::await_graph::thousands(n)),
        group_ready: |n| format!("{} 个任务已就绪", crate::view::await_graph::thousands(n)),
        on_worker: |w| format!("运行于 {w}"),
        queue: |q| format!("排队：{q}"),
        hidden: |n| format!("另有 {} 个任务未画出", crate::view::await_graph::thousands(n)),
        slow: "慢步骤",
        slow_why: |t, debug| if debug { format!("占用事件循环 ≥ {t:.3} 秒（slow_callback_duration）；调试模式已记录") } else { format!("占用事件循环 ≥ {t:.3} 秒：asyncio 的调试模式会记录它") },
        made_late: |label, ms| format!("使 {label} 晚了 {ms:.1} 毫秒触发"),
        late_because: |label| format!("因为 {label} 占用了事件循环"),
    },
    timeline: TimelineText {
        title: "时间线",
        summary: |lanes, n| format!("时间线:{lanes} 条泳道(事件循环、任务和工作线程),共 {n} 次循环迭代;点击跳到该时刻"),
        zoom_in: "放大",
        zoom_out: "缩小",
        fit: "显示整个运行过程",
        pan_left: "向左平移",
        pan_right: "向右平移",
        clock: "时钟刻度",
        spacing: "循环迭代的间距",
        by_time: "按时间",
        by_iteration: "每轮一列",
        lanes_up: "上面的泳道",
        lanes_down: "下面的泳道",
        running: "运行",
        waiting: "等待",
        ready: "就绪",
        blocked: "阻塞",
        loop_lane: "事件循环",
        describe: describe_zh,
        slow: "慢步骤",
    },
    share: ShareText {
        share: "分享",
        share_hint: "复制指向此程序此刻的链接",
        copied: "链接已复制",
        copy_by_hand: "请复制此链接：",
        link: "分享链接",
        too_long: "程序太长，无法放进链接",
        export_trace: "导出追踪 JSON",
        export_trace_hint: "以 Chrome Trace Event JSON 下载这次运行（ui.perfetto.dev、chrome://tracing）",
        export_png: "时间线 PNG",
        export_svg: "时间线 SVG",
        export_text: "输出文本",
    },
    layout: LayoutText {
        columns: "调整两栏宽度 (← →)",
        left: "调整编辑器与时间线的高度 (↑ ↓)",
        right: "调整输出与检查器的高度 (↑ ↓)",
        collapse: |panel| format!("折叠:{panel}"),
        expand: |panel| format!("展开:{panel}"),
    },
    predict: PredictText {
        toggle: "预测",
        toggle_hint: "先预测，再揭晓：在看到输出之前自己排出打印的顺序",
        before_run: "预测模式：点击“运行”，然后按你预想的顺序排列打印的各行。",
        instructions: "程序会按什么顺序打印这些行？拖动它们，或选中一行按 Alt+↑ / Alt+↓，然后点击“揭晓”。",
        veiled: "揭晓之前，时间线和检查器是隐藏的。",
        list: "待排序的行",
        line: |text, place, n| format!("{text}(第 {place} 行,共 {n} 行)"),
        move_up: "上移",
        move_down: "下移",
        reveal: "揭晓",
        again: "再试一次",
        score: |right, n| format!("{n} 行中有 {right} 行位置正确"),
        right: "正确",
        wrong_mark: "错误",
        wrong: |yours| format!("错误：你放的是“{yours}”"),
        first_mistake: "光标停在你第一处错误的时刻。",
    },
};
