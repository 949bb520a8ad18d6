//! The allocator that counts live bytes, so `--max-memory` bounds everything
//! a program keeps alive, not only its largest value.
//!
//! Installing a global allocator takes `unsafe` (the `GlobalAlloc` trait is
//! unsafe to implement: the allocator promises to hand out valid memory).
//! This file is the only place outside `src/python` that needs it, and it
//! does nothing but forward to [`System`] and keep a count. The binaries
//! that run programs install it (the command line, the page's worker); test
//! harnesses, which link only the library, do not.
//!
//! The count is per thread, a plain add rather than an atomic one (a run's
//! values are made and freed on the thread that runs it: `Rc` cannot
//! cross), so counting costs next to nothing. Bytes one thread allocates and
//! another frees move both counts, which wrap; a reader only takes
//! differences on its own thread.

use std::alloc::{GlobalAlloc, Layout, System};
use std::cell::Cell;

thread_local! {
    /// Bytes this thread allocated through [`Counting`] less those it freed
    /// (wrapping). Const and without a destructor: reading it never
    /// allocates, so the allocator may.
    static LIVE: Cell<usize> = const { Cell::new(0) };
}

fn grew(bytes: usize) {
    LIVE.with(|live| live.set(live.get().wrapping_add(bytes)));
}

fn shrank(bytes: usize) {
    LIVE.with(|live| live.set(live.get().wrapping_sub(bytes)));
}

/// The system allocator, counting the bytes it holds.
#[derive(Debug, Clone, Copy, Default)]
pub struct Counting;

// SAFETY: every call forwards to `System` with the same layout and pointer,
// so `System`'s guarantees hold; the count is only arithmetic on the side.
unsafe impl GlobalAlloc for Counting {
    unsafe fn alloc(&self, layout: Layout) -> *mut u8 {
        // SAFETY: the caller's contract for `alloc` is `System`'s.
        let p = unsafe { System.alloc(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as `alloc`.
        let p = unsafe { System.alloc_zeroed(layout) };
        if !p.is_null() {
            grew(layout.size());
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` came from this allocator with `layout`.
        unsafe { System.dealloc(ptr, layout) };
        shrank(layout.size());
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: `ptr` came from this allocator with `layout`.
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            grew(new_size);
            shrank(layout.size());
        }
        p
    }
}

/// Bytes this thread holds through [`Counting`] now, wrapping (0 when it is
/// not the global allocator): what the VM's memory limit reads, as the
/// difference from its reading when the program started.
pub fn live_bytes() -> usize {
    LIVE.with(Cell::get)
}
