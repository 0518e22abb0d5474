//! The review's one entry for change: a [`Msg`] to the [`Review`] gives
//! [`Effect`]s. Every decision is a [`Step`] of marks before and after, so
//! undo and redo are the same code reading the step the other way.

use super::action::{Action, Effect, Field, Msg};
use super::fields;
use super::settle;
use super::state::{Choice, Mark, Mode, Review, Step};
use crate::tui::input::Input;

pub fn update(state: &mut Review, msg: Msg) -> Vec<Effect> {
    match msg {
        Msg::Resize { width, height } => {
            state.width = width;
            state.height = height;
            Vec::new()
        }
        Msg::WriteFailed(why) => {
            state.message = Some(format!("not written: {why}"));
            Vec::new()
        }
        Msg::Action(action) => match state.mode.clone() {
            Mode::List => list(state, action),
            Mode::Prompt { field, input, .. } => prompt(state, field, input, action),
            Mode::Merge { query, selected } => merge(state, query, selected, action),
            Mode::Conflicts { selected } => settle::conflicts(state, selected, action),
            Mode::Removed { selected } => settle::removed(state, selected, action),
            Mode::Quit => quit(state, action),
        },
    }
}

fn list(state: &mut Review, action: Action) -> Vec<Effect> {
    let rows = state.source.rows.len();
    let last = rows.saturating_sub(1);
    let move_to = |state: &mut Review, to: isize| {
        state.cursor = usize::try_from(to.max(0)).unwrap_or(0).min(last);
    };
    state.message = None;
    let at = state.cursor as isize;
    match action {
        Action::Move(by) => move_to(state, at + by),
        Action::Page(by) => move_to(state, at + by * state.page() as isize),
        Action::Home => state.cursor = 0,
        Action::End => state.cursor = last,
        Action::Section(by) => section_jump(state, by),
        // The removed tasks are not rows: the list is theirs even when the
        // report has no candidate left.
        Action::Removed => settle::open_removed(state),
        Action::Undo => travel(state, true),
        Action::Redo => travel(state, false),
        _ if rows == 0 => {
            if action == Action::Quit {
                state.mode = Mode::Quit;
            }
            if action == Action::Write {
                return vec![Effect::Write];
            }
        }
        Action::Keep => choose(state, vec![state.cursor], Choice::Keep, "kept"),
        Action::Drop => choose(state, vec![state.cursor], Choice::Drop, "left out"),
        Action::KeepSection => {
            let rows = section_rows(state);
            choose(state, rows, Choice::Keep, "kept the section:");
        }
        Action::DropSection => {
            let rows = section_rows(state);
            choose(state, rows, Choice::Drop, "left out the section:");
        }
        Action::Set(field) => {
            let text = fields::current(state, state.cursor, field);
            state.mode = Mode::Prompt {
                field,
                input: Input::new(text),
                error: None,
            };
        }
        Action::Merge => {
            if state.merge_targets(state.cursor, "").is_empty() {
                state.message = Some("no kept candidate to merge into".into());
            } else {
                state.mode = Mode::Merge {
                    query: Input::default(),
                    selected: 0,
                };
            }
        }
        Action::Settle(side) => settle::on_row(state, side),
        Action::Write => return vec![Effect::Write],
        Action::Quit => state.mode = Mode::Quit,
        Action::Input(_) | Action::Submit | Action::Cancel | Action::Answer(_) => {}
    }
    Vec::new()
}

/// The rows of the selected row's section.
fn section_rows(state: &Review) -> Vec<usize> {
    let g = &state.source.groups[state.source.rows[state.cursor].group];
    (g.first..g.end).collect()
}

fn section_jump(state: &mut Review, by: isize) {
    let Some(row) = state.source.rows.get(state.cursor) else {
        return;
    };
    let groups = &state.source.groups;
    let to = (row.group as isize + by).clamp(0, groups.len() as isize - 1) as usize;
    state.cursor = groups[to].first;
}

/// Sets `choice` on `rows` as one step (rows already so are left alone).
fn choose(state: &mut Review, rows: Vec<usize>, choice: Choice, what: &str) {
    let title = state.source.rows[state.cursor].title.clone();
    let section = state.source.groups[state.source.rows[state.cursor].group]
        .title
        .clone();
    let label = if rows.len() == 1 {
        format!("{what} line {}: {title}", state.source.rows[rows[0]].line)
    } else {
        format!("{what} {section} ({} candidates)", rows.len())
    };
    let changes = rows
        .into_iter()
        .map(|r| {
            (r, {
                let mut m = state.marks[r].clone();
                m.choice = choice;
                m
            })
        })
        .collect();
    apply(state, label, changes);
}

