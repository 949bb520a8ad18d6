//! The loop's story in words, English and 简体中文: one line per iteration
//! that ran a callback, e.g.
//! `t=0.500 it 4: Task-4 count_down() resumes at line 11, prints "C = 3", sleeps 0.5 s (until 1.000)`.
//! The wording follows the page's (src/page/i18n.rs: "line N" / "第 N 行",
//! "waiting on" / "等待", "iteration" / "第 N 次迭代").

use super::story::{Act, Ending, HandleStory, IterationStory, Who};

/// A language the story is told in.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Lang {
    /// English.
    En,
    /// Simplified Chinese.
    Zh,
}

impl Lang {
    /// `en` or `zh` (also `zh-CN`, `zh_CN`, `en-US`…); None for anything else.
    pub fn from_code(code: &str) -> Option<Lang> {
        let code = code.to_ascii_lowercase();
        if code == "zh" || code.starts_with("zh-") || code.starts_with("zh_") {
            Some(Lang::Zh)
        } else if code == "en" || code.starts_with("en-") || code.starts_with("en_") {
            Some(Lang::En)
        } else {
            None
        }
    }

    /// The story's words in this language.
    pub fn words(self) -> &'static StoryWords {
        match self {
            Lang::En => &EN,
            Lang::Zh => &ZH,
        }
    }
}

/// The story's words in one language.
pub struct StoryWords {
    /// The line before the story.
    pub heading: &'static str,
    /// The start of an iteration's line: clock and iteration.
    pub at: fn(f64, u64) -> String,
    /// Before a callback whose timer was due.
    pub timer_due: &'static str,
    /// A task's first step.
    pub starts: fn(&str) -> String,
    /// A task resumes (at a line, when known).
    pub resumes: fn(&str, Option<u32>) -> String,
    /// An exception thrown into the resumed task.
    pub thrown: fn(&str) -> String,
    /// A callback that did nothing else visible.
    pub runs: fn(&str) -> String,
    /// A callback and what it did.
    pub callback_did: fn(&str, &str) -> String,
    /// Creates a task.
    pub creates: fn(&str, &str) -> String,
    /// Requests a task's cancellation.
    pub cancels: fn(&str) -> String,
    /// Wakes a waiting task.
    pub wakes: fn(&str) -> String,
    /// Schedules a callback with call_soon.
    pub schedules_soon: fn(&str) -> String,
    /// Schedules a callback for a deadline.
    pub schedules_at: fn(&str, f64) -> String,
    /// Blocks the loop in time.sleep.
    pub blocks: fn(&str, f64) -> String,
    /// A worker thread starts a job, at a clock time.
    pub worker_starts: fn(&str, &str, f64) -> String,
    /// A worker thread finishes a job, at a clock time.
    pub worker_finishes: fn(&str, &str, f64) -> String,
    /// An error reported to the loop.
    pub error: fn(&str) -> String,
    /// Lines a callback printed.
    pub prints: fn(&str) -> String,
    /// Lines an iteration printed (not given to one callback).
    pub printed: fn(&str) -> String,
    /// Lines left out of a long print.
    pub more_lines: fn(usize) -> String,
    /// Sleeps.
    pub sleeps: fn(&str, f64) -> String,
    /// Waits on a future or task.
    pub waits_on: fn(&str) -> String,
    /// A bare yield.
    pub yields: &'static str,
    /// Returns a result.
    pub returns: fn(&str) -> String,
    /// Fails with an exception.
    pub fails: fn(&str) -> String,
    /// Is cancelled.
    pub cancelled: &'static str,
    /// What happened while the loop waited.
    pub meanwhile: fn(&str) -> String,
    /// The loop stops.
    pub stops: &'static str,
    /// Between acts.
    pub comma: &'static str,
    /// Between callbacks.
    pub semicolon: &'static str,
    /// The line after the story.
    pub summary: fn(u64, f64) -> String,
}

