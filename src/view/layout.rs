//! The desktop layout's sizes: where the three splitters stand (between the
//! columns, between the editor and the timeline, between the output and the
//! inspector) and which panels are collapsed. Pure, so the page only renders
//! it and keeps it (in localStorage, as [`Layout::encode`]'s text).

/// A panel that can be collapsed to its title bar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Panel {
    /// The editor (its bar, with Run, stays).
    Editor,
    /// The timeline.
    Timeline,
    /// The output.
    Output,
    /// The inspector.
    Inspector,
}

impl Panel {
    /// Every panel, in the order [`Layout::collapsed`] keeps them.
    pub const ALL: [Panel; 4] = [Panel::Editor, Panel::Timeline, Panel::Output, Panel::Inspector];

    fn index(self) -> usize {
        self as usize
    }
}

/// A splitter.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Split {
    /// Between the left column (editor, timeline) and the right one.
    Columns,
    /// Between the editor and the timeline.
    Left,
    /// Between the output and the inspector.
    Right,
}

/// The smallest share a splitter leaves either side.
pub const MIN_SHARE: f64 = 0.2;
/// The largest share.
pub const MAX_SHARE: f64 = 0.8;
/// How far an arrow key moves a splitter.
pub const KEY_STEP: f64 = 0.05;

/// Where the splitters stand and what is collapsed.
///
/// Invariant: every share lies in `MIN_SHARE..=MAX_SHARE`.
#[derive(Debug, Clone, Copy, PartialEq)]
pub struct Layout {
    /// The left column's share of the width.
    pub columns: f64,
    /// The editor's share of the left column's height.
    pub left: f64,
    /// The output's share of the right column's height.
    pub right: f64,
    /// Whether each panel (in [`Panel::ALL`]'s order) is collapsed.
    pub collapsed: [bool; 4],
}

impl Default for Layout {
    fn default() -> Self {
        Layout { columns: 0.6, left: 0.55, right: 0.45, collapsed: [false; 4] }
    }
}

fn clamp(share: f64) -> f64 {
    if share.is_finite() { share.clamp(MIN_SHARE, MAX_SHARE) } else { 0.5 }
}

impl Layout {
    /// The share `split` gives its first side (left or top).
    pub fn share(&self, split: Split) -> f64 {
        match split {
            Split::Columns => self.columns,
            Split::Left => self.left,
            Split::Right => self.right,
        }
    }

    /// The layout with `split` moved to `share` (clamped).
    pub fn with_share(mut self, split: Split, share: f64) -> Layout {
        let share = clamp(share);
        match split {
            Split::Columns => self.columns = share,
            Split::Left => self.left = share,
            Split::Right => self.right = share,
        }
        self
    }

    /// The layout after `key` pressed on `split`'s splitter (arrows move it
    /// by [`KEY_STEP`], Home and End to its ends); None for other keys.
    pub fn after_key(self, split: Split, key: &str) -> Option<Layout> {
        let share = self.share(split);
        let moved = match key {
            "ArrowLeft" | "ArrowUp" => share - KEY_STEP,
            "ArrowRight" | "ArrowDown" => share + KEY_STEP,
            "Home" => MIN_SHARE,
            "End" => MAX_SHARE,
            _ => return None,
        };
        Some(self.with_share(split, moved))
    }

    /// Whether `panel` is collapsed.
    pub fn is_collapsed(&self, panel: Panel) -> bool {
        self.collapsed[panel.index()]
    }

    /// The layout with `panel` collapsed if it was open, open if it was not.
    pub fn toggled(mut self, panel: Panel) -> Layout {
        self.collapsed[panel.index()] = !self.collapsed[panel.index()];
        self
    }

