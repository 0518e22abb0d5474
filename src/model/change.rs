//! Changes to a roadmap as values; applying one returns its inverse (undo by inversion).
//!
//! Every edit the planner makes (check off, re-estimate, add, delete) is a
//! [`Change`]. [`apply`] performs it and hands back the change that undoes it,
//! so undo and redo are just more applies (see `history`), the store can diff
//! what changed, and metrics can recompute only the tasks a change touched.
//!
//! Tasks are named by id. A change whose id matches two tasks (a file with a
//! duplicate id) is refused as ambiguous rather than guessed, and no change
//! may create a duplicate; together these guarantee that the inverse of a
//! successful change always applies to the roadmap it left behind.
//!
//! The helpers in [`build`] (re-exported here) turn user intentions into
//! changes; they read the roadmap but never modify it.

mod assign;
mod build;
mod describe;
mod describe_head;
mod diff;
mod head;
mod index;
mod many;
mod moves;
mod people;
mod relate;
mod remove;
mod rename;

pub use assign::{assign, settable, settable_keys, unknown_level, AssignError};
pub use build::{
    add_task, dependents, edit_task, edit_task_with, remove_task, set_status, set_status_with,
    toggle_done, toggle_done_with,
};
pub use describe::{describe, fields_changed};
pub use diff::between;
pub use head::{
    add_finding, add_phase, addressing, assign_fields, blank_finding, blank_phase, check_finding,
    check_phase, check_project, edit_finding, edit_phase, field_of, move_phase, phase_tasks,
    remove_finding, remove_phase, set_project, unknown_finding, unknown_phase, HeadError,
};
pub use index::{Lookup, Scan, TaskIndex};
pub use many::assign_many;
pub use moves::{move_to_phase, neighbour_phase, reorder};
pub use people::{add_person, check_person, edit_person, owned_by, remove_person, unknown_person};
pub use relate::{cycle_through, set_depends_on, set_findings, RelateError};
pub use remove::{references, remove_task_and_references, References};
pub use rename::rename_task;

use super::people::Person;
use super::roadmap::{Conflict, Finding, Maturity, Phase, Project, Roadmap, Task};
use std::collections::HashSet;

/// Everything of a roadmap but its tasks and conflicts: what a reload or a
/// merge may change besides tasks, in one value.
#[derive(Debug, Clone, PartialEq)]
pub struct Head {
    pub version: u32,
    pub project: Project,
    pub maturity: Option<Maturity>,
    pub findings: Vec<Finding>,
    pub phases: Vec<Phase>,
    pub people: Vec<Person>,
}

impl Head {
    pub fn of(roadmap: &Roadmap) -> Head {
        Head {
            version: roadmap.version,
            project: roadmap.project.clone(),
            maturity: roadmap.maturity.clone(),
            findings: roadmap.findings.clone(),
            phases: roadmap.phases.clone(),
            people: roadmap.people.clone(),
        }
    }

    /// Puts this head on `roadmap` and returns the one it had.
    fn swap_into(self, roadmap: &mut Roadmap) -> Head {
        Head {
            version: std::mem::replace(&mut roadmap.version, self.version),
            project: std::mem::replace(&mut roadmap.project, self.project),
            maturity: std::mem::replace(&mut roadmap.maturity, self.maturity),
            findings: std::mem::replace(&mut roadmap.findings, self.findings),
            phases: std::mem::replace(&mut roadmap.phases, self.phases),
            people: std::mem::replace(&mut roadmap.people, self.people),
        }
    }
}