/// Seconds as a person writes them: `0.5`, `1`, `0.8` (never `0.8000000000000002`).
fn secs(seconds: f64) -> String {
    let text = format!("{seconds:.3}");
    let text = text.trim_end_matches('0').trim_end_matches('.');
    if text == "-0" { "0".to_string() } else { text.to_string() }
}

static EN: StoryWords = StoryWords {
    heading: "The loop's story (t = virtual time in seconds, it = loop iteration):",
    at: |t, it| format!("t={t:.3} it {it}: "),
    timer_due: "timer due → ",
    starts: |who| format!("{who} starts"),
    resumes: |who, line| match line {
        Some(line) => format!("{who} resumes at line {line}"),
        None => format!("{who} resumes"),
    },
    thrown: |exc| format!(" with {exc} thrown in"),
    runs: |label| format!("{label} runs"),
    callback_did: |label, did| format!("{label}: {did}"),
    creates: |task, coro| format!("creates {task} {coro}"),
    cancels: |task| format!("cancels {task}"),
    wakes: |task| format!("wakes {task}"),
    schedules_soon: |label| format!("schedules {label} with call_soon"),
    schedules_at: |label, when| format!("schedules {label} for {when:.3}"),
    blocks: |seconds, until| format!("blocks the loop in time.sleep for {seconds} s (until {until:.3})"),
    worker_starts: |thread, job, at| format!("{thread} starts {job} at {at:.3}"),
    worker_finishes: |thread, job, at| format!("{thread} finishes {job} at {at:.3}"),
    error: |text| format!("error: {text}"),
    prints: |lines| format!("prints {lines}"),
    printed: |lines| format!("printed {lines}"),
    more_lines: |n| format!("… {n} more lines"),
    sleeps: |seconds, until| format!("sleeps {seconds} s (until {until:.3})"),
    waits_on: |on| format!("waits on {on}"),
    yields: "yields (ready again at once)",
    returns: |result| format!("returns {result}"),
    fails: |exc| format!("fails: {exc}"),
    cancelled: "is cancelled",
    meanwhile: |acts| format!("meanwhile {acts}"),
    stops: "the loop stops",
    comma: ", ",
    semicolon: "; ",
    summary: |n, t| format!("{n} iterations, {t:.3} s of virtual time."),
};

static ZH: StoryWords = StoryWords {
    heading: "事件循环的经过(t = 虚拟时间,单位秒):",
    at: |t, it| format!("t={t:.3} 第 {it} 次迭代:"),
    timer_due: "定时器到期 → ",
    starts: |who| format!("{who} 开始运行"),
    resumes: |who, line| match line {
        Some(line) => format!("{who} 从第 {line} 行恢复运行"),
        None => format!("{who} 恢复运行"),
    },
    thrown: |exc| format!("(抛入 {exc})"),
    runs: |label| format!("运行 {label}"),
    callback_did: |label, did| format!("{label}:{did}"),
    creates: |task, coro| format!("创建 {task} {coro}"),
    cancels: |task| format!("取消 {task}"),
    wakes: |task| format!("唤醒 {task}"),
    schedules_soon: |label| format!("用 call_soon 安排 {label}"),
    schedules_at: |label, when| format!("安排 {label} 在 {when:.3} 运行"),
    blocks: |seconds, until| format!("time.sleep 阻塞事件循环 {seconds} 秒(到 {until:.3})"),
    worker_starts: |thread, job, at| format!("工作线程 {thread} 在 {at:.3} 开始 {job}"),
    worker_finishes: |thread, job, at| format!("工作线程 {thread} 在 {at:.3} 完成 {job}"),
    error: |text| format!("错误:{text}"),
    prints: |lines| format!("打印 {lines}"),
    printed: |lines| format!("本次迭代打印 {lines}"),
    more_lines: |n| format!("…… 另有 {n} 行"),
    sleeps: |seconds, until| format!("sleep {seconds} 秒(到 {until:.3})"),
    waits_on: |on| format!("等待 {on}"),
    yields: "让出控制权(yield),立即再次就绪",
    returns: |result| format!("返回 {result}"),
    fails: |exc| format!("失败:{exc}"),
    cancelled: "被取消",
    meanwhile: |acts| format!("其间 {acts}"),
    stops: "事件循环停止",
    comma: ",",
    semicolon: ";",
    summary: |n, t| format!("共 {n} 次迭代,虚拟时间 {t:.3} 秒。"),
};

