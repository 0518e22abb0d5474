//! The clap definitions: every subcommand and flag (README.md, Usage), with
//! `--help` on each subcommand.

use crate::model::{Priority, Status};
use clap::{ArgGroup, Args, Parser, Subcommand};
use std::path::PathBuf;

#[derive(Debug, Parser)]
#[command(
    name = "roadmap",
    version,
    about = "A terminal planner for the phased, prioritised plans that come out of technical audits",
    long_about = "Without a subcommand, opens the interactive planner on FILE, on ./roadmap.toml \
                  if present, or else on the bundled example roadmap.",
    args_conflicts_with_subcommands = true
)]
pub struct Cli {
    /// Roadmap file to open in the planner.
    pub file: Option<PathBuf>,
    /// Theme for the planner (see `roadmap themes`).
    #[arg(long, global = true)]
    pub theme: Option<String>,
    #[command(subcommand)]
    pub command: Option<Command>,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Summary of progress, effort, cost and maturity.
    Status(StatusArgs),
    /// When each phase and maturity level will be done with the people in the file.
    Forecast(ForecastArgs),
    /// What-if: the cheapest tasks to a level, the most maturity for a budget.
    Plan(super::plan_args::PlanArgs),
    /// Check roadmap files; errors as file:line:col: message.
    Validate(ValidateArgs),
    /// Mark tasks done without the planner.
    Check(CheckArgs),
    /// Mark tasks back to todo without the planner.
    Uncheck(CheckArgs),
    /// Mark tasks as being worked on (doing).
    Start(CheckArgs),
    /// Mark tasks skipped: out of the plan's figures, kept in the file.
    Skip(CheckArgs),
    /// Mark tasks todo (the same as uncheck).
    Todo(CheckArgs),
    /// List tasks in plan order, filtered.
    List(ListArgs),
    /// Every field of one task, its dependencies and what waits on it.
    Show(ShowArgs),
    /// The ready tasks (open, no open dependency) by priority, then plan order.
    Next(NextArgs),
    /// Set fields of a task: `roadmap set FILE ID effort=2d owner=ana`.
    Set(SetArgs),
    /// Add a task to a phase.
    Add(AddArgs),
    /// Delete a task (refused while anything refers to it, unless --drop-references).
    Rm(RmArgs),
    /// Give a task a new id, updating every reference to it.
    Rename(RenameArgs),
    /// Add, change or delete a phase: `roadmap phase add|set|rm FILE ID …`.
    #[command(subcommand)]
    Phase(super::head_args::PhaseCommand),
    /// Add, change or delete a finding: `roadmap finding add|set|rm FILE ID …`.
    #[command(subcommand)]
    Finding(super::head_args::FindingCommand),
    /// Change the project's name and settings: `roadmap project set FILE KEY=VALUE…`.
    #[command(subcommand)]
    Project(super::head_args::ProjectCommand),
    /// Add, change or delete a person: `roadmap person add|set|rm FILE NAME …`.
    #[command(subcommand)]
    Person(super::head_args::PersonCommand),
    /// Print a shell completion script (bash, zsh, fish, elvish, powershell).
    Completions(CompletionsArgs),
    /// Print the man page (roff) on stdout.
    Man,
    /// Turn a markdown audit report into a roadmap file.
    Import(ImportArgs),
    /// Write the roadmap out as TOML, markdown, JSON or CSV.
    Export(ExportArgs),
    /// Print one planner frame as plain text (for docs, tests and benchmarks).
    Render(RenderArgs),
    /// Rewrite a roadmap file in canonical formatting, keeping comments.
    Fmt(FmtArgs),
    /// List the available themes.
    Themes,
    /// Three-way merge of roadmap files by task and field (a git merge driver).
    Merge(MergeArgs),
    /// Install `roadmap merge` as this repository's git merge driver.
    GitSetup(GitSetupArgs),
    /// Who checked off which task, when: completions from the file's git history.
    Log(LogArgs),
    /// Write a deterministic synthetic roadmap of N tasks (for tests and benchmarks).
    Gen(GenArgs),
}

