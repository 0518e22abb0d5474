//! The list after an edit that replaced tasks in place (a check-off, a
//! re-estimate, a new owner): only the edited tasks move, between groups
//! and within the sort, and only their groups' figures are patched, so a
//! keystroke never sorts or regroups the whole plan. Anything else (tasks
//! added, removed or moved to another phase, a new group, an emptied one)
//! marks the list for a full rebuild, which gives the same rows.

use super::{Row, RowIndex};
use crate::model::arrange::{self, GroupBy};
use crate::model::change::Change;
use crate::model::metrics::{Group, TaskFigures};
use crate::model::{Roadmap, Task};
use std::collections::HashSet;

/// What the list needs around one edit.
pub struct Edit<'a> {
    pub roadmap: &'a Roadmap,
    /// The change that undoes the edit just applied (its tasks are the
    /// ones from before).
    pub inverse: &'a Change,
    /// A task id's position now.
    pub now: &'a dyn Fn(&str) -> Option<usize>,
    pub collapsed: &'a HashSet<String>,
    /// The phase groups (`Metrics::by_phase`), when grouping by phase.
    pub phases: &'a [Group],
    /// Filters or a search narrow the list: the rows are assembled again
    /// from the patched groups and order rather than patched.
    pub narrowed: bool,
}

impl RowIndex {
    /// Brings the groups, the order and (unless narrowed) the rows up to
    /// date with `edit`, or marks them stale for the next rebuild.
    pub fn follow(&mut self, edit: &Edit) {
        if !self.stale && !self.try_follow(edit) {
            self.stale = true;
        }
    }

    /// The tasks changed in a way not followed: the next
    /// [`RowIndex::narrow`] reads them again.
    pub fn forget_groups(&mut self) {
        self.stale = true;
    }

    /// Neither rebuilt nor narrowed since the tasks last changed: the rows
    /// cannot be trusted until the next [`RowIndex::build`].
    pub fn is_stale(&self) -> bool {
        self.stale || self.groups_of_tasks.is_none()
    }

    /// The groups and order are current but the narrowed rows are not:
    /// the next [`RowIndex::narrow`] assembles them.
    pub fn is_unassembled(&self) -> bool {
        self.unassembled
    }

    fn try_follow(&mut self, edit: &Edit) -> bool {
        let mut replaced = Vec::new();
        if !replacements(edit.inverse, &mut replaced) {
            return false;
        }
        let mut ids = HashSet::new();
        if !replaced.iter().all(|(id, _)| ids.insert(*id)) {
            // One task replaced twice: "before" is not one task's state.
            return false;
        }
        for (id, before) in replaced {
            let Some(i) = (edit.now)(id) else {
                return false;
            };
            let Some(after) = edit.roadmap.tasks.get(i) else {
                return false;
            };
            if !self.move_task(edit, i as u32, before, after) {
                return false;
            }
        }
        self.unassembled |= edit.narrowed;
        true
    }

    /// Task `i` was `before` and is `after`, in the same position.
    fn move_task(&mut self, edit: &Edit, i: u32, before: &Task, after: &Task) -> bool {
        if before.phase != after.phase {
            // Its plan rank, and under phases its group, changed.
            return false;
        }
        let Some(known) = self.groups_of_tasks.as_mut() else {
            return false;
        };
        let Some(&from) = known.group.get(i as usize) else {
            return false;
        };
        let to = if known.by == GroupBy::Phase {
            from
        } else {
            let key = arrange::group_key(after, known.by);
            match self.headers.iter().position(|g| g.key == key) {
                Some(g) => g as u32,
                None => return false,
            }
        };
        let old_key = known.order.as_ref().and_then(|o| o.key(i));
        if let Some(order) = known.order.as_mut() {
            if !order.update(i, after) {
                return false;
            }
        }
        let new_key = known.order.as_ref().and_then(|o| o.key(i));
        if known.by != GroupBy::Phase {
            let cal = edit.roadmap.calendar();
            let (g_from, g_to) = (from as usize, to as usize);
            match (self.headers.get(g_from), self.headers.get(g_to)) {
                (Some(_), Some(_)) => {}
                _ => return false,
            }
            self.headers[g_from].remove(&TaskFigures::of(before, &cal));
            self.headers[g_to].add(&TaskFigures::of(after, &cal));
            if self.headers[g_from].progress.tasks_total == 0 {
                // The group goes: a rebuild drops its header.
                return false;
            }
        }
        known.group[i as usize] = to;
        if edit.narrowed || (from == to && old_key == new_key) {
            return true;
        }
        self.move_row(edit, i, from, to)
    }

    /// Moves task `i`'s row from group `from` to its place in group `to`.
    fn move_row(&mut self, edit: &Edit, i: u32, from: u32, to: u32) -> bool {
        let Some(known) = self.groups_of_tasks.as_ref() else {
            return false;
        };
        let Some(order) = known.order.as_ref() else {
            // File order within phases: no task moves within its group.
            return from == to;
        };
        if let Some(at) = self.rows.iter().position(|r| *r == Row::Task(i)) {
            self.rows.remove(at);
        }
        let groups = match known.by {
            GroupBy::Phase => edit.phases,
            _ => &self.headers,
        };
        let shown = |g: &Group| !edit.collapsed.contains(&g.key);
        if groups.get(to as usize).is_some_and(shown) {
            let Some(head) = self.rows.iter().position(|r| *r == Row::Phase(to)) else {
                return false;
            };
            let start = head + 1;
            let end = self.rows[start..]
                .iter()
                .position(|r| matches!(r, Row::Phase(_)))
                .map_or(self.rows.len(), |n| start + n);
            let key = order.key(i);
            let place = self.rows[start..end].partition_point(|r| match r {
                Row::Task(j) => order.key(*j) < key,
                Row::Phase(_) => false,
            });
            self.rows.insert(start + place, Row::Task(i));
        }
        // Not narrowed, a group shows all its tasks (folded or not).
        if from != to {
            match (self.shown.get(from as usize), self.shown.get(to as usize)) {
                (Some(1..), Some(_)) => {
                    self.shown[from as usize] -= 1;
                    self.shown[to as usize] += 1;
                }
                _ => return false,
            }
        }
        true
    }
}

/// The `ReplaceTask`s of `change` (id now, task before); false when it
/// holds anything that adds, removes or moves tasks, or the head (which
/// can rename levels or change the calendar efforts are sorted by).
fn replacements<'a>(change: &'a Change, out: &mut Vec<(&'a str, &'a Task)>) -> bool {
    match change {
        Change::ReplaceTask { id, task } => {
            out.push((id, task));
            true
        }
        Change::ReplaceConflicts(_) => true,
        Change::Batch(changes) => changes.iter().all(|c| replacements(c, out)),
        Change::InsertTask { .. }
        | Change::RemoveTask { .. }
        | Change::SpliceTasks { .. }
        | Change::ReplaceHead(_) => false,
    }
}
