//! The pace forecast for `forecast` and `status --json`: reads the roadmap
//! file's git history and hands the dated check-offs to `model::pace`. Any
//! reason there is no history (the bundled example, a file outside git,
//! nothing committed, git missing) becomes the pace's `reason`, never an
//! error: the capacity forecast beside it stands on its own. The reasons
//! leave the file's path out, so a copy of the file reads the same in
//! `status --json`.

use crate::git::{versions::Versions, GitError};
use crate::model::pace::{self, Pace, PaceForecast};
use crate::model::Roadmap;
use crate::store;
use chrono::NaiveDate;
use std::path::Path;

/// The pace of `file` (none for the bundled example) over the last `weeks`
/// weeks to `today`, and the dates it gives `roadmap`'s levels and end.
pub fn read(file: Option<&Path>, roadmap: &Roadmap, today: NaiveDate, weeks: u32) -> PaceForecast {
    let pace = match file {
        None => Pace::unknown(
            weeks,
            today,
            "no pace: the bundled example has no git history",
        ),
        Some(file) => measure(file, roadmap, today, weeks),
    };
    pace::forecast(roadmap, pace, today)
}

fn measure(file: &Path, roadmap: &Roadmap, today: NaiveDate, weeks: u32) -> Pace {
    // Only the versions inside the window are parsed: years of history
    // would otherwise cost `status --json` seconds.
    let since = pace::window_start(today, weeks);
    let versions = Versions::read_since(file, store::parse_version, Some(since));
    from_versions(versions.as_ref(), roadmap, today, weeks)
}

/// The pace from versions already read (the HTML report reads them all for
/// its burn-up), or the reason there is none.
pub fn from_versions(
    versions: Result<&Versions, &GitError>,
    roadmap: &Roadmap,
    today: NaiveDate,
    weeks: u32,
) -> Pace {
    let versions =
        match versions {
            Ok(versions) => versions,
            Err(GitError::NotARepository(_)) => return Pace::unknown(
                weeks,
                today,
                "no pace: the file is not in a git repository, so there is no history to measure",
            ),
            Err(e) => {
                return Pace::unknown(
                    weeks,
                    today,
                    format!("no pace: cannot read the file's git history: {e}"),
                )
            }
        };
    match versions.first_day() {
        None => Pace::unknown(
            weeks,
            today,
            "no pace yet: the file has no committed version in git",
        ),
        Some(first) => pace::measure(&versions.check_offs(roadmap), first, today, weeks),
    }
}
