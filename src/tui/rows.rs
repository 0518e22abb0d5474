//! The flattened list the Roadmap view scrolls through: phase headers and the
//! tasks under them, after filters, search and collapsing. Built in one pass
//! when any of those change (or the tasks do), never while drawing, so a
//! frame only touches the rows on screen however long the plan is.

use super::filter::Filters;
use super::search::Hits;
use crate::model::arrange::{self, GroupBy, SortBy, Sorted};
use crate::model::metrics::Group;
use crate::model::Roadmap;
use std::collections::{HashMap, HashSet};

mod follow;
pub use follow::Edit;

/// One line of the list. Indices are `u32` to keep the index small at scale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Row {
    /// A group header: an index into `Metrics::by_phase` (plan phases,
    /// then phases tasks name but the plan lacks) when grouping by phase,
    /// else into `RowIndex::headers`.
    Phase(u32),
    /// Index into `Roadmap::tasks`.
    Task(u32),
}

#[derive(Debug, Clone, Default, PartialEq)]
pub struct RowIndex {
    pub rows: Vec<Row>,
    /// Per phase group: how many of its tasks pass the filters and search.
    pub shown: Vec<usize>,
    /// Tasks passing filters and search, over all phases.
    pub shown_total: usize,
    /// The group headers when grouping other than by phase (by phase, the
    /// metrics' `by_phase`, kept up to date change by change, are).
    pub headers: Vec<Group>,
    /// Each task's group from the last full build, so a search keystroke
    /// need not read 100,000 scattered phase strings again (that was most
    /// of a rebuild). `None` once the tasks may have changed.
    groups_of_tasks: Option<GroupsOfTasks>,
    /// The tasks may have changed since `groups_of_tasks` was read.
    stale: bool,
    /// `groups_of_tasks` and `headers` follow an edit the narrowed `rows`
    /// do not show yet (see `follow`).
    unassembled: bool,
}

/// Task index → group index (`NO_GROUP` for a phase no group lists),
/// and the order the tasks are listed in within their groups.
#[derive(Debug, Clone, Default, PartialEq)]
struct GroupsOfTasks {
    group: Vec<u32>,
    groups: usize,
    /// Task positions sorted; `None` for file order.
    order: Option<Sorted>,
    sort: SortBy,
    by: GroupBy,
}

const NO_GROUP: u32 = u32::MAX;

/// What narrows the list.
pub struct Narrowing<'a> {
    pub filters: &'a Filters,
    pub hits: Option<&'a Hits>,
    /// The blocked tasks' positions, ascending (`Metrics::blocked`), for
    /// the blocked filter.
    pub blocked: &'a [usize],
    pub collapsed: &'a HashSet<String>,
    pub sort: SortBy,
    pub group: GroupBy,
}

impl RowIndex {
    /// Builds the list from scratch, reading every task's phase.
    pub fn build(roadmap: &Roadmap, groups: &[Group], n: &Narrowing) -> RowIndex {
        let (known, headers) = GroupsOfTasks::read(roadmap, groups, n);
        RowIndex::assemble(roadmap, groups, n, known, headers)
    }

    /// As [`RowIndex::build`] when only the search or the filters changed
    /// since this index was built (or last narrowed): each task's group is
    /// taken from the last build instead of its phase.
    pub fn narrow(&mut self, roadmap: &Roadmap, groups: &[Group], n: &Narrowing) {
        let headers = std::mem::take(&mut self.headers);
        let phases = if n.group == GroupBy::Phase {
            groups.len()
        } else {
            headers.len()
        };
        let stale = std::mem::take(&mut self.stale);
        let (known, headers) = match self.groups_of_tasks.take() {
            Some(k)
                if !stale
                    && k.group.len() == roadmap.tasks.len()
                    && k.groups == phases
                    && (k.sort, k.by) == (n.sort, n.group) =>
            {
                (k, headers)
            }
            _ => GroupsOfTasks::read(roadmap, groups, n),
        };
        *self = RowIndex::assemble(roadmap, groups, n, known, headers);
    }

