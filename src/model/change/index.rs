//! Finding a task by id. [`apply`](super::apply) and the builders need the
//! one task with an id and whether an id is free; [`Scan`] answers by walking
//! the tasks (fine for a CLI call), [`TaskIndex`] from a hash map kept right
//! by `apply` across inserts, removals and renames (what the planner uses, so
//! a check-off in a 100,000-task plan does not walk 100,000 ids three times).

use super::ChangeError;
use crate::model::metrics::FastMap;
use crate::model::roadmap::Task;

/// How a change finds tasks, and hears about what it did to them.
pub trait Lookup {
    /// The position of the one task with id `id`.
    fn locate(&self, tasks: &[Task], id: &str) -> Result<usize, ChangeError>;
    /// Some task has id `id`.
    fn taken(&self, tasks: &[Task], id: &str) -> bool;
    /// The task at `at` was replaced; its id went from `old` to `new`.
    fn replaced(&mut self, at: usize, old: &str, new: &str);
    /// A task with id `id` was inserted at `at`.
    fn inserted(&mut self, at: usize, id: &str);
    /// The task at `at`, with id `id`, was removed.
    fn removed(&mut self, at: usize, id: &str);
    /// Tasks were added, removed or moved wholesale: `tasks` is what is now there.
    fn rebuilt(&mut self, tasks: &[Task]);
}

/// Walks the tasks each time: no state to keep, linear cost.
#[derive(Debug, Clone, Copy, Default)]
pub struct Scan;

impl Lookup for Scan {
    fn locate(&self, tasks: &[Task], id: &str) -> Result<usize, ChangeError> {
        let mut matches = tasks.iter().enumerate().filter(|(_, t)| t.id == id);
        match (matches.next(), matches.next()) {
            (Some((at, _)), None) => Ok(at),
            (None, _) => Err(ChangeError::NoSuchTask(id.to_string())),
            (Some(_), Some(_)) => Err(ChangeError::AmbiguousId(id.to_string())),
        }
    }

    fn taken(&self, tasks: &[Task], id: &str) -> bool {
        tasks.iter().any(|t| t.id == id)
    }

    fn replaced(&mut self, _: usize, _: &str, _: &str) {}
    fn inserted(&mut self, _: usize, _: &str) {}
    fn removed(&mut self, _: usize, _: &str) {}
    fn rebuilt(&mut self, _: &[Task]) {}
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Slot {
    At(usize),
    /// A broken file repeats the id. Changes refuse such ids and never
    /// create or remove a repeat, so this needs no position.
    Repeated,
}

/// Task id → position, for the tasks it was built from and every change
/// applied through it since. Lookups cost one hash; an insert or removal
/// shifts the positions after it (linear, like the `Vec` insert itself).
#[derive(Debug, Clone, Default, PartialEq)]
pub struct TaskIndex {
    slots: FastMap<String, Slot>,
}

impl TaskIndex {
    pub fn build(tasks: &[Task]) -> TaskIndex {
        let mut slots = FastMap::with_capacity_and_hasher(tasks.len(), Default::default());
        for (at, task) in tasks.iter().enumerate() {
            slots
                .entry(task.id.clone())
                .and_modify(|s| *s = Slot::Repeated)
                .or_insert(Slot::At(at));
        }
        TaskIndex { slots }
    }

    /// The position of the task with id `id`, if exactly one has it.
    pub fn get(&self, id: &str) -> Option<usize> {
        match self.slots.get(id)? {
            Slot::At(at) => Some(*at),
            Slot::Repeated => None,
        }
    }

    /// How many distinct ids it knows.
    pub fn len(&self) -> usize {
        self.slots.len()
    }

    pub fn is_empty(&self) -> bool {
        self.slots.is_empty()
    }
}

impl Lookup for TaskIndex {
    fn locate(&self, tasks: &[Task], id: &str) -> Result<usize, ChangeError> {
        match self.slots.get(id) {
            Some(Slot::At(at)) if tasks.get(*at).is_some_and(|t| t.id == id) => Ok(*at),
            // Out of step with the tasks (someone changed them without
            // telling the index): answer right anyway, the slow way.
            Some(Slot::At(_)) => Scan.locate(tasks, id),
            Some(Slot::Repeated) => Err(ChangeError::AmbiguousId(id.to_string())),
            None => Err(ChangeError::NoSuchTask(id.to_string())),
        }
    }

