//! Predict, then reveal: the learner puts a run's printed lines back in the
//! order they think the program printed them, then compares with the truth.
//!
//! The lines start shuffled by a shuffle seeded by the program's text, so a
//! program always deals the same puzzle (a teacher and a class see the same
//! one) and a knob change deals a new one. A place is right when the line put
//! there has the text of the line the program printed there: lines of equal
//! text (`'-' * 40`) are interchangeable, since no one could tell them apart.

/// At most this many lines are dealt: ordering thousands by hand teaches
/// nothing, and the page stays quick.
pub const MAX_PUZZLE_LINES: usize = 200;

/// The puzzle of one run's output.
///
/// Invariants: `order` is a permutation of `0..truth.len()`; `moments` has
/// one entry per line of `truth`.
#[derive(Debug, Clone, PartialEq)]
pub struct Puzzle {
    /// The lines as the program printed them, in order.
    truth: Vec<String>,
    /// The moment (loop iterations completed) each line was printed at.
    moments: Vec<u64>,
    /// The learner's order: `order[place]` is the index in `truth` of the
    /// line the learner put at `place`.
    order: Vec<usize>,
    /// Whether the true order is shown.
    pub revealed: bool,
}

/// A 64-bit FNV-1a hash of `text`: the shuffle's seed, the same on every
/// platform.
pub fn seed_of(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| (h ^ u64::from(b)).wrapping_mul(0x0100_0000_01b3))
}

/// The next number of a SplitMix64 sequence.
fn splitmix(state: &mut u64) -> u64 {
    *state = state.wrapping_add(0x9e37_79b9_7f4a_7c15);
    let mut z = *state;
    z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
    z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
    z ^ (z >> 31)
}

/// Whether `order` puts every line of `truth` where a line of its text was
/// printed.
fn in_true_order(truth: &[String], order: &[usize]) -> bool {
    order.iter().enumerate().all(|(place, &line)| truth[line] == truth[place])
}

/// A Fisher-Yates shuffle of `truth`'s indices seeded by `seed`; never the
/// true order when `truth` holds two distinct texts (rotating by one place
/// changes a sequence unless all its items are equal).
pub fn shuffled(truth: &[String], seed: u64) -> Vec<usize> {
    let mut order: Vec<usize> = (0..truth.len()).collect();
    let mut state = seed;
    for i in (1..order.len()).rev() {
        let j = (splitmix(&mut state) % (i as u64 + 1)) as usize;
        order.swap(i, j);
    }
    if !order.is_empty() && in_true_order(truth, &order) {
        order.rotate_left(1);
    }
    order
}

impl Puzzle {
    /// The puzzle of `lines` (each line's text and the moment it was
    /// printed at), dealt by the shuffle `seed` chooses; only the first
    /// [`MAX_PUZZLE_LINES`] are kept.
    pub fn new(lines: impl IntoIterator<Item = (String, u64)>, seed: u64) -> Puzzle {
        let (truth, moments): (Vec<String>, Vec<u64>) = lines.into_iter().take(MAX_PUZZLE_LINES).unzip();
        let order = shuffled(&truth, seed);
        Puzzle { truth, moments, order, revealed: false }
    }

    /// How many lines the puzzle has.
    pub fn len(&self) -> usize {
        self.truth.len()
    }

    /// Whether the run printed nothing.
    pub fn is_empty(&self) -> bool {
        self.truth.is_empty()
    }

    /// The learner's order: the text at each place.
    pub fn arranged(&self) -> impl Iterator<Item = &str> {
        self.order.iter().map(|&line| self.truth[line].as_str())
    }

    /// The true order: each line's text and the moment it was printed at.
    pub fn truth(&self) -> impl Iterator<Item = (&str, u64)> {
        self.truth.iter().map(String::as_str).zip(self.moments.iter().copied())
    }

    /// Moves the line at place `from` to place `to` (the others shift up or
    /// down); nothing once revealed or when a place is out of range.
    pub fn move_line(&mut self, from: usize, to: usize) {
        if self.revealed || from >= self.order.len() || to >= self.order.len() {
            return;
        }
        let line = self.order.remove(from);
        self.order.insert(to, line);
    }

    /// For each place, whether the learner put the right text there.
    pub fn marks(&self) -> Vec<bool> {
        self.order.iter().enumerate().map(|(place, &line)| self.truth[line] == self.truth[place]).collect()
    }

    /// How many places are right.
    pub fn score(&self) -> usize {
        self.marks().into_iter().filter(|&right| right).count()
    }

    /// The first place the learner got wrong, if any.
    pub fn first_mistake(&self) -> Option<usize> {
        self.marks().iter().position(|&right| !right)
    }

    /// The moment the program printed the line the learner's first mistake
    /// is about (where Reveal moves the cursor), if there is a mistake.
    pub fn mistake_moment(&self) -> Option<u64> {
        self.first_mistake().map(|place| self.moments[place])
    }

