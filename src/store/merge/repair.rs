//! Two sound roadmaps can merge into an unsound one: ours deletes a phase
//! while theirs adds a task to it; ours makes `a` depend on `b` while
//! theirs makes `b` depend on `a`. A merge must still write a file that
//! loads, and must not drop anyone's work, so:
//!
//! 1. an item one side deleted that the merged roadmap still refers to is
//!    brought back, with a conflict on the whole item;
//! 2. a field validation still rejects is set back to ours' value (or
//!    base's, when ours already holds it), with a conflict recording all
//!    three values.

use super::fields::{field_text, Fielded, Record};
use super::list::whole;
use crate::model::validate::{self, Locus, CONFLICT_KEY};
use crate::model::{Conflict, Part, Roadmap};
use std::collections::HashSet;

/// The three versions merged, for looking items up.
pub(crate) struct Sides<'a> {
    pub base: Option<&'a Roadmap>,
    pub ours: &'a Roadmap,
    pub theirs: &'a Roadmap,
}

/// Brings `merged` back to a roadmap that validates, recording a conflict
/// for each thing it had to undo. Best effort: what it cannot mend, saving
/// reports.
pub(crate) fn repair(merged: &mut Roadmap, sides: &Sides<'_>, found: &mut Vec<Conflict>) {
    restore_references(merged, sides, found);
    // Each round settles at least one field for good; a roadmap has few
    // conflicting fields, and the bound keeps a surprise from looping.
    for _ in 0..64 {
        let problems: Vec<_> = validate::validate(merged)
            .into_iter()
            .filter(|p| p.is_error() && p.field != Some(CONFLICT_KEY))
            .collect();
        let mut progress = false;
        for p in &problems {
            if let Some(field) = p.field {
                progress |= revert(merged, p.locus, field, sides, found);
            }
        }
        if !progress {
            return;
        }
    }
}

/// Brings back every deleted item something in `merged` refers to.
fn restore_references(merged: &mut Roadmap, sides: &Sides<'_>, found: &mut Vec<Conflict>) {
    // A restored task may refer to further deleted items; each round
    // restores at least one, and there are finitely many to restore.
    loop {
        let mut restored_any = false;
        for (part, by) in missing(merged) {
            let restored = match &part {
                Part::Phase(id) => restore(&mut merged.phases, id, sides, |r| &r.phases),
                Part::Finding(id) => restore(&mut merged.findings, id, sides, |r| &r.findings),
                Part::Person(name) => restore(&mut merged.people, name, sides, |r| &r.people),
                Part::Task(id) => restore(&mut merged.tasks, id, sides, |r| &r.tasks),
                Part::Level(n) => match merged.maturity.as_mut() {
                    Some(m) => restore(&mut m.levels, &n.to_string(), sides, |r| {
                        r.maturity.as_ref().map_or(&[], |m| m.levels.as_slice())
                    }),
                    None => false,
                },
                Part::Project | Part::Maturity => false,
            };
            if restored {
                restored_any = true;
                let side = |r: &Roadmap| side_text(r, &part, &by);
                found.push(whole(
                    part.clone(),
                    Some(side(sides.ours)),
                    Some(side(sides.theirs)),
                ));
            }
        }
        if !restored_any {
            return;
        }
    }
}

/// Every item `merged` refers to but does not have, once each, with the
/// first part that refers to it.
fn missing(merged: &Roadmap) -> Vec<(Part, Part)> {
    // Sets of what exists, so that a big file is checked in one pass.
    let levels = merged.maturity.iter().flat_map(|m| &m.levels);
    let present: HashSet<Part> = merged
        .tasks
        .iter()
        .map(Record::part)
        .chain(merged.phases.iter().map(Record::part))
        .chain(merged.findings.iter().map(Record::part))
        .chain(levels.clone().map(Record::part))
        .collect();
    let referrers = merged
        .tasks
        .iter()
        .map(|t| (t.part(), t.references()))
        .chain(levels.map(|l| (l.part(), l.references())));
    let mut seen = HashSet::new();
    let mut out = Vec::new();
    for (by, references) in referrers {
        for part in references {
            if !present.contains(&part) && seen.insert(part.clone()) {
                out.push((part, by.clone()));
            }
        }
    }
    out
}

fn has(r: &Roadmap, part: &Part) -> bool {
    match part {
        Part::Project => true,
        Part::Maturity => r.maturity.is_some(),
        Part::Level(n) => r
            .maturity
            .as_ref()
            .is_some_and(|m| m.levels.iter().any(|l| l.level == *n)),
        Part::Finding(id) => r.finding(id).is_some(),
        Part::Phase(id) => r.phase(id).is_some(),
        Part::Person(name) => r.person(name).is_some(),
        Part::Task(id) => r.task(id).is_some(),
    }
}

