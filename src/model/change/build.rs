//! Helpers that turn what the planner asks for ("check off", "add a task") into
//! [`Change`] values. They read the roadmap and never modify it; `today` is
//! passed in because the model has no clock.

use super::{Change, ChangeError, Lookup, Scan};
use crate::model::kinds::Status;
use crate::model::roadmap::{slugify, unique_id, Roadmap, Task};
use chrono::NaiveDate;
use std::collections::HashSet;

/// How many phase ids a "no such phase" error lists.
const SHOWN: usize = 5;

fn find<'r>(r: &'r Roadmap, id: &str) -> Result<&'r Task, ChangeError> {
    find_with(r, &Scan, id)
}

fn find_with<'r>(r: &'r Roadmap, lookup: &impl Lookup, id: &str) -> Result<&'r Task, ChangeError> {
    lookup.locate(&r.tasks, id).map(|at| &r.tasks[at])
}

/// Sets a task's status. `Done` records `done_on = today` unless the task
/// already has a date (re-checking keeps the original day); any other status
/// clears `done_on`, since the task is no longer done.
pub fn set_status(
    r: &Roadmap,
    id: &str,
    status: Status,
    today: NaiveDate,
) -> Result<Change, ChangeError> {
    set_status_with(r, &Scan, id, status, today)
}

/// [`set_status`], finding the task through `lookup` (a [`super::TaskIndex`]).
pub fn set_status_with(
    r: &Roadmap,
    lookup: &impl Lookup,
    id: &str,
    status: Status,
    today: NaiveDate,
) -> Result<Change, ChangeError> {
    let mut task = find_with(r, lookup, id)?.clone();
    with_status(&mut task, status, today);
    Ok(Change::ReplaceTask {
        id: id.to_string(),
        task,
    })
}

/// Sets `status` on `task` as [`set_status`] does: `Done` keeps the date
/// the task has, else records `today`; any other status clears `done_on`.
pub(super) fn with_status(task: &mut Task, status: Status, today: NaiveDate) {
    task.done_on = match status {
        Status::Done => task.done_on.or(Some(today)),
        _ => None,
    };
    task.status = status;
}

/// The checkbox: a done task goes back to todo, any other becomes done.
pub fn toggle_done(r: &Roadmap, id: &str, today: NaiveDate) -> Result<Change, ChangeError> {
    toggle_done_with(r, &Scan, id, today)
}

/// [`toggle_done`], finding the task through `lookup` (a [`super::TaskIndex`]).
pub fn toggle_done_with(
    r: &Roadmap,
    lookup: &impl Lookup,
    id: &str,
    today: NaiveDate,
) -> Result<Change, ChangeError> {
    let status = match find_with(r, lookup, id)?.status {
        Status::Done => Status::Todo,
        _ => Status::Done,
    };
    set_status_with(r, lookup, id, status, today)
}

/// Edits a copy of the task with `edit`. Changing the id renames the task
/// (see [`Change::ReplaceTask`] for what happens to references); the new id
/// must be non-empty and free.
pub fn edit_task(
    r: &Roadmap,
    id: &str,
    edit: impl FnOnce(&mut Task),
) -> Result<Change, ChangeError> {
    edit_task_with(r, &Scan, id, edit)
}

/// [`edit_task`], finding the task through `lookup` (the planner's index
/// finds it among 100,000 without a walk).
pub fn edit_task_with(
    r: &Roadmap,
    lookup: &impl Lookup,
    id: &str,
    edit: impl FnOnce(&mut Task),
) -> Result<Change, ChangeError> {
    let mut task = find_with(r, lookup, id)?.clone();
    edit(&mut task);
    if task.id.trim().is_empty() {
        return Err(ChangeError::EmptyId);
    }
    if task.id != id && lookup.taken(&r.tasks, &task.id) {
        return Err(ChangeError::DuplicateId(task.id));
    }
    Ok(Change::ReplaceTask {
        id: id.to_string(),
        task,
    })
}