#[derive(Debug, Args)]
pub struct StatusArgs {
    /// Roadmap file (default: ./roadmap.toml).
    pub file: Option<PathBuf>,
    /// Use the bundled example roadmap instead of a file.
    #[arg(long, conflicts_with = "file")]
    pub example: bool,
    /// Print the summary as JSON for scripts and CI.
    #[arg(long)]
    pub json: bool,
    /// Exit 1 unless the roadmap defines maturity level N and has reached it: a CI gate.
    #[arg(long, value_name = "N")]
    pub require_level: Option<u32>,
    /// With --require-level: a skipped task does not count as done, so a
    /// level reached only by skipping work fails the gate.
    #[arg(long, requires = "require_level")]
    pub strict: bool,
}

#[derive(Debug, Args)]
pub struct ForecastArgs {
    /// Roadmap file (default: ./roadmap.toml).
    pub file: Option<PathBuf>,
    /// Use the bundled example roadmap instead of a file.
    #[arg(long, conflicts_with = "file")]
    pub example: bool,
    /// Print the forecast as JSON (README.md, "JSON output").
    #[arg(long)]
    pub json: bool,
    /// Weeks of git history the pace forecast measures (1 to 520).
    #[arg(long, default_value_t = crate::model::pace::DEFAULT_WEEKS,
          value_parser = clap::value_parser!(u32).range(1..=520))]
    pub weeks: u32,
}