/// How a side stands on a restored item: `kept`, `deleted`, and whether
/// its own version of the referring item needs it.
fn side_text(side: &Roadmap, part: &Part, by: &Part) -> String {
    let refers = match by {
        Part::Task(id) => side.task(id).is_some_and(|t| t.references().contains(part)),
        Part::Level(n) => side
            .maturity
            .iter()
            .flat_map(|m| &m.levels)
            .any(|l| l.level == *n && l.references().contains(part)),
        _ => false,
    };
    match (has(side, part), refers) {
        (true, true) => format!("needed by {by}"),
        (true, false) => "kept".into(),
        (false, true) => format!("deleted, yet {by} needs it"),
        (false, false) => "deleted".into(),
    }
}

/// Puts back the item `id` from ours, theirs or base (the first that has
/// it), after the item it follows there.
fn restore<T: Record>(
    list: &mut Vec<T>,
    id: &str,
    sides: &Sides<'_>,
    of: impl Fn(&Roadmap) -> &[T],
) -> bool {
    let versions = [Some(sides.ours), Some(sides.theirs), sides.base];
    for source in versions.into_iter().flatten().map(&of) {
        let Some(at) = source.iter().position(|x| x.identity() == id) else {
            continue;
        };
        let after = source[..at]
            .iter()
            .rev()
            .find_map(|prev| list.iter().position(|x| x.identity() == prev.identity()));
        list.insert(after.map_or(0, |i| i + 1), source[at].clone());
        return true;
    }
    false
}

/// Sets `field` of the item at `locus` back to ours' value, or base's when
/// it already holds ours'; true when something changed.
fn revert(
    merged: &mut Roadmap,
    locus: Locus,
    field: &str,
    sides: &Sides<'_>,
    found: &mut Vec<Conflict>,
) -> bool {
    let find = |r: &Roadmap| -> Option<Part> {
        Some(match locus {
            // `version` is the project's part of the file as merges see it.
            Locus::Root | Locus::Project => Part::Project,
            Locus::Maturity => Part::Maturity,
            Locus::Level(i) => r.maturity.as_ref()?.levels.get(i)?.part(),
            Locus::Finding(i) => r.findings.get(i)?.part(),
            Locus::Phase(i) => r.phases.get(i)?.part(),
            Locus::Person(i) => r.people.get(i)?.part(),
            Locus::Task(i) => r.tasks.get(i)?.part(),
        })
    };
    let Some(part) = find(merged) else {
        return false;
    };
    let conflict = match (&part, locus) {
        (Part::Project, _) => revert_item(&mut merged.project, &part, field, sides, |r| {
            Some(&r.project)
        }),
        (Part::Maturity, _) => match merged.maturity.as_mut() {
            Some(m) => revert_item(m, &part, field, sides, |r| r.maturity.as_ref()),
            None => None,
        },
        (Part::Level(n), Locus::Level(i)) => match merged.maturity.as_mut() {
            Some(m) => m.levels.get_mut(i).and_then(|level| {
                revert_item(level, &part, field, sides, |r| {
                    r.maturity.as_ref()?.levels.iter().find(|l| l.level == *n)
                })
            }),
            None => None,
        },
        (Part::Finding(id), Locus::Finding(i)) => merged
            .findings
            .get_mut(i)
            .and_then(|x| revert_item(x, &part, field, sides, |r| r.finding(id))),
        (Part::Phase(id), Locus::Phase(i)) => merged
            .phases
            .get_mut(i)
            .and_then(|x| revert_item(x, &part, field, sides, |r| r.phase(id))),
        (Part::Person(name), Locus::Person(i)) => merged
            .people
            .get_mut(i)
            .and_then(|x| revert_item(x, &part, field, sides, |r| r.person(name))),
        (Part::Task(id), Locus::Task(i)) => merged
            .tasks
            .get_mut(i)
            .and_then(|x| revert_item(x, &part, field, sides, |r| r.task(id))),
        _ => None,
    };
    match conflict {
        Some(c) => {
            // A field reverted twice (to ours, then to base) keeps one entry.
            if !found.iter().any(|f| f.part == c.part && f.field == c.field) {
                found.push(c);
            }
            true
        }
        None => false,
    }
}

fn revert_item<T: Fielded>(
    item: &mut T,
    part: &Part,
    field: &str,
    sides: &Sides<'_>,
    of: impl Fn(&Roadmap) -> Option<&T>,
) -> Option<Conflict> {
    let (ours, theirs) = (of(sides.ours), of(sides.theirs));
    let base = sides.base.and_then(&of);
    let now = field_text(item, field);
    let target = [ours, base]
        .into_iter()
        .flatten()
        .find(|v| field_text(*v, field) != now)?;
    item.take(target, field);
    if field_text(item, field) == now {
        return None;
    }
    let text = |v: Option<&T>| v.and_then(|v| field_text(v, field));
    Some(Conflict {
        part: part.clone(),
        field: field.to_string(),
        ours: text(ours),
        theirs: text(theirs),
        base: text(base),
    })
}
