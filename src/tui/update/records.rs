//! The phases (`P`), findings (`A`) and project (`C`) dialogs: a list to
//! move in, a form to add or edit one record, the question a delete asks.
//! Every edit is one change applied through `edits`, one step of the
//! history, so `u` undoes it as any other.

use crate::model::arrange::GroupBy;
use crate::model::change::move_phase;
use crate::tui::action::Action;
use crate::tui::edits;
use crate::tui::records::{Deleting, Form, Kind, Records};
use crate::tui::state::{Mode, State, Tone};
use crate::tui::text::sanitize;

/// `P`: the phases, the cursor on the selected task's phase.
pub fn open_phases(state: &mut State) {
    let at = match (state.group, state.current_phase()) {
        (GroupBy::Phase, Some(id)) => state.roadmap.phases.iter().position(|p| p.id == id),
        _ => None,
    };
    state.mode = Mode::Records(Box::new(Records {
        list: Some((Kind::Phases, at.unwrap_or(0))),
        form: None,
        deleting: None,
    }));
}

/// `A`: the findings, with the form for a new one open over them.
pub fn add_finding(state: &mut State) {
    let len = state.roadmap.findings.len();
    state.mode = Mode::Records(Box::new(Records {
        list: Some((Kind::Findings, len.saturating_sub(1))),
        form: Some(Form::new_finding(&state.roadmap)),
        deleting: None,
    }));
}

/// In the Findings view, `a`, `e`, `D` and enter work on findings: the
/// list opens, with the form for a new one when adding.
pub fn findings_view(state: &mut State, adding: bool) {
    if adding {
        return add_finding(state);
    }
    state.mode = Mode::Records(Box::new(Records {
        list: Some((Kind::Findings, 0)),
        form: None,
        deleting: None,
    }));
}

/// `C`: the project's name and settings.
pub fn open_project(state: &mut State) {
    state.mode = Mode::Records(Box::new(Records {
        list: None,
        form: Some(Form::project(&state.roadmap)),
        deleting: None,
    }));
}

pub fn handle(state: &mut State, action: Action) {
    let Mode::Records(records) = &mut state.mode else {
        return;
    };
    if records.deleting.is_some() {
        return answer(state, action);
    }
    if records.form.is_some() {
        return form(state, action);
    }
    list(state, action);
}

fn records(state: &mut State) -> Option<&mut Records> {
    match &mut state.mode {
        Mode::Records(r) => Some(r),
        _ => None,
    }
}

fn list(state: &mut State, action: Action) {
    let roadmap = std::sync::Arc::clone(&state.roadmap);
    let Some(r) = records(state) else { return };
    let Some((kind, cursor)) = r.list.as_mut() else {
        return;
    };
    let (kind, len) = (*kind, kind.len(&roadmap));
    match action {
        Action::Move(by) => {
            *cursor = (*cursor as isize + by).clamp(0, len.max(1) as isize - 1) as usize
        }
        Action::Home => *cursor = 0,
        Action::End => *cursor = len.saturating_sub(1),
        Action::AddTask => {
            r.form = Some(match kind {
                Kind::Phases => Form::new_phase(&roadmap, (*cursor + 1).min(len)),
                Kind::Findings => Form::new_finding(&roadmap),
            })
        }
        Action::EditTask | Action::Submit | Action::RenameTask => {
            let Some(id) = kind.id_at(&roadmap, *cursor) else {
                return;
            };
            r.form = match kind {
                Kind::Phases => Form::phase(&roadmap, &id),
                Kind::Findings => Form::finding(&roadmap, &id),
            };
        }
        Action::DeleteTask => {
            if let Some(id) = kind.id_at(&roadmap, *cursor) {
                r.deleting = Some(Deleting::ask(&roadmap, kind, &id));
            }
        }
        Action::ReorderTask(by) if kind == Kind::Phases => {
            let Some(id) = kind.id_at(&roadmap, *cursor) else {
                return;
            };
            let at = *cursor;
            match move_phase(&roadmap, &id, by) {
                Ok(Some(change)) => {
                    let label = format!("move phase {id}");
                    match edits::batch(state, label, change) {
                        Ok(()) => set_cursor(state, (at as isize + by.signum()) as usize),
                        Err(e) => state.say(Tone::Error, e),
                    }
                }
                Ok(None) => state.say(Tone::Info, "The phase is already at that end"),
                Err(e) => state.say(Tone::Error, e.to_string()),
            }
        }
        Action::Undo | Action::Redo => {
            super::tasks::handle(state, action);
            clamp(state);
        }
        Action::Cancel | Action::Quit => state.mode = Mode::Normal,
        _ => {}
    }
}

