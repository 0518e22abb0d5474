//! What enters a planning session. Everything that changes the state comes
//! through `update(state, Msg)`: the user's keys and mouse (as actions), a
//! resize, and the result of every effect the executor performed.

use super::action::Action;
use super::search::Hits;
use crate::git::versions::Point;
use crate::model::Part;
use crate::store::merge::Note;
use crate::store::Loaded;
use std::path::PathBuf;

#[derive(Debug)]
pub enum Msg {
    /// The session begins, on a screen of this size.
    Start { width: u16, height: u16 },
    /// A key or a mouse event, as the keymap read it.
    Action(Action),
    /// The terminal's new size.
    Resize { width: u16, height: u16 },
    /// How an `Effect::Save` went.
    Saved(Saved),
    /// The roadmap's file changed on disk (a `git pull`, a teammate's
    /// `roadmap check`): its text now.
    DiskChanged(String),
    /// Hits scored off the UI thread for the search of `generation`.
    SearchReady { generation: u64, hits: Hits },
    /// The Timeline's forecast, made off the UI thread for the roadmap as
    /// it was at change `generation`.
    ForecastReady {
        generation: u64,
        forecast: Box<crate::model::schedule::Forecast>,
    },
    /// The scenario dialog's answer, made off the UI thread for the form
    /// and roadmap as they were at its `generation`.
    WhatIfReady {
        generation: u64,
        answer: Box<super::scenario::Answer>,
    },
    /// The file's committed versions as burn-up points, oldest first.
    HistoryReady(Vec<Point>),
    /// How an `Effect::EditNotes` went: the text the editor saved, or why
    /// there is none (the editor failed or could not be started).
    NotesEdited {
        of: super::effect::NotesOf,
        result: Result<String, String>,
    },
}

impl From<Action> for Msg {
    fn from(action: Action) -> Msg {
        Msg::Action(action)
    }
}

/// A save's outcome, and the file the request carried, given back: the
/// file as saved when it was written, as it was when it was not.
#[derive(Debug)]
pub struct Saved {
    pub file: Option<Box<Loaded>>,
    pub result: SaveResult,
}

#[derive(Debug)]
pub enum SaveResult {
    /// Written to `path`.
    Ok {
        path: PathBuf,
    },
    /// The file had changed on disk; the change was merged in cleanly and
    /// the merge written. `file` holds the merged roadmap. `theirs` names
    /// what the change on disk touched, `notes` what the merge settled.
    Merged {
        path: PathBuf,
        theirs: Vec<Part>,
        notes: Vec<Note>,
    },
    /// The file changed on disk and the change conflicts with the
    /// session's: nothing was written. `disk` is the file as it is now.
    Conflicted {
        disk: Box<Loaded>,
    },
    Failed(SaveFailure),
}

/// Why nothing was written. In every case the file on disk is untouched.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum SaveFailure {
    /// The file could not be written (read-only, no room): the system's
    /// reason, in words.
    CannotWrite { path: PathBuf, reason: String },
    /// "Save as" found a file at `path`.
    Exists(PathBuf),
    /// The store refused (the roadmap would not load back): its whole
    /// message, which may run to many lines.
    Refused(String),
}
