//! Ids that do not mean the same thing on both sides, settled before the
//! merge matches items by id, so that no one's work is dropped:
//!
//! - **Renamed.** One side gave an item a new id and changed nothing else
//!   (same title, same everything), the other still has it under the old
//!   id. Matched by id, that reads as "deleted" against "changed", and
//!   deleting the old one (as the conflict invites) loses the other side's
//!   check-off. So the rename is applied to the base and the other side
//!   first, references included; then the item merges field by field.
//! - **Twins.** Both sides added a task under the same new id (ids come
//!   from titles, or from a title edited after) with different titles: two
//!   tasks, not one task in conflict with itself. Theirs gets a fresh id
//!   (`id-2`), its own references following it.
//!
//! Each is reported as a [`Note`]: nothing conflicts, but a person should
//! know. Only tasks, phases and findings have ids; tasks alone have twins.

use super::fields::{Fielded, Record};
use crate::model::roadmap::unique_id;
use crate::model::{Part, Roadmap};
use std::borrow::Cow;
use std::collections::{HashMap, HashSet};

/// Which side of a merge.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Side {
    Ours,
    Theirs,
}

/// Something a merge did with ids that a person should hear of.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Note {
    /// `by` renamed `part` to `new`; the other side's changes to it were
    /// carried over to `new`.
    Renamed { part: Part, new: String, by: Side },
    /// Both sides added `part` with different titles; theirs is now `new`.
    Twin { part: Part, new: String },
}

impl Note {
    /// The note in words, naming the sides as given (git's labels).
    pub fn describe(&self, ours: &str, theirs: &str) -> String {
        let name = |side: &Side| match side {
            Side::Ours => ours,
            Side::Theirs => theirs,
        };
        match self {
            Note::Renamed { part, new, by } => {
                let other = match by {
                    Side::Ours => theirs,
                    Side::Theirs => ours,
                };
                format!(
                    "{part} is `{new}` in {}: {other}'s changes to it were kept under `{new}`",
                    name(by)
                )
            }
            Note::Twin { part, new } => format!(
                "both sides added {part}, with different titles: kept both, {theirs}'s as `{new}`"
            ),
        }
    }
}

/// The three sides with their ids made to agree, and what was done.
pub(crate) struct Aligned<'a> {
    pub base: Option<Cow<'a, Roadmap>>,
    pub ours: Cow<'a, Roadmap>,
    pub theirs: Cow<'a, Roadmap>,
    pub notes: Vec<Note>,
    /// The renames applied to ours, in order: its text must follow them.
    pub ours_renamed: Vec<IdChange>,
}

/// One id renamed throughout a roadmap.
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct IdChange {
    pub kind: Kind,
    pub old: String,
    pub new: String,
}

/// Settles renamed ids and twin tasks (see the module's comment). Copies
/// a side only when it changes it.
pub(crate) fn align<'a>(
    base: Option<&'a Roadmap>,
    ours: &'a Roadmap,
    theirs: &'a Roadmap,
) -> Aligned<'a> {
    let mut a = Aligned {
        base: base.map(Cow::Borrowed),
        ours: Cow::Borrowed(ours),
        theirs: Cow::Borrowed(theirs),
        notes: Vec::new(),
        ours_renamed: Vec::new(),
    };
    if base.is_none() {
        // Without a common ancestor every item is "added" on both sides:
        // nothing tells a rename or a twin from the same item.
        return a;
    }
    // Phases and findings first: a task in a renamed phase differs from
    // its base only by that reference until the phase rename is applied.
    for by in [Side::Ours, Side::Theirs] {
        for (old, new) in renames(&a, by, |r| &r.phases) {
            rename_everywhere(&mut a, by, Kind::Phase, &old, &new);
        }
        for (old, new) in renames(&a, by, |r| &r.findings) {
            rename_everywhere(&mut a, by, Kind::Finding, &old, &new);
        }
    }
    // A task renamed together with one it depends on matches only once the
    // other's rename is applied: repeat while renames are found.
    loop {
        let mut found = false;
        for by in [Side::Ours, Side::Theirs] {
            for (old, new) in renames(&a, by, |r| &r.tasks) {
                rename_everywhere(&mut a, by, Kind::Task, &old, &new);
                found = true;
            }
        }
        if !found {
            break;
        }
    }
    separate_twins(&mut a);
    a
}

/// The kinds of item that have ids.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Kind {
    Phase,
    Finding,
    Task,
}

impl Kind {
    fn part(self, id: &str) -> Part {
        match self {
            Kind::Phase => Part::Phase(id.into()),
            Kind::Finding => Part::Finding(id.into()),
            Kind::Task => Part::Task(id.into()),
        }
    }
}