    /// Deals the puzzle again (the same shuffle) and hides the truth.
    pub fn restart(&mut self, seed: u64) {
        self.order = shuffled(&self.truth, seed);
        self.revealed = false;
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn lines(texts: &[&str]) -> Vec<(String, u64)> {
        texts.iter().enumerate().map(|(i, t)| (t.to_string(), i as u64 * 10)).collect()
    }

    fn texts(texts: &[&str]) -> Vec<String> {
        texts.iter().map(|t| t.to_string()).collect()
    }

    const COUNTDOWN: &[&str] = &["----", "C = 3", "----", "B = 3", "----", "A = 3", "----", "C = 2", "----", "Done"];

    #[test]
    fn the_shuffle_depends_only_on_the_program_text() {
        let a = Puzzle::new(lines(COUNTDOWN), seed_of("print(1)\n"));
        let b = Puzzle::new(lines(COUNTDOWN), seed_of("print(1)\n"));
        assert_eq!(a, b);
        assert_eq!(seed_of(""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(seed_of("a"), 0xaf63_dc4c_8601_ec8c, "FNV-1a's published vector");
        let others: Vec<Vec<usize>> = (0..8).map(|i| shuffled(&texts(COUNTDOWN), seed_of(&format!("print({i})")))).collect();
        assert!(others.iter().any(|o| *o != others[0]), "different programs deal different puzzles");
        let mut sorted = a.order.clone();
        sorted.sort_unstable();
        assert_eq!(sorted, (0..COUNTDOWN.len()).collect::<Vec<_>>(), "a permutation");
    }

    #[test]
    fn never_deals_the_true_order_when_two_lines_differ() {
        for seed in 0..2_000 {
            for truth in [texts(&["a", "b"]), texts(&["x", "x", "y"]), texts(COUNTDOWN)] {
                let order = shuffled(&truth, seed);
                assert!(!in_true_order(&truth, &order), "seed {seed}: {truth:?}");
            }
        }
        assert_eq!(shuffled(&texts(&["same", "same"]), 1).len(), 2, "all equal: any order is the truth");
        assert!(Puzzle::new(lines(&["same", "same"]), 3).first_mistake().is_none());
        assert!(Puzzle::new(Vec::new(), 3).is_empty());
    }

    #[test]
    fn moving_lines_and_scoring_them() {
        let mut puzzle = Puzzle::new(lines(&["a", "b", "c"]), 0);
        puzzle.order = vec![2, 0, 1];
        assert_eq!(puzzle.arranged().collect::<Vec<_>>(), ["c", "a", "b"]);
        assert_eq!((puzzle.score(), puzzle.first_mistake()), (0, Some(0)));
        puzzle.move_line(0, 2);
        assert_eq!(puzzle.arranged().collect::<Vec<_>>(), ["a", "b", "c"]);
        assert_eq!((puzzle.marks(), puzzle.first_mistake(), puzzle.mistake_moment()), (vec![true; 3], None, None));
        puzzle.move_line(2, 1);
        assert_eq!(puzzle.arranged().collect::<Vec<_>>(), ["a", "c", "b"]);
        assert_eq!(puzzle.marks(), [true, false, false]);
        assert_eq!((puzzle.first_mistake(), puzzle.mistake_moment()), (Some(1), Some(10)), "when b was printed");
        puzzle.move_line(0, 3);
        puzzle.move_line(7, 0);
        assert_eq!(puzzle.arranged().collect::<Vec<_>>(), ["a", "c", "b"], "out of range: nothing moves");
        puzzle.revealed = true;
        puzzle.move_line(1, 2);
        assert_eq!(puzzle.score(), 1, "revealed: frozen");
        puzzle.restart(0);
        assert!(!puzzle.revealed);
        assert_eq!(puzzle.order, shuffled(&puzzle.truth, 0));
    }

    #[test]
    fn equal_lines_are_interchangeable() {
        let mut puzzle = Puzzle::new(lines(&["-", "A", "-", "B"]), 0);
        puzzle.order = vec![2, 1, 0, 3];
        assert_eq!(puzzle.marks(), [true; 4], "the two rules swapped: still right");
        puzzle.order = vec![2, 3, 0, 1];
        assert_eq!(puzzle.marks(), [true, false, true, false]);
        assert_eq!(puzzle.mistake_moment(), Some(10));
    }

    #[test]
    fn keeps_at_most_the_first_lines() {
        let many: Vec<(String, u64)> = (0..MAX_PUZZLE_LINES + 5).map(|i| (i.to_string(), i as u64)).collect();
        let puzzle = Puzzle::new(many, 9);
        assert_eq!(puzzle.len(), MAX_PUZZLE_LINES);
        assert_eq!(puzzle.truth().last(), Some(("199", 199)));
    }
}
