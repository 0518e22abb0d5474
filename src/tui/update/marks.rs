//! Many tasks at once: marking (`v`, shift-↑/↓), setting fields on every
//! marked task (`b`, typed as `key=value`s), a status key on the marked
//! tasks, and a status key on a group header for the whole group. Each is
//! one `Change::Batch` through the model's `assign_many`: one undo.

use crate::model::arrange::GroupBy;
use crate::model::change::assign_many;
use crate::model::Status;
use crate::tui::action::Action;
use crate::tui::edits;
use crate::tui::input::Input;
use crate::tui::rows::Row;
use crate::tui::state::{Mode, State, Tone};
use crate::tui::view::View;

/// Whether a status key goes to this module: tasks are marked, or the
/// cursor is on a group header.
pub fn takes(state: &State) -> bool {
    state.view == View::Roadmap
        && (!state.marked.is_empty() || matches!(state.selected_row(), Some(Row::Phase(_))))
}

pub fn handle(state: &mut State, action: Action) {
    if state.view != View::Roadmap {
        state.say(Tone::Info, "Tasks are marked in the Roadmap view (press 1)");
        return;
    }
    match action {
        Action::ToggleMark => toggle(state),
        Action::ExtendMark(by) => extend(state, by),
        Action::BulkSet if state.marked.is_empty() => state.say(
            Tone::Info,
            "Mark tasks first: v marks the selected task, shift-↑/↓ extends",
        ),
        Action::BulkSet => {
            state.mode = Mode::Bulk {
                input: Input::default(),
            }
        }
        Action::ToggleDone => status(state, Status::Done),
        Action::ToggleStatus(s) => status(state, s),
        _ => {}
    }
}

fn toggle(state: &mut State) {
    let Some(task) = state.selected_task() else {
        state.say(Tone::Info, "Select a task to mark (this row is a header)");
        return;
    };
    let id = task.id.clone();
    if !state.marked.remove(&id) {
        state.marked.insert(id);
    }
    say_marked(state);
}

fn extend(state: &mut State, by: isize) {
    if let Some(t) = state.selected_task() {
        let id = t.id.clone();
        state.marked.insert(id);
    }
    super::navigate::move_by(state, by);
    if let Some(t) = state.selected_task() {
        let id = t.id.clone();
        state.marked.insert(id);
    }
    say_marked(state);
}

fn say_marked(state: &mut State) {
    let n = state.marked.len();
    state.say(
        Tone::Info,
        format!("{n} marked · b sets fields on them · space/d/x their status · esc unmarks"),
    );
}

/// A status key on the marked tasks, else on the group under the cursor:
/// every one gets the status, or, when all already have it, goes back to todo.
fn status(state: &mut State, target: Status) {
    let (ids, what) = if state.marked.is_empty() {
        match group_tasks(state) {
            Some(found) => found,
            None => return,
        }
    } else {
        let mut ids: Vec<String> = state.marked.iter().cloned().collect();
        ids.sort_by_cached_key(|id| state.roadmap.task_index(id));
        let n = ids.len();
        (
            ids,
            format!("{n} marked task{}", if n == 1 { "" } else { "s" }),
        )
    };
    let all_have = ids
        .iter()
        .all(|id| state.task_by_id(id).is_none_or(|t| t.status == target));
    let status = if all_have { Status::Todo } else { target };
    let word = status.to_string();
    set(state, &ids, &[("status", &word)], &what);
}

/// The tasks under the header at the cursor (every task of the group,
/// whatever the filters show), skipped ones left out; and the group's name.
fn group_tasks(state: &mut State) -> Option<(Vec<String>, String)> {
    let Some(Row::Phase(g)) = state.selected_row() else {
        return None;
    };
    let group = state.groups().get(g as usize)?;
    let (key, label) = (group.key.clone(), group.label.clone());
    let ids: Vec<String> = match state.group {
        GroupBy::Phase => state
            .roadmap
            .tasks
            .iter()
            .filter(|t| t.phase == key && t.status != Status::Skipped)
            .map(|t| t.id.clone())
            .collect(),
        _ => state
            .rows
            .members(g as usize)
            .into_iter()
            .filter_map(|i| state.roadmap.tasks.get(i as usize))
            .filter(|t| t.status != Status::Skipped)
            .map(|t| t.id.clone())
            .collect(),
    };
    if ids.is_empty() {
        state.say(Tone::Info, "No open or done tasks in this group");
        return None;
    }
    Some((ids, label))
}

