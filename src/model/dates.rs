//! Dates against "today", which callers pass in (the model reads no clock):
//! an open task past its `due` date is overdue, and a phase past its `end`
//! with open tasks is late.

use super::roadmap::{Phase, Roadmap, Task};
use chrono::NaiveDate;

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
}
