//! The page's state and its one pure reducer.

use std::rc::Rc;

use yew::Reducible;

use super::i18n::Lang;
use crate::gallery;
use crate::python::diagnostic::SourceDiagnostic;
use crate::python::knobs::{Knob, set_knob};
use crate::python::syntax::{ProgramSummary, check_program};

/// The file name the page's program has in error messages.
pub const PROGRAM_NAME: &str = "main.py";

/// What the last press of Run found.
#[derive(Debug, Clone, PartialEq)]
pub enum RunOutcome {
    /// The program parses; what it holds.
    Accepted(ProgramSummary),
    /// The program does not parse: CPython's report, and its rendered text.
    Rejected {
        /// Where and what.
        diagnostic: SourceDiagnostic,
        /// The block CPython prints (`File "main.py", line L` … `SyntaxError: …`).
        text: String,
    },
}

/// Everything the page shows.
///
/// Invariant: `outcome` describes `ran_source`, the text as it was at the last
/// Run, which may differ from `source` once the user edits again.
#[derive(Debug, Clone, PartialEq)]
pub struct PageState {
    /// The program in the editor.
    pub source: String,
    /// The program as it was when Run was last pressed.
    pub ran_source: Option<String>,
    /// What that run found.
    pub outcome: Option<RunOutcome>,
    /// The page's language.
    pub lang: Lang,
    /// The user's own program, kept when an example replaced it.
    pub scratch: Option<String>,
}

/// Something the user did.
#[derive(Debug, Clone, PartialEq)]
pub enum PageAction {
    /// The editor's text changed.
    Edit(String),
    /// Run was pressed.
    Run,
    /// The language switch changed.
    SetLang(Lang),
    /// An example from the gallery was picked (by id).
    LoadExample(String),
    /// The user's own program was picked back from the gallery.
    RestoreScratch,
    /// A delay knob was turned: rewrite its literal and run again.
    SetKnob(Knob, f64),
}

impl PageState {
    /// A page showing `source`, in `lang`, with nothing run yet.
    pub fn new(source: String, lang: Lang) -> Self {
        PageState {
            source,
            ran_source: None,
            outcome: None,
            lang,
            scratch: None,
        }
    }

    /// The 1-based line to highlight in the editor, while the error still
    /// describes the editor's text.
    pub fn error_line(&self) -> Option<usize> {
        match &self.outcome {
            Some(RunOutcome::Rejected { diagnostic, .. })
                if self.ran_source.as_deref() == Some(self.source.as_str()) =>
            {
                Some(diagnostic.line)
            }
            _ => None,
        }
    }

    /// Whether the editor holds an example exactly as the gallery has it (so
    /// replacing it loses nothing).
    pub fn is_an_example(&self) -> bool {
        gallery::EXAMPLES
            .iter()
            .any(|example| example.source == self.source)
    }

    /// The state after `action`.
    pub fn apply(&self, action: PageAction) -> PageState {
        let mut next = self.clone();
        match action {
            PageAction::Edit(source) => next.source = source,
            PageAction::SetLang(lang) => next.lang = lang,
            PageAction::LoadExample(id) => {
                if let Some(example) = gallery::find(&id) {
                    if !self.is_an_example() {
                        next.scratch = Some(self.source.clone());
                    }
                    next.source = example.source.to_string();
                    next.outcome = None;
                    next.ran_source = None;
                }
            }
            PageAction::SetKnob(knob, value) => {
                if let Some(source) = set_knob(&self.source, &knob, value) {
                    next.source = source;
                    return next.apply(PageAction::Run);
                }
            }
            PageAction::RestoreScratch => {
                if let Some(scratch) = &self.scratch {
                    next.source = scratch.clone();
                    next.outcome = None;
                    next.ran_source = None;
                }
            }
            PageAction::Run => {
                next.outcome = Some(match check_program(&self.source) {
                    Ok(summary) => RunOutcome::Accepted(summary),
                    Err(diagnostic) => {
                        let text = diagnostic.render(PROGRAM_NAME, &self.source);
                        RunOutcome::Rejected { diagnostic, text }
                    }
                });
                next.ran_source = Some(self.source.clone());
            }
        }
        next
    }
}

impl Reducible for PageState {
    type Action = PageAction;

    fn reduce(self: Rc<Self>, action: PageAction) -> Rc<Self> {
        Rc::new(self.apply(action))
    }
}