/// One edit to a roadmap's tasks.
#[derive(Debug, Clone, PartialEq)]
pub enum Change {
    /// Put `task` where the task with id `id` is. `task.id` may differ from
    /// `id`: that renames the task. References to the old id in other tasks'
    /// `depends_on` and in levels' `requires` are NOT rewritten: a rename is
    /// one task's edit, and silently editing other tasks would surprise the
    /// people reviewing the diff. `validate` reports the references left
    /// dangling, and [`dependents`] lists them before renaming.
    ReplaceTask { id: String, task: Task },
    /// Insert `task` at position `index` of `tasks` (0 ..= len).
    InsertTask { index: usize, task: Task },
    /// Remove the task with id `id`. References to it are left as they are,
    /// for the same reason as renames; [`remove_task_and_references`]
    /// batches their removal with it, which is what the planner does.
    RemoveTask { id: String },
    /// Several changes applied in order, all or nothing.
    Batch(Vec<Change>),
    /// Replace the roadmap's merge conflict entries: settling one is the
    /// field's new value (a `ReplaceTask`) plus the list without it, batched.
    ReplaceConflicts(Vec<Conflict>),
    /// Replace everything but the tasks and conflicts (a reload or a merge
    /// that changed the project, the phases, the findings or the levels;
    /// dropping a deleted task from a level's `requires`).
    ReplaceHead(Box<Head>),
    /// Replace the `remove` tasks from position `at` on by `insert`: a
    /// reload or merge that added, removed or reordered tasks, in one step
    /// whose cost follows the tasks it touches.
    SpliceTasks {
        at: usize,
        remove: usize,
        insert: Vec<Task>,
    },
}

/// Why a change cannot be applied. The roadmap is unchanged when this is returned.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum ChangeError {
    #[error("no task has id `{0}`; check the id (the details pane shows each task's id)")]
    NoSuchTask(String),
    #[error("a task with id `{0}` already exists; choose another id")]
    DuplicateId(String),
    #[error(
        "more than one task has id `{0}`, so the change cannot tell them apart; \
         give each a unique id first (`roadmap validate` lists duplicates)"
    )]
    AmbiguousId(String),
    #[error("cannot insert a task at position {index}: there are {len} tasks; use a position from 0 to {len}")]
    IndexOutOfRange { index: usize, len: usize },
    #[error("no phase has id `{phase}`; use one of: {known}")]
    NoSuchPhase { phase: String, known: String },
    #[error("a task needs an id; type one (lower-case words joined by `-`)")]
    EmptyId,
    #[error("a task needs a title; type one saying what is to be done")]
    EmptyTitle,
    #[error("`{0}` is not an id: ids use only a-z, 0-9, `.`, `_` and `-` (e.g. `deploy-worker`)")]
    BadId(String),
}

impl Change {
    /// The task ids this change reads or writes, each once, in the order the
    /// change meets them. A rename touches both the old and the new id.
    pub fn touched_ids(&self) -> Vec<&str> {
        let mut ids = Vec::new();
        self.collect_ids(&mut ids);
        let mut seen = HashSet::with_capacity(ids.len());
        ids.retain(|id| seen.insert(*id));
        ids
    }

    fn collect_ids<'a>(&'a self, ids: &mut Vec<&'a str>) {
        match self {
            Change::ReplaceTask { id, task } => {
                ids.push(id);
                ids.push(&task.id);
            }
            Change::InsertTask { task, .. } => ids.push(&task.id),
            Change::RemoveTask { id } => ids.push(id),
            Change::Batch(changes) => changes.iter().for_each(|c| c.collect_ids(ids)),
            Change::SpliceTasks { insert, .. } => ids.extend(insert.iter().map(|t| t.id.as_str())),
            Change::ReplaceConflicts(_) | Change::ReplaceHead(_) => {}
        }
    }
}

/// Applies `change` and returns its inverse: applying the inverse to the
/// result gives back the roadmap as it was. On error nothing is changed; a
/// [`Change::Batch`] that fails part way rolls back the parts already applied.
/// Finds tasks by walking them; [`apply_with`] takes an index instead.
pub fn apply(roadmap: &mut Roadmap, change: Change) -> Result<Change, ChangeError> {
    apply_with(roadmap, &mut Scan, change)
}