    /// How much of its column's height `panel` grows into (CSS `flex-grow`):
    /// its share, 0 when collapsed, and the whole column when the other
    /// panel of its column is collapsed.
    pub fn grow(&self, panel: Panel) -> f64 {
        let (share, other) = match panel {
            Panel::Editor => (self.left, Panel::Timeline),
            Panel::Timeline => (1.0 - self.left, Panel::Editor),
            Panel::Output => (self.right, Panel::Inspector),
            Panel::Inspector => (1.0 - self.right, Panel::Output),
        };
        if self.is_collapsed(panel) {
            0.0
        } else if self.is_collapsed(other) {
            1.0
        } else {
            share
        }
    }

    /// The text localStorage keeps: `columns,left,right,collapsed` with the
    /// collapsed panels as four `0`/`1`.
    pub fn encode(&self) -> String {
        let bits: String = self.collapsed.iter().map(|&c| if c { '1' } else { '0' }).collect();
        format!("{:.3},{:.3},{:.3},{bits}", self.columns, self.left, self.right)
    }

    /// The layout `text` keeps; None when it is not one (a stale or edited
    /// entry: the page then uses the default).
    pub fn decode(text: &str) -> Option<Layout> {
        let mut parts = text.split(',');
        let mut share = || parts.next()?.parse::<f64>().ok().filter(|s| s.is_finite()).map(clamp);
        let (columns, left, right) = (share()?, share()?, share()?);
        let bits = parts.next()?;
        if parts.next().is_some() || bits.len() != 4 || !bits.bytes().all(|b| b == b'0' || b == b'1') {
            return None;
        }
        let mut collapsed = [false; 4];
        for (slot, bit) in collapsed.iter_mut().zip(bits.bytes()) {
            *slot = bit == b'1';
        }
        Some(Layout { columns, left, right, collapsed })
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_move_a_splitter_within_its_bounds() {
        let layout = Layout::default();
        let wider = layout.after_key(Split::Columns, "ArrowRight").unwrap();
        assert!((wider.columns - 0.65).abs() < 1e-9);
        assert_eq!(layout.after_key(Split::Left, "Home").unwrap().left, MIN_SHARE);
        assert_eq!(layout.after_key(Split::Right, "End").unwrap().right, MAX_SHARE);
        let mut at_edge = layout.with_share(Split::Left, 0.0);
        assert_eq!(at_edge.left, MIN_SHARE);
        at_edge = at_edge.after_key(Split::Left, "ArrowUp").unwrap();
        assert_eq!(at_edge.left, MIN_SHARE);
        assert_eq!(layout.after_key(Split::Left, "a"), None);
        assert_eq!(layout.with_share(Split::Columns, f64::NAN).columns, 0.5);
    }

    #[test]
    fn a_collapsed_panel_gives_its_room_to_the_other_of_its_column() {
        let layout = Layout::default();
        assert_eq!((layout.grow(Panel::Output), layout.grow(Panel::Inspector)), (0.45, 0.55));
        let folded = layout.toggled(Panel::Inspector);
        assert!(folded.is_collapsed(Panel::Inspector));
        assert_eq!((folded.grow(Panel::Output), folded.grow(Panel::Inspector)), (1.0, 0.0));
        assert_eq!(folded.grow(Panel::Editor), 0.55, "the other column is untouched");
        assert_eq!(folded.toggled(Panel::Inspector), layout);
    }

    #[test]
    fn round_trips_through_its_text_and_refuses_anything_else() {
        let layout = Layout::default().with_share(Split::Columns, 0.7).toggled(Panel::Timeline);
        assert_eq!(layout.encode(), "0.700,0.550,0.450,0100");
        assert_eq!(Layout::decode(&layout.encode()), Some(layout));
        assert_eq!(Layout::decode("9,0.5,-3,0000").map(|l| (l.columns, l.left, l.right)), Some((MAX_SHARE, 0.5, MIN_SHARE)));
        for bad in ["", "0.5,0.5,0.5", "0.5,0.5,0.5,01", "0.5,0.5,0.5,0000,1", "x,0.5,0.5,0000", "0.5,NaN,0.5,0000", "0.5,0.5,0.5,0a00"] {
            assert_eq!(Layout::decode(bad), None, "{bad}");
        }
    }
}