    fn assemble(
        roadmap: &Roadmap,
        groups: &[Group],
        n: &Narrowing,
        known: GroupsOfTasks,
        headers: Vec<Group>,
    ) -> RowIndex {
        let groups = if n.group == GroupBy::Phase {
            groups
        } else {
            &headers[..]
        };
        let mut buckets: Vec<Vec<u32>> = vec![Vec::new(); groups.len()];
        let filtering = n.filters.is_active();
        let mut visit = |i: usize| {
            let Some(&g) = known.group.get(i) else {
                return;
            };
            if g == NO_GROUP {
                return;
            }
            // The hits first: a flag in a dense vector, where the filters
            // read the task itself.
            let passes = n
                .hits
                .is_none_or(|h| h.matched.get(i).copied().unwrap_or(false))
                && (!filtering
                    || roadmap.tasks.get(i).is_some_and(|t| {
                        n.filters.matches(t, || n.blocked.binary_search(&i).is_ok())
                    }));
            if passes {
                if let Some(bucket) = buckets.get_mut(g as usize) {
                    bucket.push(i as u32);
                }
            }
        };
        match &known.order {
            Some(sorted) => sorted.order.iter().for_each(|&i| visit(i as usize)),
            None => (0..known.group.len()).for_each(visit),
        }
        let narrowed = filtering || n.hits.is_some();
        let shown: Vec<usize> = buckets.iter().map(Vec::len).collect();
        let mut rows = Vec::with_capacity(groups.len() + shown.iter().sum::<usize>());
        for (g, (group, tasks)) in groups.iter().zip(&buckets).enumerate() {
            if narrowed && tasks.is_empty() {
                continue;
            }
            rows.push(Row::Phase(g as u32));
            if !n.collapsed.contains(&group.key) {
                rows.extend(tasks.iter().map(|&t| Row::Task(t)));
            }
        }
        RowIndex {
            shown_total: shown.iter().sum(),
            shown,
            rows,
            headers,
            groups_of_tasks: Some(known),
            stale: false,
            unassembled: false,
        }
    }

    /// The tasks of group `g` as last built, filters aside (none once the
    /// tasks changed and the groups were not read again).
    pub fn members(&self, g: usize) -> Vec<u32> {
        let known = self.groups_of_tasks.as_ref().filter(|_| !self.stale);
        known.map_or(Vec::new(), |k| {
            (0..k.group.len() as u32)
                .filter(|&i| k.group[i as usize] == g as u32)
                .collect()
        })
    }

    pub fn len(&self) -> usize {
        self.rows.len()
    }

    pub fn is_empty(&self) -> bool {
        self.rows.is_empty()
    }

    pub fn position(&self, row: Row) -> Option<usize> {
        self.rows.iter().position(|r| *r == row)
    }

    /// The row of the phase group that `at` lies in.
    pub fn phase_of(&self, at: usize) -> Option<usize> {
        if self.rows.is_empty() {
            return None;
        }
        self.rows[..=at.min(self.rows.len() - 1)]
            .iter()
            .rposition(|r| matches!(r, Row::Phase(_)))
    }
}

impl GroupsOfTasks {
    /// Each task's group and the order within groups, and the headers of
    /// groups other than phases.
    fn read(roadmap: &Roadmap, groups: &[Group], n: &Narrowing) -> (GroupsOfTasks, Vec<Group>) {
        let order = match (n.sort, n.group) {
            // Plan order within phases is file order.
            (SortBy::Plan, GroupBy::Phase) => None,
            (sort, _) => Some(Sorted::new(roadmap, sort)),
        };
        if n.group != GroupBy::Phase {
            let grouping = arrange::groups(roadmap, n.group);
            let known = GroupsOfTasks {
                groups: grouping.groups.len(),
                group: grouping.of_task,
                order,
                sort: n.sort,
                by: n.group,
            };
            return (known, grouping.groups);
        }
        let mut known = GroupsOfTasks::by_phase(roadmap, groups);
        known.order = order;
        known.sort = n.sort;
        (known, Vec::new())
    }

