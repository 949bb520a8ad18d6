//! The waiter deques of the locks: `deque.remove(fut)` as CPython does it.

use std::collections::VecDeque;

use super::FutureId;

/// Removes the first occurrence of `f` (`self._waiters.remove(fut)`). The
/// waiter that finishes is nearly always at the front (FIFO wake-ups), so
/// this stops early where a `retain` would walk all of a long deque: 10,000
/// workers on a Semaphore made every wake-up cost the whole queue.
pub fn remove_waiter(waiters: &mut VecDeque<FutureId>, f: FutureId) {
    if let Some(at) = waiters.iter().position(|w| *w == f) {
        waiters.remove(at);
    }
}
