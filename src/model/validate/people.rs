//! The `[[people]]` tables: each a distinct name with hours to give, a focus
//! between 0 and 1 and days off that read as dates; and every task owner
//! one of them, once the file names any (without people the project's
//! calendar stands for one person and owners are only labels).

use super::{Locus, Problem};
use crate::model::people::DayRange;
use crate::model::roadmap::Roadmap;
use std::collections::HashSet;

/// The most hours a week holds.
const HOURS_IN_WEEK: f64 = 168.0;

pub(super) fn check(r: &Roadmap, out: &mut Vec<Problem>) {
    let mut seen = HashSet::with_capacity(r.people.len());
    for (i, p) in r.people.iter().enumerate() {
        let at = Locus::Person(i);
        if p.name.trim().is_empty() {
            out.push(Problem::error(
                at,
                "name",
                "a person has an empty `name`".into(),
                "write the name tasks' `owner` fields use, e.g. `name = \"ana\"`".into(),
            ));
        } else if !seen.insert(p.name.as_str()) {
            out.push(Problem::error(
                at,
                "name",
                format!("person `{}` is listed twice", p.name),
                "give each person one [[people]] table; owners name them by `name`".into(),
            ));
        }
        let hours = p.hours_per_week;
        if !(hours.is_finite() && hours > 0.0 && hours <= HOURS_IN_WEEK) {
            out.push(Problem::error(
                at,
                "hours_per_week",
                format!("person `{}` has hours_per_week {hours}", p.name),
                "write the hours a week they give the roadmap, more than 0 and at most 168, e.g. `hours_per_week = 32`".into(),
            ));
        }
        if let Some(focus) = p.focus {
            if !(focus.is_finite() && focus > 0.0 && focus <= 1.0) {
                out.push(Problem::error(
                    at,
                    "focus",
                    format!("person `{}` has focus {focus}", p.name),
                    "focus is the share of their hours that goes to the roadmap: more than 0, at most 1 (e.g. `focus = 0.6`)".into(),
                ));
            }
        }
        for text in &p.off {
            if let Err(why) = DayRange::parse(text) {
                out.push(Problem::error(
                    at,
                    "off",
                    format!("person `{}` has a bad day off: {why}", p.name),
                    "write days off as `\"2026-12-24..2027-01-01\"` (both days included) or one day `\"2027-02-10\"`".into(),
                ));
            }
        }
    }
    if r.people.is_empty() {
        return;
    }
    let names: Vec<&str> = r.people.iter().map(|p| p.name.as_str()).collect();
    for (i, t) in r.tasks.iter().enumerate() {
        let Some(owner) = t.owner.as_deref() else {
            continue;
        };
        if !seen.contains(owner) {
            out.push(Problem::warning(
                Locus::Task(i),
                "owner",
                format!(
                    "task `{}` is owned by `{owner}`, who is not among the people ({})",
                    t.id,
                    names.join(", ")
                ),
                "add them as a [[people]] table or name one of the people; the forecast gives the task to the team pool meanwhile".into(),
            ));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::validate;
    use crate::model::{Person, Project, Roadmap, Task};

    fn roadmap() -> Roadmap {
        let mut r = Roadmap::new(Project::new("P"));
        r.phases.push(crate::model::Phase {
            id: "p".into(),
            name: "P".into(),
            window: None,
            start: None,
            end: None,
            description: None,
        });
        r.people.push(Person::new("ana", 32.0));
        r.people.push(Person::new("bo", 40.0));
        r
    }

    #[test]
    fn an_unknown_owner_is_a_warning_naming_the_people() {
        let mut r = roadmap();
        let mut t = Task::new("t", "p", "T");
        t.owner = Some("cy".into());
        r.tasks.push(t);
        let problems = validate(&r);
        assert_eq!(problems.len(), 1, "{problems:?}");
        assert!(!problems[0].is_error());
        assert_eq!(
            problems[0].message,
            "task `t` is owned by `cy`, who is not among the people (ana, bo)"
        );
    }

    #[test]
    fn owners_are_labels_without_people() {
        let mut r = roadmap();
        r.people.clear();
        let mut t = Task::new("t", "p", "T");
        t.owner = Some("cy".into());
        r.tasks.push(t);
        assert!(validate(&r).is_empty());
    }

    #[test]
    fn bad_people_are_errors_at_their_field() {
        let mut r = roadmap();
        r.people[0].off = vec!["2027-01-05..2027-01-01".into(), "2027-01-10".into()];
        r.people[0].focus = Some(1.5);
        r.people[1].hours_per_week = 0.0;
        r.people.push(Person::new("ana", 10.0));
        let got: Vec<(Option<&str>, String)> = validate(&r)
            .into_iter()
            .map(|p| (p.field, p.message))
            .collect();
        assert_eq!(
            got,
            [
                (Some("focus"), "person `ana` has focus 1.5".to_string()),
                (
                    Some("off"),
                    "person `ana` has a bad day off: `2027-01-05..2027-01-01` ends before it starts"
                        .into()
                ),
                (Some("hours_per_week"), "person `bo` has hours_per_week 0".into()),
                (Some("name"), "person `ana` is listed twice".into()),
            ]
        );
    }
}
