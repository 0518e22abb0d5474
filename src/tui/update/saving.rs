//! Saving, every decision of it: where to (the roadmap's file, or a name
//! asked for), whether to ask first (a change on disk the user chose to
//! keep out), whether to quit after, and what each outcome means for the
//! session: written, merged with a change on disk, conflicting with one,
//! refused, or not writable (then offering to save elsewhere). The store
//! does the saving, through the executor; nothing here touches a file.

use super::disk;
use crate::tui::action::Action;
use crate::tui::edits;
use crate::tui::effect::{Effect, SaveRequest};
use crate::tui::input::Input;
use crate::tui::msg::{SaveFailure, SaveResult, Saved};
use crate::tui::state::{Confirm, Mode, State, Tone};
use std::path::PathBuf;
use std::sync::Arc;

/// Saves to the roadmap's file (asking first if that overwrites a change on
/// disk the user chose to keep out), or asks where to save it.
pub fn save(state: &mut State, then_quit: bool, fx: &mut Vec<Effect>) {
    match state.path.clone() {
        Some(_) if state.confirm_overwrite => {
            state.mode = Mode::Confirm(Confirm::Overwrite { then_quit });
        }
        Some(path) => request(state, path, false, then_quit, fx),
        None => ask_save_as(state, then_quit),
    }
}

/// Hands the save to the executor, the session's file with it; quitting,
/// if asked for, waits for the save to succeed.
fn request(
    state: &mut State,
    path: PathBuf,
    new_file: bool,
    then_quit: bool,
    fx: &mut Vec<Effect>,
) {
    state.quit_after_save = then_quit;
    fx.push(Effect::Save(SaveRequest {
        path,
        roadmap: Arc::clone(&state.roadmap),
        file: state.file.take().map(Box::new),
        new_file,
    }));
}

/// Asks for a file name to save to: the roadmap's own path to edit (`S`),
/// or `roadmap.toml` for the bundled example, which has none.
pub fn ask_save_as(state: &mut State, then_quit: bool) {
    let start = match &state.path {
        Some(path) => path.display().to_string(),
        None => "roadmap.toml".to_string(),
    };
    state.mode = Mode::SaveAs {
        input: Input::new(start),
        then_quit,
    };
}

/// The save-as prompt after a failed save, starting from the path that
/// failed so only the folder or name needs changing.
fn ask_save_as_near(state: &mut State, failed: &str) {
    state.mode = Mode::SaveAs {
        input: Input::new(failed),
        then_quit: false,
    };
    state.say(
        Tone::Info,
        "Save where? The folder or disk of the original refused the write: change the path",
    );
}

/// Typing in the save-as prompt; enter saves to a new file there.
pub fn prompt(state: &mut State, action: Action, fx: &mut Vec<Effect>) {
    let Mode::SaveAs { input, then_quit } = &mut state.mode else {
        return;
    };
    match action {
        Action::Input(edit) => input.apply(edit),
        Action::Submit => {
            let name = input.text.trim().to_string();
            let then_quit = *then_quit;
            if name.is_empty() {
                state.say(Tone::Error, "Type a file name to save to, or esc");
                return;
            }
            state.mode = Mode::Normal;
            request(state, PathBuf::from(name), true, then_quit, fx);
        }
        Action::Cancel => {
            state.mode = Mode::Normal;
            state.say(Tone::Info, "Not saved");
        }
        _ => {}
    }
}

/// The answer to a question about saving; `question` is left for the
/// caller to keep open when the answer is not one it takes.
pub fn answer(state: &mut State, question: Confirm, answer: char, fx: &mut Vec<Effect>) {
    match (question, answer) {
        (Confirm::Overwrite { then_quit }, 'y') => {
            state.confirm_overwrite = false;
            save(state, then_quit, fx);
        }
        (Confirm::Overwrite { .. }, 'n' | 'q') => {
            state.say(Tone::Info, "Not saved: the change on disk stays")
        }
        (Confirm::SaveFailed { path, .. }, 'a' | 'y') => {
            ask_save_as_near(state, &path.display().to_string())
        }
        // Back to the planner, with a reminder on the status line.
        (Confirm::SaveFailed { path, .. }, 'n' | 'q') => state.say(
            Tone::Error,
            format!(
                "Not saved to {}: your changes are kept (S saves elsewhere, s tries again)",
                path.display()
            ),
        ),
        (Confirm::NotSaved { .. }, 'y' | 'n' | 'q') => state.say(
            Tone::Error,
            "Not saved: your changes are kept (s tries again, S saves elsewhere)",
        ),
        (question, _) => state.mode = Mode::Confirm(question),
    }
}

/// How a save went. The file comes back with the outcome, written or not.
pub fn saved(state: &mut State, saved: Saved, fx: &mut Vec<Effect>) {
    let Saved { file, result } = saved;
    state.file = file.map(|file| *file);
    let then_quit = std::mem::take(&mut state.quit_after_save);
    match result {
        SaveResult::Ok { path } => {
            state.say(Tone::Success, format!("Saved {}", path.display()));
            written(state, path, fx);
        }
        SaveResult::Merged {
            path,
            theirs,
            notes,
        } => {
            // The store merged the change on disk in: the file holds it.
            if let Some(file) = &state.file {
                let merged = Arc::clone(&file.roadmap);
                edits::adopt(state, merged, "merge the change on disk".into());
            }
            state.incoming = None;
            state.confirm_overwrite = false;
            state.say(
                Tone::Success,
                format!(
                    "Saved {}, merged with the change on disk to {}{}",
                    path.display(),
                    disk::list_parts(&theirs),
                    disk::said(&notes)
                ),
            );
            written(state, path, fx);
        }
        // Nothing written: the choice (merge, keep mine, take theirs) is put
        // to the user, and quitting waits for it.
        SaveResult::Conflicted { disk } => return disk::arrived(state, *disk),
        SaveResult::Failed(failure) => return failed(state, failure),
    }
    if then_quit {
        fx.push(Effect::Quit);
    }
}

/// The roadmap is in the file at `path` now, which the session watches.
fn written(state: &mut State, path: PathBuf, fx: &mut Vec<Effect>) {
    state.mark_saved();
    if state.path.as_ref() != Some(&path) {
        fx.push(Effect::Watch(path.clone()));
    }
    state.path = Some(path);
}

/// Nothing about the roadmap changes: the edits stay, unsaved, and
/// quitting still asks first. A file that cannot be written offers to save
/// elsewhere; a refusal opens its whole reason in a dialog, as it can run
/// to many lines (every problem that would stop the file from loading back).
fn failed(state: &mut State, failure: SaveFailure) {
    let reason = match failure {
        SaveFailure::CannotWrite { path, reason } => {
            state.say(
                Tone::Error,
                format!("Not saved: {reason}; your changes are kept (S saves elsewhere)"),
            );
            state.mode = Mode::Confirm(Confirm::SaveFailed {
                path,
                reason,
                scroll: 0,
            });
            return;
        }
        SaveFailure::Exists(path) => format!(
            "{} already exists; choose another name (S again)",
            path.display()
        ),
        // The store's words start with "not saved:", the dialog's title.
        SaveFailure::Refused(e) => e.strip_prefix("not saved: ").unwrap_or(&e).to_string(),
    };
    state.say(
        Tone::Error,
        "Not saved: your changes are kept (why is in the dialog)",
    );
    state.mode = Mode::Confirm(Confirm::NotSaved { reason, scroll: 0 });
}

#[cfg(test)]
#[path = "saving_tests.rs"]
mod tests;
