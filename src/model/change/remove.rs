//! Deleting a task and every reference to it in one change, so that what
//! is left still loads: a `depends_on` or a level's `requires` naming a task
//! that is gone is an error, and a file with an error cannot be saved.

use super::{build, Change, ChangeError, Head};
use crate::model::roadmap::{Part, Roadmap};

/// What names a task: the tasks that depend on it, the levels that
/// require it, and whether merge conflict entries are about it.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct References {
    /// Ids of the tasks whose `depends_on` names it, in plan order.
    pub dependants: Vec<String>,
    /// Numbers of the levels whose `requires` names it.
    pub levels: Vec<u32>,
    /// Unsettled merge conflicts about the task itself.
    pub conflicts: usize,
}

impl References {
    pub fn is_empty(&self) -> bool {
        self.dependants.is_empty() && self.levels.is_empty() && self.conflicts == 0
    }
}

/// Everything that names task `id`.
pub fn references(r: &Roadmap, id: &str) -> References {
    let levels = r.maturity.as_ref().map_or(&[][..], |m| &m.levels);
    References {
        dependants: build::dependents(r, id)
            .into_iter()
            .map(str::to_string)
            .collect(),
        levels: levels
            .iter()
            .filter(|l| l.requires.iter().any(|t| t == id))
            .map(|l| l.level)
            .collect(),
        conflicts: r.conflicts.iter().filter(|c| about(&c.part, id)).count(),
    }
}

fn about(part: &Part, id: &str) -> bool {
    matches!(part, Part::Task(t) if t == id)
}

/// Removes task `id`, takes it out of every `depends_on` and `requires`
/// that names it, and drops the merge conflicts about it (there is nothing
/// left for them to settle), all as one change.
pub fn remove_task_and_references(r: &Roadmap, id: &str) -> Result<Change, ChangeError> {
    let removal = build::remove_task(r, id)?;
    let mut changes = Vec::new();
    for dependant in build::dependents(r, id) {
        changes.push(build::edit_task(r, dependant, |t| {
            t.depends_on.retain(|d| d != id)
        })?);
    }
    let required = r
        .maturity
        .as_ref()
        .is_some_and(|m| m.levels.iter().any(|l| l.requires.iter().any(|t| t == id)));
    if required {
        let mut head = Head::of(r);
        if let Some(m) = head.maturity.as_mut() {
            for level in &mut m.levels {
                level.requires.retain(|t| t != id);
            }
        }
        changes.push(Change::ReplaceHead(Box::new(head)));
    }
    changes.push(removal);
    if r.conflicts.iter().any(|c| about(&c.part, id)) {
        let mut rest = r.conflicts.clone();
        rest.retain(|c| !about(&c.part, id));
        changes.push(Change::ReplaceConflicts(rest));
    }
    Ok(Change::Batch(changes))
}

#[cfg(test)]
mod tests {
    use super::super::apply;
    use super::*;
    use crate::model::roadmap::{Conflict, Level, Maturity, Phase, Project, Scale, Task};
    use crate::model::validate::{has_errors, validate};

    /// `c` and `d` depend on `a`; level 2 requires `a` and `b`.
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
        let mut d = Task::new("d", "p1", "D");
        d.depends_on = vec!["a".into()];
        r.tasks = vec![Task::new("a", "p1", "A"), Task::new("b", "p1", "B"), c, d];
        let level = |n: u32, requires: &[&str]| Level {
            level: n,
            name: format!("L{n}"),
            score: f64::from(n) * 10.0,
            description: None,
            requires: requires.iter().map(|s| s.to_string()).collect(),
            min_score: None,
        };
        r.maturity = Some(Maturity {
            baseline: 0.0,
            scale: Scale::Percent,
            levels: vec![level(1, &[]), level(2, &["a", "b"])],
        });
        r
    }

    #[test]
    fn every_reference_is_named() {
        let r = roadmap();
        assert_eq!(
            references(&r, "a"),
            References {
                dependants: vec!["c".into(), "d".into()],
                levels: vec![2],
                conflicts: 0,
            }
        );
        assert!(references(&r, "d").is_empty());
    }

    #[test]
    fn a_plain_removal_leaves_a_roadmap_that_does_not_validate() {
        let mut r = roadmap();
        let removal = build::remove_task(&r, "a").unwrap();
        apply(&mut r, removal).unwrap();
        assert!(has_errors(&validate(&r)), "why the references must go too");
    }

    #[test]
    fn the_references_go_with_the_task_and_one_inverse_brings_all_back() {
        let before = roadmap();
        let mut r = before.clone();
        let change = remove_task_and_references(&r, "a").unwrap();
        let inverse = apply(&mut r, change).unwrap();
        assert!(r.task("a").is_none());
        assert_eq!(r.task("c").unwrap().depends_on, ["b"]);
        assert!(r.task("d").unwrap().depends_on.is_empty());
        assert_eq!(r.maturity.as_ref().unwrap().levels[1].requires, ["b"]);
        assert_eq!(validate(&r), Vec::new());
        apply(&mut r, inverse).unwrap();
        assert_eq!(r, before);
    }

    #[test]
    fn conflicts_about_the_task_go_and_the_others_stay() {
        let mut r = roadmap();
        let conflict = |task: &str| Conflict {
            part: Part::Task(task.into()),
            field: "owner".into(),
            ours: Some("ana".into()),
            theirs: Some("bo".into()),
            base: None,
        };
        r.conflicts = vec![conflict("a"), conflict("b")];
        assert_eq!(references(&r, "a").conflicts, 1);
        let change = remove_task_and_references(&r, "a").unwrap();
        apply(&mut r, change).unwrap();
        assert_eq!(r.conflicts, [conflict("b")]);
        assert_eq!(
            remove_task_and_references(&r, "zz"),
            Err(ChangeError::NoSuchTask("zz".into()))
        );
    }
}
