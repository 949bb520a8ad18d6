//! Run-diff: after a knob change runs the program again, which of the new
//! run's output lines changed against the previous run, so the learner sees
//! what the delay did. A line of the new run is matched with the line of the
//! old run with the same text (the k-th `C = 2` with the old k-th `C = 2`),
//! or else the same text but for its decimal numbers (a program that prints
//! its own clock, `0.3000 C = 3`, prints `0.5000 C = 3` the run before); it
//! changed when it was printed at another time ("was 0.500 s"), or at the
//! same time but in another place among the lines, or had no match at all.

use super::output::OutputLine;

/// Two times closer than this are the same (the clock's float noise).
const SAME_TIME: f64 = 1e-9;

/// How one line of the new run differs from the old run.
#[derive(Debug, Clone, Copy, PartialEq)]
pub enum Change {
    /// Printed at the same time, in the same place.
    Same,
    /// Printed at another time: the old run printed it at `was` seconds.
    Retimed {
        /// The old run's time for this line.
        was: f64,
    },
    /// Printed at the same time but in another place: the old run's line
    /// number (1-based).
    Moved {
        /// Where the old run printed it.
        was_line: usize,
    },
    /// The old run never printed this line.
    New,
}

/// For each line of `new`, how it differs from `old` (one entry per line).
pub fn run_diff(old: &[OutputLine], new: &[OutputLine]) -> Vec<Change> {
    let mut taken = vec![false; old.len()];
    let shapes: Vec<String> = old.iter().map(|l| shape(&l.text)).collect();
    new.iter()
        .enumerate()
        .map(|(i, line)| {
            let free = |j: &usize| !taken[*j] && old[*j].stream == line.stream;
            let same = (0..old.len()).filter(free).find(|&j| old[j].text == line.text);
            let like = || {
                let key = shape(&line.text);
                (0..old.len()).filter(free).find(|&j| shapes[j] == key)
            };
            let Some(j) = same.or_else(like) else {
                return Change::New;
            };
            taken[j] = true;
            if (old[j].at.time - line.at.time).abs() > SAME_TIME {
                Change::Retimed { was: old[j].at.time }
            } else if i != j {
                Change::Moved { was_line: j + 1 }
            } else {
                Change::Same
            }
        })
        .collect()
}

/// `text` with each decimal number (digits, a point, digits) as `#`.
fn shape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        let digits = |s: &str| s.bytes().take_while(u8::is_ascii_digit).count();
        let whole = digits(rest);
        let fraction = if whole > 0 && rest[whole..].starts_with('.') { digits(&rest[whole + 1..]) } else { 0 };
        if fraction > 0 {
            out.push('#');
            rest = &rest[whole + 1 + fraction..];
        } else {
            let step = if whole > 0 { whole } else { c.len_utf8() };
            out.push_str(&rest[..step]);
            rest = &rest[step..];
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::recording::{RecordOptions, Recording};

    fn lines(source: &str) -> Vec<OutputLine> {
        let recording = Recording::run(source, RecordOptions::default());
        recording.lines_until(recording.iterations)
    }

    #[test]
    fn turning_cs_delay_down_retimes_cs_lines_and_moves_the_ones_they_passed() {
        let countdown = crate::gallery::default_example().source;
        let faster = countdown.replace("('C', 0.5)", "('C', 0.3)");
        assert_ne!(faster, countdown, "the countdown has C's knob");
        let (old, new) = (lines(countdown), lines(&faster));
        let diff = run_diff(&old, &new);
        assert_eq!(diff.len(), new.len());
        let said: Vec<(String, Change)> = new.iter().zip(&diff).filter(|(l, _)| !l.text.starts_with("---")).map(|(l, c)| (l.text.clone(), *c)).collect();
        let find = |text: &str| said.iter().find(|(t, _)| t.ends_with(text)).map(|(_, c)| *c);
        assert_eq!(find("C = 3"), Some(Change::Retimed { was: 0.5 }));
        assert_eq!(find("C = 2"), Some(Change::Retimed { was: 1.0 }));
        assert_eq!(find("C = 1"), Some(Change::Retimed { was: 1.5 }));
        assert!(matches!(find("B = 3"), Some(Change::Moved { .. })), "{said:?}");
        assert_eq!(find("A = 1"), Some(Change::Same), "after every C line, in its old place");
        assert_eq!(find("Done"), Some(Change::Same));
    }

    #[test]
    fn an_unchanged_run_is_all_same_and_a_new_line_is_new() {
        let program = "import asyncio\n\nasync def main():\n    print('a')\n    await asyncio.sleep(0.8)\n    print('b')\n\nasyncio.run(main())\n";
        let old = lines(program);
        assert!(run_diff(&old, &old).iter().all(|c| *c == Change::Same));
        let new = lines(&program.replace("0.8", "0.4").replace("print('b')", "print('b')\n    print('c')"));
        assert_eq!(run_diff(&old, &new), [Change::Same, Change::Retimed { was: 0.8 }, Change::New]);
        assert_eq!(run_diff(&[], &new[..1]), [Change::New]);
    }

    #[test]
    fn only_decimal_numbers_are_left_out_of_a_lines_shape() {
        assert_eq!(shape("0.5000 \t\t\tC = 3"), "# \t\t\tC = 3");
        assert_eq!(shape("v1.2.3 at 10. or .5 or 你好 2.0s"), "v#.3 at 10. or .5 or 你好 #s");
    }
}
