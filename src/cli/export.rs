//! `roadmap export FILE --format toml|markdown|json|csv|html [-o OUT] [--force]`.

use super::destination::Destination;
use super::{args::ExportArgs, print_warnings, Outcome};
use crate::export::{self, Format};
use crate::git::{versions::Versions, GitError};
use crate::model::metrics::Metrics;
use crate::store;

/// The pace window the exports use: `forecast`'s default.
const PACE_WEEKS: u32 = 6;

pub fn run(args: ExportArgs, today: chrono::NaiveDate) -> Outcome {
    let out = Destination::from_arg(args.output.as_deref());
    out.check("-o", &[&args.file], args.force)?;
    let loaded = store::load(&args.file)?;
    print_warnings(&loaded);
    let roadmap = &loaded.roadmap;
    let metrics = Metrics::compute(roadmap);
    let text = match args.format {
        Format::Toml => store::to_toml(roadmap),
        Format::Markdown => export::markdown::render(roadmap, &metrics),
        Format::Json => {
            let f = crate::model::schedule::forecast(roadmap, today);
            let pace = super::pace::read(Some(&args.file), roadmap, today, PACE_WEEKS);
            export::json::render_with_pace(roadmap, &metrics, &f, Some(&pace))
        }
        Format::Csv => export::csv::render(roadmap, &metrics),
        Format::Html => {
            let f = crate::model::schedule::forecast(roadmap, today);
            // One read of the history serves the burn-up and the pace.
            let versions = Versions::read(&args.file, store::parse_version);
            let pace = super::pace::from_versions(versions.as_ref(), roadmap, today, PACE_WEEKS);
            let pace = crate::model::pace::forecast(roadmap, pace, today);
            export::html::render(roadmap, &metrics, &f, &pace, &history(versions))
        }
    };
    // Markdown and CSV on stdout usually land on a terminal: their file data
    // is escaped there (JSON and TOML escape control characters themselves).
    // Written to a file they keep the data as it is.
    let escape = matches!(args.format, Format::Markdown | Format::Csv);
    out.write(&text, escape, args.force)
}

/// The file's git history for the report's burn-up; why there is none
/// (not in a repository, git missing) is said in the page, not an error:
/// the rest of the report stands without it.
fn history(versions: Result<Versions, GitError>) -> export::html::History {
    match versions {
        Ok(versions) => export::html::History::Series(versions.series()),
        Err(e) => export::html::History::Unavailable(e.to_string()),
    }
}