/// The `(old, new)` ids side `by` renamed in the list `of`: the old id is
/// in the base and on the other side but not on `by`, the new one only on
/// `by`, and the two items are the same but for the id. A match must be
/// one to one: twin items in the base rename nothing.
fn renames<T: Record>(
    a: &Aligned<'_>,
    by: Side,
    of: impl Fn(&Roadmap) -> &[T],
) -> Vec<(String, String)> {
    let Some(base) = a.base.as_deref() else {
        return Vec::new();
    };
    let (side, other) = match by {
        Side::Ours => (&*a.ours, &*a.theirs),
        Side::Theirs => (&*a.theirs, &*a.ours),
    };
    let (base, side, other) = (of(base), of(side), of(other));
    let ids = |items: &[T]| -> HashSet<String> { items.iter().map(Record::identity).collect() };
    let (in_base, on_side, on_other) = (ids(base), ids(side), ids(other));
    let gone: Vec<&T> = base
        .iter()
        .filter(|x| {
            let id = x.identity();
            !on_side.contains(&id) && on_other.contains(&id)
        })
        .collect();
    if gone.is_empty() {
        return Vec::new();
    }
    let mut added: HashMap<String, Vec<String>> = HashMap::new();
    for x in side {
        let id = x.identity();
        if !in_base.contains(&id) && !on_other.contains(&id) {
            added.entry(content(x)).or_default().push(id);
        }
    }
    let mut by_content: HashMap<String, Vec<String>> = HashMap::new();
    for x in gone {
        by_content.entry(content(x)).or_default().push(x.identity());
    }
    by_content
        .into_iter()
        .filter_map(
            |(key, olds)| match (olds.as_slice(), added.get(&key)?.as_slice()) {
                ([old], [new]) => Some((old.clone(), new.clone())),
                _ => None,
            },
        )
        .collect()
}

/// An item's fields but its id, as text: equal for the same item renamed.
fn content<T: Fielded>(item: &T) -> String {
    item.fields()
        .into_iter()
        .filter(|(key, _)| *key != "id")
        .map(|(key, value)| {
            format!(
                "{key}={}\n",
                value.map(|v| v.to_string()).unwrap_or_default()
            )
        })
        .collect()
}

/// Renames `old` to `new` in the base and on the side that did not; a
/// note when that side had changed the item (the rename carried it over).
fn rename_everywhere(a: &mut Aligned<'_>, by: Side, kind: Kind, old: &str, new: &str) {
    let Some(base) = a.base.as_mut() else {
        return;
    };
    let other = match by {
        Side::Ours => &mut a.theirs,
        Side::Theirs => &mut a.ours,
    };
    rename(base.to_mut(), kind, old, new);
    rename(other.to_mut(), kind, old, new);
    if by == Side::Theirs {
        a.ours_renamed.push(IdChange {
            kind,
            old: old.to_string(),
            new: new.to_string(),
        });
    }
    let item = |r: &Roadmap| -> Option<String> {
        match kind {
            Kind::Task => r.task(new).map(content),
            Kind::Phase => r.phase(new).map(content),
            Kind::Finding => r.finding(new).map(content),
        }
    };
    if item(base) != item(other) {
        a.notes.push(Note::Renamed {
            part: kind.part(old),
            new: new.to_string(),
            by,
        });
    }
}

/// Renames an item and every reference to it.
pub(crate) fn rename(r: &mut Roadmap, kind: Kind, old: &str, new: &str) {
    let swap = |id: &mut String| {
        if id == old {
            *id = new.to_string();
        }
    };
    match kind {
        Kind::Phase => {
            r.phases.iter_mut().for_each(|p| swap(&mut p.id));
            r.tasks.iter_mut().for_each(|t| swap(&mut t.phase));
        }
        Kind::Finding => {
            r.findings.iter_mut().for_each(|f| swap(&mut f.id));
            r.tasks
                .iter_mut()
                .for_each(|t| t.findings.iter_mut().for_each(swap));
        }
        Kind::Task => {
            for t in &mut r.tasks {
                swap(&mut t.id);
                t.depends_on.iter_mut().for_each(swap);
            }
            for level in r.maturity.iter_mut().flat_map(|m| &mut m.levels) {
                level.requires.iter_mut().for_each(swap);
            }
        }
    }
    let (from, to) = (kind.part(old), kind.part(new));
    for c in &mut r.conflicts {
        if c.part == from {
            c.part = to.clone();
        }
    }
}

