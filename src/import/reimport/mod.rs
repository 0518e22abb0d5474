//! `roadmap import REPORT --into FILE`: the next version of a report laid
//! over the roadmap the team has been working in. No I/O: the caller
//! imports the report and loads the roadmap, this decides what the result
//! is and returns it with a plan of what was added, changed, kept, left
//! out and where the team and the report disagree.
//!
//! Tasks are matched by id, then by title ([`crate::import::similarity`]),
//! then by source position ([`matching`]). A matched task's report fields
//! (title, priority, effort, costs, phase) are compared three ways with
//! its `reported` record ([`crate::model::reported`]): a field the report
//! changed and the team did not takes the report's value; a field the team
//! edited and the report did not keeps the team's; a field both changed is
//! a [`Conflict`], settled by [`Resolve`] ([`tasks`]). Findings and the
//! maturity model are matched by id (findings also by title) and take the
//! report's values ([`others`]).

mod matching;
mod others;
mod tasks;
#[cfg(test)]
mod tests;

use crate::model::{Roadmap, Status};
use serde::Serialize;
use std::collections::HashMap;

/// How a field both the team and the report changed is settled.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub enum Resolve {
    /// Keep the team's value and leave the record as it was, so the same
    /// import finds the conflict again (the command exits 1).
    #[default]
    Unsettled,
    /// Keep the team's value and record the report's as seen.
    Ours,
    /// Take the report's value.
    Theirs,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Default)]
pub struct Options {
    pub resolve: Resolve,
    /// Delete the open (`todo`) tasks the report no longer has.
    pub drop_removed: bool,
}

/// What the lead decided in the review (`import --review --into`), item
/// by item, over the flags' [`Options`]: what is not here, the flags decide.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Choices {
    /// (roadmap task id, field) → how that conflict is settled.
    pub resolve: HashMap<(String, String), Resolve>,
    /// Roadmap task id of a task the report no longer has → delete it.
    /// Only an open (`todo`) task is ever deleted, whatever is asked.
    pub drop: HashMap<String, bool>,
}

impl Choices {
    fn resolve(&self, options: Options, id: &str, field: &str) -> Resolve {
        self.resolve
            .get(&(id.to_string(), field.to_string()))
            .copied()
            .unwrap_or(options.resolve)
    }

    fn drop(&self, options: Options, id: &str) -> bool {
        self.drop.get(id).copied().unwrap_or(options.drop_removed)
    }
}

/// One field's change: values as typed (`4h`, `high`), `None` when unset.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct FieldChange {
    pub field: &'static str,
    pub from: Option<String>,
    pub to: Option<String>,
}

/// How a task of the report was found in the roadmap.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "snake_case")]
pub enum MatchedBy {
    Id,
    Title,
    Position,
}

/// A task of the roadmap the report still has.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Matched {
    pub id: String,
    pub by: MatchedBy,
    /// The report fields it took from the report.
    pub changes: Vec<FieldChange>,
}

/// A task the report has and the roadmap did not.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Added {
    pub id: String,
    pub phase: String,
    pub title: String,
    pub line: Option<u32>,
}

/// A field the team edited and the report changed too.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Conflict {
    pub id: String,
    pub field: &'static str,
    /// What the report said before.
    pub was: Option<String>,
    pub team: Option<String>,
    pub report: Option<String>,
    /// Whose value the result holds: `team` or `report`.
    pub kept: &'static str,
    /// Settled by a flag or the lead (`--ours`, `--theirs`, the review);
    /// an unsettled one is found again by the next import.
    #[serde(skip)]
    pub settled: bool,
}

/// A task from the report that the new version no longer has.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct LeftOut {
    pub id: String,
    pub title: String,
    pub status: String,
    /// Deleted (`--drop-removed` and still `todo`); otherwise kept.
    pub dropped: bool,
}

/// A finding or maturity level the report changed.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ItemChange {
    pub id: String,
    pub changes: Vec<FieldChange>,
}

/// The result and what it is made of.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Reimport {
    #[serde(skip)]
    pub roadmap: Roadmap,
    pub added: Vec<Added>,
    /// Matched tasks whose report fields changed.
    pub changed: Vec<Matched>,
    /// Matched tasks whose report fields did not change (ids).
    pub kept: Vec<String>,
    pub conflicts: Vec<Conflict>,
    pub left_out: Vec<LeftOut>,
    pub phases_added: Vec<String>,
    pub findings_added: Vec<String>,
    pub findings_changed: Vec<ItemChange>,
    pub levels_added: Vec<u32>,
    pub levels_changed: Vec<ItemChange>,
}

impl Reimport {
    /// Conflicts that were neither taken nor kept by choice.
    pub fn unsettled(&self) -> usize {
        self.conflicts.iter().filter(|c| !c.settled).count()
    }
}

/// Lays `report` (a fresh import of the new version) over `roadmap`.
pub fn reimport(roadmap: &Roadmap, report: &Roadmap, options: Options) -> Reimport {
    reimport_with(roadmap, report, options, &Choices::default())
}

/// [`reimport`] with the lead's choices item by item over the flags'.
pub fn reimport_with(
    roadmap: &Roadmap,
    report: &Roadmap,
    options: Options,
    choices: &Choices,
) -> Reimport {
    let mut plan = Reimport {
        roadmap: roadmap.clone(),
        added: Vec::new(),
        changed: Vec::new(),
        kept: Vec::new(),
        conflicts: Vec::new(),
        left_out: Vec::new(),
        phases_added: Vec::new(),
        findings_added: Vec::new(),
        findings_changed: Vec::new(),
        levels_added: Vec::new(),
        levels_changed: Vec::new(),
    };
    if report.project.source.is_some() {
        plan.roadmap
            .project
            .source
            .clone_from(&report.project.source);
    }
    let findings = others::findings(&mut plan, report);
    others::phases(&mut plan, report);
    let tasks = tasks::tasks(&mut plan, report, &findings, options, choices);
    others::maturity(&mut plan, report, &tasks);
    plan
}

/// Whether a task is finished or under way: never deleted.
fn worked_on(status: Status) -> bool {
    status != Status::Todo
}
