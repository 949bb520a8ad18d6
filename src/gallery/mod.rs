//! The example programs the page offers: every code example from the seed
//! tutorials (shared/seeds/), and small classics that show one behaviour of
//! the event loop each. They are also part of the conformance corpus: each
//! must print the same under looplab as under CPython 3.11 on the virtual
//! clock.

/// One example program.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Example {
    /// A stable name, also the file name without `.py`.
    pub id: &'static str,
    /// Its title in English.
    pub title_en: &'static str,
    /// Its title in Simplified Chinese.
    pub title_zh: &'static str,
    /// Whether it comes from a seed tutorial (otherwise it is a classic).
    pub from_seed: bool,
    /// The program.
    pub source: &'static str,
}

macro_rules! example {
    ($id:literal, $en:literal, $zh:literal, $seed:literal) => {
        Example {
            id: $id,
            title_en: $en,
            title_zh: $zh,
            from_seed: $seed,
            source: include_str!(concat!($id, ".py")),
        }
    };
}

/// Every example, in the order the gallery lists them.
pub static EXAMPLES: &[Example] = &[
    example!(
        "seed_countdown_tasks",
        "Countdown with three tasks",
        "三个任务同时倒计时",
        true
    ),
    example!(
        "seed_countdown_blocking",
        "Countdown, one after another (blocking)",
        "顺序执行的倒计时(阻塞)",
        true
    ),
    example!(
        "seed_countdown_executor",
        "Countdown in a thread pool (run_in_executor)",
        "在线程池中倒计时(run_in_executor)",
        true
    ),
    example!(
        "seed_call_later_chain",
        "Callbacks chained with call_soon and call_later",
        "用 call_soon 和 call_later 串起回调",
        true
    ),
    example!(
        "seed_coroutine_send",
        "Driving a coroutine by hand with send(None)",
        "用 send(None) 手动驱动协程",
        true
    ),
    example!(
        "seed_thread",
        "A new thread, started and joined",
        "创建并等待一个新线程",
        true
    ),
    example!(
        "seed_thread_lock",
        "Ten threads and a lock",
        "十个线程和一把锁",
        true
    ),
    example!(
        "seed_process_pool",
        "A process pool of three",
        "三个进程的进程池",
        true
    ),
    example!(
        "seed_pool_callback",
        "apply_async with a callback",
        "带回调的 apply_async",
        true
    ),
    example!(
        "call_soon_vs_call_later",
        "call_soon vs call_later: who runs first",
        "call_soon 与 call_later:谁先运行",
        false
    ),
    example!(
        "sequential_vs_gather",
        "Awaiting one by one vs gather (3 s vs 1 s)",
        "逐个 await 与 gather(3 秒对 1 秒)",
        false
    ),
    example!(
        "wait_first_completed",
        "asyncio.wait with FIRST_COMPLETED",
        "asyncio.wait 的 FIRST_COMPLETED",
        false
    ),
    example!("lock", "Lock: one at a time", "Lock:一次只让一个", false),
    example!(
        "semaphore",
        "Semaphore: two at a time",
        "Semaphore:一次最多两个",
        false
    ),
    example!(
        "event",
        "Event: wake every waiter",
        "Event:唤醒所有等待者",
        false
    ),
    example!(
        "condition",
        "Condition: notify(2), then notify_all()",
        "Condition:先 notify(2),再 notify_all()",
        false
    ),
    example!(
        "queue_producer_consumer",
        "Queue: a producer and two consumers",
        "Queue:一个生产者和两个消费者",
        false
    ),
    example!(
        "blocking_sleep_vs_executor",
        "A blocking time.sleep stalls the loop; run_in_executor does not",
        "阻塞的 time.sleep 卡住事件循环,run_in_executor 不会",
        false
    ),
    example!(
        "async_generator_ticker",
        "An async generator ticker: async for, break, finally",
        "异步生成器计时器:async for、break 与 finally",
        false
    ),
    example!(
        "generator_scheduler",
        "A scheduler built from generators and send()",
        "用生成器和 send() 写的调度器",
        false
    ),
];

/// The example the editor starts with.
pub fn default_example() -> &'static Example {
    &EXAMPLES[0]
}

/// The example named `id`, if there is one.
pub fn find(id: &str) -> Option<&'static Example> {
    EXAMPLES.iter().find(|example| example.id == id)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn ids_are_unique_and_findable() {
        for example in EXAMPLES {
            assert_eq!(find(example.id), Some(example));
        }
    }

    #[test]
    fn every_example_parses() {
        for example in EXAMPLES {
            assert!(
                crate::python::front::syntax::check_program(example.source).is_ok(),
                "{} does not parse",
                example.id
            );
        }
    }
}