    fn by_phase(roadmap: &Roadmap, groups: &[Group]) -> GroupsOfTasks {
        let slot: HashMap<&str, u32> = groups
            .iter()
            .enumerate()
            .map(|(i, g)| (g.key.as_str(), i as u32))
            .collect();
        // Tasks of a phase usually sit together in the file: remember the
        // last phase's group so most tasks cost a string compare, not a hash.
        let mut last: Option<(&str, u32)> = None;
        let group = roadmap
            .tasks
            .iter()
            .map(|task| {
                let phase = task.phase.as_str();
                match last {
                    Some((p, g)) if p == phase => g,
                    _ => {
                        let g = slot.get(phase).copied().unwrap_or(NO_GROUP);
                        last = Some((phase, g));
                        g
                    }
                }
            })
            .collect();
        GroupsOfTasks {
            group,
            groups: groups.len(),
            order: None,
            sort: SortBy::Plan,
            by: GroupBy::Phase,
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::metrics::Metrics;
    use crate::model::{Priority, Project, Task};

    /// The rows as the plain definition says: each group in order, then its
    /// passing tasks in plan order.
    fn expected(r: &Roadmap, groups: &[Group], n: &Narrowing) -> Vec<Row> {
        let narrowed = n.filters.is_active() || n.hits.is_some();
        let mut rows = Vec::new();
        for (g, group) in groups.iter().enumerate() {
            let tasks: Vec<Row> = (0..r.tasks.len())
                .filter(|&i| r.tasks[i].phase == group.key)
                .filter(|&i| {
                    n.filters
                        .matches(&r.tasks[i], || n.blocked.binary_search(&i).is_ok())
                })
                .filter(|&i| n.hits.is_none_or(|h| h.matched[i]))
                .map(|i| Row::Task(i as u32))
                .collect();
            if narrowed && tasks.is_empty() {
                continue;
            }
            rows.push(Row::Phase(g as u32));
            if !n.collapsed.contains(&group.key) {
                rows.extend(tasks);
            }
        }
        rows
    }

    #[test]
    fn interleaved_phases_land_in_their_own_groups() {
        let mut r = Roadmap::new(Project::new("p"));
        // Phases interleave and repeat, so the remembered last phase keeps
        // changing: every task must still find its own group.
        for (i, phase) in ["w1", "w1", "w2", "w1", "w3", "w3", "w2", "w1"]
            .iter()
            .enumerate()
        {
            let mut t = Task::new(format!("t{i}"), *phase, format!("Task {i}"));
            if i % 3 == 0 {
                t.priority = Priority::Critical;
            }
            r.tasks.push(t);
        }
        let groups = Metrics::compute(&r).by_phase;
        assert_eq!(groups.len(), 3);
        let mut filters = Filters::default();
        let hits = Hits {
            matched: vec![true, false, true, true, false, false, true, true],
            count: 5,
            best: Some(0),
            ranked: None,
        };
        let mut collapsed = HashSet::new();
        let mut seen = HashSet::new();
        for round in 0..4 {
            if round == 1 {
                filters.toggle_priority(Priority::Critical);
            }
            if round == 3 {
                collapsed.insert("w2".to_string());
            }
            for with_hits in [None, Some(&hits)] {
                let n = Narrowing {
                    filters: &filters,
                    hits: with_hits,
                    blocked: &[],
                    collapsed: &collapsed,
                    sort: SortBy::Plan,
                    group: GroupBy::Phase,
                };
                let built = RowIndex::build(&r, &groups, &n);
                let want = expected(&r, &groups, &n);
                assert_eq!(
                    built.rows,
                    want,
                    "round {round}, hits {}",
                    with_hits.is_some()
                );
                let tasks = want.iter().filter(|r| matches!(r, Row::Task(_))).count();
                if collapsed.is_empty() {
                    assert_eq!(built.shown_total, tasks);
                }
                seen.insert(built.rows);
            }
        }
        // The cases differ, so the comparison covered more than one shape.
        assert!(seen.len() >= 4, "{} shapes", seen.len());
    }

    #[test]
    fn narrowing_equals_a_fresh_build_and_rereads_after_a_change() {
        let mut r = Roadmap::new(Project::new("p"));
        for (i, phase) in ["w1", "w2", "w1", "w3"].iter().enumerate() {
            r.tasks
                .push(Task::new(format!("t{i}"), *phase, format!("Task {i}")));
        }
        let groups = Metrics::compute(&r).by_phase;
        let filters = Filters::default();
        let collapsed = HashSet::new();
        let hits = Hits {
            matched: vec![false, true, true, false],
            count: 2,
            best: Some(1),
            ranked: None,
        };
        let plain = Narrowing {
            filters: &filters,
            hits: None,
            blocked: &[],
            collapsed: &collapsed,
            sort: SortBy::Plan,
            group: GroupBy::Phase,
        };
        let searched = Narrowing {
            hits: Some(&hits),
            blocked: &[],
            ..plain
        };
        let mut index = RowIndex::build(&r, &groups, &plain);
        let unfiltered = index.clone();
        index.narrow(&r, &groups, &searched);
        assert_eq!(index, RowIndex::build(&r, &groups, &searched));
        assert_eq!(index.shown_total, 2);
        index.narrow(&r, &groups, &plain);
        assert_eq!(index, unfiltered, "erasing the search restores the list");
        // t0 moves to w2: once told, the next narrowing reads the phases again.
        r.tasks[0].phase = "w2".into();
        index.forget_groups();
        index.narrow(&r, &groups, &plain);
        assert_eq!(index.rows, expected(&r, &groups, &plain));
        assert_eq!(index.shown, [1, 2, 1]);
        // A task more: the remembered groups no longer fit and are re-read.
        r.tasks.push(Task::new("t4", "w3", "Task 4"));
        index.narrow(&r, &groups, &plain);
        assert_eq!(index.rows, expected(&r, &groups, &plain));
        assert_eq!(index.shown_total, 5);
    }
}