fn set_cursor(state: &mut State, at: usize) {
    if let Some(Records {
        list: Some((_, cursor)),
        ..
    }) = records(state)
    {
        *cursor = at;
    }
    clamp(state);
}

/// Keeps the list's cursor on a record after one went away.
fn clamp(state: &mut State) {
    let roadmap = std::sync::Arc::clone(&state.roadmap);
    if let Some(Records {
        list: Some((kind, cursor)),
        ..
    }) = records(state)
    {
        *cursor = (*cursor).min(kind.len(&roadmap).saturating_sub(1));
    }
}

fn form(state: &mut State, action: Action) {
    let roadmap = std::sync::Arc::clone(&state.roadmap);
    let Some(r) = records(state) else { return };
    let Some(form) = r.form.as_mut() else { return };
    match action {
        Action::Input(edit) => form.edit(edit),
        Action::NextField => form.move_focus(1),
        Action::PrevField => form.move_focus(-1),
        Action::Cancel => {
            r.form = None;
            if r.list.is_none() {
                state.mode = Mode::Normal;
            }
        }
        Action::Submit => match form.change(&roadmap) {
            Ok((change, label)) => {
                let id = form.id_after();
                match edits::batch(state, label.clone(), change) {
                    Ok(()) => applied(state, id, &label),
                    Err(e) => {
                        if let Some(form) = records(state).and_then(|r| r.form.as_mut()) {
                            form.error = Some(e);
                        }
                    }
                }
            }
            Err(e) => form.error = Some(e),
        },
        _ => {}
    }
}

/// A form's change was applied: close it, the list's cursor on the record.
fn applied(state: &mut State, id: Option<String>, label: &str) {
    let roadmap = std::sync::Arc::clone(&state.roadmap);
    if let Some(r) = records(state) {
        r.form = None;
        if let (Some((kind, cursor)), Some(id)) = (r.list.as_mut(), id) {
            let at = match kind {
                Kind::Phases => roadmap.phases.iter().position(|p| p.id == id),
                Kind::Findings => roadmap.findings.iter().position(|f| f.id == id),
            };
            *cursor = at.unwrap_or(*cursor);
        }
        if r.list.is_none() {
            state.mode = Mode::Normal;
        }
    }
    state.say(
        Tone::Success,
        format!("{} (u undoes)", capitalised(&sanitize(label))),
    );
}

fn capitalised(text: &str) -> String {
    let mut chars = text.chars();
    chars
        .next()
        .map(|c| c.to_uppercase().chain(chars).collect())
        .unwrap_or_default()
}

fn answer(state: &mut State, action: Action) {
    let roadmap = std::sync::Arc::clone(&state.roadmap);
    let Some(r) = records(state) else { return };
    let Some(deleting) = r.deleting.as_mut() else {
        return;
    };
    match action {
        Action::Input(crate::tui::input::Edit::Left) | Action::Move(-1) => {
            deleting.cycle(&roadmap, -1)
        }
        Action::Input(crate::tui::input::Edit::Right) | Action::Move(1) => {
            deleting.cycle(&roadmap, 1)
        }
        Action::Cancel => {
            r.deleting = None;
            state.say(Tone::Info, "Nothing deleted");
        }
        Action::Submit => {
            let asked = deleting.change(&roadmap);
            r.deleting = None;
            match asked {
                Ok((change, label)) => match edits::batch(state, label.clone(), change) {
                    Ok(()) => {
                        clamp(state);
                        state.say(
                            Tone::Success,
                            format!("{} (u undoes)", capitalised(&sanitize(&label))),
                        );
                    }
                    Err(e) => state.say(Tone::Error, e),
                },
                Err(e) => state.say(Tone::Error, e.to_string()),
            }
        }
        _ => {}
    }
}

#[cfg(test)]
#[path = "records_tests.rs"]
mod tests;