/// Sets `pairs` on `ids` as one change, and says what happened.
fn set(state: &mut State, ids: &[String], pairs: &[(&str, &str)], what: &str) {
    let refs: Vec<&str> = ids.iter().map(String::as_str).collect();
    let change = match assign_many(&state.roadmap, &refs, pairs, state.today) {
        Ok(c) => c,
        Err(e) => {
            state.say(Tone::Error, format!("Nothing set: {e}"));
            return;
        }
    };
    let crate::model::change::Change::Batch(parts) = &change else {
        return;
    };
    let changed = parts.len();
    if changed == 0 {
        state.say(
            Tone::Info,
            format!("Nothing to change: {what} already have it"),
        );
        return;
    }
    let set: Vec<String> = pairs.iter().map(|(k, v)| format!("{k}={v}")).collect();
    let label = format!("set {} on {changed} tasks", set.join(" "));
    let selected = state.selected_row();
    match edits::batch(state, label, change) {
        Ok(()) => {
            if let Some(row) = selected {
                state.select(row);
            }
            state.say(
                Tone::Success,
                format!(
                    "Set {} on {changed} of {what} (u undoes all)",
                    set.join(" ")
                ),
            );
        }
        Err(e) => state.say(Tone::Error, e),
    }
}

/// Typing in the `b` prompt.
pub fn prompt(state: &mut State, action: Action) {
    let Mode::Bulk { input } = &mut state.mode else {
        return;
    };
    match action {
        Action::Input(edit) => input.apply(edit),
        Action::Cancel => {
            state.mode = Mode::Normal;
            state.say(Tone::Info, "Nothing set");
        }
        Action::Submit => {
            let text = input.text.clone();
            let pairs = match parse_pairs(&text) {
                Ok(p) => p,
                Err(e) => {
                    state.say(Tone::Error, e);
                    return;
                }
            };
            state.mode = Mode::Normal;
            let mut ids: Vec<String> = state.marked.iter().cloned().collect();
            ids.sort_by_cached_key(|id| state.roadmap.task_index(id));
            let n = ids.len();
            let what = format!("{n} marked task{}", if n == 1 { "" } else { "s" });
            set(state, &ids, &pairs, &what);
        }
        _ => {}
    }
}

/// `priority=high owner=ana` → pairs; a value runs to the next ` key=`.
fn parse_pairs(text: &str) -> Result<Vec<(&str, &str)>, String> {
    let mut pairs = Vec::new();
    let mut starts: Vec<usize> = Vec::new();
    for (i, _) in text.match_indices('=') {
        // The key is the word right before this `=`.
        let key_start = text[..i].rfind(char::is_whitespace).map_or(0, |w| w + 1);
        if key_start < i {
            starts.push(key_start);
        }
    }
    if starts.is_empty() {
        return Err("Type key=value, e.g. priority=high owner=ana".into());
    }
    if !text[..starts[0]].trim().is_empty() {
        return Err(format!("`{}` is not key=value", text[..starts[0]].trim()));
    }
    for (n, &s) in starts.iter().enumerate() {
        let end = starts.get(n + 1).copied().unwrap_or(text.len());
        let part = &text[s..end];
        let (key, value) = part.split_once('=').unwrap_or((part, ""));
        pairs.push((key.trim(), value.trim()));
    }
    Ok(pairs)
}

#[cfg(test)]
mod tests {
    use super::parse_pairs;

    #[test]
    fn pairs_split_at_each_key() {
        assert_eq!(
            parse_pairs("priority=high owner=ana maria").unwrap(),
            [("priority", "high"), ("owner", "ana maria")]
        );
        assert_eq!(parse_pairs(" owner= ").unwrap(), [("owner", "")]);
        assert!(parse_pairs("high").is_err());
        assert!(parse_pairs("x priority=high").is_err());
    }
}
