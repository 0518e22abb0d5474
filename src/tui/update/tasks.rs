//! Changing tasks: status toggles, undo and redo, opening the editor, the
//! delete question. The changes themselves go through `edits`, which goes
//! through the model's change values, so every one of them can be undone.

use crate::model::{Status, Task};
use crate::tui::action::Action;
use crate::tui::editor::{Editor, Target};
use crate::tui::edits;
use crate::tui::rows::Row;
use crate::tui::state::{Confirm, Mode, State, Tone};
use crate::tui::text::sanitize;
use crate::tui::view::View;

pub fn handle(state: &mut State, action: Action) {
    match action {
        Action::Undo => {
            let result = edits::undo(state);
            if let Ok(Some(_)) = result {
                let inverse = state.history.next_redo().cloned();
                go_to_changed(state, inverse);
            }
            report(state, result, "undo");
        }
        Action::Redo => {
            let result = edits::redo(state);
            if let Ok(Some(_)) = result {
                let inverse = state.history.next_undo().cloned();
                go_to_changed(state, inverse);
            }
            report(state, result, "redo");
        }
        Action::AddTask => add(state),
        _ if !changes_here(state.view, action) => {
            state.say(
                Tone::Info,
                "Tasks are changed in the Roadmap view (press 1)",
            );
        }
        Action::ToggleDone => toggle(state, Status::Done),
        Action::ToggleStatus(s) => toggle(state, s),
        Action::EditTask => edit(state),
        Action::EstimateNext => estimate_next(state),
        Action::DeleteTask => ask_delete(state),
        Action::ReorderTask(by) => reorder(state, by),
        Action::MoveToPhase(by) => move_to_phase(state, by),
        _ => {}
    }
}

/// Tasks are changed from the list; the Timeline's selected task can also
/// be checked off and edited there, to see its bar move.
fn changes_here(view: View, action: Action) -> bool {
    match view {
        View::Roadmap => true,
        View::Timeline => matches!(
            action,
            Action::ToggleDone | Action::ToggleStatus(_) | Action::EditTask
        ),
        _ => false,
    }
}

fn report(state: &mut State, result: Result<Option<String>, String>, what: &str) {
    match result {
        Ok(Some(summary)) => state.say(Tone::Info, summary),
        Ok(None) => state.say(Tone::Info, format!("Nothing to {what}")),
        Err(e) => state.say(Tone::Error, format!("Cannot {what}: {e}")),
    }
}

fn selected(state: &mut State) -> Option<(usize, Task)> {
    match state.selected_task_index() {
        Some(i) => state.roadmap.tasks.get(i).cloned().map(|t| (i, t)),
        None => {
            state.say(Tone::Info, "Select a task first (this row is a phase)");
            None
        }
    }
}

/// Sets `target`, or back to todo when the task already has it.
fn toggle(state: &mut State, target: Status) {
    let Some((_, task)) = selected(state) else {
        return;
    };
    let status = if task.status == target {
        Status::Todo
    } else {
        target
    };
    let score_before = state.metrics.maturity.as_ref().map(|m| m.score);
    match edits::set_status(state, &task.id, status) {
        Ok(()) => {
            let mut text = format!("{} {}", status.symbol(), sanitize(&task.title));
            if let (Some(day), false) = (task.done_on, status == Status::Done) {
                text.push_str(&format!(" · was done {day} (space restores it)"));
            }
            text.push_str(&maturity_moved(state, score_before));
            state.say(Tone::Success, text);
        }
        Err(e) => state.say(Tone::Error, e),
    }
}

/// " · maturity 34 % → 35 %" when the score moved from `before` (taken
/// before a change), else nothing: a check-off and a re-estimate say it alike.
pub(super) fn maturity_moved(state: &State, before: Option<f64>) -> String {
    match (before, state.metrics.maturity.as_ref()) {
        (Some(before), Some(m)) if (m.score - before).abs() > 1e-9 => format!(
            " · maturity {} → {}",
            m.scale.format(before),
            m.scale.format(m.score)
        ),
        _ => String::new(),
    }
}

fn edit(state: &mut State) {
    let Some((_, task)) = selected(state) else {
        return;
    };
    state.mode = Mode::Edit(Box::new(Editor::open(
        Target::Existing {
            id: task.id.clone(),
        },
        &task,
        &state.roadmap.phases,
    )));
}

/// The estimating pass: after the selected task, in the file's order and
/// round to the start, the first open task with no effort that the search
/// and filters show, selected (its phase unfolded) with its effort field
/// open. Enter saves the estimate and `E` goes on to the next one.
fn estimate_next(state: &mut State) {
    state.view = View::Roadmap;
    let tasks = &state.roadmap.tasks;
    let start = state.selected_task_index().map_or(0, |i| i + 1);
    let wanted = |i: usize| {
        let t = &tasks[i];
        t.effort.is_none()
            && matches!(t.status, Status::Todo | Status::Doing)
            && state.filters.matches(t, || state.metrics.is_blocked(i))
    };
    let found = (0..tasks.len())
        .map(|k| (start + k) % tasks.len())
        .find(|&i| wanted(i));
    let Some(i) = found else {
        let left = (0..tasks.len()).filter(|&i| wanted(i)).count();
        state.say(
            Tone::Info,
            if left == 0 {
                "Every open task shown has an estimate".to_string()
            } else {
                format!("{left} open tasks without an estimate are hidden by the search")
            },
        );
        return;
    };
    let phase = tasks[i].phase.clone();
    state.collapsed.remove(&phase);
    state.rebuild_rows();
    if !state.select(Row::Task(i as u32)) {
        state.say(
            Tone::Info,
            "The next task without an estimate is hidden by the search",
        );
        return;
    }
    edit(state);
    if let Mode::Edit(editor) = &mut state.mode {
        editor.focus = crate::tui::editor::position("effort").unwrap_or(editor.focus);
    }
}