/// A new open task in `phase`, with an id made from its title (`-2`, `-3`…
/// appended if taken), placed after the phase's last task; in a phase with no
/// tasks yet, after the tasks of the phases before it in plan order.
pub fn add_task(r: &Roadmap, phase: &str, title: &str) -> Result<Change, ChangeError> {
    let title = title.trim();
    if title.is_empty() {
        return Err(ChangeError::EmptyTitle);
    }
    let Some(phase_at) = r.phases.iter().position(|p| p.id == phase) else {
        return Err(no_such_phase(r, phase));
    };
    let taken: HashSet<&str> = r.tasks.iter().map(|t| t.id.as_str()).collect();
    let id = unique_id(&slugify(title), |candidate| taken.contains(candidate));
    let index = match r.tasks.iter().rposition(|t| t.phase == phase) {
        Some(last) => last + 1,
        None => {
            let earlier: HashSet<&str> =
                r.phases[..phase_at].iter().map(|p| p.id.as_str()).collect();
            let last_earlier = r
                .tasks
                .iter()
                .rposition(|t| earlier.contains(t.phase.as_str()));
            last_earlier.map_or(0, |last| last + 1)
        }
    };
    Ok(Change::InsertTask {
        index,
        task: Task::new(id, phase, title),
    })
}

pub(super) fn no_such_phase(r: &Roadmap, phase: &str) -> ChangeError {
    let mut known: Vec<String> = r
        .phases
        .iter()
        .take(SHOWN)
        .map(|p| format!("`{}`", p.id))
        .collect();
    if r.phases.len() > SHOWN {
        known.push(format!("and {} more", r.phases.len() - SHOWN));
    }
    let known = if known.is_empty() {
        "(none yet: add a [[phases]] table first)".to_string()
    } else {
        known.join(", ")
    };
    ChangeError::NoSuchPhase {
        phase: phase.to_string(),
        known,
    }
}

/// Removes a task. Tasks that depend on it keep the reference (see
/// [`dependents`] to warn about them first); `validate` reports it.
pub fn remove_task(r: &Roadmap, id: &str) -> Result<Change, ChangeError> {
    find(r, id)?;
    Ok(Change::RemoveTask { id: id.to_string() })
}

/// The ids of the tasks whose `depends_on` names `id`: what a removal or a
/// rename would leave dangling.
pub fn dependents<'r>(r: &'r Roadmap, id: &str) -> Vec<&'r str> {
    r.tasks
        .iter()
        .filter(|t| t.depends_on.iter().any(|d| d == id))
        .map(|t| t.id.as_str())
        .collect()
}

