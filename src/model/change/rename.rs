//! Giving a task a new id and every reference to it with it, in one
//! change: the tasks whose `depends_on` names it, the levels whose
//! `requires` names it and the merge conflict entries about it. A plain
//! [`Change::ReplaceTask`] with another id leaves those dangling, and a
//! dangling reference is an error that stops the file from saving.

use super::{build, Change, ChangeError, Head, Lookup, Scan};
use crate::model::roadmap::{Part, Roadmap};
use crate::model::validate::is_slug;

/// Renames task `old` to `new` and rewrites every reference to it, as one
/// [`Change::Batch`]. `new` must be a well-formed id no other task has;
/// renaming a task to its own id is an empty batch.
pub fn rename_task(r: &Roadmap, old: &str, new: &str) -> Result<Change, ChangeError> {
    let at = Scan.locate(&r.tasks, old)?;
    if new == old {
        return Ok(Change::Batch(Vec::new()));
    }
    if !is_slug(new) {
        return Err(ChangeError::BadId(new.to_string()));
    }
    if r.tasks.iter().any(|t| t.id == new) {
        return Err(ChangeError::DuplicateId(new.to_string()));
    }
    let swap = |ids: &mut Vec<String>| {
        for id in ids.iter_mut().filter(|id| *id == old) {
            *id = new.to_string();
        }
    };
    let mut renamed = r.tasks[at].clone();
    renamed.id = new.to_string();
    swap(&mut renamed.depends_on);
    let mut changes = vec![Change::ReplaceTask {
        id: old.to_string(),
        task: renamed,
    }];
    for dependant in build::dependents(r, old) {
        if dependant != old {
            changes.push(build::edit_task(r, dependant, |t| swap(&mut t.depends_on))?);
        }
    }
    let levels = r.maturity.as_ref().map_or(&[][..], |m| &m.levels);
    if levels.iter().any(|l| l.requires.iter().any(|t| t == old)) {
        let mut head = Head::of(r);
        if let Some(m) = head.maturity.as_mut() {
            for level in &mut m.levels {
                swap(&mut level.requires);
            }
        }
        changes.push(Change::ReplaceHead(Box::new(head)));
    }
    let about = |part: &Part| matches!(part, Part::Task(t) if t == old);
    if r.conflicts.iter().any(|c| about(&c.part)) {
        let mut conflicts = r.conflicts.clone();
        for c in conflicts.iter_mut().filter(|c| about(&c.part)) {
            c.part = Part::Task(new.to_string());
        }
        changes.push(Change::ReplaceConflicts(conflicts));
    }
    Ok(Change::Batch(changes))
}

#[cfg(test)]
mod tests {
    use super::super::apply;
    use super::*;
    use crate::model::roadmap::{Conflict, Level, Maturity, Phase, Project, Scale, Task};
    use crate::model::validate::validate;

    /// `c` depends on `a` and `b`, `a` on nothing; level 2 requires `a`;
    /// one conflict is about `a`.
    fn roadmap() -> Roadmap {
        let mut r = Roadmap::new(Project::new("p"));
        r.phases = vec![Phase {
            id: "p1".into(),
            name: "Now".into(),
            window: None,
            start: None,
            end: None,
            description: None,
        }];
        let mut c = Task::new("c", "p1", "C");
        c.depends_on = vec!["a".into(), "b".into()];
        r.tasks = vec![Task::new("a", "p1", "A"), Task::new("b", "p1", "B"), c];
        r.maturity = Some(Maturity {
            baseline: 0.0,
            scale: Scale::Percent,
            levels: vec![Level {
                level: 2,
                name: "L2".into(),
                score: 50.0,
                description: None,
                requires: vec!["b".into(), "a".into()],
                min_score: None,
            }],
        });
        r.conflicts = vec![Conflict {
            part: Part::Task("a".into()),
            field: "owner".into(),
            ours: Some("ana".into()),
            theirs: Some("bo".into()),
            base: None,
        }];
        r
    }

    #[test]
    fn every_reference_follows_and_one_inverse_brings_all_back() {
        let before = roadmap();
        let mut r = before.clone();
        let change = rename_task(&r, "a", "alpha").unwrap();
        let inverse = apply(&mut r, change).unwrap();
        assert!(r.task("a").is_none());
        assert_eq!(r.tasks[0].id, "alpha", "in place");
        assert_eq!(r.task("c").unwrap().depends_on, ["alpha", "b"]);
        assert_eq!(
            r.maturity.as_ref().unwrap().levels[0].requires,
            ["b", "alpha"]
        );
        assert_eq!(r.conflicts[0].part, Part::Task("alpha".into()));
        let errors: Vec<_> = validate(&r)
            .into_iter()
            .filter(|p| p.is_error() && p.field != Some("conflict"))
            .collect();
        assert!(errors.is_empty(), "{errors:?}");
        apply(&mut r, inverse).unwrap();
        assert_eq!(r, before);
    }

    #[test]
    fn a_rename_touches_only_what_names_the_task() {
        let r = roadmap();
        let Change::Batch(changes) = rename_task(&r, "b", "bee").unwrap() else {
            panic!("a batch");
        };
        // The task, `c`, and level 2; the conflict is about `a`.
        assert_eq!(changes.len(), 3);
        let Change::Batch(alone) = rename_task(&r, "c", "see").unwrap() else {
            panic!("a batch");
        };
        assert_eq!(alone.len(), 1, "nothing names c");
    }

    #[test]
    fn a_self_reference_follows_too() {
        let mut r = roadmap();
        r.tasks[1].depends_on = vec!["b".into()];
        let change = rename_task(&r, "b", "bee").unwrap();
        apply(&mut r, change).unwrap();
        assert_eq!(r.task("bee").unwrap().depends_on, ["bee"]);
    }

    #[test]
    fn bad_new_ids_are_refused() {
        let r = roadmap();
        assert_eq!(
            rename_task(&r, "a", "b"),
            Err(ChangeError::DuplicateId("b".into()))
        );
        assert_eq!(
            rename_task(&r, "a", "Not An Id"),
            Err(ChangeError::BadId("Not An Id".into()))
        );
        assert_eq!(
            rename_task(&r, "zz", "y"),
            Err(ChangeError::NoSuchTask("zz".into()))
        );
        assert_eq!(rename_task(&r, "a", "a"), Ok(Change::Batch(Vec::new())));
    }
}
