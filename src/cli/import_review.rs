//! `roadmap import REPORT --review [-o OUT.toml | --into FILE]`: every
//! candidate shown beside the report for the lead to decide, then the kept
//! set written (atomically, as import writes; over --into, as an editing
//! command saves) and opened in the planner. Everything that can be
//! refused is refused before the review opens, so a lead never decides a
//! hundred candidates for a file that cannot be written; nothing is
//! written before `w`.

use super::args::ImportArgs;
use super::destination::Destination;
use super::edit::Edit;
use super::import::read_report;
use super::import_into::{options, rerun};
use super::write_failure::shell_word;
use super::{output, Failure, Outcome};
use crate::import;
use crate::import::reimport::{reimport, reimport_with};
use crate::store;
use crate::tui::review::outcome::{choices, reviewed};
use crate::tui::review::{self, Ended, Review, Source};
use std::io::IsTerminal;
use std::path::{Path, PathBuf};

/// Where the kept set goes.
enum Target {
    New(PathBuf),
    Into(PathBuf),
}

pub fn run(args: &ImportArgs, today: chrono::NaiveDate) -> Outcome {
    let target = target(args)?;
    let bytes = read_report(&args.report)?;
    let name = args.report.display().to_string();
    let (outcome, text) = import::import_report_and_text(&bytes, &name);
    let Some(text) = text else {
        return Err(Failure::invalid(format!(
            "{name}: not a text report (binary data); nothing was written"
        )));
    };
    if outcome.candidates.is_empty() && !args.force {
        return Err(Failure::invalid(format!(
            "{name}: nothing to review (the importer found no candidate task); nothing was written"
        )));
    }
    if !(std::io::stdin().is_terminal() && std::io::stdout().is_terminal()) {
        return Err(Failure::usage(format!(
            "--review needs a terminal (stdin and stdout must be one); nothing was written. \
             Without it, `roadmap import {} -o OUT.toml` writes what the importer found, \
             and --report JSON lists each candidate with its reason",
            shell_word(&name)
        )));
    }
    let mut source = Source::new(&name, &text, &outcome);
    let shown = match &target {
        Target::New(path) => path.display().to_string(),
        Target::Into(path) => {
            let edit = open_into(path)?;
            let plan = reimport(&edit.roadmap, &outcome.roadmap, options(args));
            source = source.with_plan(&edit.roadmap, &plan);
            format!("{} (into)", path.display())
        }
    };
    let mut state = Review::new(source, shown);
    let theme = super::open::pick_theme(None)?;
    let write = |state: &Review| write(state, &bytes, &target, args).map_err(|f| f.message);
    let ended = review::run(&mut state, &theme, write)
        .map_err(|e| Failure::invalid(format!("{e:#}; nothing was written")))?;
    match ended {
        Ended::Left => {
            output::note(&format!("{name}: review left; nothing was written"));
            Ok(())
        }
        Ended::Written(file) => {
            output::note(&format!("{file}: written from the review of {name}"));
            // A conflict left open kept the team's value: the report's is not
            // in the file, so say so and exit as `import --into` does.
            let open = state.sides.iter().filter(|side| side.is_none()).count();
            if open > 0 {
                let s = if open == 1 { "" } else { "s" };
                return Err(Failure::invalid(format!(
                    "{file}: {open} field{s} changed by both the team and the report left \
                     unsettled; kept the team's value{s}, the next import finds them again. \
                     Settle them with o/t in the review, or run again with --ours or --theirs"
                )));
            }
            super::open::run(Some(PathBuf::from(file)), None, today)
        }
    }
}

/// The file to write, checked now: not the report, not an existing file
/// (unless --force), in a folder that exists and takes files.
fn target(args: &ImportArgs) -> Result<Target, Failure> {
    if let Some(into) = &args.into {
        open_into(into)?;
        return Ok(Target::Into(into.clone()));
    }
    let path = match Destination::from_arg(args.output.as_deref()) {
        Destination::File(path) => path,
        Destination::Stdout if args.output.is_none() => PathBuf::from("roadmap.toml"),
        Destination::Stdout => {
            return Err(Failure::usage(
                "--review writes a file and opens it; give -o OUT.toml (not -)",
            ))
        }
    };
    Destination::File(path.clone()).check("-o", &[&args.report], args.force)?;
    writable(&path)?;
    Ok(Target::New(path))
}

fn open_into(into: &Path) -> Result<Edit, Failure> {
    if !into.exists() {
        return Err(Failure::invalid(format!(
            "{}: no such roadmap to import into; nothing was written",
            into.display()
        )));
    }
    Edit::open(into).map_err(|f| {
        Failure::invalid(format!(
            "{}\n{}: cannot import into a roadmap that does not load; nothing was written",
            f.message,
            into.display()
        ))
    })
}

/// Whether a file can be made in `path`'s folder: tried with a temporary
/// file that removes itself.
fn writable(path: &Path) -> Result<(), Failure> {
    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    tempfile::NamedTempFile::new_in(dir).map(drop).map_err(|e| {
        Failure::invalid(format!(
            "{}: cannot be written ({e}); check the folder exists and is writable; \
             nothing was written and the review did not open",
            path.display()
        ))
    })
}

/// Builds the kept set and saves it; the file written, or why not.
fn write(
    state: &Review,
    bytes: &[u8],
    target: &Target,
    args: &ImportArgs,
) -> Result<String, Failure> {
    let outcome = reviewed(state, bytes);
    match target {
        Target::New(path) => {
            Destination::File(path.clone()).write(
                &store::to_toml(&outcome.roadmap),
                false,
                args.force,
            )?;
            Ok(path.display().to_string())
        }
        Target::Into(path) => {
            let mut edit = open_into(path)?;
            let plan = reimport_with(
                &edit.roadmap,
                &outcome.roadmap,
                options(args),
                &choices(state),
            );
            *std::sync::Arc::make_mut(&mut edit.roadmap) = plan.roadmap;
            edit.save(&rerun(args, &state.source.name))?;
            Ok(path.display().to_string())
        }
    }
}
