//! What the review is about, fixed once it opens: every candidate the
//! importer weighed (one [`Row`] each, in report order), the report's
//! sections they sit in ([`Group`]), the report's lines for the source pane,
//! and, with `--into`, what the reimport would make of each. Nothing here
//! changes while the lead reviews: decisions live in the state's marks.

use super::state::Side;
use crate::import::reimport::Reimport;
use crate::import::ImportOutcome;
use crate::model::{Calendar, Effort, Money, Phase, Priority, Roadmap};

/// What a kept candidate is to the roadmap it is imported into (`--into`).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Status {
    New,
    Matched,
    Changed,
    Conflict,
}

impl Status {
    pub fn word(self) -> &'static str {
        match self {
            Status::New => "new",
            Status::Matched => "matched",
            Status::Changed => "changed",
            Status::Conflict => "conflict",
        }
    }
}

/// A field of a kept row that the team edited in the roadmap and the new
/// report changed too (`--into`): the lead settles it in the review.
#[derive(Debug, Clone, PartialEq)]
pub struct Conflict {
    /// The row it is shown on.
    pub row: usize,
    /// The roadmap task's id (what the reimport's choices name).
    pub id: String,
    pub field: &'static str,
    /// What the report said before; the team's value; the report's now.
    pub was: Option<String>,
    pub team: Option<String>,
    pub report: Option<String>,
    /// The side `--ours` / `--theirs` chose, before the lead chooses.
    pub flagged: Option<Side>,
}

/// A task of the roadmap the new report no longer has (`--into`).
#[derive(Debug, Clone, PartialEq)]
pub struct Removed {
    pub id: String,
    pub title: String,
    /// Its status as the file spells it (`todo`, `done`).
    pub status: String,
    /// Still `todo`: the lead may delete it. A task done, under way or
    /// skipped is always kept.
    pub open: bool,
    /// Deleted unless the lead decides otherwise (`--drop-removed`).
    pub dropped: bool,
}

/// One candidate, as the importer left it.
#[derive(Debug, Clone, PartialEq)]
pub struct Row {
    /// Its index among the importer's candidates (what decisions name).
    pub index: usize,
    /// 1-based line in the report.
    pub line: usize,
    pub title: String,
    pub reason: String,
    pub confidence: f64,
    pub kept: bool,
    /// The row it was merged into by the importer, as the same action.
    pub same_as: Option<usize>,
    pub priority: Option<Priority>,
    pub effort: Option<Effort>,
    pub cost_once: Option<Money>,
    pub cost_monthly: Option<Money>,
    /// The phase (id) the importer put it in, when kept.
    pub phase: Option<String>,
    pub status: Option<Status>,
    /// Its conflicts (indexes into [`Source::conflicts`]), `--into` only.
    pub conflicts: Vec<usize>,
    /// The section it is listed under.
    pub group: usize,
}

/// A run of rows under one heading of the report.
#[derive(Debug, Clone, PartialEq)]
pub struct Group {
    pub title: String,
    pub first: usize,
    /// One past the last row.
    pub end: usize,
}

#[derive(Debug, Clone, PartialEq)]
pub struct Source {
    /// The report, as named on the command line.
    pub name: String,
    pub rows: Vec<Row>,
    pub groups: Vec<Group>,
    /// The report's text, one entry per line.
    pub lines: Vec<String>,
    /// The phases a task can be put in (the importer's, and with `--into`
    /// the roadmap's).
    pub phases: Vec<Phase>,
    /// Maturity levels the import brings.
    pub levels: usize,
    pub currency: String,
    pub calendar: Calendar,
    /// Imported into an existing roadmap (`--into`).
    pub into: bool,
    /// With `--into`: the fields both sides changed, in row order.
    pub conflicts: Vec<Conflict>,
    /// With `--into`: tasks of the roadmap the report no longer has.
    pub removed: Vec<Removed>,
}

