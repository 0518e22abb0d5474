//! The flattened list the Roadmap view scrolls through: phase headers and the
//! tasks under them, after filters, search and collapsing. Built in one pass
//! when any of those change (or the tasks do), never while drawing, so a
//! frame only touches the rows on screen however long the plan is.

use super::filter::Filters;
use super::search::Hits;
use crate::model::metrics::Group;
use crate::model::Roadmap;
use std::collections::{HashMap, HashSet};

/// One line of the list. Indices are `u32` to keep the index small at scale.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Row {
    /// Index into `Metrics::by_phase` (plan phases, then phases tasks name but the plan lacks).
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
}

/// What narrows the list.
pub struct Narrowing<'a> {
    pub filters: &'a Filters,
    pub hits: Option<&'a Hits>,
    pub collapsed: &'a HashSet<String>,
}

impl RowIndex {
    pub fn build(roadmap: &Roadmap, groups: &[Group], n: &Narrowing) -> RowIndex {
        let slot: HashMap<&str, usize> = groups
            .iter()
            .enumerate()
            .map(|(i, g)| (g.key.as_str(), i))
            .collect();
        let mut buckets: Vec<Vec<u32>> = vec![Vec::new(); groups.len()];
        for (i, task) in roadmap.tasks.iter().enumerate() {
            let passes = n.filters.matches(task)
                && n.hits
                    .is_none_or(|h| h.matched.get(i).copied().unwrap_or(false));
            if !passes {
                continue;
            }
            if let Some(&g) = slot.get(task.phase.as_str()) {
                buckets[g].push(i as u32);
            }
        }
        let narrowed = n.filters.is_active() || n.hits.is_some();
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
        }
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
