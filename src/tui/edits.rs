//! The session's edits, made of the model's change values and recorded in
//! the model's history, so each one can be undone by its inverse. This is
//! the only place the TUI changes the roadmap. Whether the roadmap differs
//! from the file is the history's revision against the one saved
//! (`State::is_dirty`).

use crate::model::change::{self, Change};
use crate::model::{Roadmap, Status, Task};
use crate::tui::state::{Scope, State};
use chrono::NaiveDate;
use std::sync::Arc;

fn perform(state: &mut State, label: String, change: Change, scope: Scope) -> Result<(), String> {
    state
        .history
        .perform_with(
            Arc::make_mut(&mut state.roadmap),
            &mut state.index,
            label,
            change,
        )
        .map_err(|e| e.to_string())?;
    if let Some(inverse) = state.history.next_undo().cloned() {
        state.figures_follow(&inverse);
        let label = state.history.undo_label().unwrap_or_default().to_string();
        state.log_step(label, &inverse);
    }
    state.refresh(scope);
    Ok(())
}

pub fn set_status(state: &mut State, id: &str, status: Status) -> Result<(), String> {
    let day = done_day(state, id);
    let change = change::set_status_with(&state.roadmap, &state.index, id, status, day)
        .map_err(|e| e.to_string())?;
    let verb = match status {
        Status::Done => "check off",
        Status::Todo => "reopen",
        Status::Doing => "start",
        Status::Skipped => "skip",
    };
    let had = state.task_by_id(id).and_then(|t| t.done_on);
    perform(state, format!("{verb} {id}"), change, Scope::Status)?;
    remember_done_on(state, id, had);
    Ok(())
}

/// The day a check-off of task `id` records: the one it had before this
/// session reopened it, else today.
fn done_day(state: &State, id: &str) -> NaiveDate {
    state.reopened.get(id).copied().unwrap_or(state.today)
}

/// After a change to task `id`, which had `done_on = had`: if the change
/// took the date away, keep it to give back.
fn remember_done_on(state: &mut State, id: &str, had: Option<NaiveDate>) {
    let now = state.task_by_id(id).and_then(|t| t.done_on);
    if let (Some(day), None) = (had, now) {
        state.reopened.insert(id.to_string(), day);
    }
}

/// `task` with `status` set as the model sets it (which also keeps `done_on`).
fn with_status(
    task: Task,
    status: Status,
    today: NaiveDate,
    project: &crate::model::Project,
) -> Task {
    if task.status == status {
        return task;
    }
    let mut scratch = Roadmap::new(project.clone());
    let id = task.id.clone();
    scratch.tasks.push(task);
    match change::set_status(&scratch, &id, status, today) {
        Ok(Change::ReplaceTask { task, .. }) => task,
        _ => scratch.tasks.remove(0),
    }
}

/// `task` with `status` set through the model, keeping a `done_on` the
/// editor typed (a backdated check-off) over the day the model would write.
fn with_status_keeping_date(
    task: Task,
    status: Status,
    day: NaiveDate,
    project: &crate::model::Project,
) -> Task {
    let typed = task.done_on;
    let mut task = with_status(task, status, day, project);
    if task.status == Status::Done && typed.is_some() {
        task.done_on = typed;
    }
    task
}

/// Applies a batch of changes to many tasks (marked, a whole group) as
/// one step of the history.
pub fn batch(state: &mut State, label: String, change: Change) -> Result<(), String> {
    perform(state, label, change, Scope::Structure)
}

/// Replaces the task `id` with the editor's `task`, status set through the model.
pub fn replace(state: &mut State, id: &str, task: Task, status: Status) -> Result<(), String> {
    let day = done_day(state, id);
    let task = with_status_keeping_date(task, status, day, &state.roadmap.project);
    let moved = state.task_by_id(id).is_some_and(|t| t.phase != task.phase);
    let change = change::edit_task_with(&state.roadmap, &state.index, id, |t| *t = task)
        .map_err(|e| e.to_string())?;
    let had = state.task_by_id(id).and_then(|t| t.done_on);
    // A task moved to another phase moves in the list too.
    let scope = if moved {
        Scope::Structure
    } else {
        Scope::Fields
    };
    perform(state, format!("edit {id}"), change, scope)?;
    remember_done_on(state, id, had);
    Ok(())
}

