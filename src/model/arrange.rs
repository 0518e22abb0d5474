//! Orders and groupings of the tasks for viewing: a permutation of task
//! positions and a group per task, never a change to the file's order.
//! Sorting reads each task once into a number and sorts the numbers, so a
//! 100,000-task plan sorts in a few milliseconds.

use super::metrics::{FastMap, Group, TaskFigures, NO_CATEGORY};
use super::roadmap::{Roadmap, Task};

mod sorted;
pub use sorted::Sorted;

/// What the tasks are sorted by, within their groups. Ties keep plan order.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum SortBy {
    /// Phase by phase as the file lists the phases, then file order.
    #[default]
    Plan,
    /// Most urgent first.
    Priority,
    /// Largest estimate first; unestimated last.
    Effort,
    /// Largest first-year cost (one-time plus twelve months) first; none last.
    Cost,
    /// Soonest due first; none last.
    Due,
    /// By owner name (any case); unassigned last.
    Owner,
    /// Lowest level first; untagged last.
    Level,
    /// By category name (any case); uncategorised last.
    Category,
}

impl SortBy {
    pub const ALL: [SortBy; 8] = [
        SortBy::Plan,
        SortBy::Priority,
        SortBy::Effort,
        SortBy::Cost,
        SortBy::Due,
        SortBy::Owner,
        SortBy::Level,
        SortBy::Category,
    ];

    pub fn name(self) -> &'static str {
        match self {
            SortBy::Plan => "plan order",
            SortBy::Priority => "priority",
            SortBy::Effort => "effort",
            SortBy::Cost => "cost",
            SortBy::Due => "due",
            SortBy::Owner => "owner",
            SortBy::Level => "level",
            SortBy::Category => "category",
        }
    }

    /// The next in [`SortBy::ALL`], round again after the last.
    pub fn next(self) -> SortBy {
        let at = SortBy::ALL.iter().position(|s| *s == self).unwrap_or(0);
        SortBy::ALL[(at + 1) % SortBy::ALL.len()]
    }
}

/// What the list's headers group the tasks by.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum GroupBy {
    #[default]
    Phase,
    Owner,
    Level,
    Category,
}

impl GroupBy {
    pub const ALL: [GroupBy; 4] = [
        GroupBy::Phase,
        GroupBy::Owner,
        GroupBy::Level,
        GroupBy::Category,
    ];

    pub fn name(self) -> &'static str {
        match self {
            GroupBy::Phase => "phase",
            GroupBy::Owner => "owner",
            GroupBy::Level => "level",
            GroupBy::Category => "category",
        }
    }

    pub fn next(self) -> GroupBy {
        let at = GroupBy::ALL.iter().position(|g| *g == self).unwrap_or(0);
        GroupBy::ALL[(at + 1) % GroupBy::ALL.len()]
    }
}

/// The label of the group of tasks no one owns.
pub const NO_OWNER: &str = "unassigned";
/// The label of the group of tasks tagged for no level.
pub const NO_LEVEL: &str = "no level";

/// Task positions in the order `by` puts them, ties (and `SortBy::Plan`)
/// in plan order.
pub fn order(roadmap: &Roadmap, by: SortBy) -> Vec<u32> {
    Sorted::new(roadmap, by).order
}

/// How `order` numbers a task: its phase's place, then its file position.
/// Returns, per task, `phase << 32 | position`; the low half is the
/// position, which `order` hands back.
fn plan_ranks(roadmap: &Roadmap) -> Vec<u64> {
    let mut phase_at: FastMap<&str, u64> = FastMap::default();
    for (i, p) in roadmap.phases.iter().enumerate() {
        phase_at.entry(p.id.as_str()).or_insert(i as u64);
    }
    let mut last: Option<(&str, u64)> = None;
    roadmap
        .tasks
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let rank = match last {
                Some((p, r)) if p == t.phase => r,
                _ => {
                    let next = phase_at.len() as u64;
                    let r = *phase_at.entry(t.phase.as_str()).or_insert(next);
                    last = Some((t.phase.as_str(), r));
                    r
                }
            };
            (rank << 32) | i as u64
        })
        .collect()
}

