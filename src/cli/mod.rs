//! The command line (README.md, Usage): one file per subcommand. The subcommand
//! names, flags and exit codes are a contract scripts rely on: 0 ok, 1 invalid
//! input or failed check, 2 usage error.

mod add;
mod args;
mod check;
mod completions;
mod destination;
mod edit;
mod envelope;
mod export;
mod fmt;
mod forecast;
mod gate;
mod git_setup;
mod head;
mod head_args;
mod import;
mod import_into;
mod import_review;
mod list;
mod log;
mod merge;
mod mistyped;
mod next;
mod open;
pub mod output;
mod pace;
mod person;
mod plan;
mod plan_args;
mod rename;
mod render;
mod rm;
mod set;
mod show;
mod status;
mod synthetic;
mod task_lines;
mod themes;
mod validate;
mod write_failure;

pub use args::{Cli, Command};
pub use mistyped::parse;

use crate::model::Status;
use crate::store::{self, Loaded};
use chrono::NaiveDate;
use std::path::{Path, PathBuf};

/// The bundled example, opened when no file is given and `./roadmap.toml` is absent.
pub const EXAMPLE: &str = include_str!("../../roadmaps/example.toml");
pub const EXAMPLE_NAME: &str = "example.toml (bundled)";

/// A command's failure: what to print on stderr and the exit code.
#[derive(Debug)]
pub struct Failure {
    pub code: i32,
    pub message: String,
}

impl Failure {
    /// Invalid input or a failed check: exit 1.
    pub fn invalid(message: impl Into<String>) -> Failure {
        Failure {
            code: 1,
            message: message.into(),
        }
    }

    /// Wrong use of the command line: exit 2.
    pub fn usage(message: impl Into<String>) -> Failure {
        Failure {
            code: 2,
            message: message.into(),
        }
    }
}

impl From<store::LoadError> for Failure {
    fn from(e: store::LoadError) -> Failure {
        Failure::invalid(e.to_string().trim_end().to_string())
    }
}

pub type Outcome = Result<(), Failure>;

/// Runs a parsed command line.
pub fn run(cli: Cli) -> Outcome {
    let json = cli.command.as_ref().and_then(Command::json_name);
    let outcome = dispatch(cli);
    if let (Some(command), Err(failure)) = (json, &outcome) {
        envelope::failure(command, failure);
    }
    outcome
}

fn dispatch(cli: Cli) -> Outcome {
    let today = today()?;
    match cli.command {
        None => open::run(cli.file, cli.theme.as_deref(), today),
        Some(Command::Status(a)) => status::run(a, today),
        Some(Command::Forecast(a)) => forecast::run(a, today),
        Some(Command::Plan(a)) => plan::run(a, today),
        Some(Command::Validate(a)) => validate::run(a),
        Some(Command::Check(a)) => check::run(a, Status::Done, "check", today),
        Some(Command::Uncheck(a)) => check::run(a, Status::Todo, "uncheck", today),
        Some(Command::Start(a)) => check::run(a, Status::Doing, "start", today),
        Some(Command::Skip(a)) => check::run(a, Status::Skipped, "skip", today),
        Some(Command::Todo(a)) => check::run(a, Status::Todo, "todo", today),
        Some(Command::List(a)) => list::run(a, today),
        Some(Command::Show(a)) => show::run(a, today),
        Some(Command::Next(a)) => next::run(a, today),
        Some(Command::Set(a)) => set::run(a, today),
        Some(Command::Add(a)) => add::run(a, today),
        Some(Command::Rm(a)) => rm::run(a),
        Some(Command::Rename(a)) => rename::run(a),
        Some(Command::Phase(c)) => head::phase(c),
        Some(Command::Finding(c)) => head::finding(c),
        Some(Command::Project(c)) => head::project(c),
        Some(Command::Person(c)) => person::run(c),
        Some(Command::Completions(a)) => completions::completions(a),
        Some(Command::Man) => completions::man(),
        Some(Command::Import(a)) => import::run(a, today),
        Some(Command::Export(a)) => export::run(a, today),
        Some(Command::Render(a)) => render::run(a),
        Some(Command::Fmt(a)) => fmt::run(a),
        Some(Command::Themes) => themes::run(),
        Some(Command::Merge(a)) => merge::run(a),
        Some(Command::GitSetup(a)) => git_setup::run(a),
        Some(Command::Log(a)) => log::run(a),
        Some(Command::Gen(a)) => synthetic::run(a),
    }
}

/// Today's date; `ROADMAP_TODAY=YYYY-MM-DD` pins it for reproducible tests and demos.
pub fn today() -> Result<NaiveDate, Failure> {
    match std::env::var("ROADMAP_TODAY") {
        Ok(text) => NaiveDate::parse_from_str(text.trim(), "%Y-%m-%d").map_err(|_| {
            Failure::usage(format!(
                "ROADMAP_TODAY=`{text}` is not a date; write it as YYYY-MM-DD or unset it"
            ))
        }),
        Err(_) => Ok(chrono::Local::now().date_naive()),
    }
}

/// Which roadmap a command without FILE works on: `./roadmap.toml` if present,
/// else the bundled example (which has no path to save to).
pub fn default_file(file: Option<PathBuf>) -> Option<PathBuf> {
    file.or_else(|| {
        let local = PathBuf::from("roadmap.toml");
        local.is_file().then_some(local)
    })
}

/// The roadmap a command other than the planner works on: FILE, else
/// `./roadmap.toml`, else the bundled example if `--example` asks for it.
/// Without a file and without `--example` it is an error: a CI gate or a
/// report must never quietly describe the example instead of the project.
pub fn load_chosen(file: Option<PathBuf>, example: bool, command: &str) -> Result<Loaded, Failure> {
    if example {
        return Ok(store::parse(EXAMPLE, EXAMPLE_NAME)?);
    }
    let path = match file {
        Some(path) => path,
        None => {
            let local = PathBuf::from("roadmap.toml");
            if std::fs::symlink_metadata(&local).is_err() {
                return Err(Failure::invalid(format!(
                    "no roadmap.toml in this folder: give the roadmap's path \
                     (`roadmap {command} FILE`), or `--example` for the bundled example"
                )));
            }
            local
        }
    };
    Ok(store::load(&path)?)
}

/// Loads FILE, or the bundled example when there is none (the planner).
pub fn load_or_example(file: Option<&Path>) -> Result<Loaded, Failure> {
    match file {
        Some(path) => Ok(store::load(path)?),
        None => Ok(store::parse(EXAMPLE, EXAMPLE_NAME)?),
    }
}

/// Prints a loaded file's warnings on stderr; they never fail a command.
pub fn print_warnings(loaded: &Loaded) {
    for w in &loaded.warnings {
        output::note(&w.to_string());
    }
}
