//! Three-way merges of roadmaps, by item and field, so that two people
//! editing different tasks never conflict and a real conflict is kept in
//! the file, marked, instead of being lost.
//!
//! [`merge`] works on the models. Ids that do not mean the same on both
//! sides are settled first (`ids`: an id one side renamed, one new id both
//! sides gave different tasks); then project and maturity fields by key;
//! tasks, phases, findings (by id) and maturity levels (by number) item by
//! item, field by field (see `fields` and `list`); whatever the result
//! breaks is mended (`repair`). [`merge_into`] then writes the result
//! through OURS's loaded document (with the other side's renames made in
//! its text first, `renamed_text`), so OURS's comments and layout survive
//! and only the lines the other side changed differ. [`lines`] is the line
//! merge for what cannot be merged by item. Conflicts are written
//! in the marked form of `marker` (docs/FORMAT.md, "Merge conflicts").

mod diff;
mod fields;
mod ids;
pub mod lines;
mod list;
pub(crate) mod marker;
mod renamed_text;
mod repair;

use super::document::Loaded;
use super::save::{render, SaveError};
use crate::model::{Conflict, Maturity, Part, Roadmap};
use fields::{merge_fields, Record};
use list::{merge_list, whole};
use repair::{repair, Sides};
use std::collections::HashMap;

pub use diff::changed_parts;
pub use ids::{Note, Side};

/// The outcome of a merge.
#[derive(Debug, Clone, PartialEq)]
pub struct Merged {
    /// The merged roadmap; `roadmap.conflicts` holds the new conflicts
    /// and any the sides already had.
    pub roadmap: Roadmap,
    /// The conflicts this merge found, in file order. Empty: a clean merge.
    pub conflicts: Vec<Conflict>,
    /// Ids it settled without a conflict that a person should hear of: a
    /// rename carried over, twin tasks kept apart.
    pub notes: Vec<Note>,
    /// The other side's renames that OURS's text must take before the
    /// merge is written through it.
    ours_renamed: Vec<ids::IdChange>,
}

impl Merged {
    pub fn is_clean(&self) -> bool {
        self.conflicts.is_empty()
    }
}

/// Merges `ours` and `theirs`, two descendants of `base` (`None` when they
/// have no common ancestor, as when both added the file).
pub fn merge(base: Option<&Roadmap>, ours: &Roadmap, theirs: &Roadmap) -> Merged {
    let aligned = ids::align(base, ours, theirs);
    let (base, ours, theirs) = (aligned.base.as_deref(), &*aligned.ours, &*aligned.theirs);
    let mut found = Vec::new();
    let base_tasks = base.map_or(&[][..], |b| &b.tasks);
    let tasks = merge_list(base_tasks, &ours.tasks, &theirs.tasks, &mut found);
    let base_phases = base.map_or(&[][..], |b| &b.phases);
    let phases = merge_list(base_phases, &ours.phases, &theirs.phases, &mut found);
    // People are matched by name, so two sides adding the same person
    // merge field by field (a differing `hours_per_week` is a conflict).
    let base_people = base.map_or(&[][..], |b| &b.people);
    let people = merge_list(base_people, &ours.people, &theirs.people, &mut found);
    let base_findings = base.map_or(&[][..], |b| &b.findings);
    let findings = merge_list(base_findings, &ours.findings, &theirs.findings, &mut found);
    let project = merge_fields(
        base.map(|b| &b.project),
        &ours.project,
        &theirs.project,
        &Part::Project,
        &mut found,
    );
    let maturity = merge_maturity(
        base.map(|b| b.maturity.as_ref()),
        ours.maturity.as_ref(),
        theirs.maturity.as_ref(),
        &mut found,
    );
    let mut roadmap = Roadmap {
        version: ours.version.max(theirs.version),
        project,
        maturity,
        findings,
        phases,
        people,
        tasks,
        conflicts: Vec::new(),
    };
    let sides = Sides { base, ours, theirs };
    repair(&mut roadmap, &sides, &mut found);
    let mut carried = carry_conflicts(base, ours, theirs);
    for c in &found {
        if !carried.contains(c) {
            carried.push(c.clone());
        }
    }
    roadmap.conflicts = in_file_order(&roadmap, carried);
    let conflicts = in_file_order(&roadmap, found);
    Merged {
        roadmap,
        conflicts,
        notes: aligned.notes,
        ours_renamed: aligned.ours_renamed,
    }
}

