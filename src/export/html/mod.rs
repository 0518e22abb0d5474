//! `roadmap export --format html`: one self-contained page for people who
//! do not run the planner. Inline CSS, charts as inline SVG, no script and
//! nothing fetched, so it opens offline, mails as one file and prints to
//! PDF. Every string from the file goes through [`escape`].
//!
//! The figures are the ones the other outputs show, never recomputed here:
//! the header is `status`'s [`headline`](super::status::headline), charts
//! read [`Metrics`], the timeline reads the [`Forecast`], the burn-up the
//! git history series ([`Point`]) the planner's Maturity view draws.
//!
//! Every bar of every chart is `<rect class="bar" data-chart="NAME">` (the
//! burn-up's points `<circle class="point" data-chart="burnup">`), so a
//! test can count them in the page or in the DOM a browser parsed.

// The sections are public so tests/html_report.rs can snapshot each one.
pub mod burnup;
mod page;
pub mod sections;
mod svg;
pub mod timeline;

use crate::model::burnup::Point;
use crate::model::metrics::Metrics;
use crate::model::pace::PaceForecast;
use crate::model::schedule::Forecast;
use crate::model::Roadmap;

/// The file's git history for the burn-up, or why there is none.
#[derive(Debug, Clone, PartialEq)]
pub enum History {
    /// Where the roadmap stood after each commit, oldest first.
    Series(Vec<Point>),
    /// Why no history could be read (not in a repository, git missing).
    Unavailable(String),
}

/// The whole page.
pub fn render(
    roadmap: &Roadmap,
    m: &Metrics,
    forecast: &Forecast,
    pace: &PaceForecast,
    history: &History,
) -> String {
    let body = [
        sections::header(roadmap, m, forecast, pace),
        sections::progress(m),
        sections::maturity(roadmap, m, forecast),
        burnup::section(roadmap, history),
        timeline::section(roadmap, forecast),
        sections::costs(roadmap, m),
        sections::findings(roadmap, m),
    ]
    .concat();
    page::wrap(&roadmap.project.name, &body)
}

/// Text from the file made safe for HTML and SVG, in content and in quoted
/// attributes alike. Control characters other than tab and newline, which
/// HTML does not allow, become U+FFFD so nothing is silently lost.
pub fn escape(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => out.push_str("&amp;"),
            '<' => out.push_str("&lt;"),
            '>' => out.push_str("&gt;"),
            '"' => out.push_str("&quot;"),
            '\'' => out.push_str("&#39;"),
            '\t' | '\n' => out.push(c),
            c if c.is_control() => out.push('\u{FFFD}'),
            c => out.push(c),
        }
    }
    out
}
