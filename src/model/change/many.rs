//! The same `key=value`s set on many tasks at once, as one change: the
//! planner's marked tasks, a whole phase checked off. Each task's part is
//! what [`assign`] makes for it alone, so the file's diff is the same line
//! per task as `roadmap set` would write; tasks that already have the
//! values are left out.

use super::assign::{assign, AssignError};
use super::Change;
use crate::model::roadmap::Roadmap;
use chrono::NaiveDate;

/// One [`Change::Batch`] setting `pairs` on every task of `ids` that it
/// changes (an empty batch when none). Any task refusing refuses all.
pub fn assign_many(
    r: &Roadmap,
    ids: &[&str],
    pairs: &[(&str, &str)],
    today: NaiveDate,
) -> Result<Change, AssignError> {
    let mut parts = Vec::with_capacity(ids.len());
    for id in ids {
        let change = assign(r, id, pairs, today)?;
        let unchanged = match &change {
            Change::ReplaceTask { id, task } => r.task(id).is_some_and(|t| t == task),
            _ => false,
        };
        if !unchanged {
            parts.push(change);
        }
    }
    Ok(Change::Batch(parts))
}

#[cfg(test)]
mod tests {
    use super::super::apply;
    use super::*;
    use crate::model::roadmap::{Phase, Project, Task};
    use crate::model::{Priority, Status};

    fn roadmap() -> Roadmap {
        let mut r = Roadmap::new(Project::new("p"));
        r.phases = vec![Phase {
            id: "now".into(),
            name: "Now".into(),
            window: None,
            start: None,
            end: None,
            description: None,
        }];
        r.tasks = ["a", "b", "c"]
            .iter()
            .map(|id| Task::new(*id, "now", id.to_uppercase()))
            .collect();
        r
    }

    fn day() -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 1, 5).expect("a date")
    }

    #[test]
    fn sets_every_task_in_one_batch_that_undoes_in_one() {
        let mut r = roadmap();
        r.tasks[1].priority = Priority::High;
        let before = r.clone();
        let change = assign_many(
            &r,
            &["a", "b"],
            &[("priority", "high"), ("owner", "ana")],
            day(),
        )
        .expect("valid");
        let Change::Batch(parts) = &change else {
            panic!("a batch")
        };
        assert_eq!(parts.len(), 2);
        let undo = apply(&mut r, change).expect("applies");
        assert!(r.tasks[..2]
            .iter()
            .all(|t| t.priority == Priority::High && t.owner.as_deref() == Some("ana")));
        assert_eq!(r.tasks[2], before.tasks[2]);
        apply(&mut r, undo).expect("undoes");
        assert_eq!(r, before);
    }

    #[test]
    fn leaves_out_tasks_that_already_have_the_values_and_refuses_all_on_one_error() {
        let mut r = roadmap();
        r.tasks[0].status = Status::Done;
        r.tasks[0].done_on = Some(day());
        let change = assign_many(&r, &["a", "b"], &[("status", "done")], day()).expect("valid");
        assert!(matches!(&change, Change::Batch(p) if p.len() == 1));
        assert!(assign_many(&r, &["a", "zz"], &[("status", "done")], day()).is_err());
        assert!(assign_many(&r, &["a"], &[("phase", "nowhere")], day()).is_err());
    }
}
