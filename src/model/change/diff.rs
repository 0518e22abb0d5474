//! The change that turns one roadmap into another: how a reload or a merge
//! becomes one undoable step whose size follows what changed, not the size
//! of the plan (a teammate's check-off is one task replaced, however many
//! tasks the plan holds).

use super::{Change, Head};
use crate::model::roadmap::Roadmap;

/// A change that, applied to `from`, gives `to`. Tasks keep their places
/// when both list the same ids in the same order (each differing task is
/// replaced); otherwise the stretch between the longest unchanged start and
/// end is spliced. An empty batch when they are equal.
pub fn between(from: &Roadmap, to: &Roadmap) -> Change {
    let mut changes = Vec::new();
    let same_head = from.version == to.version
        && from.project == to.project
        && from.maturity == to.maturity
        && from.findings == to.findings
        && from.phases == to.phases
        && from.people == to.people;
    if !same_head {
        changes.push(Change::ReplaceHead(Box::new(Head::of(to))));
    }
    let (old, new) = (&from.tasks, &to.tasks);
    let same_ids = old.len() == new.len() && old.iter().zip(new).all(|(a, b)| a.id == b.id);
    if same_ids {
        changes.extend(old.iter().zip(new).filter(|(a, b)| a != b).map(|(a, b)| {
            Change::ReplaceTask {
                id: a.id.clone(),
                task: b.clone(),
            }
        }));
    } else {
        let start = old.iter().zip(new).take_while(|(a, b)| a == b).count();
        let end = old[start..]
            .iter()
            .rev()
            .zip(new[start..].iter().rev())
            .take_while(|(a, b)| a == b)
            .count();
        changes.push(Change::SpliceTasks {
            at: start,
            remove: old.len() - start - end,
            insert: new[start..new.len() - end].to_vec(),
        });
    }
    if from.conflicts != to.conflicts {
        changes.push(Change::ReplaceConflicts(to.conflicts.clone()));
    }
    Change::Batch(changes)
}

#[cfg(test)]
mod tests {
    use super::super::apply;
    use super::*;
    use crate::model::roadmap::{Conflict, Part, Phase, Project, Task};

    fn roadmap(ids: &[&str]) -> Roadmap {
        let mut r = Roadmap::new(Project::new("p"));
        r.phases = vec![Phase {
            id: "p1".into(),
            name: "Now".into(),
            window: None,
            start: None,
            end: None,
            description: None,
        }];
        r.tasks = ids.iter().map(|id| Task::new(*id, "p1", *id)).collect();
        r
    }

    /// `between` turns `from` into `to`, and its inverse turns it back.
    fn turns(from: &Roadmap, to: &Roadmap) -> Change {
        let change = between(from, to);
        let mut r = from.clone();
        let inverse = apply(&mut r, change.clone()).expect("the change applies");
        assert_eq!(&r, to);
        apply(&mut r, inverse).expect("its inverse applies");
        assert_eq!(&r, from);
        change
    }

    #[test]
    fn equal_roadmaps_need_nothing() {
        let r = roadmap(&["a", "b"]);
        assert_eq!(turns(&r, &r), Change::Batch(Vec::new()));
    }

    #[test]
    fn a_changed_task_is_one_replacement_however_big_the_plan() {
        let ids: Vec<String> = (0..1000).map(|n| format!("t{n}")).collect();
        let ids: Vec<&str> = ids.iter().map(String::as_str).collect();
        let from = roadmap(&ids);
        let mut to = from.clone();
        to.tasks[500].title = "Checked off elsewhere".into();
        let change = turns(&from, &to);
        assert_eq!(
            change,
            Change::Batch(vec![Change::ReplaceTask {
                id: "t500".into(),
                task: to.tasks[500].clone(),
            }])
        );
    }

    #[test]
    fn added_removed_and_reordered_tasks_splice_only_the_stretch_that_moved() {
        let from = roadmap(&["a", "b", "c", "d", "e"]);
        let to = roadmap(&["a", "x", "c", "b", "e"]);
        let Change::Batch(changes) = turns(&from, &to) else {
            panic!("a batch");
        };
        let [Change::SpliceTasks { at, remove, insert }] = &changes[..] else {
            panic!("one splice: {changes:?}");
        };
        assert_eq!((*at, *remove), (1, 3));
        let ids: Vec<&str> = insert.iter().map(|t| t.id.as_str()).collect();
        assert_eq!(ids, ["x", "c", "b"]);
        turns(&from, &roadmap(&[]));
        turns(&roadmap(&[]), &from);
        turns(&from, &roadmap(&["a", "b", "c", "d", "e", "f"]));
    }

    #[test]
    fn the_head_and_the_conflicts_change_with_the_tasks() {
        let from = roadmap(&["a", "b"]);
        let mut to = roadmap(&["b"]);
        to.project.name = "Renamed".into();
        to.phases[0].name = "Later".into();
        to.conflicts = vec![Conflict {
            part: Part::Task("b".into()),
            field: "owner".into(),
            ours: Some("ana".into()),
            theirs: Some("bo".into()),
            base: None,
        }];
        let Change::Batch(changes) = turns(&from, &to) else {
            panic!("a batch");
        };
        assert!(matches!(changes[0], Change::ReplaceHead(_)));
        assert!(matches!(changes[1], Change::SpliceTasks { .. }));
        assert!(matches!(changes[2], Change::ReplaceConflicts(_)));
    }
}