/// The story as text: a heading, one line per iteration, a summary line.
pub fn render(stories: &[IterationStory], lang: Lang, iterations: u64, end_time: f64) -> String {
    let w = lang.words();
    let mut out = format!("{}\n", w.heading);
    for story in stories {
        out.push_str(&render_iteration(story, w));
        out.push('\n');
    }
    out.push_str(&(w.summary)(iterations, end_time));
    out.push('\n');
    out
}

fn render_iteration(story: &IterationStory, w: &StoryWords) -> String {
    let mut parts = Vec::new();
    let mut meanwhile: Vec<String> = story.meanwhile.iter().map(|a| render_act(a, w)).collect();
    if !story.printed_meanwhile.is_empty() {
        meanwhile.push((w.printed)(&quoted(&story.printed_meanwhile, w)));
    }
    if !meanwhile.is_empty() {
        parts.push((w.meanwhile)(&meanwhile.join(w.comma)));
    }
    parts.extend(story.handles.iter().map(|h| render_handle(h, w)));
    if !story.printed.is_empty() {
        parts.push((w.printed)(&quoted(&story.printed, w)));
    }
    if story.stopped {
        parts.push(w.stops.to_string());
    }
    format!("{}{}", (w.at)(story.time, story.iteration), parts.join(w.semicolon))
}

fn render_handle(h: &HandleStory, w: &StoryWords) -> String {
    // The trace does not say when, among its acts, a callback printed:
    // prints come first, as a program's body usually runs before what its
    // end schedules (a finished task's done callbacks).
    let mut did: Vec<String> = Vec::new();
    if !h.printed.is_empty() {
        did.push((w.prints)(&quoted(&h.printed, w)));
    }
    did.extend(grouped(&h.acts).iter().map(|a| render_act(a, w)));
    if let Some(ending) = &h.ending {
        did.push(render_ending(ending, w));
    }
    let told = match &h.who {
        Who::Task { task, coro, first, line, thrown } => {
            let who = format!("{task} {coro}");
            let mut head = if *first { (w.starts)(&who) } else { (w.resumes)(&who, *line) };
            if let Some(exc) = thrown {
                head.push_str(&(w.thrown)(exc));
            }
            std::iter::once(head).chain(did).collect::<Vec<_>>().join(w.comma)
        }
        Who::Callback(label) if did.is_empty() => (w.runs)(label),
        Who::Callback(label) => (w.callback_did)(label, &did.join(w.comma)),
    };
    if h.timer_due { format!("{}{told}", w.timer_due) } else { told }
}

/// Consecutive creations told as one: `creates Task-2 a(), Task-3 b()`.
fn grouped(acts: &[Act]) -> Vec<Act> {
    let mut out: Vec<Act> = Vec::new();
    for act in acts {
        match (out.last_mut(), act) {
            (Some(Act::Creates { coro: told, .. }), Act::Creates { task, coro }) => {
                told.push_str(&format!(", {task} {coro}"));
            }
            _ => out.push(act.clone()),
        }
    }
    out
}

