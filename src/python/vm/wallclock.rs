//! Real time since a run started, for the `--max-seconds` backstop.
//!
//! Only native builds read a clock: `std::time::Instant` panics in
//! wasm32-unknown-unknown, and the page ends a runaway run by terminating
//! its worker instead.

/// When the run started.
#[derive(Debug, Clone, Copy)]
pub struct WallClock {
    #[cfg(not(target_arch = "wasm32"))]
    start: std::time::Instant,
}

impl WallClock {
    /// A clock started now.
    pub fn start() -> WallClock {
        WallClock {
            #[cfg(not(target_arch = "wasm32"))]
            start: std::time::Instant::now(),
        }
    }

    /// Real seconds since [`WallClock::start`] (always 0 in wasm).
    pub fn elapsed(&self) -> f64 {
        #[cfg(not(target_arch = "wasm32"))]
        return self.start.elapsed().as_secs_f64();
        #[cfg(target_arch = "wasm32")]
        return 0.0;
    }
}
