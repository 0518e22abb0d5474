//! A task's relations: the tasks it depends on and the findings it
//! addresses, set as one change each. A dependency that would close a loop
//! is refused, naming the loop, before it is made: validation would report
//! it as a cycle (`validate/cycles.rs`) and the file would not save.

use super::{build, Change, ChangeError, TaskIndex};
use crate::model::roadmap::Roadmap;
use std::collections::{HashMap, VecDeque};

/// Why a new list of relations is refused.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum RelateError {
    #[error(transparent)]
    Change(#[from] ChangeError),
    #[error("a task cannot depend on itself (`{0}`)")]
    OnItself(String),
    #[error("no task has id `{0}`")]
    NoSuchTask(String),
    #[error("no finding has id `{0}`")]
    NoSuchFinding(String),
    /// `chain` runs from the task through the new dependency back to it.
    #[error(
        "dependency cycle: {} (each would depend on the next, so none could start)",
        .chain.join(" -> ")
    )]
    Cycle { chain: Vec<String> },
}

/// If task `to` already depends on task `from`, directly or through other
/// tasks, the loop that `from` depending on `to` would close: `from -> to
/// -> … -> from`, the shortest such. Breadth-first over `depends_on`, each
/// task visited once; ids no task has are skipped (validation reports them).
pub fn cycle_through(r: &Roadmap, index: &TaskIndex, from: &str, to: &str) -> Option<Vec<String>> {
    if from == to {
        return Some(vec![from.to_string(), to.to_string()]);
    }
    let find = |id: &str| {
        index
            .get(id)
            .filter(|&i| r.tasks.get(i).is_some_and(|t| t.id == id))
            .or_else(|| r.tasks.iter().position(|t| t.id == id))
    };
    // Each reached task, by the one it was reached from.
    let mut came_from: HashMap<&str, &str> = HashMap::new();
    let mut queue = VecDeque::from([to]);
    came_from.insert(to, to);
    while let Some(at) = queue.pop_front() {
        let Some(task) = find(at).map(|i| &r.tasks[i]) else {
            continue;
        };
        for dep in &task.depends_on {
            if came_from.contains_key(dep.as_str()) {
                continue;
            }
            came_from.insert(dep, at);
            if dep == from {
                let mut back = vec![from];
                let mut step = at;
                while step != to {
                    back.push(step);
                    step = came_from[step];
                }
                back.push(to);
                back.push(from);
                back.reverse();
                return Some(back.into_iter().map(str::to_string).collect());
            }
            queue.push_back(dep);
        }
    }
    None
}

/// Task `id` depends on exactly `ids` (in that order), as one change.
/// Refused when one of them is the task itself, no task, or already
/// (transitively) depends on it. Dependencies it already had are kept even
/// if they are broken: only what is added is checked.
pub fn set_depends_on(
    r: &Roadmap,
    index: &TaskIndex,
    id: &str,
    ids: Vec<String>,
) -> Result<Change, RelateError> {
    let task = r
        .task(id)
        .ok_or_else(|| ChangeError::NoSuchTask(id.into()))?;
    for dep in ids.iter().filter(|d| !task.depends_on.contains(d)) {
        if dep == id {
            return Err(RelateError::OnItself(id.into()));
        }
        if index.get(dep).is_none() && !r.tasks.iter().any(|t| &t.id == dep) {
            return Err(RelateError::NoSuchTask(dep.clone()));
        }
        if let Some(chain) = cycle_through(r, index, id, dep) {
            return Err(RelateError::Cycle { chain });
        }
    }
    Ok(build::edit_task(r, id, |t| t.depends_on = ids)?)
}

/// Task `id` addresses exactly the findings `ids`, as one change; a
/// finding added must exist.
pub fn set_findings(r: &Roadmap, id: &str, ids: Vec<String>) -> Result<Change, RelateError> {
    let task = r
        .task(id)
        .ok_or_else(|| ChangeError::NoSuchTask(id.into()))?;
    for f in ids.iter().filter(|f| !task.findings.contains(f)) {
        if !r.findings.iter().any(|x| &x.id == f) {
            return Err(RelateError::NoSuchFinding(f.clone()));
        }
    }
    Ok(build::edit_task(r, id, |t| t.findings = ids)?)
}

