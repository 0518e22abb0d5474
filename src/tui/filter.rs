//! Filters by priority, status, phase, owner, level and category, and the
//! questions of the meeting's second half: what is late, what has no
//! estimate yet, what is blocked. An empty set means "any"; filters combine
//! with each other and with the search (a task must pass all).

use crate::model::{Priority, Status, Task};
use chrono::NaiveDate;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    /// Indexed by `Priority as usize`; all false means any priority.
    pub priorities: [bool; 4],
    /// Indexed by `Status as usize`; all false means any status.
    pub statuses: [bool; 4],
    /// A phase id, or any phase.
    pub phase: Option<String>,
    /// Only the tasks of this owner; `Some("")` is the unassigned ones.
    pub owner: Option<String>,
    /// Only open tasks due before this day (the session's today).
    pub overdue: Option<NaiveDate>,
    /// Only tasks not skipped that have no effort estimate.
    pub unestimated: bool,
    /// Only open tasks waiting on an open dependency (the metrics' rule,
    /// the `⊘` of the row).
    pub blocked: bool,
    /// Only the tasks tagged for this maturity level; `Some(None)` is the
    /// untagged ones.
    pub level: Option<Option<u32>>,
    /// Only the tasks of this category; `Some("")` is those with none.
    pub category: Option<String>,
}

impl Filters {
    pub fn is_active(&self) -> bool {
        self.priorities.iter().any(|b| *b)
            || self.statuses.iter().any(|b| *b)
            || self.phase.is_some()
            || self.overdue.is_some()
            || self.unestimated
            || self.owner.is_some()
            || self.blocked
            || self.level.is_some()
            || self.category.is_some()
    }

    /// Whether `task` passes. Blocked-ness depends on other tasks, so the
    /// caller says it, through `is_blocked`, asked only when the blocked
    /// filter is on.
    pub fn matches(&self, task: &Task, is_blocked: impl FnOnce() -> bool) -> bool {
        let any_p = !self.priorities.iter().any(|b| *b);
        let any_s = !self.statuses.iter().any(|b| *b);
        (any_p || self.priorities[task.priority as usize])
            && (any_s || self.statuses[task.status as usize])
            && self.phase.as_deref().is_none_or(|p| p == task.phase)
            && self
                .overdue
                .is_none_or(|today| crate::model::dates::is_overdue(task, today))
            && (!self.unestimated || (task.effort.is_none() && task.status != Status::Skipped))
            && self
                .owner
                .as_deref()
                .is_none_or(|o| task.owner.as_deref().unwrap_or("") == o)
            && self.level.is_none_or(|l| task.level == l)
            && self
                .category
                .as_deref()
                .is_none_or(|c| task.category.as_deref().unwrap_or("") == c)
            && (!self.blocked || is_blocked())
    }

    /// The levels the plan's tasks are tagged for, lowest first, then
    /// `None` for the untagged when there are tagged ones too: the filter
    /// menu's level choices.
    pub fn levels(tasks: &[Task]) -> Vec<Option<u32>> {
        let tagged: std::collections::BTreeSet<u32> =
            tasks.iter().filter_map(|t| t.level).collect();
        let mut out: Vec<Option<u32>> = tagged.into_iter().map(Some).collect();
        if !out.is_empty() && tasks.iter().any(|t| t.level.is_none()) {
            out.push(None);
        }
        out
    }

    /// The categories the plan names, sorted without regard to case, then
    /// "" for the tasks with none when some have one: the menu's choices.
    pub fn categories(tasks: &[Task]) -> Vec<String> {
        let mut named: Vec<String> = tasks
            .iter()
            .filter_map(|t| t.category.clone())
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect();
        named.sort_by_key(|c| c.to_lowercase());
        if !named.is_empty() && tasks.iter().any(|t| t.category.is_none()) {
            named.push(String::new());
        }
        named
    }

    /// The owners a plan names, sorted without regard to case, then "" for
    /// the unassigned when there are any: the filter menu's owner choices.
    pub fn owners(tasks: &[Task]) -> Vec<String> {
        let mut named: Vec<String> = tasks
            .iter()
            .filter_map(|t| t.owner.clone())
            .collect::<std::collections::BTreeSet<_>>()
            .into_iter()
            .collect();
        named.sort_by_key(|o| o.to_lowercase());
        if !named.is_empty() && tasks.iter().any(|t| t.owner.is_none()) {
            named.push(String::new());
        }
        named
    }

