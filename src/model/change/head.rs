//! Editing the parts of a roadmap that are not tasks: its phases, its
//! findings and the project, each edit one change. The phases, findings and
//! project travel as one [`Change::ReplaceHead`] (what a reload already
//! uses, so undo, the store's one-line patching and the live figures know
//! it); a new phase or finding id also rewrites every task that names the
//! old one, in the same [`Change::Batch`], so nothing is left dangling.
//!
//! Values are read from text with the field tables' own parsers (the ones
//! `roadmap set` and the task editor use), then checked the way
//! `roadmap validate` would (ids well formed and unique, a phase ending
//! after it starts, a working day of at most 24 hours), so an edit that
//! would stop the file from saving is refused before it is made.

use super::{build, Change, ChangeError, Head};
use crate::model::fields::{Field, Presence};
use crate::model::roadmap::{Finding, Part, Phase, Project, Roadmap};
use crate::model::validate::is_slug;

/// Why a phase, finding or project edit is refused. Nothing is changed.
#[derive(Debug, Clone, PartialEq, Eq, thiserror::Error)]
pub enum HeadError {
    #[error("no {what} has id `{id}`{hint}")]
    NoSuch {
        what: &'static str,
        id: String,
        hint: String,
    },
    #[error("a {what} with id `{id}` already exists; choose another id")]
    Duplicate { what: &'static str, id: String },
    #[error("`{0}` is not an id: ids use only a-z, 0-9, `.`, `_` and `-` (e.g. `month-2`)")]
    BadId(String),
    #[error("unknown field `{key}`{hint}; a {what}'s fields are: {keys}")]
    UnknownField {
        what: &'static str,
        key: String,
        hint: String,
        keys: String,
    },
    #[error("field `{key}`: {why}")]
    BadValue { key: String, why: String },
    #[error(
        "phase `{id}` holds {count} task{s}; choose a phase to move them to",
        s = if *count == 1 { "" } else { "s" }
    )]
    PhaseHoldsTasks { id: String, count: usize },
    #[error("the tasks of phase `{0}` cannot be moved into the phase being deleted")]
    MoveIntoItself(String),
    #[error(
        "finding `{id}` is addressed by {}; drop those references with it, or remove them first",
        quoted(tasks)
    )]
    Addressed { id: String, tasks: Vec<String> },
    #[error("no person is named `{name}`{hint}")]
    NoSuchPerson { name: String, hint: String },
    #[error("a person named `{0}` is already listed; choose another name")]
    DuplicatePerson(String),
    #[error(
        "`{name}` owns {}; give those tasks to another person, or leave them unowned",
        quoted(tasks)
    )]
    PersonOwnsTasks { name: String, tasks: Vec<String> },
    #[error("the tasks of `{0}` cannot be given to the person being removed")]
    GiveToThemselves(String),
    #[error(transparent)]
    Change(#[from] ChangeError),
}

fn quoted(ids: &[String]) -> String {
    let shown: Vec<String> = ids.iter().take(5).map(|i| format!("`{i}`")).collect();
    match ids.len() {
        n if n > 5 => format!("{} and {} more", shown.join(", "), n - 5),
        _ => shown.join(", "),
    }
}

/// `record` with each `(key, text)` of `pairs` set, read by the field
/// table's parsers; an empty text unsets an optional field. `what` names
/// the record in messages ("phase").
pub fn assign_fields<R: Clone>(
    record: &R,
    fields: &'static [Field<R>],
    what: &'static str,
    pairs: &[(&str, &str)],
) -> Result<R, HeadError> {
    let mut out = record.clone();
    for &(key, text) in pairs {
        let field = field_of(fields, what, key)?;
        let text = text.trim();
        let bad = |why: String| HeadError::BadValue {
            key: key.to_string(),
            why,
        };
        let value = match (text.is_empty(), field.presence) {
            (true, Presence::Optional) => None,
            (true, _) => {
                return Err(bad(format!(
                    "a {what} needs a {}; give one (`{key}=…`)",
                    field.label.to_lowercase()
                )))
            }
            (false, presence) => Some(field.parse(text).map_err(|why| match presence {
                Presence::Optional => bad(format!("{why}; or `{key}=` to unset it")),
                _ => bad(why),
            })?),
        };
        (field.set)(&mut out, value);
    }
    Ok(out)
}

/// The field of `fields` under `key`, or an error naming the closest keys.
pub fn field_of<R>(
    fields: &'static [Field<R>],
    what: &'static str,
    key: &str,
) -> Result<&'static Field<R>, HeadError> {
    if let Some(f) = fields.iter().find(|f| f.key == key) {
        return Ok(f);
    }
    let near: Vec<String> = fields
        .iter()
        .map(|f| f.key)
        .filter(|k| close(k, key) || (!key.is_empty() && k.contains(key)))
        .map(|k| format!("`{k}`"))
        .collect();
    Err(HeadError::UnknownField {
        what,
        key: key.to_string(),
        hint: match near.as_slice() {
            [] => String::new(),
            near => format!(" (did you mean {}?)", near.join(" or ")),
        },
        keys: fields.iter().map(|f| f.key).collect::<Vec<_>>().join(", "),
    })
}