fn render_act(act: &Act, w: &StoryWords) -> String {
    let job = |job: &str| -> (String, String) {
        match job.split_once(": ") {
            Some((thread, what)) => (thread.to_string(), what.to_string()),
            None => ("worker".to_string(), job.to_string()),
        }
    };
    match act {
        Act::Creates { task, coro } => (w.creates)(task, coro),
        Act::Cancels(task) => (w.cancels)(task),
        Act::Wakes(task) => (w.wakes)(task),
        Act::Schedules { label, when: None } => (w.schedules_soon)(label),
        Act::Schedules { label, when: Some(when) } => (w.schedules_at)(label, *when),
        Act::Blocks { seconds, until } => (w.blocks)(&secs(*seconds), *until),
        Act::WorkerStarts(j, at) => {
            let (thread, what) = job(j);
            (w.worker_starts)(&thread, &what, *at)
        }
        Act::WorkerFinishes(j, at) => {
            let (thread, what) = job(j);
            (w.worker_finishes)(&thread, &what, *at)
        }
        Act::Error(text) => (w.error)(text.lines().next().unwrap_or("")),
    }
}

fn render_ending(ending: &Ending, w: &StoryWords) -> String {
    match ending {
        Ending::Sleeps { seconds, until } => (w.sleeps)(&secs(*seconds), *until),
        Ending::WaitsOn(on) => (w.waits_on)(on),
        Ending::Yields => w.yields.to_string(),
        Ending::Finishes(how) => match how.split_once(' ') {
            Some(("done", result)) => (w.returns)(result),
            Some(("failed", exc)) => (w.fails)(exc),
            _ if how == "cancelled" => w.cancelled.to_string(),
            _ => how.clone(),
        },
    }
}

/// Printed lines, quoted with their escapes; a long print shows its first
/// three lines and how many more.
fn quoted(lines: &[String], w: &StoryWords) -> String {
    const SHOWN: usize = 3;
    let mut parts: Vec<String> = lines.iter().take(if lines.len() > SHOWN + 1 { SHOWN } else { lines.len() }).map(|l| format!("{l:?}")).collect();
    if lines.len() > SHOWN + 1 {
        parts.push((w.more_lines)(lines.len() - SHOWN));
    }
    parts.join(w.comma)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn seconds_are_written_without_float_noise() {
        assert_eq!((secs(0.5), secs(1.0), secs(1.6 - 0.8), secs(0.0)), ("0.5".into(), "1".into(), "0.8".into(), "0".into()));
    }

    #[test]
    fn languages_are_read_from_their_codes() {
        assert_eq!([Lang::from_code("en"), Lang::from_code("zh-CN"), Lang::from_code("ZH"), Lang::from_code("fr")], [Some(Lang::En), Some(Lang::Zh), Some(Lang::Zh), None]);
    }

    #[test]
    fn every_chinese_phrase_differs_from_the_english_one() {
        let said = |w: &StoryWords| -> Vec<String> {
            vec![
                w.heading.to_string(),
                (w.at)(0.5, 4),
                w.timer_due.to_string(),
                (w.starts)("T"),
                (w.resumes)("T", Some(3)),
                (w.resumes)("T", None),
                (w.thrown)("E"),
                (w.runs)("f()"),
                (w.callback_did)("f()", "x"),
                (w.creates)("T", "c()"),
                (w.cancels)("T"),
                (w.wakes)("T"),
                (w.schedules_soon)("f()"),
                (w.schedules_at)("f()", 1.0),
                (w.blocks)("1", 1.0),
                (w.worker_starts)("w", "j()", 1.0),
                (w.worker_finishes)("w", "j()", 1.0),
                (w.error)("x"),
                (w.prints)("\"x\""),
                (w.printed)("\"x\""),
                (w.more_lines)(2),
                (w.sleeps)("1", 1.0),
                (w.waits_on)("fut-1"),
                w.yields.to_string(),
                (w.returns)("None"),
                (w.fails)("E"),
                w.cancelled.to_string(),
                (w.meanwhile)("x"),
                w.stops.to_string(),
                w.comma.to_string(),
                w.semicolon.to_string(),
                (w.summary)(3, 1.0),
            ]
        };
        for (e, z) in said(&EN).into_iter().zip(said(&ZH)) {
            assert_ne!(e, z);
        }
    }
}
