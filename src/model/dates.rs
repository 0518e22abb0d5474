//! Dates against "today", which callers pass in (the model reads no clock):
//! an open task past its `due` date is overdue, and a phase past its `end`
//! with open tasks is late.

use super::change::Change;
use super::roadmap::{Phase, Roadmap, Task};
use chrono::NaiveDate;
use std::collections::{BTreeMap, HashSet};

/// Open (todo or doing) and due before `today`.
pub fn is_overdue(task: &Task, today: NaiveDate) -> bool {
    !task.status.is_closed() && task.due.is_some_and(|due| due < today)
}

/// The phase ended before `today` and still has `open` tasks.
pub fn is_past_end(phase: &Phase, open: usize, today: NaiveDate) -> bool {
    open > 0 && phase.end.is_some_and(|end| end < today)
}

/// What is late on `today`: overdue tasks, and phases past their end with
/// open tasks.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Late {
    pub tasks_overdue: usize,
    pub phases_past_end: usize,
}

impl Late {
    pub fn is_empty(&self) -> bool {
        self.tasks_overdue == 0 && self.phases_past_end == 0
    }
}

/// One walk over the tasks: the overdue ones, and which phases with an
/// end before `today` still hold an open task.
pub fn late(roadmap: &Roadmap, today: NaiveDate) -> Late {
    let ended: Vec<&str> = roadmap
        .phases
        .iter()
        .filter(|p| p.end.is_some_and(|end| end < today))
        .map(|p| p.id.as_str())
        .collect();
    let mut open_in_ended = vec![false; ended.len()];
    let mut tasks_overdue = 0;
    for task in &roadmap.tasks {
        if task.status.is_closed() {
            continue;
        }
        if is_overdue(task, today) {
            tasks_overdue += 1;
        }
        if let Some(i) = ended.iter().position(|id| *id == task.phase) {
            open_in_ended[i] = true;
        }
    }
    Late {
        tasks_overdue,
        phases_past_end: open_in_ended.iter().filter(|&&o| o).count(),
    }
}

/// What is late on `today`, from figures kept up to date change by change
/// instead of a walk over the tasks (the header draws it every frame):
/// `overdue` open tasks, and `open(id)` open tasks in the phase `id`. The
/// same as [`late`] of the roadmap these figures count.
pub fn late_from(
    overdue: usize,
    phases: &[Phase],
    open: impl Fn(&str) -> usize,
    today: NaiveDate,
) -> Late {
    // A phase id twice (a file `validate` refuses) counts once, as in `late`.
    let mut seen = HashSet::new();
    let phases_past_end = phases
        .iter()
        .filter(|p| p.end.is_some_and(|end| end < today))
        .filter(|p| seen.insert(p.id.as_str()))
        .filter(|p| open(&p.id) > 0)
        .count();
    Late {
        tasks_overdue: overdue,
        phases_past_end,
    }
}

/// The open tasks' due dates, counted by day: the overdue count on any
/// day is a sum over the few distinct days before it, and a change patches
/// the count with the tasks it replaced, so neither walks 100,000 tasks.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct DueBook {
    open_due: BTreeMap<NaiveDate, usize>,
}

impl DueBook {
    pub fn new(tasks: &[Task]) -> DueBook {
        let mut book = DueBook::default();
        tasks.iter().for_each(|t| book.add(t));
        book
    }

    /// Open tasks due before `today`: [`is_overdue`] counted.
    pub fn overdue(&self, today: NaiveDate) -> usize {
        self.open_due.range(..today).map(|(_, n)| n).sum()
    }

    fn add(&mut self, task: &Task) {
        if let (false, Some(due)) = (task.status.is_closed(), task.due) {
            *self.open_due.entry(due).or_default() += 1;
        }
    }

    fn take(&mut self, task: &Task) {
        if let (false, Some(due)) = (task.status.is_closed(), task.due) {
            if let Some(n) = self.open_due.get_mut(&due) {
                *n -= 1;
                if *n == 0 {
                    self.open_due.remove(&due);
                }
            }
        }
    }

    /// `inverse` undoes the change just applied to `roadmap`: patch the
    /// count with the tasks it replaced (its tasks are the ones from
    /// before; the tasks now there have its ids), or count afresh after
    /// anything else (tasks added or removed, one task replaced twice).
    pub fn follow(
        &mut self,
        roadmap: &Roadmap,
        inverse: &Change,
        now: impl Fn(&str) -> Option<usize>,
    ) {
        let mut replaced = Vec::new();
        let mut ids = HashSet::new();
        if !replacements(inverse, &mut replaced) || !replaced.iter().all(|(id, _)| ids.insert(*id))
        {
            *self = DueBook::new(&roadmap.tasks);
            return;
        }
        for (id, before) in replaced {
            match now(id).and_then(|i| roadmap.tasks.get(i)) {
                Some(after) => {
                    self.take(before);
                    self.add(after);
                }
                None => {
                    *self = DueBook::new(&roadmap.tasks);
                    return;
                }
            }
        }
    }
}

