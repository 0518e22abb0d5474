//! Undo and redo stacks of changes.
//!
//! Each entry holds the inverse of something the planner did, with a short
//! label for the status line ("check off deploy-worker"). Undoing applies the
//! inverse and keeps *its* inverse for redo, so both directions are the same
//! operation (helix keeps its history the same way). Doing something new
//! clears redo, as in every editor. The undo stack is bounded so a long
//! session does not grow without end; the oldest entries go first.
//!
//! Every state the roadmap passes through has a [`Revision`]: a step takes
//! it to a new one, undo and redo back to the one the step left or reached.
//! Whether the roadmap is what was saved is then one comparison with the
//! revision that was saved (helix's `current_revision` against
//! `last_saved_revision`).

use super::change::{apply_with, Change, ChangeError, Lookup, Scan};
use super::roadmap::Roadmap;
use std::collections::VecDeque;

/// How many steps can be undone unless said otherwise.
pub const DEFAULT_DEPTH: usize = 1_000;

/// One state of the roadmap in a history. Revisions are never reused: two
/// states with the same revision are the same state.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Revision(u64);

/// One step: the change that reverses it, what to call it, and the
/// revision applying the change returns to.
#[derive(Debug, Clone, PartialEq)]
pub struct Entry {
    pub label: String,
    pub change: Change,
    pub revision: Revision,
}

/// A stored step no longer applies: the roadmap was changed behind the
/// history's back (reloaded from disk, edited without recording).
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
#[error(
    "cannot {action} \"{label}\": the roadmap no longer matches it ({source}); \
     the roadmap is unchanged and the undo history was cleared"
)]
pub struct StaleHistory {
    /// `undo` or `redo`.
    pub action: &'static str,
    pub label: String,
    #[source]
    pub source: ChangeError,
}

#[derive(Debug, Clone, PartialEq)]
pub struct History {
    /// Oldest first; the back is the next to undo.
    undo: VecDeque<Entry>,
    /// The back is the next to redo.
    redo: Vec<Entry>,
    depth: usize,
    /// The revision the roadmap is at.
    current: Revision,
    /// The last revision handed out.
    newest: Revision,
}

impl Default for History {
    fn default() -> Self {
        History::new()
    }
}

impl History {
    pub fn new() -> History {
        History::with_depth(DEFAULT_DEPTH)
    }

    /// A history keeping at most `depth` undo steps (0 keeps none).
    pub fn with_depth(depth: usize) -> History {
        History {
            undo: VecDeque::new(),
            redo: Vec::new(),
            depth,
            current: Revision(0),
            newest: Revision(0),
        }
    }

    /// The revision the roadmap is at; the roadmap as the history found it
    /// is the first.
    pub fn current_revision(&self) -> Revision {
        self.current
    }

    /// Records a step already applied, given its inverse. Clears redo: the
    /// undone future no longer follows from the present.
    pub fn record(&mut self, label: impl Into<String>, inverse: Change) {
        self.redo.clear();
        self.newest = Revision(self.newest.0 + 1);
        let before = std::mem::replace(&mut self.current, self.newest);
        self.push_undo(Entry {
            label: label.into(),
            change: inverse,
            revision: before,
        });
    }

    /// Applies `change` to `roadmap` and records it; on error nothing changes.
    pub fn perform(
        &mut self,
        roadmap: &mut Roadmap,
        label: impl Into<String>,
        change: Change,
    ) -> Result<(), ChangeError> {
        self.perform_with(roadmap, &mut Scan, label, change)
    }

    /// [`History::perform`], finding tasks through `lookup` (a `TaskIndex`
    /// the caller keeps beside the roadmap), which hears of every move.
    pub fn perform_with(
        &mut self,
        roadmap: &mut Roadmap,
        lookup: &mut impl Lookup,
        label: impl Into<String>,
        change: Change,
    ) -> Result<(), ChangeError> {
        let inverse = apply_with(roadmap, lookup, change)?;
        self.record(label, inverse);
        Ok(())
    }

    /// Undoes the newest step and returns its label, or `None` when there is
    /// nothing to undo.
    pub fn undo(&mut self, roadmap: &mut Roadmap) -> Result<Option<String>, StaleHistory> {
        self.undo_with(roadmap, &mut Scan)
    }

    /// [`History::undo`] through `lookup`.
    pub fn undo_with(
        &mut self,
        roadmap: &mut Roadmap,
        lookup: &mut impl Lookup,
    ) -> Result<Option<String>, StaleHistory> {
        let Some(entry) = self.undo.pop_back() else {
            return Ok(None);
        };
        let redo = self.replay("undo", roadmap, lookup, entry)?;
        let label = redo.label.clone();
        self.redo.push(redo);
        Ok(Some(label))
    }

    /// Redoes the newest undone step and returns its label, or `None`.
    pub fn redo(&mut self, roadmap: &mut Roadmap) -> Result<Option<String>, StaleHistory> {
        self.redo_with(roadmap, &mut Scan)
    }