/// Gives their task a fresh id wherever both sides added one id with
/// different titles.
fn separate_twins(a: &mut Aligned<'_>) {
    let Some(base) = a.base.as_deref() else {
        return;
    };
    let in_base: HashSet<&str> = base.tasks.iter().map(|t| t.id.as_str()).collect();
    let ours: HashMap<&str, &str> = a
        .ours
        .tasks
        .iter()
        .map(|t| (t.id.as_str(), t.title.as_str()))
        .collect();
    let twins: Vec<String> = a
        .theirs
        .tasks
        .iter()
        .filter(|t| !in_base.contains(t.id.as_str()))
        .filter(|t| {
            ours.get(t.id.as_str())
                .is_some_and(|title| *title != t.title)
        })
        .map(|t| t.id.clone())
        .collect();
    if twins.is_empty() {
        return;
    }
    let mut taken: HashSet<String> = [base, &*a.ours, &*a.theirs]
        .iter()
        .flat_map(|r| r.tasks.iter().map(|t| t.id.clone()))
        .collect();
    for id in twins {
        let new = unique_id(&id, |candidate| taken.contains(candidate));
        taken.insert(new.clone());
        rename(a.theirs.to_mut(), Kind::Task, &id, &new);
        a.notes.push(Note::Twin {
            part: Part::Task(id),
            new,
        });
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::model::{Project, Status, Task};
    use chrono::NaiveDate;

    fn roadmap(tasks: Vec<Task>) -> Roadmap {
        let mut r = Roadmap::new(Project::new("P"));
        r.tasks = tasks;
        r
    }

    fn task(id: &str, title: &str) -> Task {
        Task::new(id, "p", title)
    }

    #[test]
    fn a_rename_is_applied_to_the_base_and_the_other_side_with_its_references() {
        let base = roadmap(vec![task("old", "Backups"), task("b", "B")]);
        let ours = roadmap(vec![task("new", "Backups"), task("b", "B")]);
        let mut theirs = base.clone();
        theirs.tasks[0].status = Status::Done;
        theirs.tasks[0].done_on = NaiveDate::from_ymd_opt(2025, 11, 3);
        theirs.tasks[1].depends_on = vec!["old".into()];
        let a = align(Some(&base), &ours, &theirs);
        assert_eq!(a.base.as_deref().unwrap().tasks[0].id, "new");
        assert_eq!(a.theirs.tasks[0].id, "new");
        assert_eq!(a.theirs.tasks[0].status, Status::Done);
        assert_eq!(a.theirs.tasks[1].depends_on, ["new"]);
        assert_eq!(
            a.notes,
            [Note::Renamed {
                part: Part::Task("old".into()),
                new: "new".into(),
                by: Side::Ours
            }]
        );
        assert!(matches!(a.ours, Cow::Borrowed(_)), "ours is left as it is");
    }

    #[test]
    fn a_new_id_with_other_content_or_two_candidates_is_no_rename() {
        let base = roadmap(vec![task("old", "Backups")]);
        let ours = roadmap(vec![task("new", "Nightly backups")]);
        let a = align(Some(&base), &ours, &base);
        assert_eq!(a.theirs.tasks[0].id, "old");
        assert!(a.notes.is_empty());

        let base = roadmap(vec![task("a", "Same"), task("b", "Same")]);
        let ours = roadmap(vec![task("c", "Same"), task("b", "Same")]);
        let mut theirs = base.clone();
        theirs.tasks.push(task("d", "Same"));
        // `a` gone on ours and `c` new: one match; but had ours dropped
        // both `a` and `b` for one `c`, nothing would tell which it was.
        let a2 = align(Some(&base), &ours, &theirs);
        assert_eq!(a2.theirs.tasks[0].id, "c");
        let ours = roadmap(vec![task("c", "Same")]);
        let a3 = align(Some(&base), &ours, &base);
        assert_eq!(a3.theirs.tasks[0].id, "a");
    }

    #[test]
    fn twins_keep_both_and_theirs_gets_a_fresh_id() {
        let base = roadmap(vec![task("a", "A")]);
        let ours = roadmap(vec![task("a", "A"), task("new-task", "Rotate keys")]);
        let mut theirs = roadmap(vec![task("a", "A"), task("new-task", "Load test")]);
        theirs.tasks[0].depends_on = vec!["new-task".into()];
        let a = align(Some(&base), &ours, &theirs);
        assert_eq!(a.theirs.tasks[1].id, "new-task-2");
        assert_eq!(a.theirs.tasks[0].depends_on, ["new-task-2"]);
        assert_eq!(
            a.notes,
            [Note::Twin {
                part: Part::Task("new-task".into()),
                new: "new-task-2".into()
            }]
        );
        // The same task added twice (same title) stays one task.
        let same = roadmap(vec![task("a", "A"), task("new-task", "Rotate keys")]);
        assert!(align(Some(&base), &ours, &same).notes.is_empty());
        // Without a common ancestor nothing is told apart.
        assert!(align(None, &ours, &theirs).notes.is_empty());
    }
}