/// The `ReplaceTask`s of `change` (id now, task before); false when it
/// holds anything that adds, removes or moves tasks. Conflict lists and the
/// head leave every task as it was.
fn replacements<'a>(change: &'a Change, out: &mut Vec<(&'a str, &'a Task)>) -> bool {
    match change {
        Change::ReplaceTask { id, task } => {
            out.push((id, task));
            true
        }
        Change::ReplaceConflicts(_) | Change::ReplaceHead(_) => true,
        Change::Batch(changes) => changes.iter().all(|c| replacements(c, out)),
        Change::InsertTask { .. } | Change::RemoveTask { .. } | Change::SpliceTasks { .. } => false,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Project, Status};

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, 11, d).unwrap()
    }

    fn roadmap() -> Roadmap {
        let mut r = Roadmap::new(Project::new("p"));
        for (id, end) in [
            ("old", Some(day(2))),
            ("now", Some(day(30))),
            ("open", None),
        ] {
            r.phases.push(Phase {
                id: id.into(),
                name: id.into(),
                window: None,
                start: None,
                end,
                description: None,
            });
        }
        let mut due = Task::new("due", "now", "Due yesterday");
        due.due = Some(day(2));
        let mut done = due.clone();
        done.id = "done".into();
        done.status = Status::Done;
        let mut today = due.clone();
        today.id = "today".into();
        today.due = Some(day(3));
        let mut skipped = Task::new("skipped", "old", "Skipped in an ended phase");
        skipped.status = Status::Skipped;
        r.tasks = vec![due, done, today, skipped];
        r
    }

    #[test]
    fn only_open_tasks_due_before_today_are_overdue() {
        let r = roadmap();
        let overdue: Vec<&str> = r
            .tasks
            .iter()
            .filter(|t| is_overdue(t, day(3)))
            .map(|t| t.id.as_str())
            .collect();
        assert_eq!(overdue, ["due"], "due today is not late; done is not late");
        assert_eq!(late(&r, day(3)).tasks_overdue, 1);
    }

    #[test]
    fn a_phase_is_late_past_its_end_only_with_open_tasks() {
        let mut r = roadmap();
        assert_eq!(
            late(&r, day(3)).phases_past_end,
            0,
            "old holds a skipped task"
        );
        r.tasks.push(Task::new("left", "old", "Left behind"));
        let l = late(&r, day(3));
        assert_eq!((l.tasks_overdue, l.phases_past_end), (1, 1));
        assert!(is_past_end(&r.phases[0], 1, day(3)));
        assert!(!is_past_end(&r.phases[0], 0, day(3)));
        assert!(!is_past_end(&r.phases[1], 1, day(3)));
        assert!(late(&r, day(1)).is_empty());
    }

    /// The kept figures say what a walk says, after each kind of change.
    #[test]
    fn kept_figures_follow_changes_as_a_walk_would() {
        use crate::model::change::{self, Change};
        let mut r = roadmap();
        r.tasks.push(Task::new("left", "old", "Left behind"));
        let mut book = DueBook::new(&r.tasks);
        let at = |r: &Roadmap, id: &str| r.tasks.iter().position(|t| t.id == id);
        let mut reopen = r.tasks[1].clone();
        reopen.status = Status::Todo;
        let mut renamed = r.tasks[0].clone();
        renamed.id = "due-2".into();
        renamed.due = Some(day(1));
        let mut added = Task::new("added", "now", "Added");
        added.due = Some(day(1));
        let steps = [
            // The done task reopened: overdue now.
            Change::ReplaceTask {
                id: "done".into(),
                task: reopen,
            },
            // Renamed and due earlier, in a batch with a check-off.
            Change::Batch(vec![
                Change::ReplaceTask {
                    id: "due".into(),
                    task: renamed,
                },
                change::set_status(&r, "left", Status::Done, day(3)).unwrap(),
            ]),
            Change::InsertTask {
                index: 0,
                task: added,
            },
            Change::RemoveTask { id: "today".into() },
        ];
        let mut seen = Vec::new();
        for step in steps {
            let inverse = change::apply(&mut r, step).unwrap();
            book.follow(&r, &inverse, |id| at(&r, id));
            assert_eq!(book, DueBook::new(&r.tasks));
            for today in [day(1), day(2), day(3), day(9)] {
                let open = |id: &str| {
                    r.tasks
                        .iter()
                        .filter(|t| t.phase == id && !t.status.is_closed())
                        .count()
                };
                let kept = late_from(book.overdue(today), &r.phases, open, today);
                assert_eq!(kept, late(&r, today), "on {today}");
            }
            seen.push(book.overdue(day(3)));
        }
        // The steps moved the count both ways, so the comparison meant something.
        assert_eq!(seen, [2, 2, 3, 3]);
    }
}