/// "; did you mean `x`?" when an id of `ids` is close to `id`.
pub(super) fn hint<'a>(ids: impl Iterator<Item = &'a str>, id: &str) -> String {
    ids.filter(|c| close(c, id))
        .map(|c| format!("; did you mean `{c}`?"))
        .next()
        .unwrap_or_default()
}

/// Two names a typo or two apart: one a prefix of the other, or at most
/// two letters added, dropped, changed or swapped (one for short names).
fn close(a: &str, b: &str) -> bool {
    let (a, b) = (a.to_lowercase(), b.to_lowercase());
    if a.is_empty() || b.is_empty() {
        return false;
    }
    // Short names are all a couple of letters apart: allow them one.
    let allowed = if a.len().min(b.len()) > 3 { 2 } else { 1 };
    a.starts_with(&b) || b.starts_with(&a) || distance(&a, &b) <= allowed
}

/// Edits (insert, delete, change, swap two neighbours) from `a` to `b`.
fn distance(a: &str, b: &str) -> usize {
    let (a, b): (Vec<char>, Vec<char>) = (a.chars().collect(), b.chars().collect());
    let mut rows = vec![(0..=b.len()).collect::<Vec<_>>(); a.len() + 1];
    for (i, row) in rows.iter_mut().enumerate() {
        row[0] = i;
    }
    for i in 1..=a.len() {
        for j in 1..=b.len() {
            let cost = usize::from(a[i - 1] != b[j - 1]);
            let mut d = (rows[i - 1][j] + 1)
                .min(rows[i][j - 1] + 1)
                .min(rows[i - 1][j - 1] + cost);
            if i > 1 && j > 1 && a[i - 1] == b[j - 2] && a[i - 2] == b[j - 1] {
                d = d.min(rows[i - 2][j - 2] + 1);
            }
            rows[i][j] = d;
        }
    }
    rows[a.len()][b.len()]
}

/// "no phase has id `x`; did you mean `y`?"
pub fn unknown_phase(r: &Roadmap, id: &str) -> HeadError {
    HeadError::NoSuch {
        what: "phase",
        id: id.to_string(),
        hint: hint(r.phases.iter().map(|p| p.id.as_str()), id),
    }
}

/// "no finding has id `x`; did you mean `y`?"
pub fn unknown_finding(r: &Roadmap, id: &str) -> HeadError {
    HeadError::NoSuch {
        what: "finding",
        id: id.to_string(),
        hint: hint(r.findings.iter().map(|f| f.id.as_str()), id),
    }
}

fn phase_at(r: &Roadmap, id: &str) -> Result<usize, HeadError> {
    r.phases
        .iter()
        .position(|p| p.id == id)
        .ok_or_else(|| unknown_phase(r, id))
}

fn finding_at(r: &Roadmap, id: &str) -> Result<usize, HeadError> {
    r.findings
        .iter()
        .position(|f| f.id == id)
        .ok_or_else(|| unknown_finding(r, id))
}

fn required(key: &str, what: &str, text: &str) -> Result<(), HeadError> {
    match text.trim().is_empty() {
        true => Err(HeadError::BadValue {
            key: key.to_string(),
            why: format!("a {what} needs a {key}; give one (`{key}=…`)"),
        }),
        false => Ok(()),
    }
}

/// A phase as `validate` would accept it (its id is checked apart).
pub fn check_phase(p: &Phase) -> Result<(), HeadError> {
    if !is_slug(&p.id) {
        return Err(HeadError::BadId(p.id.clone()));
    }
    required("name", "phase", &p.name)?;
    if let (Some(start), Some(end)) = (p.start, p.end) {
        if start > end {
            return Err(HeadError::BadValue {
                key: "end".into(),
                why: format!("the phase would end on {end}, before it starts on {start}"),
            });
        }
    }
    Ok(())
}

/// A finding as `validate` would accept it.
pub fn check_finding(f: &Finding) -> Result<(), HeadError> {
    if !is_slug(&f.id) {
        return Err(HeadError::BadId(f.id.clone()));
    }
    required("title", "finding", &f.title)?;
    required("category", "finding", &f.category)?;
    for (key, n) in [("score", f.score), ("target", f.target), ("max", f.max)] {
        if n.is_some_and(|n| n < 0.0) {
            return Err(HeadError::BadValue {
                key: key.into(),
                why: "a score is not negative".into(),
            });
        }
    }
    if f.max.is_some_and(|m| m <= 0.0) {
        return Err(HeadError::BadValue {
            key: "max".into(),
            why: "the top of the scale must be more than 0".into(),
        });
    }
    let max = f.max.unwrap_or(f64::INFINITY);
    for (key, n) in [("score", f.score), ("target", f.target)] {
        if let Some(n) = n.filter(|&n| n > max) {
            return Err(HeadError::BadValue {
                key: key.into(),
                why: format!("{n} is above the finding's max {max}"),
            });
        }
    }
    Ok(())
}