/// Sets task `id`'s notes (what the user's editor saved), one step.
pub fn set_notes(state: &mut State, id: &str, notes: Option<String>) -> Result<(), String> {
    let change = change::edit_task_with(&state.roadmap, &state.index, id, |t| t.notes = notes)
        .map_err(|e| e.to_string())?;
    perform(
        state,
        format!("edit the notes of {id}"),
        change,
        Scope::Fields,
    )
}

/// Adds the editor's `task` to its phase; returns the id the model gave it.
pub fn add(state: &mut State, task: Task, status: Status) -> Result<String, String> {
    let change =
        change::add_task(&state.roadmap, &task.phase, &task.title).map_err(|e| e.to_string())?;
    let Change::InsertTask { index, task: fresh } = change else {
        return Err("the model did not produce a new task".into());
    };
    let id = fresh.id.clone();
    let filled = Task {
        id: fresh.id,
        phase: fresh.phase,
        title: fresh.title,
        ..task
    };
    let filled = with_status_keeping_date(filled, status, state.today, &state.roadmap.project);
    perform(
        state,
        format!("add {id}"),
        Change::InsertTask {
            index,
            task: filled,
        },
        Scope::Structure,
    )?;
    Ok(id)
}

/// Moves task `id` one place up (-1) or down (+1) within its phase, one
/// step; false when it is already at that end.
pub fn reorder(state: &mut State, id: &str, by: isize) -> Result<bool, String> {
    let change = change::reorder(&state.roadmap, id, by).map_err(|e| e.to_string())?;
    let Some(change) = change else {
        return Ok(false);
    };
    let whither = if by < 0 { "up" } else { "down" };
    perform(
        state,
        format!("move {id} {whither}"),
        change,
        Scope::Structure,
    )?;
    Ok(true)
}

/// Moves task `id` to phase `phase` (its `phase` field), one step.
pub fn move_to_phase(state: &mut State, id: &str, phase: &str) -> Result<(), String> {
    let change = change::move_to_phase(&state.roadmap, id, phase).map_err(|e| e.to_string())?;
    perform(
        state,
        format!("move {id} to {phase}"),
        change,
        Scope::Structure,
    )
}

/// Task `id` depends on (or addresses) exactly `ids`, one step; a
/// dependency that would close a loop is refused, naming it.
pub fn relate(
    state: &mut State,
    id: &str,
    relation: crate::tui::picker::Relation,
    ids: Vec<String>,
) -> Result<(), String> {
    use crate::tui::picker::Relation;
    let (change, what) = match relation {
        Relation::DependsOn => (
            change::set_depends_on(&state.roadmap, &state.index, id, ids),
            "dependencies",
        ),
        Relation::Findings => (change::set_findings(&state.roadmap, id, ids), "findings"),
    };
    let change = change.map_err(|e| e.to_string())?;
    perform(state, format!("{what} of {id}"), change, Scope::Fields)
}

/// Gives task `old` the id `new`, rewriting every reference to it, one step.
pub fn rename(state: &mut State, old: &str, new: &str) -> Result<(), String> {
    let change = change::rename_task(&state.roadmap, old, new).map_err(|e| e.to_string())?;
    perform(
        state,
        format!("rename {old} to {new}"),
        change,
        Scope::Structure,
    )?;
    if let Some(day) = state.reopened.remove(old) {
        state.reopened.insert(new.to_string(), day);
    }
    Ok(())
}

