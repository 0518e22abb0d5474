//! What only `--review --into` has: the fields both the team and the new
//! report changed (settled one by one, the team's value or the report's)
//! and the roadmap's tasks the report no longer has (kept, or, when still
//! open, deleted). Each decision is a [`Step`] like any other, so `u`
//! undoes it wherever it was made.

use super::action::{Action, Effect};
use super::state::{Mode, Review, Side, Step};
use super::update::{record, travel};

/// `o` / `t` on the list: settles the selected row's one conflict, or opens
/// the chooser when it has several.
pub fn on_row(state: &mut Review, side: Side) {
    let row = &state.source.rows[state.cursor];
    match row.conflicts.as_slice() {
        [] => {
            state.message = Some(if state.source.into {
                format!("line {} has no conflict to settle", row.line)
            } else {
                "conflicts come with --into: nothing to settle in a new roadmap".into()
            });
        }
        [one] => settle(state, *one, side),
        _ => {
            state.mode = Mode::Conflicts { selected: 0 };
            state.message = None;
        }
    }
}

/// Sets the side of conflict `c` as one step.
fn settle(state: &mut Review, c: usize, side: Side) {
    let conflict = &state.source.conflicts[c];
    let value = match side {
        Side::Team => &conflict.team,
        Side::Report => &conflict.report,
    };
    let label = format!(
        "{} of {}: the {}'s {}",
        conflict.field,
        conflict.id,
        side.word(),
        value.as_deref().unwrap_or("(none)")
    );
    let before = state.sides[c];
    if before == Some(side) {
        state.message = Some(format!("{label} (already so)"));
        return;
    }
    state.sides[c] = Some(side);
    record(
        state,
        Step {
            label,
            sides: vec![(c, before, Some(side))],
            ..Step::default()
        },
    );
}

/// Keys in the chooser of the selected row's conflicts.
pub fn conflicts(state: &mut Review, selected: usize, action: Action) -> Vec<Effect> {
    let own = state.source.rows[state.cursor].conflicts.clone();
    match action {
        Action::Move(by) => {
            let last = own.len().saturating_sub(1) as isize;
            let to = (selected as isize + by).clamp(0, last) as usize;
            state.mode = Mode::Conflicts { selected: to };
        }
        Action::Settle(side) => {
            if let Some(&c) = own.get(selected) {
                settle(state, c, side);
            }
        }
        Action::Undo | Action::Redo => {
            travel(state, action == Action::Undo);
            // Undo may reach a step of another row: back to the list there.
            if state.source.rows[state.cursor].conflicts != own {
                state.mode = Mode::List;
            }
        }
        Action::Cancel | Action::Submit => state.mode = Mode::List,
        Action::Keep | Action::Drop => {
            state.message = Some("o keeps the team's value, t takes the report's".into());
        }
        _ => {}
    }
    Vec::new()
}

/// `r`: the list of removed tasks, or why there is none.
pub fn open_removed(state: &mut Review) {
    if state.source.removed.is_empty() {
        state.message = Some(if state.source.into {
            "the report still has every task of the roadmap".into()
        } else {
            "removed tasks come with --into: a new roadmap has none".into()
        });
        return;
    }
    state.message = None;
    state.mode = Mode::Removed { selected: 0 };
}

/// Keys in the list of removed tasks.
pub fn removed(state: &mut Review, selected: usize, action: Action) -> Vec<Effect> {
    let count = state.source.removed.len();
    match action {
        Action::Move(by) => {
            let last = count.saturating_sub(1) as isize;
            let to = (selected as isize + by).clamp(0, last) as usize;
            state.mode = Mode::Removed { selected: to };
        }
        Action::Keep => set_drop(state, selected, false),
        Action::Drop => set_drop(state, selected, true),
        Action::Undo | Action::Redo => {
            travel(state, action == Action::Undo);
            let moved = if action == Action::Undo {
                state.redo.last()
            } else {
                state.undo.last()
            };
            if let Some(&(i, _, _)) = moved.and_then(|s| s.drops.first()) {
                state.mode = Mode::Removed { selected: i };
            }
        }
        Action::Cancel | Action::Submit => state.mode = Mode::List,
        Action::Settle(_) => {
            state.message = Some("y keeps the task, d deletes an open one".into());
        }
        _ => {}
    }
    Vec::new()
}

/// What becomes of removed task `i` on write, in words.
pub fn fate(state: &Review, i: usize) -> String {
    let r = &state.source.removed[i];
    if !r.open {
        format!("kept ({}: never deleted)", r.status)
    } else if state.drops[i] {
        "deleted on write".into()
    } else {
        "kept (d deletes it)".into()
    }
}

fn set_drop(state: &mut Review, i: usize, drop: bool) {
    let Some(task) = state.source.removed.get(i) else {
        return;
    };
    if drop && !task.open {
        state.message = Some(format!(
            "{} is {}: a task done, under way or skipped is never deleted",
            task.id, task.status
        ));
        return;
    }
    let label = format!(
        "{} {}: {}",
        task.id,
        if drop { "deleted on write" } else { "kept" },
        task.title
    );
    let before = state.drops[i];
    if before == drop {
        state.message = Some(format!("{label} (already so)"));
        return;
    }
    state.drops[i] = drop;
    record(
        state,
        Step {
            label,
            drops: vec![(i, before, drop)],
            ..Step::default()
        },
    );
}
