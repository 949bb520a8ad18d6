//! A binary heap that behaves exactly like Python's `heapq` (heapq.py's
//! `_siftdown` / `_siftup`), ordering by `when` only: equal deadlines are NOT FIFO.
//!
//! Invariant: `items` satisfies the heap property on `.0` (`items[k].0 <= items[2k+1].0`).

/// Python-`heapq`-compatible min-heap of `(when, payload)`.
#[derive(Clone, Debug, Default)]
pub struct TimerHeap<T: Copy> {
    /// Heap array, in heap order.
    pub items: Vec<(f64, T)>,
}

impl<T: Copy> TimerHeap<T> {
    /// An empty heap.
    pub fn new() -> Self {
        TimerHeap { items: Vec::new() }
    }
    /// Number of entries.
    pub fn len(&self) -> usize {
        self.items.len()
    }
    /// Is it empty?
    pub fn is_empty(&self) -> bool {
        self.items.is_empty()
    }
    /// The smallest entry (`heap[0]`).
    pub fn peek(&self) -> Option<(f64, T)> {
        self.items.first().copied()
    }
    /// `heapq.heappush`.
    pub fn push(&mut self, when: f64, v: T) {
        self.items.push((when, v));
        let n = self.items.len() - 1;
        self.siftdown(0, n);
    }
    /// `heapq.heappop`.
    pub fn pop(&mut self) -> Option<(f64, T)> {
        let last = self.items.pop()?;
        if self.items.is_empty() {
            return Some(last);
        }
        let ret = std::mem::replace(&mut self.items[0], last);
        self.siftup(0);
        Some(ret)
    }
    /// `heapq.heapify`.
    pub fn heapify(&mut self) {
        let n = self.items.len();
        for i in (0..n / 2).rev() {
            self.siftup(i);
        }
    }
    fn siftdown(&mut self, startpos: usize, mut pos: usize) {
        let newitem = self.items[pos];
        while pos > startpos {
            let parentpos = (pos - 1) >> 1;
            let parent = self.items[parentpos];
            if newitem.0 < parent.0 {
                self.items[pos] = parent;
                pos = parentpos;
                continue;
            }
            break;
        }
        self.items[pos] = newitem;
    }
    // Mirrors heapq.py's `not heap[childpos] < heap[rightpos]` exactly.
    #[allow(clippy::neg_cmp_op_on_partial_ord)]
    fn siftup(&mut self, mut pos: usize) {
        let endpos = self.items.len();
        let startpos = pos;
        let newitem = self.items[pos];
        let mut childpos = 2 * pos + 1;
        while childpos < endpos {
            let rightpos = childpos + 1;
            if rightpos < endpos && !(self.items[childpos].0 < self.items[rightpos].0) {
                childpos = rightpos;
            }
            self.items[pos] = self.items[childpos];
            pos = childpos;
            childpos = 2 * pos + 1;
        }
        self.items[pos] = newitem;
        self.siftdown(startpos, pos);
    }
}

#[cfg(test)]
mod tests {
    use super::TimerHeap;

    #[test]
    fn equal_whens_are_not_fifo() {
        let mut h = TimerHeap::new();
        for i in 0..4 {
            h.push(1.0, i);
        }
        let order: Vec<i32> = std::iter::from_fn(|| h.pop().map(|x| x.1)).collect();
        // Python: heapq over four equal TimerHandles pops [0, 2, 1, 3].
        assert_eq!(order, vec![0, 2, 1, 3]);
    }
}
