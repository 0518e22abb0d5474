//! A sort of the tasks that follows edits. Each task's key is kept, so a
//! task whose key an edit changed moves to its new place by binary search
//! instead of 100,000 tasks being sorted again for one keystroke.

use super::{name_ranks, plan_ranks, SortBy};
use crate::model::effort::Calendar;
use crate::model::metrics::FastMap;
use crate::model::roadmap::{Roadmap, Task};
use chrono::Datelike;

/// The tasks in the order a [`SortBy`] puts them, ties in plan order.
#[derive(Debug, Clone, PartialEq)]
pub struct Sorted {
    by: SortBy,
    /// Task positions, sorted by `keys`.
    pub order: Vec<u32>,
    /// Per task position: its sort key, then its plan rank (phase place,
    /// file position), which also makes every key distinct.
    keys: Vec<(u64, u64)>,
    /// Sorting by owner or category: each name's alphabetical rank.
    names: FastMap<String, u32>,
    cal: Calendar,
}

impl Sorted {
    pub fn new(roadmap: &Roadmap, by: SortBy) -> Sorted {
        let plan = plan_ranks(roadmap);
        let mut sorted = Sorted {
            by,
            order: Vec::new(),
            keys: Vec::new(),
            names: FastMap::default(),
            cal: roadmap.calendar(),
        };
        let primary: Vec<u64> = match by {
            SortBy::Owner | SortBy::Category => {
                let (rank, distinct) = name_ranks(roadmap, |t| sorted.name(t));
                sorted.names = distinct
                    .iter()
                    .enumerate()
                    .map(|(r, n)| (n.to_string(), r as u32))
                    .collect();
                rank.into_iter()
                    .map(|r| r.map_or(u64::MAX, u64::from))
                    .collect()
            }
            // Every other key is known from the task alone.
            _ => roadmap
                .tasks
                .iter()
                .map(|t| sorted.primary(t).unwrap_or(u64::MAX))
                .collect(),
        };
        sorted.keys = primary.into_iter().zip(plan).collect();
        let mut at: Vec<(u64, u64)> = sorted.keys.clone();
        at.sort_unstable();
        sorted.order = at.into_iter().map(|(_, plan)| plan as u32).collect();
        sorted
    }

    pub fn by(&self) -> SortBy {
        self.by
    }

    /// Task `i`'s place in the order: comparing two keys compares places.
    pub fn key(&self, i: u32) -> Option<(u64, u64)> {
        self.keys.get(i as usize).copied()
    }

    /// The task at position `i` was replaced by `task`, in the same
    /// position and phase: moves it where its new key sorts. False, the
    /// order left as it was, when the key cannot be known without sorting
    /// again (a name no task had when this was sorted).
    pub fn update(&mut self, i: u32, task: &Task) -> bool {
        let (Some(old), Some(primary)) = (self.key(i), self.primary(task)) else {
            return false;
        };
        let new = (primary, old.1);
        if new == old {
            return true;
        }
        let keys = &self.keys;
        let from = self.order.partition_point(|&j| keys[j as usize] < old);
        if self.order.get(from) != Some(&i) {
            return false;
        }
        // The others are still sorted; `i` counts as before its new place
        // when it moves later, as after it when it moves earlier.
        if new > old {
            let to = self
                .order
                .partition_point(|&j| j == i || keys[j as usize] < new);
            self.order[from..to].rotate_left(1);
        } else {
            let to = self
                .order
                .partition_point(|&j| j != i && keys[j as usize] < new);
            self.order[to..=from].rotate_right(1);
        }
        self.keys[i as usize] = new;
        true
    }

    /// The owner or category a name sort reads.
    fn name<'a>(&self, t: &'a Task) -> Option<&'a str> {
        match self.by {
            SortBy::Owner => t.owner.as_deref(),
            SortBy::Category => t.category.as_deref(),
            _ => None,
        }
    }

    /// The task's sort key, `u64::MAX` (last) without one; `None` for a
    /// name this sort has not ranked.
    fn primary(&self, t: &Task) -> Option<u64> {
        let key = match self.by {
            SortBy::Plan => Some(0),
            SortBy::Priority => Some(t.priority as u64),
            SortBy::Effort => t.effort.map(|e| descending(e.in_hours(&self.cal).mid())),
            SortBy::Cost => {
                let once = t.cost_once.map(|m| m.0.mid()).unwrap_or(0.0);
                let monthly = t.cost_monthly.map(|m| m.0.mid()).unwrap_or(0.0);
                (t.cost_once.is_some() || t.cost_monthly.is_some())
                    .then(|| descending(once + 12.0 * monthly))
            }
            SortBy::Due => t
                .due
                .map(|d| (i64::from(d.num_days_from_ce()) + (1 << 40)) as u64),
            SortBy::Level => t.level.map(u64::from),
            SortBy::Owner | SortBy::Category => {
                match self.name(t).map(str::trim).filter(|n| !n.is_empty()) {
                    Some(n) => return self.names.get(n).map(|&r| u64::from(r)),
                    None => None,
                }
            }
        };
        Some(key.unwrap_or(u64::MAX))
    }
}

/// A non-negative amount as a key that sorts the largest first.
fn descending(amount: f64) -> u64 {
    u64::MAX - 1 - amount.max(0.0).to_bits()
}
