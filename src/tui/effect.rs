//! What `update` asks the executor to do, as data: `update` never touches
//! files, threads or the terminal itself. Each effect that has a result
//! reports it back as a [`Msg`](super::msg::Msg).

use super::search::Hits;
use crate::model::Roadmap;
use crate::store::Loaded;
use std::path::PathBuf;
use std::sync::Arc;

#[derive(Debug, Clone)]
pub enum Effect {
    /// The state changed; draw a new frame.
    Redraw,
    /// Score `query` over this snapshot off the UI thread (among the tasks
    /// `among` matched, if given); the hits come back as
    /// `Msg::SearchReady` (big roadmaps only).
    Search {
        generation: u64,
        query: String,
        fields: super::search::Fields,
        roadmap: Arc<Roadmap>,
        among: Option<Arc<Hits>>,
    },
    /// Forecast this snapshot from `today` off the UI thread, for the
    /// Timeline; it comes back as `Msg::ForecastReady` (big roadmaps only).
    Forecast {
        generation: u64,
        roadmap: Arc<Roadmap>,
        today: chrono::NaiveDate,
    },
    /// Answer the what-if form's `ask` on this snapshot off the UI thread,
    /// for the scenario dialog; it comes back as `Msg::WhatIfReady` (big
    /// roadmaps only).
    WhatIf {
        generation: u64,
        ask: crate::model::whatif::Ask,
        roadmap: Arc<Roadmap>,
        today: chrono::NaiveDate,
    },
    /// Save through the store; the outcome comes back as `Msg::Saved`.
    Save(SaveRequest),
    /// Watch this file, instead of any other, for changes made elsewhere;
    /// each comes back as `Msg::DiskChanged`.
    Watch(PathBuf),
    /// Read this file's committed versions off the UI thread; the burn-up
    /// points come back as `Msg::HistoryReady` (nothing comes back outside
    /// a git repository).
    ReadHistory(PathBuf),
    /// Hand `text` to the user's editor ($VISUAL, $EDITOR, vi), the
    /// terminal given back to them meanwhile; what they saved, or why
    /// nothing was, comes back as `Msg::NotesEdited`.
    EditNotes { of: NotesOf, text: String },
    /// End the session.
    Quit,
}

/// Whose notes the user's editor is editing.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum NotesOf {
    /// The task with this id, from the list: the result is applied as one
    /// change (undoable, one field in the saved diff).
    Task(String),
    /// The notes field of the open editor form: the result goes into the
    /// field, applied with the rest of the form.
    Form,
}

/// A save, with everything it needs: the state's file travels with it and
/// comes back in `Msg::Saved`, so the executor holds nothing of its own.
#[derive(Debug, Clone)]
pub struct SaveRequest {
    pub path: PathBuf,
    pub roadmap: Arc<Roadmap>,
    /// The file as last loaded or saved, which the save patches (comments
    /// and layout kept) and merges a change on disk against; `None` when
    /// there is none, and the roadmap is written in canonical form.
    pub file: Option<Box<Loaded>>,
    /// "Save as": `path` must not exist yet; an existing file is refused,
    /// never overwritten. Otherwise `path` is the roadmap's own file, and a
    /// change made to it on disk is merged in.
    pub new_file: bool,
}

/// Effects as short words, for tests to compare (effects carry snapshots
/// and files, which do not compare): `save plan.toml`, `save new x.toml`,
/// `quit`, `redraw`.
#[cfg(test)]
pub(crate) fn described(fx: &[Effect]) -> Vec<String> {
    fx.iter()
        .map(|effect| match effect {
            Effect::Redraw => "redraw".to_string(),
            Effect::Search { query, .. } => format!("search {query}"),
            Effect::Forecast { generation, .. } => format!("forecast {generation}"),
            Effect::WhatIf { generation, .. } => format!("what-if {generation}"),
            Effect::Save(r) if r.new_file => format!("save new {}", r.path.display()),
            Effect::Save(r) => format!("save {}", r.path.display()),
            Effect::Watch(path) => format!("watch {}", path.display()),
            Effect::ReadHistory(path) => format!("read history {}", path.display()),
            Effect::EditNotes {
                of: NotesOf::Task(id),
                ..
            } => format!("edit notes of {id}"),
            Effect::EditNotes { .. } => "edit notes of the form".to_string(),
            Effect::Quit => "quit".to_string(),
        })
        .collect()
}