impl Source {
    /// The rows of an import of `text`, grouped by section in report order.
    pub fn new(name: &str, text: &str, outcome: &ImportOutcome) -> Source {
        let roadmap = &outcome.roadmap;
        let phase_of = |line: usize| {
            roadmap
                .tasks
                .iter()
                .find(|t| t.source_line == u32::try_from(line).ok())
                .map(|t| t.phase.clone())
        };
        let mut order: Vec<usize> = (0..outcome.candidates.len()).collect();
        order.sort_by_key(|&i| (outcome.candidates[i].line, i));
        let mut at = vec![0; order.len()];
        for (pos, &i) in order.iter().enumerate() {
            at[i] = pos;
        }
        let mut rows = Vec::with_capacity(order.len());
        let mut groups: Vec<Group> = Vec::new();
        for (pos, &i) in order.iter().enumerate() {
            let c = &outcome.candidates[i];
            let title = c
                .section
                .clone()
                .unwrap_or_else(|| "(before any heading)".into());
            if groups.last().is_none_or(|g| g.title != title) {
                groups.push(Group {
                    title,
                    first: pos,
                    end: pos,
                });
            }
            let group = groups.len() - 1;
            groups[group].end = pos + 1;
            rows.push(Row {
                index: i,
                line: c.line,
                title: c.title.clone(),
                reason: c.reason.clone(),
                confidence: c.confidence,
                kept: c.kept,
                same_as: c.same_as.map(|s| at[s]),
                priority: c.priority,
                effort: c.effort,
                cost_once: c.cost_once,
                cost_monthly: c.cost_monthly,
                phase: if c.kept { phase_of(c.line) } else { None },
                status: None,
                conflicts: Vec::new(),
                group,
            });
        }
        Source {
            name: name.to_string(),
            rows,
            groups,
            lines: text.lines().map(str::to_string).collect(),
            phases: roadmap.phases.clone(),
            levels: roadmap.maturity.as_ref().map_or(0, |m| m.levels.len()),
            currency: roadmap.project.currency.clone(),
            calendar: roadmap.calendar(),
            into: false,
            conflicts: Vec::new(),
            removed: Vec::new(),
        }
    }

    /// Marks each kept row with what the reimport over `existing` makes of
    /// it, puts each conflict on its row, and lists the tasks the report no
    /// longer has.
    pub fn with_plan(mut self, existing: &Roadmap, plan: &Reimport) -> Source {
        self.into = true;
        let id_at = |line: usize| {
            plan.roadmap
                .tasks
                .iter()
                .find(|t| t.source_line == u32::try_from(line).ok())
                .map(|t| t.id.as_str())
        };
        for (r, row) in self.rows.iter_mut().enumerate().filter(|(_, r)| r.kept) {
            let Some(id) = id_at(row.line) else { continue };
            for c in plan.conflicts.iter().filter(|c| c.id == id) {
                row.conflicts.push(self.conflicts.len());
                self.conflicts.push(Conflict {
                    row: r,
                    id: c.id.clone(),
                    field: c.field,
                    was: c.was.clone(),
                    team: c.team.clone(),
                    report: c.report.clone(),
                    flagged: c.settled.then_some(if c.kept == "report" {
                        Side::Report
                    } else {
                        Side::Team
                    }),
                });
            }
            row.status = Some(if !row.conflicts.is_empty() {
                Status::Conflict
            } else if plan.added.iter().any(|a| a.id == id) {
                Status::New
            } else if plan.changed.iter().any(|c| c.id == id) {
                Status::Changed
            } else {
                Status::Matched
            });
        }
        for phase in &existing.phases {
            if !self.phases.iter().any(|p| p.id == phase.id) {
                self.phases.push(phase.clone());
            }
        }
        self.removed = plan
            .left_out
            .iter()
            .map(|l| Removed {
                id: l.id.clone(),
                title: l.title.clone(),
                open: l.status == crate::model::Status::Todo.to_string(),
                status: l.status.clone(),
                dropped: l.dropped,
            })
            .collect();
        self
    }

    /// The row of the `display` line of the list (group headings take a
    /// line each), or the group whose heading it is.
    pub fn line_of_row(&self, row: usize) -> usize {
        row + self
            .rows
            .get(row)
            .map_or(self.groups.len(), |r| r.group + 1)
    }

    /// Lines the list takes: one per row and one per heading.
    pub fn list_lines(&self) -> usize {
        self.rows.len() + self.groups.len()
    }
}
