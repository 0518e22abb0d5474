//! What the lead asks of the review, and what the review asks of the
//! world. Keys become [`Action`]s through the review's key table
//! (`keymap::REVIEW`); [`super::update`] turns a [`Msg`] into a new state
//! and [`Effect`]s, doing no I/O.

use super::state::Side;
use crate::tui::input::Edit;

/// A field of a candidate the review sets, as in the planner.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Field {
    Priority,
    Phase,
    Effort,
    Cost,
}

impl Field {
    pub fn word(self) -> &'static str {
        match self {
            Field::Priority => "priority",
            Field::Phase => "phase",
            Field::Effort => "effort",
            Field::Cost => "cost",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Action {
    Move(isize),
    Page(isize),
    Home,
    End,
    /// To the first candidate of the next (previous) section.
    Section(isize),
    Keep,
    Drop,
    KeepSection,
    DropSection,
    Set(Field),
    /// Merge the selected candidate into another (opens the picker).
    Merge,
    /// Settle the selected row's conflict (`--into`): the team's value or
    /// the report's. A row with several opens their chooser.
    Settle(Side),
    /// The roadmap's tasks the report no longer has (`--into`).
    Removed,
    Undo,
    Redo,
    Write,
    Quit,
    /// Typing in a prompt or the picker.
    Input(Edit),
    Submit,
    Cancel,
    /// The answer to the quit question.
    Answer(bool),
}

/// Everything the review reacts to.
#[derive(Debug, Clone, PartialEq)]
pub enum Msg {
    Action(Action),
    Resize {
        width: u16,
        height: u16,
    },
    /// The write asked for failed: the review stays open with the message.
    WriteFailed(String),
}

impl From<Action> for Msg {
    fn from(action: Action) -> Msg {
        Msg::Action(action)
    }
}

/// What the review asks its runner to do.
#[derive(Debug, Clone, PartialEq)]
pub enum Effect {
    /// Write the kept set (the runner builds it from the state's marks).
    Write,
    /// Leave without writing anything.
    Leave,
}
