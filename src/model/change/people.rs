//! Editing the `[[people]]` tables, each edit one change like a phase's
//! (`head.rs`): the people travel in the head, and a new name is written
//! into the `owner` of every task the person owned, in the same batch, so
//! no owner is left naming nobody. Values are checked as `roadmap validate`
//! would, so an edit that would stop the file from loading cleanly is
//! refused before it is made.

use super::head::{conflicts_follow, head_change, hint, HeadError};
use super::{build, Change};
use crate::model::people::DayRange;
use crate::model::roadmap::{Part, Roadmap};
use crate::model::Person;

/// The most hours a week holds (as `validate` says).
const HOURS_IN_WEEK: f64 = 168.0;

/// "no person is named `x`; did you mean `y`?"
pub fn unknown_person(r: &Roadmap, name: &str) -> HeadError {
    HeadError::NoSuchPerson {
        name: name.to_string(),
        hint: hint(r.people.iter().map(|p| p.name.as_str()), name),
    }
}

fn person_at(r: &Roadmap, name: &str) -> Result<usize, HeadError> {
    r.people
        .iter()
        .position(|p| p.name == name)
        .ok_or_else(|| unknown_person(r, name))
}

/// A person as `validate` would accept them.
pub fn check_person(p: &Person) -> Result<(), HeadError> {
    let bad = |key: &str, why: String| HeadError::BadValue {
        key: key.into(),
        why,
    };
    if p.name.trim().is_empty() {
        return Err(bad(
            "name",
            "a person needs a name, the one tasks' `owner` uses; give one (`name=…`)".into(),
        ));
    }
    let hours = p.hours_per_week;
    if !(hours.is_finite() && hours > 0.0 && hours <= HOURS_IN_WEEK) {
        return Err(bad(
            "hours_per_week",
            format!("{hours} is not the hours of a week: more than 0, at most 168 (e.g. 32)"),
        ));
    }
    if let Some(focus) = p
        .focus
        .filter(|f| !(f.is_finite() && *f > 0.0 && *f <= 1.0))
    {
        return Err(bad(
            "focus",
            format!("{focus} is not a share of their hours: more than 0, at most 1 (e.g. 0.6)"),
        ));
    }
    for text in &p.off {
        DayRange::parse(text).map_err(|why| {
            bad(
                "off",
                format!("{why}; write `2026-12-24..2027-01-01` or one day `2027-02-10`"),
            )
        })?;
    }
    Ok(())
}

/// The ids of the tasks `name` owns, in plan order.
pub fn owned_by(r: &Roadmap, name: &str) -> Vec<String> {
    r.tasks
        .iter()
        .filter(|t| t.owner.as_deref() == Some(name))
        .map(|t| t.id.clone())
        .collect()
}

/// Adds `person` at position `at` of the people (clamped to the end).
pub fn add_person(r: &Roadmap, person: Person, at: usize) -> Result<Change, HeadError> {
    check_person(&person)?;
    if r.people.iter().any(|p| p.name == person.name) {
        return Err(HeadError::DuplicatePerson(person.name));
    }
    let at = at.min(r.people.len());
    Ok(head_change(r, |h| h.people.insert(at, person)))
}

/// Replaces person `name` by `person`. A new name is written into the
/// `owner` of each task they owned, and the conflict entries about them.
pub fn edit_person(r: &Roadmap, name: &str, person: Person) -> Result<Change, HeadError> {
    let at = person_at(r, name)?;
    check_person(&person)?;
    let new_name = person.name.clone();
    if new_name != name && r.people.iter().any(|p| p.name == new_name) {
        return Err(HeadError::DuplicatePerson(new_name));
    }
    let mut changes = vec![head_change(r, |h| h.people[at] = person)];
    if new_name != name {
        for task in owned_by(r, name) {
            changes.push(build::edit_task(r, &task, |t| {
                t.owner = Some(new_name.clone())
            })?);
        }
        let (old, new) = (Part::Person(name.to_string()), Part::Person(new_name));
        conflicts_follow(r, &old, new, &mut changes);
    }
    Ok(Change::Batch(changes))
}

