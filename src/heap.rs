//! The allocator that counts live bytes, so `--max-memory` bounds everything
//! a program keeps alive, not only its largest value.
//!
//! Installing a global allocator takes `unsafe` (the `GlobalAlloc` trait is
//! unsafe to implement: the allocator promises to hand out valid memory).
//! This file is the only place outside `src/python` that needs it, and it
//! does nothing but forward to [`System`] and keep a count. The binaries
//! that run programs install it (the command line, the page's worker); test
//! harnesses do not, since they run sessions on parallel threads whose
//! counts would mix.

use std::alloc::{GlobalAlloc, Layout, System};
use std::sync::atomic::{AtomicUsize, Ordering};

/// Bytes allocated and not yet freed, through [`Counting`].
static LIVE: AtomicUsize = AtomicUsize::new(0);

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
            LIVE.fetch_add(layout.size(), Ordering::Relaxed);
        }
        p
    }

    unsafe fn alloc_zeroed(&self, layout: Layout) -> *mut u8 {
        // SAFETY: as `alloc`.
        let p = unsafe { System.alloc_zeroed(layout) };
        if !p.is_null() {
            LIVE.fetch_add(layout.size(), Ordering::Relaxed);
        }
        p
    }

    unsafe fn dealloc(&self, ptr: *mut u8, layout: Layout) {
        // SAFETY: `ptr` came from this allocator with `layout`.
        unsafe { System.dealloc(ptr, layout) };
        LIVE.fetch_sub(layout.size(), Ordering::Relaxed);
    }

    unsafe fn realloc(&self, ptr: *mut u8, layout: Layout, new_size: usize) -> *mut u8 {
        // SAFETY: `ptr` came from this allocator with `layout`.
        let p = unsafe { System.realloc(ptr, layout, new_size) };
        if !p.is_null() {
            if new_size >= layout.size() {
                LIVE.fetch_add(new_size - layout.size(), Ordering::Relaxed);
            } else {
                LIVE.fetch_sub(layout.size() - new_size, Ordering::Relaxed);
            }
        }
        p
    }
}

/// Bytes held through [`Counting`] now (0 when it is not the global
/// allocator): what the VM's memory limit reads.
pub fn live_bytes() -> usize {
    LIVE.load(Ordering::Relaxed)
}