    /// [`History::redo`] through `lookup`.
    pub fn redo_with(
        &mut self,
        roadmap: &mut Roadmap,
        lookup: &mut impl Lookup,
    ) -> Result<Option<String>, StaleHistory> {
        let Some(entry) = self.redo.pop() else {
            return Ok(None);
        };
        let undo = self.replay("redo", roadmap, lookup, entry)?;
        let label = undo.label.clone();
        self.push_undo(undo);
        Ok(Some(label))
    }

    /// Applies a stored entry and moves to its revision, returning the entry
    /// that reverses it (back to the revision it left). A stale entry means
    /// every older one is stale too, so the history is dropped rather than
    /// left to fail (or worse, half-apply) step after step; the roadmap and
    /// its revision stay as they were.
    fn replay(
        &mut self,
        action: &'static str,
        roadmap: &mut Roadmap,
        lookup: &mut impl Lookup,
        entry: Entry,
    ) -> Result<Entry, StaleHistory> {
        match apply_with(roadmap, lookup, entry.change) {
            Ok(change) => Ok(Entry {
                label: entry.label,
                change,
                revision: std::mem::replace(&mut self.current, entry.revision),
            }),
            Err(source) => {
                self.clear();
                Err(StaleHistory {
                    action,
                    label: entry.label,
                    source,
                })
            }
        }
    }

    /// The change the next undo would apply: right after a step is
    /// performed or redone, the inverse of that step (it touches the same
    /// tasks, which is what incremental metrics need to know).
    pub fn next_undo(&self) -> Option<&Change> {
        self.undo.back().map(|e| &e.change)
    }

    /// The change the next redo would apply: right after an undo, the
    /// inverse of what it applied.
    pub fn next_redo(&self) -> Option<&Change> {
        self.redo.last().map(|e| &e.change)
    }

    fn push_undo(&mut self, entry: Entry) {
        self.undo.push_back(entry);
        while self.undo.len() > self.depth {
            self.undo.pop_front();
        }
    }

    /// Forgets everything, e.g. after the roadmap is reloaded from disk.
    pub fn clear(&mut self) {
        self.undo.clear();
        self.redo.clear();
    }

    /// What `undo` would undo, for the status line.
    pub fn undo_label(&self) -> Option<&str> {
        self.undo.back().map(|e| e.label.as_str())
    }

    /// What `redo` would redo.
    pub fn redo_label(&self) -> Option<&str> {
        self.redo.last().map(|e| e.label.as_str())
    }

    /// How many steps apart the roadmap is from `revision`: the undos (or
    /// redos) that would bring it back there. `None` when no step of the
    /// history leads there (it was forgotten, or never was this history's).
    pub fn steps_to(&self, revision: Revision) -> Option<usize> {
        if revision == self.current {
            return Some(0);
        }
        if let Some(i) = self.undo.iter().rposition(|e| e.revision == revision) {
            return Some(self.undo.len() - i);
        }
        // A redo entry's revision is the one redoing it arrives at.
        self.redo
            .iter()
            .rposition(|e| e.revision == revision)
            .map(|j| self.redo.len() - j)
    }

    pub fn undo_len(&self) -> usize {
        self.undo.len()
    }

    pub fn redo_len(&self) -> usize {
        self.redo.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::change::{add_task, edit_task, set_status};
    use crate::model::roadmap::{Phase, Project, Task};
    use crate::model::Status;
    use chrono::NaiveDate;

    fn today() -> NaiveDate {
        NaiveDate::from_ymd_opt(2025, 10, 20).expect("a real date")
    }

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
        r.tasks = vec![
            Task::new("deploy-worker", "p1", "Deploy worker"),
            Task::new("ci", "p1", "CI"),
        ];
        r
    }

    fn check_off(h: &mut History, r: &mut Roadmap, id: &str) {
        let change = set_status(r, id, Status::Done, today()).expect("the task exists");
        h.perform(r, format!("check off {id}"), change)
            .expect("applies");
    }

    #[test]
    fn steps_to_a_revision_count_undos_or_redos() {
        let mut r = roadmap();
        let mut h = History::new();
        let start = h.current_revision();
        check_off(&mut h, &mut r, "deploy-worker");
        let one = h.current_revision();
        check_off(&mut h, &mut r, "ci");
        assert_eq!(h.steps_to(start), Some(2));
        assert_eq!(h.steps_to(one), Some(1));
        assert_eq!(h.steps_to(h.current_revision()), Some(0));
        let two = h.current_revision();
        h.undo(&mut r).unwrap();
        h.undo(&mut r).unwrap();
        assert_eq!(h.steps_to(two), Some(2), "redos count too");
        assert_eq!(h.steps_to(one), Some(1));
        check_off(&mut h, &mut r, "ci");
        assert_eq!(h.steps_to(two), None, "a future redo no longer reaches");
    }

