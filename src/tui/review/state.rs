//! The review's state: the fixed [`Source`], one small [`Mark`] per row
//! (the lead's decision and field edits), the cursor, the mode, and the
//! undo history. Small on purpose: a step of the history is the marks it
//! changed, before and after.

use super::action::Field;
use super::source::Source;
use super::tally::TallyCache;
use crate::model::{Effort, Money, Priority};
use crate::tui::input::Input;
use std::sync::Arc;

/// The lead's decision on a candidate.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Choice {
    /// The importer's verdict stands.
    #[default]
    Undecided,
    Keep,
    Drop,
    /// The same action as the row given: its attributes go there.
    Merged(usize),
}

/// Whose value a field both the team and the report changed takes.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    /// Keep the team's (`o`, ours).
    Team,
    /// Take the report's (`t`, theirs).
    Report,
}

impl Side {
    pub fn word(self) -> &'static str {
        match self {
            Side::Team => "team",
            Side::Report => "report",
        }
    }
}

/// A row's decision and what the lead set on it.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Mark {
    pub choice: Choice,
    pub priority: Option<Priority>,
    /// A phase id.
    pub phase: Option<String>,
    pub effort: Option<Effort>,
    pub cost: Option<Money>,
}

/// One undoable step: each row, conflict and removed task it changed,
/// before and after.
#[derive(Debug, Clone, PartialEq, Default)]
pub struct Step {
    pub label: String,
    pub rows: Vec<(usize, Mark, Mark)>,
    /// A conflict's side (index into `Source::conflicts`).
    pub sides: Vec<(usize, Option<Side>, Option<Side>)>,
    /// Whether a removed task is deleted (index into `Source::removed`).
    pub drops: Vec<(usize, bool, bool)>,
}

#[derive(Debug, Clone, PartialEq)]
pub enum Mode {
    List,
    /// Typing a field's new value.
    Prompt {
        field: Field,
        input: Input,
        error: Option<String>,
    },
    /// Choosing the candidate to merge into: kept rows matching `query`.
    Merge {
        query: Input,
        selected: usize,
    },
    /// Settling the selected row's conflicts one field at a time.
    Conflicts {
        selected: usize,
    },
    /// The roadmap's tasks the report no longer has, and what becomes of
    /// each.
    Removed {
        selected: usize,
    },
    /// "Leave without writing?"
    Quit,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Review {
    pub source: Arc<Source>,
    /// Changed only through `update`'s steps, which clear [`Review::tally`].
    pub marks: Vec<Mark>,
    /// Each conflict's side, `None` while unsettled (the team's value is
    /// kept and the next import finds the conflict again).
    pub sides: Vec<Option<Side>>,
    /// Whether each removed task is deleted on write.
    pub drops: Vec<bool>,
    /// The selected row.
    pub cursor: usize,
    pub mode: Mode,
    pub undo: Vec<Step>,
    pub redo: Vec<Step>,
    /// The last thing done, or why it could not be.
    pub message: Option<String>,
    pub width: u16,
    pub height: u16,
    /// Where the kept set will be written, for the header.
    pub target: String,
    /// The header's counts, until the marks change.
    pub tally: TallyCache,
}

impl Review {
    pub fn new(source: impl Into<Arc<Source>>, target: impl Into<String>) -> Review {
        let source = source.into();
        Review {
            marks: vec![Mark::default(); source.rows.len()],
            sides: source.conflicts.iter().map(|c| c.flagged).collect(),
            drops: source.removed.iter().map(|r| r.dropped && r.open).collect(),
            source,
            cursor: 0,
            mode: Mode::List,
            undo: Vec::new(),
            redo: Vec::new(),
            message: None,
            width: 80,
            height: 24,
            target: target.into(),
            tally: TallyCache::default(),
        }
    }

    /// Whether the row goes into the roadmap as it stands.
    pub fn kept(&self, row: usize) -> bool {
        match self.marks[row].choice {
            Choice::Keep => true,
            Choice::Drop | Choice::Merged(_) => false,
            Choice::Undecided => self.source.rows[row].kept,
        }
    }

    /// The rows the list can show the picker for merging `row` into.
    pub fn merge_targets(&self, row: usize, query: &str) -> Vec<usize> {
        let query = query.to_lowercase();
        (0..self.source.rows.len())
            .filter(|&r| r != row && self.kept(r))
            .filter(|&r| {
                query.is_empty() || self.source.rows[r].title.to_lowercase().contains(&query)
            })
            .collect()
    }

    /// The side a conflict takes as the review stands, or `None`.
    pub fn side(&self, conflict: usize) -> Option<Side> {
        self.sides.get(conflict).copied().flatten()
    }

    /// How many rows a page of the list moves.
    pub fn page(&self) -> usize {
        usize::from(self.height.saturating_sub(8) / 2).max(1)
    }
}