/// A project as `validate` would accept it.
pub fn check_project(p: &Project) -> Result<(), HeadError> {
    required("name", "project", &p.name)?;
    required("currency", "project", &p.currency)?;
    let bad = |key: &str, why: &str| HeadError::BadValue {
        key: key.into(),
        why: why.into(),
    };
    if !(p.hours_per_day > 0.0 && p.hours_per_day <= 24.0) {
        return Err(bad(
            "hours_per_day",
            "a working day is more than 0 and at most 24 hours (usually 8)",
        ));
    }
    if !(p.days_per_week > 0.0 && p.days_per_week <= 7.0) {
        return Err(bad(
            "days_per_week",
            "a working week is more than 0 and at most 7 days (usually 5)",
        ));
    }
    Ok(())
}

/// The head of `r` changed by `edit`, as a change.
pub(super) fn head_change(r: &Roadmap, edit: impl FnOnce(&mut Head)) -> Change {
    let mut head = Head::of(r);
    edit(&mut head);
    Change::ReplaceHead(Box::new(head))
}

/// Merge conflict entries about `old`, renamed to be about `new`.
pub(super) fn conflicts_follow(r: &Roadmap, old: &Part, new: Part, changes: &mut Vec<Change>) {
    if r.conflicts.iter().any(|c| c.part == *old) {
        let mut conflicts = r.conflicts.clone();
        for c in conflicts.iter_mut().filter(|c| c.part == *old) {
            c.part = new.clone();
        }
        changes.push(Change::ReplaceConflicts(conflicts));
    }
}

/// Sets the project's name and settings.
pub fn set_project(r: &Roadmap, project: Project) -> Result<Change, HeadError> {
    check_project(&project)?;
    Ok(head_change(r, |h| h.project = project))
}

/// Adds `phase` at position `at` of the phases (clamped to the end).
pub fn add_phase(r: &Roadmap, phase: Phase, at: usize) -> Result<Change, HeadError> {
    check_phase(&phase)?;
    if r.phase(&phase.id).is_some() {
        return Err(HeadError::Duplicate {
            what: "phase",
            id: phase.id,
        });
    }
    let at = at.min(r.phases.len());
    Ok(head_change(r, |h| h.phases.insert(at, phase)))
}

/// Replaces phase `id` by `phase`. A new id moves every task of the phase
/// (their `phase` line) and the conflict entries about it with it.
pub fn edit_phase(r: &Roadmap, id: &str, phase: Phase) -> Result<Change, HeadError> {
    let at = phase_at(r, id)?;
    check_phase(&phase)?;
    let new_id = phase.id.clone();
    if new_id != id && r.phase(&new_id).is_some() {
        return Err(HeadError::Duplicate {
            what: "phase",
            id: new_id,
        });
    }
    let mut changes = vec![head_change(r, |h| h.phases[at] = phase)];
    if new_id != id {
        for task in r.tasks.iter().filter(|t| t.phase == id) {
            changes.push(build::edit_task(r, &task.id, |t| t.phase = new_id.clone())?);
        }
        let (old, new) = (Part::Phase(id.to_string()), Part::Phase(new_id));
        conflicts_follow(r, &old, new, &mut changes);
    }
    Ok(Change::Batch(changes))
}

/// The ids of the tasks in phase `id`, in plan order.
pub fn phase_tasks(r: &Roadmap, id: &str) -> Vec<String> {
    r.tasks
        .iter()
        .filter(|t| t.phase == id)
        .map(|t| t.id.clone())
        .collect()
}

/// Deletes phase `id`. Its tasks go to phase `move_to`; while it holds
/// tasks and none is given, it is refused, so no task is lost.
pub fn remove_phase(r: &Roadmap, id: &str, move_to: Option<&str>) -> Result<Change, HeadError> {
    let at = phase_at(r, id)?;
    let tasks = phase_tasks(r, id);
    let mut changes = Vec::with_capacity(tasks.len() + 1);
    if !tasks.is_empty() {
        let Some(target) = move_to else {
            return Err(HeadError::PhaseHoldsTasks {
                id: id.to_string(),
                count: tasks.len(),
            });
        };
        if target == id {
            return Err(HeadError::MoveIntoItself(id.to_string()));
        }
        phase_at(r, target)?;
        for task in &tasks {
            changes.push(build::edit_task(r, task, |t| t.phase = target.to_string())?);
        }
    }
    changes.push(head_change(r, |h| {
        h.phases.remove(at);
    }));
    let about = Part::Phase(id.to_string());
    if r.conflicts.iter().any(|c| c.part == about) {
        let kept = r.conflicts.iter().filter(|c| c.part != about).cloned();
        changes.push(Change::ReplaceConflicts(kept.collect()));
    }
    Ok(Change::Batch(changes))
}

