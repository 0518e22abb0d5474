//! A step in words, for the planner's log of changes: one line per task
//! and field it changed (`deploy-worker: status todo → done`), read from
//! the roadmap after the step and the step's inverse (which holds what was
//! there before).

use super::{Change, Lookup};
use crate::model::fields::TASK_FIELDS;
use crate::model::{Roadmap, Task};

/// More lines than this and the rest are counted, not listed (a reload of
/// a big file is one step).
pub const MOST_LINES: usize = 12;

/// What the step whose inverse is `inverse` did to `after` (the roadmap as
/// the step left it).
pub fn describe(after: &Roadmap, lookup: &impl Lookup, inverse: &Change) -> Vec<String> {
    let mut lines = Vec::new();
    let mut more = 0;
    walk(after, lookup, inverse, &mut lines, &mut more);
    if more > 0 {
        lines.push(format!("… and {more} more"));
    }
    lines
}

fn push(lines: &mut Vec<String>, more: &mut usize, line: String) {
    if lines.len() < MOST_LINES {
        lines.push(line);
    } else {
        *more += 1;
    }
}

fn walk(
    after: &Roadmap,
    lookup: &impl Lookup,
    inverse: &Change,
    lines: &mut Vec<String>,
    more: &mut usize,
) {
    match inverse {
        // The step replaced `before` (now under `id`) by the task there now.
        Change::ReplaceTask { id, task: before } => {
            match lookup
                .locate(&after.tasks, id)
                .ok()
                .and_then(|i| after.tasks.get(i))
            {
                Some(now) => {
                    for line in fields_changed(before, now) {
                        push(lines, more, line);
                    }
                }
                None => push(lines, more, format!("{id}: changed")),
            }
        }
        Change::InsertTask { task, .. } => push(lines, more, format!("{}: deleted", task.id)),
        Change::RemoveTask { id } => {
            let phase = lookup
                .locate(&after.tasks, id)
                .ok()
                .and_then(|i| after.tasks.get(i))
                .map(|t| format!(" to phase {}", t.phase))
                .unwrap_or_default();
            push(lines, more, format!("{id}: added{phase}"));
        }
        Change::Batch(changes) => {
            // A task taken out and put back in one step was moved (`J`, `m`).
            let removed: Vec<&str> = changes
                .iter()
                .filter_map(|c| match c {
                    Change::RemoveTask { id } => Some(id.as_str()),
                    _ => None,
                })
                .collect();
            for c in changes {
                if lines.len() >= MOST_LINES {
                    *more += 1;
                    continue;
                }
                match c {
                    Change::RemoveTask { id } if moved(changes, id).is_some() => {}
                    Change::InsertTask { task: before, .. }
                        if removed.contains(&before.id.as_str()) =>
                    {
                        moved_lines(after, lookup, before, lines, more)
                    }
                    _ => walk(after, lookup, c, lines, more),
                }
            }
        }
        Change::ReplaceConflicts(_) => push(lines, more, "merge conflict entries changed".into()),
        // The head before the step: compared with the one now, field by field.
        Change::ReplaceHead(before) => {
            let changed = super::describe_head::head_changed(before, after);
            if changed.is_empty() {
                push(
                    lines,
                    more,
                    "project, phases, findings and levels unchanged".into(),
                );
            }
            for line in changed {
                push(lines, more, line);
            }
        }
        Change::SpliceTasks { remove, insert, .. } => push(
            lines,
            more,
            format!(
                "tasks replaced or reordered ({remove} out, {} in)",
                insert.len()
            ),
        ),
    }
}

/// The task of `changes` put back under `id`, if one is.
fn moved<'c>(changes: &'c [Change], id: &str) -> Option<&'c Task> {
    changes.iter().find_map(|c| match c {
        Change::InsertTask { task, .. } if task.id == id => Some(task),
        _ => None,
    })
}

fn moved_lines(
    after: &Roadmap,
    lookup: &impl Lookup,
    before: &Task,
    lines: &mut Vec<String>,
    more: &mut usize,
) {
    let Some(now) = lookup
        .locate(&after.tasks, &before.id)
        .ok()
        .and_then(|i| after.tasks.get(i))
    else {
        return push(lines, more, format!("{}: moved", before.id));
    };
    let changed = fields_changed(before, now);
    if changed.is_empty() {
        push(
            lines,
            more,
            format!("{}: moved within phase {}", now.id, now.phase),
        );
    }
    for line in changed {
        push(lines, more, line);
    }
}

/// `ID: FIELD FROM → TO` for each field that differs; `–` is unset.
pub fn fields_changed(before: &Task, now: &Task) -> Vec<String> {
    TASK_FIELDS
        .iter()
        .filter_map(|f| {
            let (a, b) = ((f.get)(before), (f.get)(now));
            (a != b).then(|| {
                format!(
                    "{}: {} {} → {}",
                    now.id,
                    f.key,
                    short(a.map(|v| v.to_text(", "))),
                    short(b.map(|v| v.to_text(", ")))
                )
            })
        })
        .collect()
}

/// A value on one line, long text cut: the log is a glance, the file has it all.
pub(super) fn short(value: Option<String>) -> String {
    let Some(v) = value else { return "–".into() };
    let one_line = v.replace('\n', " ⏎ ");
    if one_line.chars().count() > 40 {
        format!("{}…", one_line.chars().take(39).collect::<String>())
    } else {
        one_line
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::change::{add_task, apply, edit_task, set_status, Scan};
    use crate::model::roadmap::{Project, Task};
    use crate::model::Status;

    fn roadmap() -> Roadmap {
        let mut r = Roadmap::new(Project::new("p"));
        r.phases = vec![crate::model::roadmap::Phase {
            id: "p1".into(),
            name: "Now".into(),
            window: None,
            start: None,
            end: None,
            description: None,
        }];
        r.tasks = vec![Task::new("ci", "p1", "CI"), Task::new("b", "p1", "B")];
        r
    }

    #[test]
    fn an_edit_names_the_task_and_each_field() {
        let mut r = roadmap();
        let day = chrono::NaiveDate::from_ymd_opt(2025, 11, 3).unwrap();
        let change = set_status(&r, "ci", Status::Done, day).unwrap();
        let inverse = apply(&mut r, change).unwrap();
        assert_eq!(
            describe(&r, &Scan, &inverse),
            ["ci: status todo → done", "ci: done_on – → 2025-11-03"]
        );
        let change = edit_task(&r, "b", |t| t.notes = Some("line one\nline two".into())).unwrap();
        let inverse = apply(&mut r, change).unwrap();
        assert_eq!(
            describe(&r, &Scan, &inverse),
            ["b: notes – → line one ⏎ line two"]
        );
        let change = add_task(&r, "p1", "Backups").unwrap();
        let inverse = apply(&mut r, change).unwrap();
        assert_eq!(
            describe(&r, &Scan, &inverse),
            ["backups: added to phase p1"]
        );
    }
}
