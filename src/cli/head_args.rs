//! The arguments of `roadmap phase`, `roadmap finding` and `roadmap
//! project`: the same shape as `roadmap set FILE ID FIELD=VALUE…`, a verb
//! first (`add`, `set`, `rm`).

use clap::{Args, Subcommand};
use std::path::PathBuf;

#[derive(Debug, Subcommand)]
pub enum PhaseCommand {
    /// Add a phase after the last: `roadmap phase add FILE later name=Later`.
    Add(RecordArgs),
    /// Set fields of a phase (`id=` renames it and moves its tasks with it).
    Set(RecordArgs),
    /// Delete a phase (refused while it holds tasks, unless --move-to).
    Rm(PhaseRmArgs),
}

#[derive(Debug, Subcommand)]
pub enum FindingCommand {
    /// Add a finding: `roadmap finding add FILE no-backups title="No backups" category=Data`.
    Add(RecordArgs),
    /// Set fields of a finding (`id=` renames it in every task that addresses it).
    Set(RecordArgs),
    /// Delete a finding (refused while tasks address it, unless --drop-references).
    Rm(FindingRmArgs),
}

#[derive(Debug, Subcommand)]
pub enum ProjectCommand {
    /// Set the project's name and settings: `roadmap project set FILE currency=EUR`.
    Set(ProjectSetArgs),
}

#[derive(Debug, Subcommand)]
pub enum PersonCommand {
    /// Add a person after the last: `roadmap person add FILE ana hours_per_week=32`.
    Add(PersonArgs),
    /// Set fields of a person (`name=` renames them in every task they own).
    Set(PersonArgs),
    /// Delete a person (refused while they own tasks, unless --move-to or --unassign).
    Rm(PersonRmArgs),
}

#[derive(Debug, Args)]
pub struct PersonArgs {
    /// Roadmap file to change.
    pub file: PathBuf,
    /// The person's name, as tasks' `owner` writes it.
    pub name: String,
    /// FIELD=VALUE: name, hours_per_week, focus, off (date ranges split by
    /// commas: `off=2026-12-24..2027-01-01,2027-02-10`). FIELD= unsets an
    /// optional field.
    #[arg(value_name = "FIELD=VALUE")]
    pub assignments: Vec<String>,
    /// Print the result as JSON (README.md, "JSON output").
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct PersonRmArgs {
    /// Roadmap file to change.
    pub file: PathBuf,
    /// The person's name.
    pub name: String,
    /// Give the person's tasks to this person, in the same save.
    #[arg(long, value_name = "NAME", conflicts_with = "unassign")]
    pub move_to: Option<String>,
    /// Leave the person's tasks unowned, in the same save.
    #[arg(long)]
    pub unassign: bool,
    /// Print the result as JSON (README.md, "JSON output").
    #[arg(long)]
    pub json: bool,
}

impl PersonCommand {
    pub fn json_name(&self) -> (&'static str, bool) {
        match self {
            PersonCommand::Add(a) => ("person add", a.json),
            PersonCommand::Set(a) => ("person set", a.json),
            PersonCommand::Rm(a) => ("person rm", a.json),
        }
    }
}

#[derive(Debug, Args)]
pub struct RecordArgs {
    /// Roadmap file to change.
    pub file: PathBuf,
    /// Id of the phase or finding.
    pub id: String,
    /// FIELD=VALUE: a phase has name, window, start, end, description; a
    /// finding has category, kind, severity, title, detail, score, target,
    /// max. FIELD= unsets an optional field.
    #[arg(value_name = "FIELD=VALUE")]
    pub assignments: Vec<String>,
    /// Print the result as JSON (README.md, "JSON output").
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct PhaseRmArgs {
    /// Roadmap file to change.
    pub file: PathBuf,
    /// Id of the phase.
    pub id: String,
    /// Move the phase's tasks to this phase, in the same save.
    #[arg(long, value_name = "PHASE")]
    pub move_to: Option<String>,
    /// Print the result as JSON (README.md, "JSON output").
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct FindingRmArgs {
    /// Roadmap file to change.
    pub file: PathBuf,
    /// Id of the finding.
    pub id: String,
    /// Also take the finding out of the `findings` of every task that
    /// addresses it, in the same save.
    #[arg(long)]
    pub drop_references: bool,
    /// Print the result as JSON (README.md, "JSON output").
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct ProjectSetArgs {
    /// Roadmap file to change.
    pub file: PathBuf,
    /// FIELD=VALUE, one or more: name, summary, source, audit_date,
    /// currency, hours_per_day, days_per_week.
    #[arg(required = true, value_name = "FIELD=VALUE")]
    pub assignments: Vec<String>,
    /// Print the result as JSON (README.md, "JSON output").
    #[arg(long)]
    pub json: bool,
}

impl PhaseCommand {
    pub fn json_name(&self) -> (&'static str, bool) {
        match self {
            PhaseCommand::Add(a) => ("phase add", a.json),
            PhaseCommand::Set(a) => ("phase set", a.json),
            PhaseCommand::Rm(a) => ("phase rm", a.json),
        }
    }
}

impl FindingCommand {
    pub fn json_name(&self) -> (&'static str, bool) {
        match self {
            FindingCommand::Add(a) => ("finding add", a.json),
            FindingCommand::Set(a) => ("finding set", a.json),
            FindingCommand::Rm(a) => ("finding rm", a.json),
        }
    }
}
