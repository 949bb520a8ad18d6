//! The run's output as plain text, for the page's *Output text* download:
//! what a terminal would show after `python3 main.py` (stdout and stderr
//! interleaved in the order they were written), or CPython's report when the
//! program could not start.

use super::recording::{Ending, Recording};

/// Everything `recording` printed, as it was printed.
pub fn output_text(recording: &Recording) -> String {
    match &recording.ending {
        Ending::Rejected { text, .. } => text.clone(),
        _ => recording.chunks.iter().map(|c| c.text.as_str()).collect(),
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::view::recording::RecordOptions;

    #[test]
    fn is_the_printed_output_with_the_traceback_where_it_was_written() {
        let source = "import asyncio\n\nasync def main():\n    print('a', end='')\n    await asyncio.sleep(0.5)\n    print('b')\n    1 / 0\n\nasyncio.run(main())\n";
        let recording = Recording::run(source, RecordOptions::default());
        assert_eq!(
            output_text(&recording),
            "ab\nTraceback (most recent call last):\n  File \"main.py\", line 9, in <module>\n    asyncio.run(main())\n  File \"/usr/lib/python3.11/asyncio/runners.py\", line 190, in run\n    return runner.run(main)\n           ^^^^^^^^^^^^^^^^\n  File \"/usr/lib/python3.11/asyncio/runners.py\", line 118, in run\n    return self._loop.run_until_complete(task)\n           ^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^^\n  File \"/usr/lib/python3.11/asyncio/base_events.py\", line 653, in run_until_complete\n    return future.result()\n           ^^^^^^^^^^^^^^^\n  File \"main.py\", line 7, in main\n    1 / 0\n    ~~^~~\nZeroDivisionError: division by zero\n"
        );
    }

    #[test]
    fn is_the_syntax_error_report_when_the_program_could_not_start() {
        let recording = Recording::run("print('a'\n", RecordOptions::default());
        assert_eq!(output_text(&recording), "  File \"main.py\", line 1\n    print('a'\n         ^\nSyntaxError: '(' was never closed\n");
    }
}