/// Records and applies a step of new marks; nothing changed, no step.
pub(super) fn apply(state: &mut Review, label: String, changes: Vec<(usize, Mark)>) {
    let rows: Vec<(usize, Mark, Mark)> = changes
        .into_iter()
        .filter(|(r, after)| state.marks[*r] != *after)
        .map(|(r, after)| (r, state.marks[r].clone(), after))
        .collect();
    if rows.is_empty() {
        state.message = Some(format!("{label} (already so)"));
        return;
    }
    for (r, _, after) in &rows {
        state.marks[*r] = after.clone();
    }
    record(
        state,
        Step {
            label,
            rows,
            ..Step::default()
        },
    );
}

/// Pushes a step already applied: the message says it, redo is forgotten.
pub(super) fn record(state: &mut Review, step: Step) {
    // A step changed the marks: the header counts them again.
    state.tally.clear();
    state.message = Some(step.label.clone());
    state.undo.push(step);
    state.redo.clear();
}

/// Undo (`back`) or redo the last step, selecting the row it touched.
pub(super) fn travel(state: &mut Review, back: bool) {
    let (from, to) = if back {
        (&mut state.undo, &mut state.redo)
    } else {
        (&mut state.redo, &mut state.undo)
    };
    let Some(step) = from.pop() else {
        state.message = Some(
            if back {
                "nothing to undo"
            } else {
                "nothing to redo"
            }
            .into(),
        );
        return;
    };
    for (r, before, after) in &step.rows {
        state.marks[*r] = if back { before } else { after }.clone();
    }
    for (c, before, after) in &step.sides {
        state.sides[*c] = if back { *before } else { *after };
    }
    for (i, before, after) in &step.drops {
        state.drops[*i] = if back { *before } else { *after };
    }
    state.tally.clear();
    let row = step.rows.first().map(|(r, _, _)| *r).or_else(|| {
        step.sides
            .first()
            .map(|(c, _, _)| state.source.conflicts[*c].row)
    });
    if let Some(r) = row {
        state.cursor = r;
    }
    state.message = Some(format!(
        "{} {}",
        if back { "undone:" } else { "redone:" },
        step.label
    ));
    to.push(step);
}

fn prompt(state: &mut Review, field: Field, mut input: Input, action: Action) -> Vec<Effect> {
    match action {
        Action::Input(edit) => {
            input.apply(edit);
            state.mode = Mode::Prompt {
                field,
                input,
                error: None,
            };
        }
        Action::Cancel => state.mode = Mode::List,
        Action::Submit => match fields::parse(state, field, &input.text) {
            Ok(mark) => {
                state.mode = Mode::List;
                let row = state.cursor;
                let label = format!(
                    "{} of line {} set to {}",
                    field.word(),
                    state.source.rows[row].line,
                    shown(&fields::value(state, row, &mark, field))
                );
                apply(state, label, vec![(row, mark)]);
            }
            Err(error) => {
                state.mode = Mode::Prompt {
                    field,
                    input,
                    error: Some(error),
                }
            }
        },
        _ => {}
    }
    Vec::new()
}

fn shown(value: &str) -> &str {
    if value.is_empty() {
        "(none)"
    } else {
        value
    }
}

fn merge(state: &mut Review, mut query: Input, selected: usize, action: Action) -> Vec<Effect> {
    let targets = state.merge_targets(state.cursor, &query.text);
    match action {
        Action::Input(edit) => {
            query.apply(edit);
            state.mode = Mode::Merge { query, selected: 0 };
        }
        Action::Move(by) => {
            let last = targets.len().saturating_sub(1) as isize;
            let to = (selected as isize + by).clamp(0, last) as usize;
            state.mode = Mode::Merge {
                query,
                selected: to,
            };
        }
        Action::Cancel => state.mode = Mode::List,
        Action::Submit => {
            let Some(&into) = targets.get(selected) else {
                return Vec::new();
            };
            state.mode = Mode::List;
            let row = state.cursor;
            let mut mark = state.marks[row].clone();
            mark.choice = Choice::Merged(into);
            let label = format!(
                "merged line {} into line {}: {}",
                state.source.rows[row].line,
                state.source.rows[into].line,
                state.source.rows[into].title
            );
            // The target stays in the plan whatever the importer thought.
            let mut target = state.marks[into].clone();
            target.choice = Choice::Keep;
            apply(state, label, vec![(row, mark), (into, target)]);
        }
        _ => {}
    }
    Vec::new()
}

fn quit(state: &mut Review, action: Action) -> Vec<Effect> {
    match action {
        Action::Answer(true) | Action::Quit => vec![Effect::Leave],
        Action::Answer(false) | Action::Cancel => {
            state.mode = Mode::List;
            Vec::new()
        }
        _ => Vec::new(),
    }
}