    pub fn toggle_priority(&mut self, p: Priority) {
        self.priorities[p as usize] ^= true;
    }

    pub fn toggle_status(&mut self, s: Status) {
        self.statuses[s as usize] ^= true;
    }

    /// Short words for the header: `priority critical,high`, `status todo`, `phase week-1`.
    pub fn describe(&self) -> Vec<String> {
        let mut out = Vec::new();
        let pick = |flags: &[bool; 4], words: &[&str]| -> Vec<String> {
            flags
                .iter()
                .zip(words)
                .filter(|(on, _)| **on)
                .map(|(_, w)| w.to_string())
                .collect()
        };
        let p = pick(&self.priorities, Priority::WORDS);
        if !p.is_empty() {
            out.push(format!("priority {}", p.join(",")));
        }
        let s = pick(&self.statuses, Status::WORDS);
        if !s.is_empty() {
            out.push(format!("status {}", s.join(",")));
        }
        if let Some(phase) = &self.phase {
            out.push(format!("phase {phase}"));
        }
        if let Some(owner) = &self.owner {
            out.push(if owner.is_empty() {
                "unassigned".into()
            } else {
                format!("owner {owner}")
            });
        }
        match &self.level {
            Some(Some(n)) => out.push(format!("level {n}")),
            Some(None) => out.push("no level".into()),
            None => {}
        }
        match self.category.as_deref() {
            Some("") => out.push("no category".into()),
            Some(c) => out.push(format!("category {c}")),
            None => {}
        }
        if self.overdue.is_some() {
            out.push("overdue".into());
        }
        if self.blocked {
            out.push("blocked".into());
        }
        if self.unestimated {
            out.push("not estimated".into());
        }
        out
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn task(p: Priority, s: Status, phase: &str) -> Task {
        let mut t = Task::new("t", phase, "T");
        t.priority = p;
        t.status = s;
        t
    }

    #[test]
    fn overdue_and_unestimated_keep_only_what_the_meeting_asks_about() {
        let today = NaiveDate::from_ymd_opt(2026, 12, 7).unwrap();
        let mut late = task(Priority::High, Status::Todo, "x");
        late.due = NaiveDate::from_ymd_opt(2026, 12, 1);
        let mut late_done = late.clone();
        late_done.status = Status::Done;
        let mut estimated = task(Priority::High, Status::Todo, "x");
        estimated.effort = "4h".parse().ok();
        let skipped = task(Priority::High, Status::Skipped, "x");
        let overdue = Filters {
            overdue: Some(today),
            ..Filters::default()
        };
        assert!(overdue.is_active());
        assert!(overdue.matches(&late, || false));
        assert!(!overdue.matches(&late_done, || false));
        assert!(!overdue.matches(&estimated, || false));
        let unestimated = Filters {
            unestimated: true,
            ..Filters::default()
        };
        assert!(unestimated.matches(&late, || false));
        assert!(!unestimated.matches(&estimated, || false));
        assert!(!unestimated.matches(&skipped, || false));
        assert_eq!(unestimated.describe(), ["not estimated"]);
    }

    #[test]
    fn an_owner_filter_keeps_that_owners_tasks_or_the_unassigned() {
        let mut ana = task(Priority::High, Status::Todo, "x");
        ana.owner = Some("ana".into());
        let mut bob = ana.clone();
        bob.owner = Some("Bob".into());
        let nobody = task(Priority::High, Status::Todo, "x");
        let tasks = [bob.clone(), ana.clone(), nobody.clone(), ana.clone()];
        assert_eq!(Filters::owners(&tasks), ["ana", "Bob", ""]);
        let f = Filters {
            owner: Some("ana".into()),
            ..Filters::default()
        };
        assert!(
            f.matches(&ana, || false)
                && !f.matches(&bob, || false)
                && !f.matches(&nobody, || false)
        );
        let f = Filters {
            owner: Some(String::new()),
            ..Filters::default()
        };
        assert!(f.matches(&nobody, || false) && !f.matches(&ana, || false));
        assert_eq!(f.describe(), ["unassigned"]);
        assert!(Filters::owners(&[nobody]).is_empty());
    }

    #[test]
    fn level_category_and_blocked_filters_keep_what_they_name() {
        let mut l2 = task(Priority::High, Status::Todo, "x");
        l2.level = Some(2);
        l2.category = Some("Backup & DR".into());
        let mut l3 = l2.clone();
        l3.level = Some(3);
        l3.category = Some("monitoring".into());
        let plain = task(Priority::High, Status::Todo, "x");
        let tasks = [l3.clone(), plain.clone(), l2.clone()];
        assert_eq!(Filters::levels(&tasks), [Some(2), Some(3), None]);
        assert_eq!(
            Filters::categories(&tasks),
            ["Backup & DR", "monitoring", ""]
        );
        assert!(Filters::levels(std::slice::from_ref(&plain)).is_empty());
        assert!(Filters::categories(std::slice::from_ref(&plain)).is_empty());

        let f = Filters {
            level: Some(Some(2)),
            ..Filters::default()
        };
        assert!(f.is_active());
        assert!(f.matches(&l2, || false) && !f.matches(&l3, || false));
        assert!(!f.matches(&plain, || false));
        assert_eq!(f.describe(), ["level 2"]);
        let f = Filters {
            level: Some(None),
            ..Filters::default()
        };
        assert!(f.matches(&plain, || false) && !f.matches(&l2, || false));
        assert_eq!(f.describe(), ["no level"]);

        let f = Filters {
            category: Some("monitoring".into()),
            ..Filters::default()
        };
        assert!(f.matches(&l3, || false) && !f.matches(&l2, || false));
        assert_eq!(f.describe(), ["category monitoring"]);
        let f = Filters {
            category: Some(String::new()),
            ..Filters::default()
        };
        assert!(f.matches(&plain, || false) && !f.matches(&l3, || false));
        assert_eq!(f.describe(), ["no category"]);

        let f = Filters {
            blocked: true,
            ..Filters::default()
        };
        assert!(f.is_active());
        assert!(f.matches(&plain, || true) && !f.matches(&plain, || false));
        assert_eq!(f.describe(), ["blocked"]);
        // Off, the blocked question is never asked.
        assert!(Filters::default().matches(&plain, || panic!("asked")));
    }

    #[test]
    fn the_new_filters_combine_with_the_others() {
        let mut t = task(Priority::High, Status::Todo, "w1");
        t.level = Some(2);
        t.category = Some("Ops".into());
        let f = Filters {
            level: Some(Some(2)),
            category: Some("Ops".into()),
            blocked: true,
            phase: Some("w1".into()),
            ..Filters::default()
        };
        assert!(f.matches(&t, || true));
        assert!(!f.matches(&t, || false), "blocked is and-ed");
        let mut other_phase = t.clone();
        other_phase.phase = "w2".into();
        assert!(!f.matches(&other_phase, || true), "phase is and-ed");
        assert_eq!(
            f.describe(),
            ["phase w1", "level 2", "category Ops", "blocked"]
        );
    }

    #[test]
    fn empty_filters_pass_everything() {
        let f = Filters::default();
        assert!(!f.is_active());
        assert!(f.matches(&task(Priority::Low, Status::Skipped, "x"), || false));
        assert!(f.describe().is_empty());
    }

    #[test]
    fn sets_are_ors_and_kinds_are_ands() {
        let mut f = Filters::default();
        f.toggle_priority(Priority::Critical);
        f.toggle_priority(Priority::High);
        f.toggle_status(Status::Todo);
        f.phase = Some("w1".into());
        assert!(f.matches(&task(Priority::High, Status::Todo, "w1"), || false));
        assert!(!f.matches(&task(Priority::Medium, Status::Todo, "w1"), || false));
        assert!(!f.matches(&task(Priority::High, Status::Done, "w1"), || false));
        assert!(!f.matches(&task(Priority::High, Status::Todo, "w2"), || false));
        assert_eq!(
            f.describe(),
            ["priority critical,high", "status todo", "phase w1"]
        );
        f.toggle_priority(Priority::High);
        assert_eq!(f.describe()[0], "priority critical");
    }
}