#[cfg(test)]
mod tests {
    use super::super::apply;
    use super::*;
    use crate::model::roadmap::{Phase, Project};

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, 10, d).expect("a real date")
    }

    fn phase(id: &str) -> Phase {
        Phase {
            id: id.into(),
            name: id.into(),
            window: None,
            start: None,
            end: None,
            description: None,
        }
    }

    /// Phases p1, p2, p3; tasks a, b in p1 and c in p3; c depends on a.
    fn roadmap() -> Roadmap {
        let mut r = Roadmap::new(Project::new("p"));
        r.phases = vec![phase("p1"), phase("p2"), phase("p3")];
        let mut c = Task::new("c", "p3", "C");
        c.depends_on = vec!["a".into()];
        r.tasks = vec![Task::new("a", "p1", "A"), Task::new("b", "p1", "B"), c];
        r
    }

    fn applied(r: &Roadmap, change: Result<Change, ChangeError>) -> Roadmap {
        let mut after = r.clone();
        apply(&mut after, change.expect("the helper builds a change")).expect("the change applies");
        after
    }

    #[test]
    fn done_records_today_and_other_statuses_clear_it() {
        let r = roadmap();
        let done = applied(&r, set_status(&r, "a", Status::Done, day(20)));
        assert_eq!(
            (done.tasks[0].status, done.tasks[0].done_on),
            (Status::Done, Some(day(20)))
        );

        let again = applied(&done, set_status(&done, "a", Status::Done, day(25)));
        assert_eq!(
            again.tasks[0].done_on,
            Some(day(20)),
            "the first day is kept"
        );

        let doing = applied(&done, set_status(&done, "a", Status::Doing, day(25)));
        assert_eq!(
            (doing.tasks[0].status, doing.tasks[0].done_on),
            (Status::Doing, None)
        );
    }

    #[test]
    fn toggling_flips_done_and_todo() {
        let r = roadmap();
        let done = applied(&r, toggle_done(&r, "b", day(3)));
        assert_eq!(
            (done.tasks[1].status, done.tasks[1].done_on),
            (Status::Done, Some(day(3)))
        );
        let todo = applied(&done, toggle_done(&done, "b", day(4)));
        assert_eq!(todo, r);

        let mut skipped = r.clone();
        skipped.tasks[1].status = Status::Skipped;
        let done = applied(&skipped, toggle_done(&skipped, "b", day(5)));
        assert_eq!(done.tasks[1].status, Status::Done);
    }

    #[test]
    fn edits_replace_the_task_and_check_the_new_id() {
        let r = roadmap();
        let after = applied(&r, edit_task(&r, "b", |t| t.title = "Bee".into()));
        assert_eq!(after.tasks[1].title, "Bee");
        let renamed = applied(&r, edit_task(&r, "a", |t| t.id = "alpha".into()));
        assert_eq!(renamed.tasks[0].id, "alpha");
        assert_eq!(
            renamed.tasks[2].depends_on,
            ["a"],
            "references are not rewritten"
        );

        assert_eq!(
            edit_task(&r, "a", |t| t.id = "b".into()),
            Err(ChangeError::DuplicateId("b".into()))
        );
        assert_eq!(
            edit_task(&r, "a", |t| t.id = " ".into()),
            Err(ChangeError::EmptyId)
        );
        assert_eq!(
            edit_task(&r, "nope", |_| {}),
            Err(ChangeError::NoSuchTask("nope".into()))
        );
    }

    #[test]
    fn added_tasks_get_a_free_slug_after_their_phase() {
        let mut r = roadmap();
        r.tasks[1].id = "deploy-worker".into();
        let after = applied(&r, add_task(&r, "p1", "  Deploy Worker "));
        let ids: Vec<&str> = after.tasks.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(ids, ["a", "deploy-worker", "deploy-worker-2", "c"]);
        assert_eq!(after.tasks[2].title, "Deploy Worker");
        assert_eq!(after.tasks[2].phase, "p1");
        assert_eq!(after.tasks[2].status, Status::Todo);
    }

    #[test]
    fn a_task_for_an_empty_phase_follows_the_earlier_phases() {
        let r = roadmap();
        let after = applied(&r, add_task(&r, "p2", "Middle"));
        let ids: Vec<&str> = after.tasks.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(ids, ["a", "b", "middle", "c"]);

        let mut first = roadmap();
        first.tasks.retain(|t| t.phase == "p3");
        let after = applied(&first, add_task(&first, "p1", "Early"));
        assert_eq!(after.tasks[0].id, "early");
    }

    #[test]
    fn adding_needs_a_title_and_a_real_phase() {
        let r = roadmap();
        assert_eq!(add_task(&r, "p1", "   "), Err(ChangeError::EmptyTitle));
        let err = add_task(&r, "p9", "X").expect_err("p9 does not exist");
        assert_eq!(
            err.to_string(),
            "no phase has id `p9`; use one of: `p1`, `p2`, `p3`"
        );
    }

    #[test]
    fn removal_checks_the_id_and_dependents_are_listed() {
        let r = roadmap();
        let after = applied(&r, remove_task(&r, "a"));
        assert_eq!(after.tasks.len(), 2);
        assert_eq!(
            after.tasks[1].depends_on,
            ["a"],
            "left for validate to report"
        );
        assert_eq!(
            remove_task(&r, "zz"),
            Err(ChangeError::NoSuchTask("zz".into()))
        );
        assert_eq!(dependents(&r, "a"), ["c"]);
        assert!(dependents(&r, "c").is_empty());
    }
}