    fn taken(&self, _: &[Task], id: &str) -> bool {
        self.slots.contains_key(id)
    }

    fn replaced(&mut self, at: usize, old: &str, new: &str) {
        if old != new {
            self.slots.remove(old);
            self.slots.insert(new.to_string(), Slot::At(at));
        }
    }

    fn inserted(&mut self, at: usize, id: &str) {
        for slot in self.slots.values_mut() {
            if let Slot::At(i) = slot {
                if *i >= at {
                    *i += 1;
                }
            }
        }
        self.slots.insert(id.to_string(), Slot::At(at));
    }

    fn rebuilt(&mut self, tasks: &[Task]) {
        *self = TaskIndex::build(tasks);
    }

    fn removed(&mut self, at: usize, id: &str) {
        self.slots.remove(id);
        for slot in self.slots.values_mut() {
            if let Slot::At(i) = slot {
                if *i > at {
                    *i -= 1;
                }
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::super::{apply_with, Change};
    use super::*;
    use crate::model::roadmap::{Project, Roadmap};

    fn roadmap(ids: &[&str]) -> Roadmap {
        let mut r = Roadmap::new(Project::new("p"));
        r.tasks = ids.iter().map(|id| Task::new(*id, "p1", *id)).collect();
        r
    }

    #[test]
    fn finds_unique_ids_and_refuses_repeated_ones() {
        let r = roadmap(&["a", "b", "b"]);
        let index = TaskIndex::build(&r.tasks);
        assert_eq!(index.locate(&r.tasks, "a"), Ok(0));
        assert_eq!(
            index.locate(&r.tasks, "b"),
            Err(ChangeError::AmbiguousId("b".into()))
        );
        assert_eq!(
            index.locate(&r.tasks, "z"),
            Err(ChangeError::NoSuchTask("z".into()))
        );
        assert!(index.taken(&r.tasks, "b"));
        assert_eq!(index.get("b"), None);
        assert_eq!(index.len(), 2);
    }

    #[test]
    fn stays_right_across_insert_remove_rename_and_undo() {
        let mut r = roadmap(&["a", "b", "c"]);
        let mut index = TaskIndex::build(&r.tasks);
        let mut undo = Vec::new();
        let changes = [
            Change::InsertTask {
                index: 1,
                task: Task::new("n", "p1", "n"),
            },
            Change::RemoveTask { id: "a".into() },
            Change::ReplaceTask {
                id: "c".into(),
                task: Task::new("cc", "p1", "c"),
            },
            Change::Batch(vec![
                Change::RemoveTask { id: "b".into() },
                Change::InsertTask {
                    index: 0,
                    task: Task::new("b", "p1", "b"),
                },
            ]),
        ];
        for change in changes {
            undo.push(apply_with(&mut r, &mut index, change).expect("applies"));
            assert_eq!(index, TaskIndex::build(&r.tasks));
        }
        assert_eq!(index.get("cc"), Some(2));
        assert_eq!(index.get("c"), None);
        while let Some(inverse) = undo.pop() {
            apply_with(&mut r, &mut index, inverse).expect("the inverse applies");
            assert_eq!(index, TaskIndex::build(&r.tasks));
        }
        assert_eq!(r, roadmap(&["a", "b", "c"]));
    }

    #[test]
    fn a_refused_change_leaves_the_index_alone() {
        let mut r = roadmap(&["a", "b"]);
        let mut index = TaskIndex::build(&r.tasks);
        let batch = Change::Batch(vec![
            Change::RemoveTask { id: "a".into() },
            Change::RemoveTask { id: "zz".into() },
        ]);
        assert!(apply_with(&mut r, &mut index, batch).is_err());
        assert_eq!(index, TaskIndex::build(&r.tasks));
        assert_eq!(index.get("a"), Some(0));
    }
}