/// Deletes person `name`. Their tasks go to person `move_to`, or become
/// unowned with `unassign`; while they own tasks and neither is asked, it
/// is refused, so no owner is left naming nobody by accident.
pub fn remove_person(
    r: &Roadmap,
    name: &str,
    move_to: Option<&str>,
    unassign: bool,
) -> Result<Change, HeadError> {
    let at = person_at(r, name)?;
    let tasks = owned_by(r, name);
    let mut changes = Vec::with_capacity(tasks.len() + 2);
    if !tasks.is_empty() {
        let owner = match (move_to, unassign) {
            (Some(to), _) if to == name => return Err(HeadError::GiveToThemselves(name.into())),
            (Some(to), _) => {
                person_at(r, to)?;
                Some(to.to_string())
            }
            (None, true) => None,
            (None, false) => {
                return Err(HeadError::PersonOwnsTasks {
                    name: name.to_string(),
                    tasks,
                })
            }
        };
        for task in &tasks {
            changes.push(build::edit_task(r, task, |t| t.owner = owner.clone())?);
        }
    }
    changes.push(head_change(r, |h| {
        h.people.remove(at);
    }));
    let about = Part::Person(name.to_string());
    if r.conflicts.iter().any(|c| c.part == about) {
        let kept = r.conflicts.iter().filter(|c| c.part != about).cloned();
        changes.push(Change::ReplaceConflicts(kept.collect()));
    }
    Ok(Change::Batch(changes))
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::change::{apply, describe};
    use crate::model::{Phase, Project, Task};

    /// ana owns a and c, bo owns b; d is unowned.
    fn roadmap() -> Roadmap {
        let mut r = Roadmap::new(Project::new("P"));
        r.phases.push(Phase {
            id: "p".into(),
            name: "P".into(),
            window: None,
            start: None,
            end: None,
            description: None,
        });
        r.people = vec![Person::new("ana", 40.0), Person::new("bo", 20.0)];
        for (id, owner) in [
            ("a", Some("ana")),
            ("b", Some("bo")),
            ("c", Some("ana")),
            ("d", None),
        ] {
            let mut t = Task::new(id, "p", id.to_uppercase());
            t.owner = owner.map(str::to_string);
            r.tasks.push(t);
        }
        r
    }

    fn owners(r: &Roadmap) -> Vec<Option<&str>> {
        r.tasks.iter().map(|t| t.owner.as_deref()).collect()
    }

    #[test]
    fn adding_checks_the_person_and_the_name_and_undoes() {
        let r = roadmap();
        let mut cy = Person::new("cy", 32.0);
        cy.focus = Some(0.5);
        let mut after = r.clone();
        let inverse = apply(&mut after, add_person(&r, cy.clone(), 9).unwrap()).unwrap();
        assert_eq!(after.people[2], cy, "clamped to the end");
        apply(&mut after, inverse).unwrap();
        assert_eq!(after, r);
        let dup = add_person(&r, Person::new("bo", 8.0), 0).unwrap_err();
        assert_eq!(
            dup.to_string(),
            "a person named `bo` is already listed; choose another name"
        );
        let bad = |p: Person| add_person(&r, p, 0).unwrap_err().to_string();
        assert!(bad(Person::new(" ", 8.0)).starts_with("field `name`: a person needs a name"));
        assert!(bad(Person::new("x", 0.0)).contains("`hours_per_week`: 0 is not the hours"));
        assert!(bad(Person::new("x", 169.0)).contains("169 is not the hours"));
        let mut unfocused = Person::new("x", 8.0);
        unfocused.focus = Some(1.5);
        assert!(bad(unfocused).contains("`focus`: 1.5 is not a share"));
        let mut away = Person::new("x", 8.0);
        away.off = vec!["2027-01-05..2027-01-01".into()];
        assert!(bad(away).contains("`off`: `2027-01-05..2027-01-01` ends before it starts"));
    }

    #[test]
    fn renaming_a_person_renames_the_owner_of_their_tasks() {
        let r = roadmap();
        let mut ana = r.people[0].clone();
        ana.name = "anna".into();
        ana.hours_per_week = 32.0;
        let change = edit_person(&r, "ana", ana).unwrap();
        let mut after = r.clone();
        let inverse = apply(&mut after, change).unwrap();
        assert_eq!(
            owners(&after),
            [Some("anna"), Some("bo"), Some("anna"), None]
        );
        assert_eq!(after.people[0].hours_per_week, 32.0);
        let log = describe(&after, &crate::model::change::Scan, &inverse);
        assert!(
            log.iter().any(|l| l == "person anna: name ana → anna"),
            "{log:?}"
        );
        apply(&mut after, inverse).unwrap();
        assert_eq!(after, r);
        let taken = edit_person(&r, "ana", Person::new("bo", 1.0)).unwrap_err();
        assert!(matches!(taken, HeadError::DuplicatePerson(n) if n == "bo"));
        let typo = edit_person(&r, "ann", Person::new("x", 1.0)).unwrap_err();
        assert_eq!(
            typo.to_string(),
            "no person is named `ann`; did you mean `ana`?"
        );
    }

    #[test]
    fn removing_a_person_who_owns_tasks_needs_somewhere_for_them() {
        let r = roadmap();
        let refused = remove_person(&r, "ana", None, false).unwrap_err();
        assert_eq!(
            refused.to_string(),
            "`ana` owns `a`, `c`; give those tasks to another person, or leave them unowned"
        );
        let mut given = r.clone();
        apply(
            &mut given,
            remove_person(&r, "ana", Some("bo"), false).unwrap(),
        )
        .unwrap();
        assert_eq!(owners(&given), [Some("bo"), Some("bo"), Some("bo"), None]);
        assert_eq!(given.people.len(), 1);
        let mut dropped = r.clone();
        apply(&mut dropped, remove_person(&r, "ana", None, true).unwrap()).unwrap();
        assert_eq!(owners(&dropped), [None, Some("bo"), None, None]);
        assert!(matches!(
            remove_person(&r, "ana", Some("ana"), false),
            Err(HeadError::GiveToThemselves(_))
        ));
        assert!(matches!(
            remove_person(&r, "ana", Some("cy"), false),
            Err(HeadError::NoSuchPerson { .. })
        ));
        // Nobody's tasks: no flag needed.
        let mut r2 = r.clone();
        r2.people.push(Person::new("cy", 8.0));
        let mut after = r2.clone();
        apply(&mut after, remove_person(&r2, "cy", None, false).unwrap()).unwrap();
        assert_eq!(after, r);
    }

    #[test]
    fn a_reload_that_changed_only_the_people_carries_them() {
        // Before the people rode in the head, `between` missed them: a
        // teammate's new person never reached an open planner.
        let r = roadmap();
        let mut theirs = r.clone();
        theirs.people[1].hours_per_week = 10.0;
        let mut mine = r.clone();
        apply(&mut mine, crate::model::change::between(&r, &theirs)).unwrap();
        assert_eq!(mine, theirs);
    }
}