/// Per task, the alphabetical rank of its name among the distinct names
/// (`None` without one); and the distinct names, in that order.
fn name_ranks<'a>(
    roadmap: &'a Roadmap,
    name: impl Fn(&'a Task) -> Option<&'a str>,
) -> (Vec<Option<u32>>, Vec<&'a str>) {
    let mut slot: FastMap<&str, u32> = FastMap::default();
    let mut distinct: Vec<&str> = Vec::new();
    let first: Vec<Option<u32>> = roadmap
        .tasks
        .iter()
        .map(|t| {
            let n = name(t).map(str::trim).filter(|n| !n.is_empty())?;
            Some(*slot.entry(n).or_insert_with(|| {
                distinct.push(n);
                distinct.len() as u32 - 1
            }))
        })
        .collect();
    let mut sorted: Vec<u32> = (0..distinct.len() as u32).collect();
    sorted.sort_by_cached_key(|&i| (distinct[i as usize].to_lowercase(), distinct[i as usize]));
    let mut rank = vec![0u32; distinct.len()];
    for (r, &i) in sorted.iter().enumerate() {
        rank[i as usize] = r as u32;
    }
    let names = sorted.iter().map(|&i| distinct[i as usize]).collect();
    (
        first
            .into_iter()
            .map(|f| f.map(|i| rank[i as usize]))
            .collect(),
        names,
    )
}

/// The tasks grouped by owner, level or category: the groups in order
/// (with the counts, effort and cost of their tasks, as the phase groups
/// of the metrics), and each task's group. Group keys are prefixed with
/// what they group by (`owner:ana`), so they never meet a phase id.
/// `GroupBy::Phase` is the metrics' own `by_phase`: this returns no groups.
pub fn groups(roadmap: &Roadmap, by: GroupBy) -> Grouping {
    let (of_task, mut groups): (Vec<Option<u32>>, Vec<Group>) = match by {
        GroupBy::Phase => return Grouping::default(),
        GroupBy::Owner => {
            let (rank, names) = name_ranks(roadmap, |t| t.owner.as_deref());
            let groups = names
                .iter()
                .map(|n| Group::new(format!("owner:{n}"), format!("@{n}")))
                .collect();
            (rank, groups)
        }
        GroupBy::Category => {
            let (rank, names) = name_ranks(roadmap, |t| t.category.as_deref());
            let groups = names
                .iter()
                .map(|n| Group::new(format!("category:{n}"), *n))
                .collect();
            (rank, groups)
        }
        GroupBy::Level => {
            let mut levels: Vec<u32> = roadmap.tasks.iter().filter_map(|t| t.level).collect();
            levels.sort_unstable();
            levels.dedup();
            let slot: FastMap<u32, u32> = levels
                .iter()
                .enumerate()
                .map(|(i, l)| (*l, i as u32))
                .collect();
            let name = |l: u32| {
                roadmap
                    .maturity
                    .as_ref()
                    .and_then(|m| m.levels.iter().find(|x| x.level == l))
                    .map(|x| format!("Level {l} {}", x.name))
                    .unwrap_or_else(|| format!("Level {l}"))
            };
            let groups = levels
                .iter()
                .map(|&l| Group::new(format!("level:{l}"), name(l)))
                .collect();
            let of = roadmap
                .tasks
                .iter()
                .map(|t| t.level.and_then(|l| slot.get(&l).copied()))
                .collect();
            (of, groups)
        }
    };
    let none = groups.len() as u32;
    let (key, label) = match by {
        GroupBy::Owner => ("owner:", NO_OWNER),
        GroupBy::Level => ("level:", NO_LEVEL),
        _ => ("category:", NO_CATEGORY),
    };
    let group: Vec<u32> = of_task.into_iter().map(|g| g.unwrap_or(none)).collect();
    let mut nobody = Group::new(key, label);
    let cal = roadmap.calendar();
    for (t, g) in roadmap.tasks.iter().zip(&group) {
        let f = TaskFigures::of(t, &cal);
        match groups.get_mut(*g as usize) {
            Some(gr) => gr.add(&f),
            None => nobody.add(&f),
        }
    }
    if nobody.progress.tasks_total > 0 {
        groups.push(nobody);
    }
    Grouping {
        groups,
        of_task: group,
    }
}

/// The key of the group [`groups`] puts `task` in (`GroupBy::Phase`: its
/// phase's), to find its group again after an edit.
pub fn group_key(task: &Task, by: GroupBy) -> String {
    let name = |n: Option<&str>| n.map(str::trim).unwrap_or("").to_string();
    match by {
        GroupBy::Phase => task.phase.clone(),
        GroupBy::Owner => format!("owner:{}", name(task.owner.as_deref())),
        GroupBy::Category => format!("category:{}", name(task.category.as_deref())),
        GroupBy::Level => format!(
            "level:{}",
            task.level.map(|l| l.to_string()).unwrap_or_default()
        ),
    }
}

