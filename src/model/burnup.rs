//! A burn-up point: where the roadmap stood after one commit of its file.
//! Pure: git (src/git/versions) reads the versions, this turns one into a
//! point, and the planner's Maturity view and the HTML report both draw
//! the same series.

use super::metrics::Metrics;
use super::range::Range;
use super::roadmap::Roadmap;
use chrono::NaiveDate;

/// Where the roadmap stood after a commit: one point of a burn-up chart.
#[derive(Debug, Clone, PartialEq)]
pub struct Point {
    pub commit: String,
    pub date: NaiveDate,
    /// The maturity score, on the file's scale; `None` without a model.
    pub score: Option<f64>,
    /// Hours of effort done, and in all (skipped tasks left out).
    pub effort_done: Range,
    pub effort_total: Range,
}

impl Point {
    /// The point of `roadmap` as committed in `commit` on `date`.
    pub fn of(commit: &str, date: NaiveDate, roadmap: &Roadmap) -> Point {
        let metrics = Metrics::compute(roadmap);
        Point {
            commit: commit.to_string(),
            date,
            score: metrics.maturity.as_ref().map(|m| m.score),
            effort_done: metrics.effort.done,
            effort_total: metrics.effort.total,
        }
    }
}