#[derive(Debug, Args)]
pub struct ValidateArgs {
    /// Files to check.
    #[arg(required = true)]
    pub files: Vec<PathBuf>,
    /// Print the result as JSON (README.md, "JSON output").
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct CheckArgs {
    /// Roadmap file to change.
    pub file: PathBuf,
    /// Ids of the tasks.
    #[arg(required = true)]
    pub ids: Vec<String>,
    /// Print the result as JSON (README.md, "JSON output").
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct ImportArgs {
    /// Markdown audit report.
    pub report: PathBuf,
    /// Where to write the roadmap (default: stdout).
    #[arg(short, long, value_name = "OUT.toml")]
    pub output: Option<PathBuf>,
    /// Also write what was read and every warning as JSON to this file.
    #[arg(long = "report", value_name = "JSON")]
    pub report_json: Option<PathBuf>,
    /// Replace OUT (and JSON) if they exist, and write even when nothing was recognised.
    #[arg(long)]
    pub force: bool,
    /// Print no warnings (errors still go to stderr).
    #[arg(short, long, conflicts_with = "verbose")]
    pub quiet: bool,
    /// Print every warning on its own line instead of one summary line per kind.
    #[arg(short, long)]
    pub verbose: bool,
    /// Print the result as JSON (README.md, "JSON output").
    #[arg(long)]
    pub json: bool,
    /// Lay this version of the report over an existing roadmap: add new
    /// tasks, take the report's changes, keep the team's progress and edits.
    #[arg(long, value_name = "ROADMAP.toml", conflicts_with_all = ["output", "report_json", "force"])]
    pub into: Option<PathBuf>,
    /// With --into: print what would be added, changed, kept, conflicting
    /// and left out, and write nothing.
    #[arg(long, requires = "into")]
    pub dry_run: bool,
    /// With --into: where the team and the report both changed a field,
    /// keep the team's value (and record the report's as seen).
    #[arg(long, requires = "into", conflicts_with = "theirs")]
    pub ours: bool,
    /// With --into: where the team and the report both changed a field,
    /// take the report's value.
    #[arg(long, requires = "into")]
    pub theirs: bool,
    /// With --into: delete the open (todo) tasks the report no longer has
    /// (done, doing and skipped ones are always kept).
    #[arg(long, requires = "into")]
    pub drop_removed: bool,
    /// Review every candidate beside the report before anything is written
    /// (needs a terminal): keep or drop them, one or a section at a time,
    /// merge duplicates, set priority, phase, effort and cost; `w` writes
    /// OUT (default ./roadmap.toml), or lays the result over --into, and
    /// opens it in the planner.
    #[arg(long, conflicts_with_all = ["json", "report_json", "dry_run"])]
    pub review: bool,
}

#[derive(Debug, Args)]
pub struct ExportArgs {
    /// Roadmap file.
    pub file: PathBuf,
    /// toml, markdown, json, csv or html (a self-contained report page).
    #[arg(long, short)]
    pub format: crate::export::Format,
    /// Where to write (default or `-`: stdout); an existing file needs --force.
    #[arg(short, long, value_name = "OUT")]
    pub output: Option<PathBuf>,
    /// Replace OUT if it exists.
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
pub struct RenderArgs {
    /// Roadmap file (default: ./roadmap.toml).
    pub file: Option<PathBuf>,
    /// Use the bundled example roadmap instead of a file.
    #[arg(long, conflicts_with = "file")]
    pub example: bool,
    /// roadmap, findings, maturity or costs.
    #[arg(long, default_value = "roadmap")]
    pub view: String,
    #[arg(long, default_value_t = 100)]
    pub width: u16,
    #[arg(long, default_value_t = 30)]
    pub height: u16,
}

#[derive(Debug, Args)]
pub struct FmtArgs {
    /// Roadmap file.
    pub file: PathBuf,
    /// Do not write; exit 1 if the file is not canonically formatted.
    #[arg(long)]
    pub check: bool,
}

#[derive(Debug, Args)]
pub struct MergeArgs {
    /// The common ancestor (git's %O; an empty file when there is none).
    pub base: PathBuf,
    /// Our version (git's %A); the merge is written here unless -o is given.
    pub ours: PathBuf,
    /// Their version (git's %B).
    pub theirs: PathBuf,
    /// Write the merge here instead of over OURS.
    #[arg(short, long, value_name = "OUT")]
    pub output: Option<PathBuf>,
    /// The file's name in messages (git's %P) instead of OURS's path.
    #[arg(long, value_name = "NAME")]
    pub name: Option<String>,
    /// What to call OURS in messages and conflict markers (git's %X: `HEAD`,
    /// or in a rebase the branch being rebased onto).
    #[arg(long, value_name = "LABEL")]
    pub ours_label: Option<String>,
    /// What to call BASE (git's %S).
    #[arg(long, value_name = "LABEL")]
    pub base_label: Option<String>,
    /// What to call THEIRS in messages and conflict markers (git's %Y: the
    /// branch merged in, or in a rebase the commit being replayed).
    #[arg(long, value_name = "LABEL")]
    pub theirs_label: Option<String>,
}

#[derive(Debug, Args)]
pub struct GitSetupArgs {
    /// Files to merge with roadmap, as .gitattributes patterns (repeatable;
    /// default: *.roadmap.toml, roadmap.toml, roadmaps/*.toml).
    #[arg(long, value_name = "GLOB")]
    pub pattern: Vec<String>,
}

#[derive(Debug, Args)]
pub struct LogArgs {
    /// Roadmap file in a git repository.
    pub file: PathBuf,
    /// Print the result as JSON (README.md, "JSON output").
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct GenArgs {
    /// How many tasks to generate.
    #[arg(long, value_name = "N")]
    pub tasks: usize,
    /// The same seed always gives the same file.
    #[arg(long, value_name = "S", default_value_t = crate::model::synthetic::DEFAULT_SEED)]
    pub seed: u64,
    /// Where to write the roadmap (default or `-`: stdout); an existing file needs --force.
    #[arg(short, long, value_name = "OUT.toml")]
    pub output: Option<PathBuf>,
    /// Replace OUT.toml if it exists.
    #[arg(long)]
    pub force: bool,
}

#[derive(Debug, Args)]
#[command(group(ArgGroup::new("state").args(["blocked", "ready", "overdue"])))]
pub struct ListArgs {
    /// Roadmap file (default: ./roadmap.toml).
    pub file: Option<PathBuf>,
    /// Use the bundled example roadmap instead of a file.
    #[arg(long, conflicts_with = "file")]
    pub example: bool,
    /// Only tasks of this phase (its id).
    #[arg(long, value_name = "PHASE")]
    pub phase: Option<String>,
    /// Only tasks with this status: todo, doing, done or skipped.
    #[arg(long, value_name = "STATUS")]
    pub status: Option<Status>,
    /// Only tasks with this priority: critical, high, medium or low.
    #[arg(long, value_name = "PRIORITY")]
    pub priority: Option<Priority>,
    /// Only tasks of this owner (any case).
    #[arg(long, value_name = "OWNER")]
    pub owner: Option<String>,
    /// Only tasks tagged for maturity level N.
    #[arg(long, value_name = "N")]
    pub level: Option<u32>,
    /// Only open tasks waiting on an open dependency.
    #[arg(long)]
    pub blocked: bool,
    /// Only open tasks with no open dependency.
    #[arg(long)]
    pub ready: bool,
    /// Only open tasks whose due date has passed.
    #[arg(long)]
    pub overdue: bool,
    /// Print the tasks as JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
#[command(allow_missing_positional = true)]
pub struct ShowArgs {
    /// Roadmap file (default: ./roadmap.toml).
    pub file: Option<PathBuf>,
    /// Use the bundled example roadmap instead of a file.
    #[arg(long, conflicts_with = "file")]
    pub example: bool,
    /// Id of the task.
    pub id: String,
    /// Print the task as JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct NextArgs {
    /// Roadmap file (default: ./roadmap.toml).
    pub file: Option<PathBuf>,
    /// Use the bundled example roadmap instead of a file.
    #[arg(long, conflicts_with = "file")]
    pub example: bool,
    /// Print the tasks as JSON.
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct SetArgs {
    /// Roadmap file to change.
    pub file: PathBuf,
    /// Id of the task.
    pub id: String,
    /// FIELD=VALUE, one or more: title, priority, status, effort, cost_once,
    /// cost_monthly, category, level, owner, due, done_on, notes, phase;
    /// FIELD= unsets an optional field.
    #[arg(required = true, value_name = "FIELD=VALUE")]
    pub assignments: Vec<String>,
    /// Print the result as JSON (README.md, "JSON output").
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct AddArgs {
    /// Roadmap file to change.
    pub file: PathBuf,
    /// The task's title.
    pub title: String,
    /// The phase (its id) the task goes to, after the phase's last task.
    #[arg(long, value_name = "PHASE")]
    pub phase: String,
    /// critical, high, medium (default) or low.
    #[arg(long, value_name = "PRIORITY")]
    pub priority: Option<String>,
    /// e.g. 4h, 1.5d, 2w, 40-60h.
    #[arg(long, value_name = "EFFORT")]
    pub effort: Option<String>,
    /// Who does it.
    #[arg(long, value_name = "OWNER")]
    pub owner: Option<String>,
    /// The maturity level it belongs to.
    #[arg(long, value_name = "N")]
    pub level: Option<String>,
    /// Due date, YYYY-MM-DD.
    #[arg(long, value_name = "DATE")]
    pub due: Option<String>,
    /// The id (default: made from the title, with -2, -3… if taken).
    #[arg(long, value_name = "ID")]
    pub id: Option<String>,
    /// Print the result as JSON (README.md, "JSON output").
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct RmArgs {
    /// Roadmap file to change.
    pub file: PathBuf,
    /// Id of the task.
    pub id: String,
    /// Also remove the task from every depends_on and level requires that
    /// names it, in the same save.
    #[arg(long)]
    pub drop_references: bool,
    /// Print the result as JSON (README.md, "JSON output").
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct RenameArgs {
    /// Roadmap file to change.
    pub file: PathBuf,
    /// The task's id now.
    pub old: String,
    /// Its new id (a-z, 0-9, `.`, `_`, `-`).
    pub new: String,
    /// Print the result as JSON (README.md, "JSON output").
    #[arg(long)]
    pub json: bool,
}

#[derive(Debug, Args)]
pub struct CompletionsArgs {
    /// bash, zsh, fish, elvish or powershell.
    pub shell: clap_complete::Shell,
}

impl Command {
    /// The subcommand's name when it was asked for `--json` and reports a
    /// failure in the JSON envelope (`status` keeps its own flat keys;
    /// `validate` reports every file, failed or not, itself).
    pub fn json_name(&self) -> Option<&'static str> {
        let (name, json) = match self {
            Command::Check(a) => ("check", a.json),
            Command::Uncheck(a) => ("uncheck", a.json),
            Command::Start(a) => ("start", a.json),
            Command::Skip(a) => ("skip", a.json),
            Command::Todo(a) => ("todo", a.json),
            Command::List(a) => ("list", a.json),
            Command::Show(a) => ("show", a.json),
            Command::Next(a) => ("next", a.json),
            Command::Forecast(a) => ("forecast", a.json),
            Command::Set(a) => ("set", a.json),
            Command::Add(a) => ("add", a.json),
            Command::Rm(a) => ("rm", a.json),
            Command::Rename(a) => ("rename", a.json),
            Command::Phase(c) => c.json_name(),
            Command::Finding(c) => c.json_name(),
            Command::Person(c) => c.json_name(),
            Command::Project(super::head_args::ProjectCommand::Set(a)) => ("project set", a.json),
            // `import --into` prints its own envelope, its plan included on failure.
            Command::Import(a) => ("import", a.json && a.into.is_none()),
            Command::Log(a) => ("log", a.json),
            _ => return None,
        };
        json.then_some(name)
    }
}