/// [`apply`], finding tasks through `lookup` and telling it what moved, so a
/// [`TaskIndex`] stays right across inserts, removals, renames and undo.
pub fn apply_with(
    roadmap: &mut Roadmap,
    lookup: &mut impl Lookup,
    change: Change,
) -> Result<Change, ChangeError> {
    let tasks = &mut roadmap.tasks;
    match change {
        Change::ReplaceTask { id, task } => {
            let at = lookup.locate(tasks, &id)?;
            if task.id != id && lookup.taken(tasks, &task.id) {
                return Err(ChangeError::DuplicateId(task.id));
            }
            let new_id = task.id.clone();
            let old = std::mem::replace(&mut tasks[at], task);
            lookup.replaced(at, &id, &new_id);
            Ok(Change::ReplaceTask {
                id: new_id,
                task: old,
            })
        }
        Change::InsertTask { index, task } => {
            let len = tasks.len();
            if index > len {
                return Err(ChangeError::IndexOutOfRange { index, len });
            }
            if lookup.taken(tasks, &task.id) {
                return Err(ChangeError::DuplicateId(task.id));
            }
            let id = task.id.clone();
            tasks.insert(index, task);
            lookup.inserted(index, &id);
            Ok(Change::RemoveTask { id })
        }
        Change::RemoveTask { id } => {
            let at = lookup.locate(tasks, &id)?;
            let task = tasks.remove(at);
            lookup.removed(at, &id);
            Ok(Change::InsertTask { index: at, task })
        }
        Change::Batch(changes) => {
            let mut inverses = Vec::with_capacity(changes.len());
            for change in changes {
                match apply_with(roadmap, lookup, change) {
                    Ok(inverse) => inverses.push(inverse),
                    Err(error) => {
                        roll_back(roadmap, lookup, inverses);
                        return Err(error);
                    }
                }
            }
            inverses.reverse();
            Ok(Change::Batch(inverses))
        }
        Change::ReplaceConflicts(conflicts) => Ok(Change::ReplaceConflicts(std::mem::replace(
            &mut roadmap.conflicts,
            conflicts,
        ))),
        Change::ReplaceHead(head) => Ok(Change::ReplaceHead(Box::new(head.swap_into(roadmap)))),
        Change::SpliceTasks { at, remove, insert } => splice(roadmap, lookup, at, remove, insert),
    }
}

/// [`Change::SpliceTasks`]: refused if the range is out of bounds or an
/// inserted id would repeat one that stays or another inserted one.
fn splice(
    roadmap: &mut Roadmap,
    lookup: &mut impl Lookup,
    at: usize,
    remove: usize,
    insert: Vec<Task>,
) -> Result<Change, ChangeError> {
    let tasks = &mut roadmap.tasks;
    let len = tasks.len();
    let end = at.checked_add(remove).filter(|&end| end <= len);
    let Some(end) = end else {
        return Err(ChangeError::IndexOutOfRange {
            index: at.saturating_add(remove),
            len,
        });
    };
    let leaving: HashSet<&str> = tasks[at..end].iter().map(|t| t.id.as_str()).collect();
    let mut coming = HashSet::with_capacity(insert.len());
    for task in &insert {
        let id = task.id.as_str();
        let stays = lookup.taken(tasks, id) && !leaving.contains(id);
        if stays || !coming.insert(id) {
            return Err(ChangeError::DuplicateId(task.id.clone()));
        }
    }
    let inserted = insert.len();
    let removed: Vec<Task> = tasks.splice(at..end, insert).collect();
    lookup.rebuilt(tasks);
    Ok(Change::SpliceTasks {
        at,
        remove: inserted,
        insert: removed,
    })
}

