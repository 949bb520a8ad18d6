//! The output panel's lines: what the program printed, split into lines, each
//! stamped with the moment its first character was written.

use super::axis::Moment;

/// Which stream a piece of output went to.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
#[cfg_attr(target_arch = "wasm32", derive(serde::Serialize, serde::Deserialize))]
pub enum Stream {
    /// `print` and `sys.stdout`.
    Stdout,
    /// Tracebacks, warnings, `Exception in callback` reports.
    Stderr,
}

/// A piece of text written at one moment (one `print` may write several).
#[derive(Debug, Clone, PartialEq)]
#[cfg_attr(target_arch = "wasm32", derive(serde::Serialize, serde::Deserialize))]
pub struct Chunk {
    /// When it was written.
    pub at: Moment,
    /// Where it went.
    pub stream: Stream,
    /// What was written.
    pub text: String,
}

/// One line of the output panel.
///
/// Invariant: `text` holds no `\n`.
#[derive(Debug, Clone, PartialEq)]
pub struct OutputLine {
    /// When its first character was written.
    pub at: Moment,
    /// Where it went.
    pub stream: Stream,
    /// The line, without its newline.
    pub text: String,
}

/// Splits chunks into lines. Text of one stream written across several chunks
/// (`print(..., end='')`) joins one line, stamped with its first chunk; a
/// switch of stream ends the line in progress. A last line with no newline
/// is kept.
pub fn output_lines(chunks: &[Chunk]) -> Vec<OutputLine> {
    let mut lines: Vec<OutputLine> = Vec::new();
    let mut open: Option<OutputLine> = None;
    for chunk in chunks {
        if open
            .as_ref()
            .is_some_and(|line| line.stream != chunk.stream)
        {
            lines.extend(open.take());
        }
        let mut pieces = chunk.text.split('\n').peekable();
        while let Some(piece) = pieces.next() {
            let line = open.get_or_insert_with(|| OutputLine {
                at: chunk.at,
                stream: chunk.stream,
                text: String::new(),
            });
            line.text.push_str(piece);
            if pieces.peek().is_some() {
                lines.extend(open.take());
            }
        }
        if open.as_ref().is_some_and(|line| line.text.is_empty()) {
            open = None;
        }
    }
    lines.extend(open);
    lines
}

/// The timestamp shown before a line: seconds with three decimals.
pub fn stamp(at: Moment) -> String {
    format!("{:.3}s", at.time)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn chunk(iteration: usize, time: f64, stream: Stream, text: &str) -> Chunk {
        Chunk {
            at: Moment { iteration, time },
            stream,
            text: text.into(),
        }
    }

    fn summary(lines: &[OutputLine]) -> Vec<(usize, &str)> {
        lines
            .iter()
            .map(|l| (l.at.iteration, l.text.as_str()))
            .collect()
    }

    #[test]
    fn each_print_is_a_line_stamped_when_it_was_written() {
        let lines = output_lines(&[
            chunk(1, 0.5, Stream::Stdout, "C = 3\n"),
            chunk(4, 0.8, Stream::Stdout, "B = 3\n"),
        ]);
        assert_eq!(summary(&lines), [(1, "C = 3"), (4, "B = 3")]);
        assert_eq!(stamp(lines[1].at), "0.800s");
    }

    #[test]
    fn a_line_written_in_pieces_keeps_its_first_moment() {
        let lines = output_lines(&[
            chunk(1, 0.0, Stream::Stdout, "a"),
            chunk(2, 1.0, Stream::Stdout, "b\nc\n\n"),
            chunk(3, 2.0, Stream::Stdout, "tail"),
        ]);
        assert_eq!(summary(&lines), [(1, "ab"), (2, "c"), (2, ""), (3, "tail")]);
    }

    #[test]
    fn a_traceback_does_not_join_an_unfinished_stdout_line() {
        let lines = output_lines(&[
            chunk(1, 0.0, Stream::Stdout, "partial"),
            chunk(
                1,
                0.0,
                Stream::Stderr,
                "Traceback (most recent call last):\n",
            ),
        ]);
        assert_eq!(lines.len(), 2);
        assert_eq!(
            (lines[0].stream, lines[1].stream),
            (Stream::Stdout, Stream::Stderr)
        );
    }
}