/// Moves phase `id` one place up (-1) or down (+1) in the plan's order;
/// `None` when it is already first or last.
pub fn move_phase(r: &Roadmap, id: &str, by: isize) -> Result<Option<Change>, HeadError> {
    let at = phase_at(r, id)?;
    let to = at as isize + by.signum();
    if to < 0 || to as usize >= r.phases.len() {
        return Ok(None);
    }
    Ok(Some(head_change(r, |h| h.phases.swap(at, to as usize))))
}

/// Adds `finding` at position `at` of the findings (clamped to the end).
pub fn add_finding(r: &Roadmap, finding: Finding, at: usize) -> Result<Change, HeadError> {
    check_finding(&finding)?;
    if r.finding(&finding.id).is_some() {
        return Err(HeadError::Duplicate {
            what: "finding",
            id: finding.id,
        });
    }
    let at = at.min(r.findings.len());
    Ok(head_change(r, |h| h.findings.insert(at, finding)))
}

/// The ids of the tasks that address finding `id`, in plan order.
pub fn addressing(r: &Roadmap, id: &str) -> Vec<String> {
    r.tasks
        .iter()
        .filter(|t| t.findings.iter().any(|f| f == id))
        .map(|t| t.id.clone())
        .collect()
}

/// Replaces finding `id` by `finding`; a new id is written into every
/// task that addresses it.
pub fn edit_finding(r: &Roadmap, id: &str, finding: Finding) -> Result<Change, HeadError> {
    let at = finding_at(r, id)?;
    check_finding(&finding)?;
    let new_id = finding.id.clone();
    if new_id != id && r.finding(&new_id).is_some() {
        return Err(HeadError::Duplicate {
            what: "finding",
            id: new_id,
        });
    }
    let mut changes = vec![head_change(r, |h| h.findings[at] = finding)];
    if new_id != id {
        for task in addressing(r, id) {
            changes.push(build::edit_task(r, &task, |t| {
                for f in t.findings.iter_mut().filter(|f| *f == id) {
                    *f = new_id.clone();
                }
            })?);
        }
        let (old, new) = (Part::Finding(id.to_string()), Part::Finding(new_id));
        conflicts_follow(r, &old, new, &mut changes);
    }
    Ok(Change::Batch(changes))
}

/// Deletes finding `id`. While tasks address it, it is refused unless
/// `drop_references`, which takes it out of their `findings` too.
pub fn remove_finding(r: &Roadmap, id: &str, drop_references: bool) -> Result<Change, HeadError> {
    let at = finding_at(r, id)?;
    let tasks = addressing(r, id);
    if !tasks.is_empty() && !drop_references {
        return Err(HeadError::Addressed {
            id: id.to_string(),
            tasks,
        });
    }
    let mut changes = Vec::with_capacity(tasks.len() + 1);
    for task in &tasks {
        changes.push(build::edit_task(r, task, |t| {
            t.findings.retain(|f| f != id)
        })?);
    }
    changes.push(head_change(r, |h| {
        h.findings.remove(at);
    }));
    let about = Part::Finding(id.to_string());
    if r.conflicts.iter().any(|c| c.part == about) {
        let kept = r.conflicts.iter().filter(|c| c.part != about).cloned();
        changes.push(Change::ReplaceConflicts(kept.collect()));
    }
    Ok(Change::Batch(changes))
}

/// A blank phase to fill in: the id and name the form starts from.
pub fn blank_phase(r: &Roadmap) -> Phase {
    let n = (r.phases.len() + 1..)
        .find(|n| r.phase(&format!("phase-{n}")).is_none())
        .unwrap_or(1);
    Phase {
        id: format!("phase-{n}"),
        name: format!("Phase {n}"),
        window: None,
        start: None,
        end: None,
        description: None,
    }
}

/// A blank gap to fill in.
pub fn blank_finding(r: &Roadmap) -> Finding {
    let n = (r.findings.len() + 1..)
        .find(|n| r.finding(&format!("finding-{n}")).is_none())
        .unwrap_or(1);
    Finding {
        id: format!("finding-{n}"),
        category: String::new(),
        kind: crate::model::FindingKind::Gap,
        severity: crate::model::Severity::Medium,
        title: String::new(),
        detail: None,
        score: None,
        target: None,
        max: None,
    }
}

#[cfg(test)]
#[path = "head_tests.rs"]
mod tests;
