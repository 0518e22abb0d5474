//! Which tasks a question is about: the filters of `roadmap list` and the
//! ready tasks of `roadmap next`. "Blocked" is the metrics' own rule (an
//! open task waiting on an open dependency), so a list, the header and
//! `status --json` never disagree on it; "today" is passed in.

use super::kinds::{Priority, Status};
use super::metrics::Metrics;
use super::roadmap::{Roadmap, Task};
use chrono::NaiveDate;
use std::collections::HashMap;

/// Where a task stands in its dependency chain and calendar.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum State {
    /// Open, with at least one open dependency.
    Blocked,
    /// Open, with no open dependency: can be started now.
    Ready,
    /// Open, with a due date before today.
    Overdue,
}

/// What a task must match to be listed; `None` matches anything.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filter {
    pub phase: Option<String>,
    pub status: Option<Status>,
    pub priority: Option<Priority>,
    pub owner: Option<String>,
    pub level: Option<u32>,
    pub state: Option<State>,
}

/// An open task whose due date has passed.
pub fn is_overdue(task: &Task, today: NaiveDate) -> bool {
    !task.status.is_closed() && task.due.is_some_and(|due| due < today)
}

/// Whether the task at `index` is in `state`.
pub fn is_in(r: &Roadmap, m: &Metrics, index: usize, state: State, today: NaiveDate) -> bool {
    let task = &r.tasks[index];
    match state {
        State::Blocked => m.is_blocked(index),
        State::Ready => !task.status.is_closed() && !m.is_blocked(index),
        State::Overdue => is_overdue(task, today),
    }
}

/// The positions of the tasks matching `filter`, in plan order (see
/// [`plan_order`]). The owner matches without regard to case.
pub fn select(r: &Roadmap, m: &Metrics, filter: &Filter, today: NaiveDate) -> Vec<usize> {
    let owner = filter.owner.as_deref().map(str::to_lowercase);
    let matches = |i: usize| {
        let t = &r.tasks[i];
        filter.phase.as_ref().is_none_or(|p| &t.phase == p)
            && filter.status.is_none_or(|s| t.status == s)
            && filter.priority.is_none_or(|p| t.priority == p)
            && filter.level.is_none_or(|l| t.level == Some(l))
            && owner
                .as_deref()
                .is_none_or(|o| t.owner.as_deref().map(str::to_lowercase).as_deref() == Some(o))
            && filter.state.is_none_or(|s| is_in(r, m, i, s, today))
    };
    plan_order(r).into_iter().filter(|&i| matches(i)).collect()
}

/// The ready tasks (open, no open dependency), most urgent first, then in
/// plan order: what to pick up next.
pub fn next(r: &Roadmap, m: &Metrics) -> Vec<usize> {
    let mut ready: Vec<usize> = plan_order(r)
        .into_iter()
        .filter(|&i| !r.tasks[i].status.is_closed() && !m.is_blocked(i))
        .collect();
    // Stable: within a priority, plan order stays.
    ready.sort_by_key(|&i| r.tasks[i].priority);
    ready
}

/// Every task's position in the order the plan reads: phase by phase as
/// the phases are listed, each phase's tasks in file order; tasks of a
/// phase the roadmap does not list come last, in file order.
pub fn plan_order(r: &Roadmap) -> Vec<usize> {
    let rank: HashMap<&str, usize> = r
        .phases
        .iter()
        .enumerate()
        .rev()
        .map(|(i, p)| (p.id.as_str(), i))
        .collect();
    let mut order: Vec<usize> = (0..r.tasks.len()).collect();
    order.sort_by_key(|&i| {
        rank.get(r.tasks[i].phase.as_str())
            .copied()
            .unwrap_or(usize::MAX)
    });
    order
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::roadmap::{Phase, Project};

    fn day(d: u32) -> NaiveDate {
        NaiveDate::from_ymd_opt(2026, 3, d).expect("a real date")
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

    /// Phases now, later. In file order: l1 (later, high), n1 (now, low,
    /// done), n2 (now, critical, depends on l1), n3 (now, high, due the
    /// 10th, owner Ana), l2 (later, high, depends on n1 which is done).
    fn roadmap() -> Roadmap {
        let mut r = Roadmap::new(Project::new("p"));
        r.phases = vec![phase("now"), phase("later")];
        let task = |id: &str, phase: &str, p: Priority| {
            let mut t = Task::new(id, phase, id);
            t.priority = p;
            t
        };
        let mut n1 = task("n1", "now", Priority::Low);
        n1.status = Status::Done;
        let mut n2 = task("n2", "now", Priority::Critical);
        n2.depends_on = vec!["l1".into()];
        let mut n3 = task("n3", "now", Priority::High);
        n3.due = Some(day(10));
        n3.owner = Some("Ana".into());
        n3.level = Some(2);
        let mut l2 = task("l2", "later", Priority::High);
        l2.depends_on = vec!["n1".into()];
        r.tasks = vec![task("l1", "later", Priority::High), n1, n2, n3, l2];
        r
    }

    fn ids(r: &Roadmap, at: &[usize]) -> Vec<String> {
        at.iter().map(|&i| r.tasks[i].id.clone()).collect()
    }

    fn listed(filter: Filter, today: NaiveDate) -> Vec<String> {
        let r = roadmap();
        let m = Metrics::compute(&r);
        ids(&r, &select(&r, &m, &filter, today))
    }

    #[test]
    fn plan_order_is_phase_by_phase_then_file_order() {
        let mut r = roadmap();
        r.tasks.push(Task::new("stray", "nowhere", "Stray"));
        assert_eq!(
            ids(&r, &plan_order(&r)),
            ["n1", "n2", "n3", "l1", "l2", "stray"]
        );
    }

    #[test]
    fn states_follow_dependencies_and_dates() {
        let state = |s| Filter {
            state: Some(s),
            ..Filter::default()
        };
        assert_eq!(listed(state(State::Blocked), day(1)), ["n2"]);
        assert_eq!(listed(state(State::Ready), day(1)), ["n3", "l1", "l2"]);
        assert!(
            listed(state(State::Overdue), day(10)).is_empty(),
            "due today"
        );
        assert_eq!(listed(state(State::Overdue), day(11)), ["n3"]);
    }

    #[test]
    fn filters_combine() {
        let f = Filter {
            phase: Some("now".into()),
            priority: Some(Priority::High),
            owner: Some("ana".into()),
            level: Some(2),
            status: Some(Status::Todo),
            state: None,
        };
        assert_eq!(listed(f.clone(), day(1)), ["n3"]);
        let other_owner = Filter {
            owner: Some("bo".into()),
            ..f
        };
        assert!(listed(other_owner, day(1)).is_empty());
        assert_eq!(listed(Filter::default(), day(1)).len(), 5);
    }

    #[test]
    fn next_is_ready_tasks_by_priority_then_plan_order() {
        let r = roadmap();
        let m = Metrics::compute(&r);
        assert_eq!(ids(&r, &next(&r, &m)), ["n3", "l1", "l2"]);
        let mut done = r.clone();
        done.tasks[0].status = Status::Done;
        let m = Metrics::compute(&done);
        assert_eq!(
            ids(&done, &next(&done, &m)),
            ["n2", "n3", "l2"],
            "n2 is free once l1 is done, and critical"
        );
    }
}
