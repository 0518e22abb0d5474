//! What the report said about a task when it was imported: the task's
//! `reported` line. A later import of the next version of the report
//! compares three values of each report field (what the report said then,
//! what the team has now, what the report says now) to tell a field the
//! team edited from one the report changed.
//!
//! The line is one string so a task gains one line, not six:
//! `"priority=high; effort=4h; cost_monthly=50; phase=now; title=Add health checks"`.
//! Fields the report left empty are left out; `title` comes last and runs
//! to the end of the string, so it may hold `; ` itself.

use super::fields::{field, TASK_FIELDS};
use super::Task;

/// The task fields a report sets, in the order the record writes them
/// (`title` last).
pub const REPORT_FIELDS: [&str; 6] = [
    "priority",
    "effort",
    "cost_once",
    "cost_monthly",
    "phase",
    "title",
];

/// The report's values of [`REPORT_FIELDS`], each as typed (`4h`, `50`,
/// `high`); `None` where the report gave none.
#[derive(Debug, Clone, PartialEq, Eq, Default)]
pub struct Reported {
    values: Vec<(&'static str, Option<String>)>,
}

impl Reported {
    /// What `task` says now, as the record of what the report said.
    pub fn of(task: &Task) -> Reported {
        Reported {
            values: REPORT_FIELDS
                .iter()
                .map(|&key| (key, value(task, key)))
                .collect(),
        }
    }

    /// Reads a `reported` line; `None` when it is not one (edited by hand
    /// beyond reading), so the caller treats the task as having no record.
    pub fn parse(text: &str) -> Option<Reported> {
        let mut values: Vec<(&'static str, Option<String>)> =
            REPORT_FIELDS.iter().map(|&k| (k, None)).collect();
        let mut rest = text.trim_start();
        while !rest.is_empty() {
            let (key, after) = rest.split_once('=')?;
            let slot = values.iter_mut().find(|(k, _)| *k == key.trim())?;
            if slot.0 == "title" {
                slot.1 = Some(after.to_string());
                break;
            }
            let (value, next) = after.split_once("; ").unwrap_or((after, ""));
            slot.1 = Some(value.trim().to_string());
            rest = next.trim_start();
        }
        Some(Reported { values })
    }

    /// The report's value of `key` (one of [`REPORT_FIELDS`]).
    pub fn get(&self, key: &str) -> Option<&str> {
        self.values
            .iter()
            .find(|(k, _)| *k == key)
            .and_then(|(_, v)| v.as_deref())
    }

    /// Sets the report's value of `key`.
    pub fn set(&mut self, key: &str, value: Option<String>) {
        if let Some(slot) = self.values.iter_mut().find(|(k, _)| *k == key) {
            slot.1 = value;
        }
    }
}

impl std::fmt::Display for Reported {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        let mut first = true;
        for (key, value) in &self.values {
            if let Some(value) = value {
                if !first {
                    f.write_str("; ")?;
                }
                first = false;
                write!(f, "{key}={value}")?;
            }
        }
        Ok(())
    }
}

/// The value of task field `key` as typed (`4h`, `high`), `None` when unset.
pub fn value(task: &Task, key: &str) -> Option<String> {
    field(TASK_FIELDS, key)
        .and_then(|f| (f.get)(task))
        .map(|v| v.to_text(", "))
}

/// Writes `text` (as [`value`] gives it) into task field `key`; `false`
/// when the field does not read it.
pub fn assign(task: &mut Task, key: &str, text: Option<&str>) -> bool {
    let Some(f) = field(TASK_FIELDS, key) else {
        return false;
    };
    match text {
        None => (f.set)(task, None),
        Some(text) => match f.parse(text) {
            Ok(v) => (f.set)(task, Some(v)),
            Err(_) => return false,
        },
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Effort, Priority};

    fn task() -> Task {
        let mut t = Task::new("health", "now", "Add checks; then alert");
        t.priority = Priority::High;
        t.effort = Some(Effort::parse("4h").unwrap());
        t
    }

    #[test]
    fn writes_the_set_fields_title_last() {
        let r = Reported::of(&task());
        assert_eq!(
            r.to_string(),
            "priority=high; effort=4h; phase=now; title=Add checks; then alert"
        );
    }

    #[test]
    fn reads_back_what_it_writes() {
        let r = Reported::of(&task());
        let back = Reported::parse(&r.to_string()).unwrap();
        assert_eq!(back, r);
        assert_eq!(back.get("title"), Some("Add checks; then alert"));
        assert_eq!(back.get("cost_once"), None);
    }

    #[test]
    fn refuses_unknown_keys() {
        assert_eq!(Reported::parse("colour=red"), None);
        assert_eq!(Reported::parse("no equals sign"), None);
    }

    #[test]
    fn assigns_typed_values() {
        let mut t = task();
        assert!(assign(&mut t, "effort", Some("1-2d")));
        assert_eq!(value(&t, "effort").as_deref(), Some("1-2d"));
        assert!(assign(&mut t, "effort", None));
        assert_eq!(t.effort, None);
        assert!(!assign(&mut t, "effort", Some("soon")));
    }
}
