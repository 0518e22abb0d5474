//! Filters by priority, status and phase. An empty set means "any"; filters
//! combine with each other and with the search (a task must pass all).

use crate::model::{Priority, Status, Task};

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Filters {
    /// Indexed by `Priority as usize`; all false means any priority.
    pub priorities: [bool; 4],
    /// Indexed by `Status as usize`; all false means any status.
    pub statuses: [bool; 4],
    /// A phase id, or any phase.
    pub phase: Option<String>,
}

impl Filters {
    pub fn is_active(&self) -> bool {
        self.priorities.iter().any(|b| *b)
            || self.statuses.iter().any(|b| *b)
            || self.phase.is_some()
    }

    pub fn matches(&self, task: &Task) -> bool {
        let any_p = !self.priorities.iter().any(|b| *b);
        let any_s = !self.statuses.iter().any(|b| *b);
        (any_p || self.priorities[task.priority as usize])
            && (any_s || self.statuses[task.status as usize])
            && self.phase.as_deref().is_none_or(|p| p == task.phase)
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
    fn empty_filters_pass_everything() {
        let f = Filters::default();
        assert!(!f.is_active());
        assert!(f.matches(&task(Priority::Low, Status::Skipped, "x")));
        assert!(f.describe().is_empty());
    }

    #[test]
    fn sets_are_ors_and_kinds_are_ands() {
        let mut f = Filters::default();
        f.toggle_priority(Priority::Critical);
        f.toggle_priority(Priority::High);
        f.toggle_status(Status::Todo);
        f.phase = Some("w1".into());
        assert!(f.matches(&task(Priority::High, Status::Todo, "w1")));
        assert!(!f.matches(&task(Priority::Medium, Status::Todo, "w1")));
        assert!(!f.matches(&task(Priority::High, Status::Done, "w1")));
        assert!(!f.matches(&task(Priority::High, Status::Todo, "w2")));
        assert_eq!(
            f.describe(),
            ["priority critical,high", "status todo", "phase w1"]
        );
        f.toggle_priority(Priority::High);
        assert_eq!(f.describe()[0], "priority critical");
    }
}
