//! Performs the effects `update` returns and feeds each result back to it
//! as a message, until nothing is left to do. Both the terminal's loop
//! (`run.rs`) and the headless harness (`app.rs`) step the session through
//! here; they differ only in their [`Background`]. Nothing here decides
//! anything: what a result means is `update`'s business.

use super::effect::{Effect, SaveRequest};
use super::msg::{Msg, SaveFailure, SaveResult, Saved};
use super::state::State;
use super::update::update;
use super::worker::Job;
use crate::store::{self, SaveError, SaveOutcome};
use std::collections::VecDeque;
use std::io::ErrorKind;
use std::path::Path;

/// The work an effect hands off: done in the background by the terminal
/// (threads, a file watcher), here and now or by hand in the harness.
pub trait Background {
    /// Scores a search or makes a forecast; the answer, when it is ready
    /// at once.
    fn work(&mut self, job: Job) -> Option<Msg>;
    /// Watches `path`, instead of any file watched before, for changes
    /// made elsewhere.
    fn watch(&mut self, path: &Path);
    /// Reads `path`'s committed versions; the burn-up points, when they are
    /// ready at once.
    fn read_history(&mut self, path: &Path) -> Option<Msg>;
    /// Lets the user edit `text` in their editor and waits for them: the
    /// text they saved, or why there is none.
    fn edit_text(&mut self, text: &str) -> Result<String, String>;
}

/// What a step asks of the screen and the session.
#[derive(Debug, Default, Clone, Copy, PartialEq, Eq)]
pub struct Stepped {
    /// The state changed: draw a frame.
    pub redraw: bool,
    /// The session ends.
    pub quit: bool,
    /// Something else had the terminal (the user's editor): draw the
    /// whole screen anew, whatever the last frame was.
    pub repaint: bool,
}

/// Updates `state` with `msg` and performs the effects, feeding each result
/// back, in order. An effect after `Quit` is not performed.
pub fn step(state: &mut State, msg: Msg, background: &mut impl Background) -> Stepped {
    let mut stepped = Stepped::default();
    let mut queue: VecDeque<Effect> = update(state, msg).into();
    while let Some(effect) = queue.pop_front() {
        let result = match effect {
            Effect::Redraw => {
                stepped.redraw = true;
                None
            }
            Effect::Quit => {
                stepped.quit = true;
                return stepped;
            }
            Effect::Save(request) => Some(save(request)),
            job @ (Effect::Search { .. } | Effect::Forecast { .. } | Effect::WhatIf { .. }) => {
                Job::from_effect(job).and_then(|job| background.work(job))
            }
            Effect::Watch(path) => {
                background.watch(&path);
                None
            }
            Effect::ReadHistory(path) => background.read_history(&path),
            Effect::EditNotes { of, text } => {
                stepped.repaint = true;
                stepped.redraw = true;
                let result = background.edit_text(&text);
                Some(Msg::NotesEdited { of, result })
            }
        };
        if let Some(msg) = result {
            queue.extend(update(state, msg));
        }
    }
    stepped
}

/// Saves through the store, synchronously (a save takes well under a
/// second even at 100,000 tasks), and says how it went.
pub fn save(request: SaveRequest) -> Msg {
    let SaveRequest {
        path,
        roadmap,
        mut file,
        new_file,
    } = request;
    let result = match (file.as_deref_mut(), new_file) {
        (Some(loaded), false) => match store::save_merging(loaded, &roadmap, &path) {
            Ok(SaveOutcome::Saved) => SaveResult::Ok { path },
            Ok(SaveOutcome::Merged { theirs, notes }) => SaveResult::Merged {
                path,
                theirs,
                notes,
            },
            Err(e) => failed(e, path),
        },
        (Some(loaded), true) => match store::save_new(loaded, &roadmap, &path) {
            Ok(()) => SaveResult::Ok { path },
            Err(e) => failed(e, path),
        },
        (None, _) => match store::write_new(&path, store::to_toml(&roadmap).as_bytes()) {
            Ok(()) => SaveResult::Ok { path },
            Err(e) if e.kind() == ErrorKind::AlreadyExists => {
                SaveResult::Failed(SaveFailure::Exists(path))
            }
            Err(e) => SaveResult::Failed(SaveFailure::CannotWrite {
                path,
                reason: e.to_string(),
            }),
        },
    };
    Msg::Saved(Saved { file, result })
}

/// The store's refusal as a save result.
fn failed(error: SaveError, path: std::path::PathBuf) -> SaveResult {
    match error {
        SaveError::Conflicted { disk, .. } => SaveResult::Conflicted { disk },
        SaveError::Io { source, .. } => SaveResult::Failed(SaveFailure::CannotWrite {
            path,
            reason: source.to_string(),
        }),
        SaveError::Exists { .. } => SaveResult::Failed(SaveFailure::Exists(path)),
        refused => SaveResult::Failed(SaveFailure::Refused(refused.to_string())),
    }
}

#[cfg(test)]
#[path = "executor_tests.rs"]
mod tests;