    #[test]
    fn undo_and_redo_walk_back_and_forth() {
        let original = roadmap();
        let mut r = original.clone();
        let mut h = History::new();
        check_off(&mut h, &mut r, "deploy-worker");
        let change = add_task(&r, "p1", "Backups").expect("p1 exists");
        h.perform(&mut r, "add backups", change).expect("applies");
        let done = r.clone();
        assert_eq!(h.undo_label(), Some("add backups"));

        assert_eq!(h.undo(&mut r), Ok(Some("add backups".into())));
        assert_eq!(h.undo(&mut r), Ok(Some("check off deploy-worker".into())));
        assert_eq!(r, original);
        assert_eq!(h.undo(&mut r), Ok(None), "nothing left to undo");

        assert_eq!(h.redo_label(), Some("check off deploy-worker"));
        assert_eq!(h.redo(&mut r), Ok(Some("check off deploy-worker".into())));
        assert_eq!(h.redo(&mut r), Ok(Some("add backups".into())));
        assert_eq!(r, done);
        assert_eq!(h.redo(&mut r), Ok(None), "nothing left to redo");
    }

    #[test]
    fn a_new_step_clears_redo() {
        let mut r = roadmap();
        let mut h = History::new();
        check_off(&mut h, &mut r, "deploy-worker");
        h.undo(&mut r).expect("applies");
        assert_eq!(h.redo_len(), 1);
        check_off(&mut h, &mut r, "ci");
        assert_eq!((h.undo_len(), h.redo_len()), (1, 0));
        assert_eq!(h.redo(&mut r), Ok(None));
    }

    #[test]
    fn the_oldest_steps_fall_off_past_the_depth() {
        let mut r = roadmap();
        let mut h = History::with_depth(3);
        for n in 0..5 {
            let change = edit_task(&r, "ci", |t| t.title = format!("step {n}")).expect("exists");
            h.perform(&mut r, format!("step {n}"), change)
                .expect("applies");
        }
        assert_eq!(h.undo_len(), 3);
        let mut labels = Vec::new();
        while let Ok(Some(label)) = h.undo(&mut r) {
            labels.push(label);
        }
        assert_eq!(labels, ["step 4", "step 3", "step 2"]);
        assert_eq!(
            r.tasks[1].title, "step 1",
            "back to after step 1, no further"
        );
        assert_eq!(History::with_depth(0).undo_len(), 0);
    }

    #[test]
    fn a_stale_history_is_reported_and_dropped() {
        let mut r = roadmap();
        let mut h = History::new();
        check_off(&mut h, &mut r, "deploy-worker");
        check_off(&mut h, &mut r, "ci");
        // Someone reloads a file in which the task is gone.
        r.tasks.retain(|t| t.id != "ci");
        let before = r.clone();
        let err = h.undo(&mut r).expect_err("ci is gone");
        assert_eq!(err.label, "check off ci");
        assert!(
            err.to_string().starts_with("cannot undo \"check off ci\""),
            "{err}"
        );
        assert!(err.to_string().contains("no task has id `ci`"), "{err}");
        assert_eq!(r, before);
        assert_eq!((h.undo_len(), h.redo_len()), (0, 0));
    }

    #[test]
    fn revisions_name_states_and_undo_and_redo_return_to_them() {
        let mut r = roadmap();
        let mut h = History::new();
        let loaded = h.current_revision();
        check_off(&mut h, &mut r, "deploy-worker");
        let one = h.current_revision();
        check_off(&mut h, &mut r, "ci");
        let two = h.current_revision();
        assert!(loaded != one && one != two && loaded != two);
        h.undo(&mut r).expect("applies");
        assert_eq!(h.current_revision(), one);
        h.undo(&mut r).expect("applies");
        assert_eq!(h.current_revision(), loaded);
        h.redo(&mut r).expect("applies");
        assert_eq!(h.current_revision(), one);
        // A new step from here is a state never seen before, not `two`.
        let change = edit_task(&r, "ci", |t| t.title = "Other".into()).expect("exists");
        h.perform(&mut r, "retitle", change).expect("applies");
        let other = h.current_revision();
        assert!(other != two && other != one && other != loaded);
    }

    #[test]
    fn a_stale_undo_keeps_the_revision() {
        let mut r = roadmap();
        let mut h = History::new();
        check_off(&mut h, &mut r, "ci");
        let at = h.current_revision();
        r.tasks.retain(|t| t.id != "ci");
        assert!(h.undo(&mut r).is_err());
        assert_eq!(h.current_revision(), at, "the roadmap did not move");
    }

    #[test]
    fn a_refused_change_is_not_recorded() {
        let mut r = roadmap();
        let mut h = History::new();
        let refused = h.perform(
            &mut r,
            "remove ghost",
            Change::RemoveTask { id: "ghost".into() },
        );
        assert_eq!(refused, Err(ChangeError::NoSuchTask("ghost".into())));
        assert_eq!(h.undo_len(), 0);
        assert_eq!(h.current_revision(), History::new().current_revision());
    }
}