/// Merges `ours` (as loaded, to keep its text) with `theirs` and returns
/// the text to write: OURS's document patched to the merged roadmap.
pub fn merge_into(
    base: Option<&Roadmap>,
    ours: &Loaded,
    theirs: &Roadmap,
) -> Result<(String, Merged), SaveError> {
    let merged = merge(base, &ours.roadmap, theirs);
    let renamed = match merged.ours_renamed.as_slice() {
        [] => None,
        changes => renamed_text::renamed(ours, changes),
    };
    let text = render(renamed.as_ref().unwrap_or(ours), &merged.roadmap)?;
    Ok((text, merged))
}

/// `base` is `None` with no common ancestor, `Some(None)` when the
/// ancestor had no maturity model.
fn merge_maturity(
    base: Option<Option<&Maturity>>,
    ours: Option<&Maturity>,
    theirs: Option<&Maturity>,
    found: &mut Vec<Conflict>,
) -> Option<Maturity> {
    let b = base.flatten();
    match (b, ours, theirs) {
        (_, Some(o), Some(t)) => {
            let head = |m: &Maturity| Maturity {
                levels: Vec::new(),
                ..m.clone()
            };
            let b_head = b.map(head);
            let mut merged =
                merge_fields(b_head.as_ref(), &head(o), &head(t), &Part::Maturity, found);
            let b_levels = b.map(|m| m.levels.as_slice()).unwrap_or(&[]);
            merged.levels = merge_list(b_levels, &o.levels, &t.levels, found);
            Some(merged)
        }
        (Some(b), Some(o), None) if o != b => {
            found.push(whole(
                Part::Maturity,
                Some("changed".into()),
                Some("deleted".into()),
            ));
            Some(o.clone())
        }
        (Some(b), None, Some(t)) if t != b => {
            found.push(whole(
                Part::Maturity,
                Some("deleted".into()),
                Some("changed".into()),
            ));
            Some(t.clone())
        }
        (None, Some(o), None) => Some(o.clone()),
        (None, None, Some(t)) => Some(t.clone()),
        _ => None,
    }
}

/// The conflicts the sides already had, merged as a set: one either side
/// settled is gone, one either side added stays.
fn carry_conflicts(base: Option<&Roadmap>, ours: &Roadmap, theirs: &Roadmap) -> Vec<Conflict> {
    let none = Vec::new();
    let base = base.map_or(&none, |b| &b.conflicts);
    let settled = |c: &Conflict| {
        base.contains(c) && (!ours.conflicts.contains(c) || !theirs.conflicts.contains(c))
    };
    let mut out: Vec<Conflict> = ours
        .conflicts
        .iter()
        .filter(|c| !settled(c))
        .cloned()
        .collect();
    for c in &theirs.conflicts {
        if !settled(c) && !out.contains(c) {
            out.push(c.clone());
        }
    }
    out
}

/// Conflicts in the order a file lists them (project, maturity, levels,
/// findings, phases, people, tasks, each in its list's order), which is the order
/// loading reads them back in; those of items no longer there are dropped.
fn in_file_order(r: &Roadmap, conflicts: Vec<Conflict>) -> Vec<Conflict> {
    fn positions<T: Record>(items: &[T]) -> HashMap<String, usize> {
        let mut map = HashMap::with_capacity(items.len());
        for (i, item) in items.iter().enumerate() {
            map.entry(item.identity()).or_insert(i);
        }
        map
    }
    let levels = r
        .maturity
        .as_ref()
        .map(|m| positions(&m.levels))
        .unwrap_or_default();
    let people = positions(&r.people);
    let (findings, phases, tasks) = (
        positions(&r.findings),
        positions(&r.phases),
        positions(&r.tasks),
    );
    let rank = |part: &Part| -> Option<(u8, usize)> {
        match part {
            Part::Project => Some((0, 0)),
            Part::Maturity => r.maturity.as_ref().map(|_| (1, 0)),
            Part::Level(n) => levels.get(&n.to_string()).map(|&i| (2, i)),
            Part::Finding(id) => findings.get(id).map(|&i| (3, i)),
            Part::Phase(id) => phases.get(id).map(|&i| (4, i)),
            Part::Person(name) => people.get(name).map(|&i| (5, i)),
            Part::Task(id) => tasks.get(id).map(|&i| (6, i)),
        }
    };
    let mut ranked: Vec<((u8, usize), Conflict)> = conflicts
        .into_iter()
        .filter_map(|c| Some((rank(&c.part)?, c)))
        .collect();
    ranked.sort_by_key(|(rank, _)| *rank);
    ranked.into_iter().map(|(_, c)| c).collect()
}

#[cfg(test)]
mod tests;
