//! A change to the file on disk (a `git pull`, a teammate's `roadmap
//! check`, or what a save found when it conflicted) meets the session. The
//! executor reads the file; all that is decided from its text happens
//! here, with no I/O.
//!
//! With no unsaved edits a change on disk is reloaded in place. With unsaved
//! edits the user chooses: merge (three-way, the version loaded as base),
//! keep mine (the next save asks before overwriting), take theirs. Nothing
//! is dropped without them saying so.

use crate::model::Part;
use crate::store::merge::{changed_parts, merge, Note};
use crate::store::{self, Loaded};
use crate::tui::action::Action;
use crate::tui::edits;
use crate::tui::state::{Mode, State, Tone};
use std::sync::Arc;

/// The file on disk has this text (after a change the watcher saw). Our
/// own saves and unchanged files are ignored; a file that does not load is
/// left alone, and said so.
pub fn changed(state: &mut State, text: &str) {
    let Some(file) = &state.file else {
        return;
    };
    if known(state, text) {
        return;
    }
    let name = file.document.file_name().to_string();
    let disk = match store::parse(text, &name) {
        Ok(disk) => disk,
        Err(e) => {
            let first = e
                .diagnostics
                .first()
                .map(|d| d.to_string())
                .unwrap_or_default();
            let first = first.lines().next().unwrap_or("").to_string();
            state.say(
                Tone::Warning,
                format!(
                    "{name} changed on disk but does not load ({first}); \
                     nothing changed here: finish the git merge or fix the file"
                ),
            );
            return;
        }
    };
    arrived(state, disk);
}

/// The file on disk, loaded, is not the one the session knows: with no
/// unsaved edits it is reloaded in place, else the user is asked.
pub fn arrived(state: &mut State, disk: Loaded) {
    if known(state, disk.document.text()) {
        return;
    }
    if !state.is_dirty() {
        reload(state, disk);
    } else {
        state.incoming = Some(disk);
        ask(state);
    }
}

/// The text is the file the session last loaded or saved, or the version
/// on disk already waiting for an answer.
fn known(state: &State, text: &str) -> bool {
    let known = |l: &Loaded| l.document.text() == text;
    state.file.as_ref().is_some_and(known) || state.incoming.as_ref().is_some_and(known)
}

/// Replaces a roadmap with no unsaved edits by the version on disk.
fn reload(state: &mut State, disk: Loaded) {
    let changed = changed_parts(&state.roadmap, &disk.roadmap)
        .iter()
        .filter(|p| matches!(p, Part::Task(_)))
        .count();
    edits::adopt(
        state,
        disk.roadmap.clone(),
        "reload the change on disk".into(),
    );
    state.file = Some(disk);
    state.mark_saved();
    state.incoming = None;
    state.confirm_overwrite = false;
    let s = if changed == 1 { "" } else { "s" };
    state.say(
        Tone::Info,
        format!("reloaded: {changed} task{s} changed (u undoes)"),
    );
}

/// Opens the merge / keep mine / take theirs prompt, unless the user is in
/// the middle of typing something (then it opens when they are done).
pub fn ask(state: &mut State) {
    let busy = matches!(
        state.mode,
        Mode::Edit(_)
            | Mode::Pick(_)
            | Mode::Rename { .. }
            | Mode::Search { .. }
            | Mode::SaveAs { .. }
            | Mode::Bulk { .. }
            | Mode::Confirm(_)
    );
    let (Some(file), Some(disk)) = (&state.file, &state.incoming) else {
        return;
    };
    if busy {
        state.say(
            Tone::Warning,
            "The file changed on disk: you will be asked what to do with it next",
        );
        return;
    }
    let merged = merge(Some(&file.roadmap), &state.roadmap, &disk.roadmap);
    state.mode = Mode::Changed {
        conflicts: merged.conflicts,
    };
}

/// The answer to the prompt: `m` merge, `k` keep mine (also esc), `t` take theirs.
pub fn answer(state: &mut State, action: Action) {
    let choice = match action {
        Action::Answer(c) => c.to_ascii_lowercase(),
        Action::Cancel => 'k',
        _ => return,
    };
    if !matches!(choice, 'm' | 'k' | 't') {
        return;
    }
    state.mode = Mode::Normal;
    let (Some(disk), Some(file)) = (state.incoming.take(), state.file.take()) else {
        return;
    };
    match choice {
        'm' => {
            let merged = merge(Some(&file.roadmap), &state.roadmap, &disk.roadmap);
            let theirs = changed_parts(&file.roadmap, &disk.roadmap);
            edits::adopt(
                state,
                Arc::new(merged.roadmap),
                "merge the change on disk".into(),
            );
            state.mark_unsaved();
            if merged.conflicts.is_empty() {
                state.say(
                    Tone::Success,
                    format!(
                        "Merged the change on disk to {} (not saved yet){}",
                        list_parts(&theirs),
                        said(&merged.notes)
                    ),
                );
            } else {
                state.say(
                    Tone::Warning,
                    format!(
                        "Merged with {} conflicts: both values are kept, marked (not saved yet)",
                        merged.conflicts.len()
                    ),
                );
                state.mode = Mode::Conflicts { cursor: 0 };
            }
        }
        'k' => {
            state.mark_unsaved();
            state.confirm_overwrite = true;
            state.say(
                Tone::Warning,
                "Kept yours: saving will ask before overwriting the change on disk",
            );
        }
        _ => {
            edits::adopt(
                state,
                disk.roadmap.clone(),
                "take the version on disk".into(),
            );
            state.confirm_overwrite = false;
            state.say(
                Tone::Info,
                "Took the version on disk over your unsaved changes (u undoes)",
            );
        }
    }
    // Whatever was chosen, the version on disk is now what saves patch.
    drop(file);
    state.file = Some(disk);
    if choice == 't' {
        state.mark_saved();
    }
}

/// The notes of a merge (a rename carried over, twin tasks kept apart) as
/// the end of a message: the session's side is "yours", the other the
/// file on disk.
pub(super) fn said(notes: &[Note]) -> String {
    notes
        .iter()
        .map(|n| format!("; {}", n.describe("your version", "the file on disk")))
        .collect()
}

/// `task `a`, task `b` and 3 more`.
pub(super) fn list_parts(parts: &[Part]) -> String {
    const SHOWN: usize = 3;
    if parts.is_empty() {
        return "nothing (only its layout)".into();
    }
    let mut text = parts
        .iter()
        .take(SHOWN)
        .map(|p| p.to_string())
        .collect::<Vec<_>>()
        .join(", ");
    if parts.len() > SHOWN {
        text.push_str(&format!(" and {} more", parts.len() - SHOWN));
    }
    text
}

#[cfg(test)]
#[path = "disk_tests.rs"]
mod tests;