fn add(state: &mut State) {
    state.view = View::Roadmap;
    let phase = state
        .current_phase()
        .or_else(|| state.roadmap.phases.first().map(|p| p.id.clone()));
    let Some(phase) = phase else {
        state.say(
            Tone::Warning,
            "This roadmap has no phases: add one to the file first",
        );
        return;
    };
    let blank = Task::new("", phase.clone(), "");
    state.mode = Mode::Edit(Box::new(Editor::open(
        Target::New { phase },
        &blank,
        &state.roadmap.phases,
    )));
}

fn ask_delete(state: &mut State) {
    let Some((_, task)) = selected(state) else {
        return;
    };
    let references = crate::model::change::references(&state.roadmap, &task.id);
    state.mode = Mode::Confirm(Confirm::Delete {
        id: task.id,
        title: task.title,
        references,
    });
}

/// The user said yes to deleting `id`.
pub fn delete_confirmed(state: &mut State, id: &str) {
    let at = state.cursor;
    let references = crate::model::change::references(&state.roadmap, id);
    match edits::remove(state, id) {
        Ok(title) => {
            state.cursor = at;
            state.clamp_cursor();
            let also = if references.is_empty() {
                String::new()
            } else {
                " and the references to it".to_string()
            };
            state.say(
                Tone::Success,
                format!("Deleted “{}”{also} (u undoes)", sanitize(&title)),
            );
        }
        Err(e) => state.say(Tone::Error, e),
    }
}

/// `J` / `K`: the task trades places with its neighbour in the phase; the
/// cursor goes with it.
fn reorder(state: &mut State, by: isize) {
    let Some((_, task)) = selected(state) else {
        return;
    };
    match edits::reorder(state, &task.id, by) {
        Ok(true) => {
            follow(state, &task.id);
            let whither = if by < 0 { "up" } else { "down" };
            state.say(
                Tone::Success,
                format!("Moved “{}” {whither} (u undoes)", sanitize(&task.title)),
            );
        }
        Ok(false) => {
            let edge = if by < 0 { "first" } else { "last" };
            state.say(Tone::Info, format!("Already {edge} in its phase"));
        }
        Err(e) => state.say(Tone::Error, e),
    }
}

/// `m` / `M`: the task goes to the next or previous phase (unfolded, so
/// the cursor can follow it there).
fn move_to_phase(state: &mut State, by: isize) {
    let Some((_, task)) = selected(state) else {
        return;
    };
    let Some(phase) =
        crate::model::change::neighbour_phase(&state.roadmap, &task.phase, by).map(str::to_string)
    else {
        state.say(Tone::Info, "There is no other phase to move it to");
        return;
    };
    state.collapsed.remove(&phase);
    match edits::move_to_phase(state, &task.id, &phase) {
        Ok(()) => {
            follow(state, &task.id);
            let name = state
                .roadmap
                .phase(&phase)
                .map_or(phase.clone(), |p| p.name.clone());
            state.say(
                Tone::Success,
                format!(
                    "Moved “{}” to {} (u undoes)",
                    sanitize(&task.title),
                    sanitize(&name)
                ),
            );
        }
        Err(e) => state.say(Tone::Error, e),
    }
}

/// More tasks than this in one step (a reload, a merge) and undo or redo
/// leaves the cursor where it is: no one task is "the" task it changed.
const FOLLOW_AT_MOST: usize = 8;

/// After an undo or redo: the cursor goes to the task it changed (the first
/// that still exists), unfolding its phase if need be, so the user sees
/// what came back. `inverse` is the change that would take the step back,
/// which touches the same tasks.
fn go_to_changed(state: &mut State, inverse: Option<crate::model::change::Change>) {
    let Some(inverse) = inverse else { return };
    let ids = inverse.touched_ids();
    if ids.len() > FOLLOW_AT_MOST {
        return;
    }
    let Some(i) = ids.iter().find_map(|id| state.index.get(id)) else {
        return;
    };
    let phase = state.roadmap.tasks[i].phase.clone();
    if state.collapsed.remove(&phase) {
        state.rebuild_rows();
    }
    state.select(Row::Task(i as u32));
}

/// After a change: keep the changed task selected if it is still listed.
pub fn follow(state: &mut State, id: &str) {
    if let Some(i) = state.roadmap.task_index(id) {
        state.select(Row::Task(i as u32));
    }
}

#[cfg(test)]
#[path = "tasks_tests.rs"]
mod tests;