/// Tasks grouped other than by phase.
#[derive(Debug, Clone, Default, PartialEq)]
pub struct Grouping {
    pub groups: Vec<Group>,
    /// Per task, its index in `groups`.
    pub of_task: Vec<u32>,
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Effort, Money, Priority, Project, Status};

    fn plan() -> Roadmap {
        let mut r = Roadmap::new(Project::new("p"));
        for (i, phase) in ["w2", "w1", "w2", "w1", "w2"].iter().enumerate() {
            r.tasks
                .push(Task::new(format!("t{i}"), *phase, format!("Task {i}")));
        }
        r.phases = ["w1", "w2"]
            .iter()
            .map(|id| crate::model::Phase {
                id: id.to_string(),
                name: id.to_string(),
                window: None,
                start: None,
                end: None,
                description: None,
            })
            .collect();
        r
    }

    #[test]
    fn plan_order_is_phase_by_phase_then_file_order() {
        assert_eq!(order(&plan(), SortBy::Plan), [1, 3, 0, 2, 4]);
    }

    #[test]
    fn each_key_sorts_its_way_with_missing_last_and_ties_in_plan_order() {
        let mut r = plan();
        r.tasks[0].priority = Priority::Low;
        r.tasks[4].priority = Priority::Critical;
        assert_eq!(order(&r, SortBy::Priority), [4, 1, 3, 2, 0]);
        r.tasks[2].effort = Effort::parse("1d").ok();
        r.tasks[0].effort = Effort::parse("2h").ok();
        assert_eq!(order(&r, SortBy::Effort), [2, 0, 1, 3, 4]);
        r.tasks[3].cost_monthly = Some(Money::point(10.0));
        r.tasks[4].cost_once = Some(Money::point(100.0));
        assert_eq!(order(&r, SortBy::Cost), [3, 4, 1, 0, 2]);
        r.tasks[4].due = chrono::NaiveDate::from_ymd_opt(2026, 1, 2);
        r.tasks[0].due = chrono::NaiveDate::from_ymd_opt(2025, 1, 2);
        assert_eq!(order(&r, SortBy::Due), [0, 4, 1, 3, 2]);
        r.tasks[0].owner = Some("bob".into());
        r.tasks[2].owner = Some("Ana".into());
        r.tasks[4].owner = Some("bob".into());
        assert_eq!(order(&r, SortBy::Owner), [2, 0, 4, 1, 3]);
        r.tasks[1].level = Some(3);
        r.tasks[2].level = Some(2);
        assert_eq!(order(&r, SortBy::Level), [2, 1, 3, 0, 4]);
        r.tasks[3].category = Some("zeta".into());
        r.tasks[0].category = Some("Alpha".into());
        assert_eq!(order(&r, SortBy::Category), [0, 3, 1, 2, 4]);
    }

    #[test]
    fn groups_count_their_tasks_and_put_the_unnamed_last() {
        let mut r = plan();
        r.tasks[0].owner = Some("bob".into());
        r.tasks[1].owner = Some("ana".into());
        r.tasks[2].owner = Some("bob".into());
        r.tasks[2].status = Status::Done;
        r.tasks[2].effort = Effort::parse("4h").ok();
        let g = groups(&r, GroupBy::Owner);
        let labels: Vec<&str> = g.groups.iter().map(|g| g.label.as_str()).collect();
        assert_eq!(labels, ["@ana", "@bob", NO_OWNER]);
        assert_eq!(g.of_task, [1, 0, 1, 2, 2]);
        assert_eq!(g.groups[1].progress.tasks_done, 1);
        assert_eq!(g.groups[1].progress.tasks_total, 2);
        assert_eq!(g.groups[1].effort.done.mid(), 4.0);
        // Everyone has a level: no "no level" group.
        for t in &mut r.tasks {
            t.level = Some(2);
        }
        r.tasks[3].level = Some(1);
        let g = groups(&r, GroupBy::Level);
        assert_eq!(g.groups.len(), 2);
        assert_eq!(g.of_task, [1, 1, 1, 0, 1]);
        assert_eq!(g.groups[0].key, "level:1");
        assert!(groups(&r, GroupBy::Phase).groups.is_empty());
    }
}
