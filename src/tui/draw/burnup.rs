//! The burn-up chart of the Maturity view: maturity score and effort done
//! after each commit of the file, one sparkline row each, with the first
//! and last dates below. The series comes from git history, read off the
//! UI thread; without one (no repository, one commit) nothing is drawn.

use super::format::hours;
use super::page::Page;
use crate::git::versions::Point;
use crate::theme::{Meaning, Theme};
use crate::tui::layout;
use crate::tui::state::State;
use ratatui::text::{Line, Span};

/// The chart needs this much room: narrower or shorter terminals skip it
/// rather than squeeze the levels list.
pub const MIN_WIDTH: usize = 40;
pub const MIN_BODY_HEIGHT: u16 = 16;
const LABEL_CELLS: usize = 9;
const BLOCKS: [char; 8] = ['▁', '▂', '▃', '▄', '▅', '▆', '▇', '█'];

/// Pushes the chart (a blank line, title, two rows, dates) when there is
/// a history of at least two commits and room for it.
pub fn build(state: &State, theme: &Theme, cells: usize, page: &mut Page) {
    let series = &state.burnup;
    let body = layout::areas(state.size.0, state.size.1, state.view).body;
    if series.len() < 2 || cells < MIN_WIDTH || body.height < MIN_BODY_HEIGHT {
        return;
    }
    let (Some(first), Some(last)) = (series.first(), series.last()) else {
        return;
    };
    let cal = state.roadmap.calendar();
    let value_cells = 14;
    let columns = cells.saturating_sub(1 + LABEL_CELLS + value_cells).max(1);
    let shown = sample(series, columns);
    page.blank();
    page.push(|| {
        Line::from(vec![
            Span::styled(" Burn-up", theme.style(Meaning::Title)),
            Span::styled(
                format!(" · {} commits", series.len()),
                theme.style(Meaning::Muted),
            ),
        ])
    });
    let scale_max = state
        .roadmap
        .maturity
        .as_ref()
        .map(|m| m.scale.max())
        .filter(|m| *m > 0.0);
    if let Some(max) = scale_max.filter(|_| series.iter().any(|p| p.score.is_some())) {
        let scale = state.roadmap.maturity.as_ref().map(|m| m.scale);
        let values: Vec<Option<f64>> = shown.iter().map(|p| p.score).collect();
        let latest = last
            .score
            .zip(scale)
            .map(|(s, scale)| scale.format(s))
            .unwrap_or_default();
        page.push(|| row(theme, "score", &values, max, &latest, Meaning::BarScore));
    }
    let total = series
        .iter()
        .map(|p| p.effort_total.mid())
        .fold(0.0_f64, f64::max);
    if total > 0.0 {
        let values: Vec<Option<f64>> = shown.iter().map(|p| Some(p.effort_done.mid())).collect();
        let latest = hours(last.effort_done, &cal);
        page.push(|| row(theme, "effort", &values, total, &latest, Meaning::BarEffort));
    }
    page.push(|| dates(theme, first, last, shown.len()));
}

/// One point per column across the whole width: a long history is
/// sampled (always ending on the last commit), a short one drawn as steps.
fn sample(series: &[Point], columns: usize) -> Vec<&Point> {
    let n = series.len();
    if n > columns {
        (0..columns)
            .filter_map(|c| series.get((c + 1) * n / columns - 1))
            .collect()
    } else {
        (0..columns)
            .filter_map(|c| series.get(c * n / columns))
            .collect()
    }
}

fn row(
    theme: &Theme,
    label: &str,
    values: &[Option<f64>],
    max: f64,
    latest: &str,
    meaning: Meaning,
) -> Line<'static> {
    let bars: String = values
        .iter()
        .map(|v| match v {
            Some(v) if v.is_finite() && max > 0.0 => {
                let f = (v / max).clamp(0.0, 1.0);
                BLOCKS[((f * 7.0).round() as usize).min(7)]
            }
            _ => ' ',
        })
        .collect();
    Line::from(vec![
        Span::styled(
            format!(" {label:<w$}", w = LABEL_CELLS - 1),
            theme.style(Meaning::Muted),
        ),
        Span::styled(bars, theme.style(meaning)),
        Span::styled(format!(" {latest}"), theme.style(Meaning::Accent)),
    ])
}

/// The first date under the first column, the last under the last.
fn dates(theme: &Theme, first: &Point, last: &Point, columns: usize) -> Line<'static> {
    let from = first.date.format("%Y-%m-%d").to_string();
    let to = last.date.format("%Y-%m-%d").to_string();
    let gap = columns.saturating_sub(from.len() + to.len()).max(1);
    Line::from(Span::styled(
        format!("{}{from}{}{to}", " ".repeat(LABEL_CELLS), " ".repeat(gap)),
        theme.style(Meaning::Muted),
    ))
}
