//! The loop's table of handles, sized for runs that make hundreds of
//! thousands of them: a handle holds a slot only while it is due to run (in
//! the ready queue or the heap); once it has run, or left the queues
//! cancelled, its slot goes to the next handle made. Its id keeps the slot's
//! generation, so a `Handle` object asking about it later finds it gone
//! (it remembers its own deadline and cancel) rather than another handle.
//!
//! Invariant: a slot listed in `free` holds no handle; every other slot
//! holds the handle whose id has the slot's generation.

use std::collections::BTreeMap;

use super::handle::{HandleCallback, HandleDebug, HandleEntry, HandleId, HandleLive, Label};
use super::Host;

/// One slot: the handle it holds now (its entry counts the handles that
/// held the slot before).
struct Slot<H: Host> {
    entry: HandleEntry,
    body: HandleLive<H>,
}

/// Every handle of one loop that is still due to run (see the module docs).
pub(crate) struct HandleTable<H: Host> {
    slots: Vec<Slot<H>>,
    free: Vec<u32>,
    /// Debug mode's facts, by handle, kept for the loop's lifetime (a map:
    /// most loops have none).
    debug: BTreeMap<HandleId, HandleDebug<H>>,
}

impl<H: Host> Default for HandleTable<H> {
    fn default() -> Self {
        HandleTable { slots: Vec::new(), free: Vec::new(), debug: BTreeMap::new() }
    }
}

impl<H: Host> HandleTable<H> {
    /// A new handle (a TimerHandle when `when` is given), not yet queued.
    pub fn push(&mut self, callback: HandleCallback<H>, label: Label, when: Option<f64>) -> HandleId {
        let mut entry = HandleEntry { when: when.unwrap_or(0.0), cancelled: false, scheduled: false, timer: when.is_some(), generation: 0 };
        let body = HandleLive { callback: Some(callback), label, done_of: None };
        match self.free.pop() {
            Some(slot) => {
                let s = &mut self.slots[slot as usize];
                entry.generation = s.entry.generation;
                s.entry = entry;
                s.body = body;
                HandleId { slot, generation: entry.generation }
            }
            None => {
                self.slots.push(Slot { entry, body });
                HandleId { slot: (self.slots.len() - 1) as u32, generation: 0 }
            }
        }
    }
    fn slot(&self, h: HandleId) -> Option<&Slot<H>> {
        self.slots.get(h.slot as usize).filter(|s| s.entry.generation == h.generation)
    }
    fn slot_mut(&mut self, h: HandleId) -> Option<&mut Slot<H>> {
        self.slots.get_mut(h.slot as usize).filter(|s| s.entry.generation == h.generation)
    }
    /// Handle `h`'s facts, unless it is gone.
    pub fn get(&self, h: HandleId) -> Option<&HandleEntry> {
        self.slot(h).map(|s| &s.entry)
    }
    /// Handle `h`'s facts, to change, unless it is gone.
    pub fn get_mut(&mut self, h: HandleId) -> Option<&mut HandleEntry> {
        self.slot_mut(h).map(|s| &mut s.entry)
    }
    /// The facts of handle `h`, which a queue holds (so it is not gone).
    pub fn entry(&self, h: HandleId) -> &HandleEntry {
        self.get(h).expect("a queued handle holds its slot")
    }
    /// The facts of handle `h`, which a queue holds, to change.
    pub fn entry_mut(&mut self, h: HandleId) -> &mut HandleEntry {
        self.get_mut(h).expect("a queued handle holds its slot")
    }
    /// What handle `h` holds until it runs, unless it is gone.
    pub fn live(&self, h: HandleId) -> Option<&HandleLive<H>> {
        self.slot(h).map(|s| &s.body)
    }
    /// What handle `h` holds until it runs, to change, unless it is gone.
    pub fn live_mut(&mut self, h: HandleId) -> Option<&mut HandleLive<H>> {
        self.slot_mut(h).map(|s| &mut s.body)
    }
    /// Handle `h`'s label, unless it is gone.
    pub fn label(&self, h: HandleId) -> Option<&Label> {
        self.live(h).map(|l| &l.label)
    }
    /// Handle `h` will never run again and no queue holds it: what it held
    /// goes (its callback, with the values it keeps), and its slot is free.
    pub fn release(&mut self, h: HandleId) {
        let Some(s) = self.slot_mut(h) else { return };
        s.entry.generation = s.entry.generation.wrapping_add(1);
        s.body = HandleLive { callback: None, label: Label::Static(""), done_of: None };
        self.free.push(h.slot);
    }
    /// Debug mode's facts about handle `h`, made empty if it had none.
    pub fn debug_mut(&mut self, h: HandleId) -> &mut HandleDebug<H> {
        self.debug.entry(h).or_insert(HandleDebug { origin: None, source_traceback: None })
    }
    /// Debug mode's facts about handle `h`, if it has any.
    pub fn debug(&self, h: HandleId) -> Option<&HandleDebug<H>> {
        self.debug.get(&h)
    }
}