/// Undoes the applied part of a failed batch, newest first.
fn roll_back(roadmap: &mut Roadmap, lookup: &mut impl Lookup, inverses: Vec<Change>) {
    for inverse in inverses.into_iter().rev() {
        let undone = apply_with(roadmap, lookup, inverse);
        // Cannot fail: an inverse always applies to the state its change left.
        debug_assert!(undone.is_ok(), "an inverse failed to apply: {undone:?}");
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::roadmap::Project;

    fn roadmap(ids: &[&str]) -> Roadmap {
        let mut r = Roadmap::new(Project::new("p"));
        r.tasks = ids.iter().map(|id| Task::new(*id, "p1", *id)).collect();
        r
    }

    fn ids(r: &Roadmap) -> Vec<&str> {
        r.tasks.iter().map(|t| t.id.as_str()).collect()
    }

    /// Applies `change`, checks its inverse restores `r`, and returns the result.
    fn round_trip(r: &Roadmap, change: Change) -> Roadmap {
        let mut after = r.clone();
        let inverse = apply(&mut after, change).expect("the change applies");
        let mut back = after.clone();
        apply(&mut back, inverse).expect("the inverse applies");
        assert_eq!(&back, r, "the inverse restores the roadmap");
        after
    }

    #[test]
    fn replacing_the_conflicts_inverts() {
        use crate::model::roadmap::{Conflict, Part};
        let mut r = roadmap(&["a"]);
        r.conflicts = vec![Conflict {
            part: Part::Task("a".into()),
            field: "owner".into(),
            ours: Some("ana".into()),
            theirs: Some("bo".into()),
            base: None,
        }];
        let after = round_trip(&r, Change::ReplaceConflicts(Vec::new()));
        assert!(after.conflicts.is_empty());
        assert!(Change::ReplaceConflicts(Vec::new())
            .touched_ids()
            .is_empty());
    }

    #[test]
    fn replace_insert_and_remove_invert() {
        let r = roadmap(&["a", "b", "c"]);
        let mut edited = r.tasks[1].clone();
        edited.title = "Bee".into();
        let after = round_trip(
            &r,
            Change::ReplaceTask {
                id: "b".into(),
                task: edited,
            },
        );
        assert_eq!(after.tasks[1].title, "Bee");

        let after = round_trip(
            &r,
            Change::InsertTask {
                index: 3,
                task: Task::new("d", "p1", "d"),
            },
        );
        assert_eq!(ids(&after), ["a", "b", "c", "d"]);

        let after = round_trip(&r, Change::RemoveTask { id: "a".into() });
        assert_eq!(ids(&after), ["b", "c"]);
    }

    #[test]
    fn a_rename_inverts_and_leaves_references_alone() {
        let mut r = roadmap(&["a", "b"]);
        r.tasks[1].depends_on = vec!["a".into()];
        let renamed = Task::new("alpha", "p1", "a");
        let after = round_trip(
            &r,
            Change::ReplaceTask {
                id: "a".into(),
                task: renamed,
            },
        );
        assert_eq!(ids(&after), ["alpha", "b"]);
        assert_eq!(after.tasks[1].depends_on, ["a"], "not rewritten");
    }

    #[test]
    fn refused_changes_leave_the_roadmap_alone() {
        let r = roadmap(&["a", "b", "b"]);
        let cases = [
            (
                Change::RemoveTask { id: "zz".into() },
                ChangeError::NoSuchTask("zz".into()),
            ),
            (
                Change::RemoveTask { id: "b".into() },
                ChangeError::AmbiguousId("b".into()),
            ),
            (
                Change::InsertTask {
                    index: 4,
                    task: Task::new("n", "p1", "n"),
                },
                ChangeError::IndexOutOfRange { index: 4, len: 3 },
            ),
            (
                Change::InsertTask {
                    index: 0,
                    task: Task::new("a", "p1", "a"),
                },
                ChangeError::DuplicateId("a".into()),
            ),
            (
                Change::ReplaceTask {
                    id: "a".into(),
                    task: Task::new("b", "p1", "b"),
                },
                ChangeError::DuplicateId("b".into()),
            ),
        ];
        for (change, expected) in cases {
            let mut after = r.clone();
            assert_eq!(apply(&mut after, change), Err(expected));
            assert_eq!(after, r);
        }
    }

    #[test]
    fn splices_invert_keep_the_index_right_and_refuse_repeated_ids() {
        let r = roadmap(&["a", "b", "c"]);
        let splice = |at, remove, ids: &[&str]| Change::SpliceTasks {
            at,
            remove,
            insert: ids.iter().map(|id| Task::new(*id, "p1", *id)).collect(),
        };
        let after = round_trip(&r, splice(1, 1, &["x", "y"]));
        assert_eq!(ids(&after), ["a", "x", "y", "c"]);
        let after = round_trip(&r, splice(0, 3, &["c", "b"]));
        assert_eq!(ids(&after), ["c", "b"], "ids that leave may come back");
        let mut index = TaskIndex::build(&r.tasks);
        let mut indexed = r.clone();
        apply_with(&mut indexed, &mut index, splice(3, 0, &["d"])).unwrap();
        assert_eq!(index, TaskIndex::build(&indexed.tasks));

        for (change, error) in [
            (splice(1, 1, &["c"]), ChangeError::DuplicateId("c".into())),
            (
                splice(1, 1, &["x", "x"]),
                ChangeError::DuplicateId("x".into()),
            ),
            (
                splice(2, 2, &[]),
                ChangeError::IndexOutOfRange { index: 4, len: 3 },
            ),
        ] {
            let mut after = r.clone();
            assert_eq!(apply(&mut after, change), Err(error));
            assert_eq!(after, r);
        }
    }

    #[test]
    fn replacing_the_head_inverts() {
        let r = roadmap(&["a"]);
        let mut head = Head::of(&r);
        head.project.name = "Renamed".into();
        let after = round_trip(&r, Change::ReplaceHead(Box::new(head)));
        assert_eq!(after.project.name, "Renamed");
        assert_eq!(after.tasks, r.tasks);
    }

    #[test]
    fn a_failing_batch_rolls_back_what_it_applied() {
        let r = roadmap(&["a", "b"]);
        let mut after = r.clone();
        let batch = Change::Batch(vec![
            Change::RemoveTask { id: "a".into() },
            Change::InsertTask {
                index: 0,
                task: Task::new("c", "p1", "c"),
            },
            Change::RemoveTask { id: "a".into() },
        ]);
        assert_eq!(
            apply(&mut after, batch),
            Err(ChangeError::NoSuchTask("a".into()))
        );
        assert_eq!(after, r);
    }

    #[test]
    fn a_batch_inverts_in_reverse_order() {
        let r = roadmap(&["a", "b"]);
        let after = round_trip(
            &r,
            Change::Batch(vec![
                Change::RemoveTask { id: "a".into() },
                Change::InsertTask {
                    index: 0,
                    task: Task::new("a", "p1", "again"),
                },
                Change::Batch(vec![Change::RemoveTask { id: "b".into() }]),
            ]),
        );
        assert_eq!(ids(&after), ["a"]);
        assert_eq!(after.tasks[0].title, "again");
    }

    #[test]
    fn errors_say_what_to_do() {
        let e = ChangeError::IndexOutOfRange { index: 9, len: 2 };
        assert_eq!(
            e.to_string(),
            "cannot insert a task at position 9: there are 2 tasks; use a position from 0 to 2"
        );
        assert!(ChangeError::AmbiguousId("x".into())
            .to_string()
            .contains("unique id"));
    }

    #[test]
    fn touched_ids_name_each_task_once() {
        let change = Change::Batch(vec![
            Change::ReplaceTask {
                id: "a".into(),
                task: Task::new("alpha", "p1", "a"),
            },
            Change::RemoveTask { id: "b".into() },
            Change::InsertTask {
                index: 0,
                task: Task::new("a", "p1", "a"),
            },
            Change::ReplaceTask {
                id: "b".into(),
                task: Task::new("b", "p1", "b"),
            },
        ]);
        assert_eq!(change.touched_ids(), ["a", "alpha", "b"]);
        assert_eq!(Change::Batch(Vec::new()).touched_ids(), Vec::<&str>::new());
    }
}