/// Deletes the task `id` and every reference to it (one step); returns its title.
pub fn remove(state: &mut State, id: &str) -> Result<String, String> {
    let title = state
        .roadmap
        .task(id)
        .map(|t| t.title.clone())
        .unwrap_or_default();
    let change =
        change::remove_task_and_references(&state.roadmap, id).map_err(|e| e.to_string())?;
    perform(state, format!("delete {id}"), change, Scope::Structure)?;
    // A task added later may get this id; it was never done.
    state.reopened.remove(id);
    Ok(title)
}

/// Settles merge conflict `index` with `side`: its field set, its entry
/// gone, one undoable step.
pub fn resolve(
    state: &mut State,
    index: usize,
    side: crate::tui::resolve::Side,
) -> Result<String, String> {
    let label = state
        .roadmap
        .conflicts
        .get(index)
        .map(|c| format!("take {} for {} `{}`", side.word(), c.part, c.field))
        .ok_or_else(|| format!("no conflict number {}", index + 1))?;
    let change = crate::tui::resolve::resolution(&state.roadmap, index, side)?;
    let scope = if matches!(&change, Change::Batch(c) if c.iter().any(|c| matches!(c, Change::RemoveTask { .. })))
    {
        Scope::Structure
    } else {
        Scope::Fields
    };
    perform(state, label.clone(), change, scope)?;
    Ok(label)
}

/// Puts `roadmap` (a reload, a merge, the version on disk) in place of the
/// session's as one undoable step, keeping the view. The step holds only
/// what differs, so a teammate's check-off in a big plan costs one task.
pub fn adopt(state: &mut State, roadmap: Arc<Roadmap>, label: String) {
    let inverse = change::between(&roadmap, &state.roadmap);
    state.adopt(roadmap);
    if !matches!(&inverse, Change::Batch(changes) if changes.is_empty()) {
        state.history.record(label, inverse);
    }
}

pub fn undo(state: &mut State) -> Result<Option<String>, String> {
    step(state, true).map(|label| label.map(|l| format!("Undid: {l} (ctrl-r redoes)")))
}

pub fn redo(state: &mut State) -> Result<Option<String>, String> {
    step(state, false).map(|label| label.map(|l| format!("Redid: {l}")))
}

fn step(state: &mut State, undo: bool) -> Result<Option<String>, String> {
    let roadmap = Arc::make_mut(&mut state.roadmap);
    let result = match undo {
        true => state.history.undo_with(roadmap, &mut state.index),
        false => state.history.redo_with(roadmap, &mut state.index),
    }
    .map_err(|stale| stale.to_string());
    if let Ok(Some(label)) = &result {
        // The inverse of what was just applied: it touches the same tasks.
        let inverse = match undo {
            true => state.history.next_redo(),
            false => state.history.next_undo(),
        };
        if let Some(inverse) = inverse.cloned() {
            state.figures_follow(&inverse);
            let scope = reshaped(state, &inverse);
            state.refresh(scope);
            let verb = if undo { "undo" } else { "redo" };
            state.log_step(format!("{verb}: {label}"), &inverse);
        }
    }
    result
}

/// What the change just applied, known by its `inverse`, did to the list:
/// tasks added, removed or moved to another phase change its shape.
fn reshaped(state: &State, inverse: &Change) -> Scope {
    match inverse {
        Change::ReplaceTask { id, task: before } => match state.task_by_id(id) {
            Some(now) if now.phase == before.phase => Scope::Fields,
            _ => Scope::Structure,
        },
        Change::ReplaceConflicts(_) => Scope::Fields,
        Change::Batch(changes) => changes
            .iter()
            .map(|c| reshaped(state, c))
            .find(|s| *s == Scope::Structure)
            .unwrap_or(Scope::Fields),
        Change::InsertTask { .. }
        | Change::RemoveTask { .. }
        | Change::ReplaceHead(_)
        | Change::SpliceTasks { .. } => Scope::Structure,
    }
}