#[cfg(test)]
mod tests {
    use super::super::apply;
    use super::*;
    use crate::model::roadmap::{Finding, Project, Task};
    use crate::model::validate::{has_errors, validate};
    use crate::model::{FindingKind, Severity};

    /// `c` depends on `b`, `b` on `a`; `d` stands alone.
    fn roadmap() -> Roadmap {
        let mut r = Roadmap::new(Project::new("p"));
        r.phases = vec![crate::model::roadmap::Phase {
            id: "p1".into(),
            name: "Now".into(),
            window: None,
            start: None,
            end: None,
            description: None,
        }];
        for (id, deps) in [("a", &[][..]), ("b", &["a"][..]), ("c", &["b"]), ("d", &[])] {
            let mut t = Task::new(id, "p1", id);
            t.depends_on = deps.iter().map(|d| d.to_string()).collect();
            r.tasks.push(t);
        }
        r.findings = vec![Finding {
            id: "f1".into(),
            category: "Ops".into(),
            kind: FindingKind::Gap,
            severity: Severity::High,
            title: "No backups".into(),
            detail: None,
            score: None,
            target: None,
            max: None,
        }];
        r
    }

    fn ids(list: &[&str]) -> Vec<String> {
        list.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn a_dependency_closing_a_loop_is_refused_with_the_loop() {
        let r = roadmap();
        let index = TaskIndex::build(&r.tasks);
        let err = set_depends_on(&r, &index, "a", ids(&["c"])).unwrap_err();
        assert_eq!(
            err,
            RelateError::Cycle {
                chain: ids(&["a", "c", "b", "a"])
            }
        );
        assert!(err
            .to_string()
            .starts_with("dependency cycle: a -> c -> b -> a"));
        let err = set_depends_on(&r, &index, "b", ids(&["a", "b"])).unwrap_err();
        assert_eq!(err, RelateError::OnItself("b".into()));
        let err = set_depends_on(&r, &index, "b", ids(&["a", "zz"])).unwrap_err();
        assert_eq!(err, RelateError::NoSuchTask("zz".into()));
    }

    #[test]
    fn what_the_check_lets_through_validates_and_undoes() {
        let r = roadmap();
        let index = TaskIndex::build(&r.tasks);
        for (id, deps) in [("a", &["d"][..]), ("d", &["c", "a"]), ("c", &[])] {
            let change = set_depends_on(&r, &index, id, ids(deps)).unwrap();
            let mut after = r.clone();
            let inverse = apply(&mut after, change).unwrap();
            assert!(!has_errors(&validate(&after)), "{id} on {deps:?}");
            assert_eq!(after.task(id).unwrap().depends_on, ids(deps));
            apply(&mut after, inverse).unwrap();
            assert_eq!(after, r);
        }
    }

    #[test]
    fn every_loop_validation_finds_is_refused() {
        // Each pair tried on its own: refused here exactly when validate
        // would report a cycle.
        let r = roadmap();
        let index = TaskIndex::build(&r.tasks);
        for from in ["a", "b", "c", "d"] {
            for to in ["a", "b", "c", "d"] {
                let task = r.task(from).unwrap();
                if from == to || task.depends_on.iter().any(|d| d == to) {
                    continue;
                }
                let mut with = task.depends_on.clone();
                with.push(to.into());
                let mut after = r.clone();
                after
                    .tasks
                    .iter_mut()
                    .find(|t| t.id == from)
                    .unwrap()
                    .depends_on = with.clone();
                let refused = set_depends_on(&r, &index, from, with).is_err();
                assert_eq!(refused, has_errors(&validate(&after)), "{from} -> {to}");
            }
        }
    }

    #[test]
    fn findings_must_exist() {
        let r = roadmap();
        assert_eq!(
            set_findings(&r, "a", ids(&["f2"])).unwrap_err(),
            RelateError::NoSuchFinding("f2".into())
        );
        let change = set_findings(&r, "a", ids(&["f1"])).unwrap();
        let mut after = r.clone();
        apply(&mut after, change).unwrap();
        assert_eq!(after.task("a").unwrap().findings, ids(&["f1"]));
    }
}
