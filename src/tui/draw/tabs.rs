//! The tab line: the four views, then the active search and filters.

use crate::model::arrange::{GroupBy, SortBy};
use crate::theme::{Meaning, Theme};
use crate::tui::state::{Mode, State};
use crate::tui::text::{fit_right, sanitize, width};
use crate::tui::view::View;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

/// Cells between two tabs.
pub const GAP: u16 = 1;

pub fn label(view: View) -> String {
    format!(" {} {} ", view.index() + 1, view.title())
}

/// The tabs as drawn for `state`: each view's label, except that when what
/// narrows the list would not fit beside them, the views not showing are
/// drawn as their number alone (five titles leave an 80-column line little
/// room).
pub fn labels(state: &State) -> Vec<String> {
    let full: usize = View::ALL
        .iter()
        .map(|v| width(&label(*v)) + GAP as usize)
        .sum();
    let wanted = width(&narrowing(state));
    let compact = wanted > 0 && full + 1 + wanted > state.size.0 as usize;
    View::ALL
        .iter()
        .map(|&v| {
            if compact && v != state.view {
                format!(" {} ", v.index() + 1)
            } else {
                label(v)
            }
        })
        .collect()
}

pub fn draw(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    if area.height == 0 {
        return;
    }
    let mut spans = Vec::new();
    for (v, text) in View::ALL.into_iter().zip(labels(state)) {
        let style = if v == state.view {
            theme.style(Meaning::TabActive)
        } else {
            theme.style(Meaning::TabInactive)
        };
        spans.push(Span::styled(text, style));
        spans.push(Span::raw(" ".repeat(GAP as usize)));
    }
    let used: usize = spans.iter().map(|s| width(&s.content)).sum();
    let narrowing = narrowing(state);
    if !narrowing.is_empty() {
        let room = (area.width as usize).saturating_sub(used + 1);
        spans.push(Span::styled(
            fit_right(&narrowing, room),
            theme.style(Meaning::Accent),
        ));
    }
    frame.render_widget(
        Paragraph::new(Line::from(spans)).style(theme.style(Meaning::Base)),
        area,
    );
}

/// `/deploy · priority critical · 3 of 32 shown · by effort · in owner
/// groups`: what narrows the list, then how it is arranged when not in
/// plan order by phase.
pub fn narrowing(state: &State) -> String {
    let mut parts = narrowed(state);
    if state.sort != SortBy::Plan {
        parts.push(format!("by {}", state.sort.name()));
    }
    if state.group != GroupBy::Phase {
        parts.push(format!("in {} groups", state.group.name()));
    }
    parts.join(" · ")
}

fn narrowed(state: &State) -> Vec<String> {
    let mut parts = Vec::new();
    let typing = matches!(state.mode, Mode::Search { .. });
    if !state.query.is_empty() && !typing {
        let titles = state.search_fields == crate::tui::search::Fields::Titles;
        parts.push(format!(
            "/{}{}",
            sanitize(&state.query),
            if titles { " in titles" } else { "" }
        ));
    }
    parts.extend(
        state
            .filters
            .describe()
            .into_iter()
            .map(|d| sanitize(&d).into_owned()),
    );
    if !parts.is_empty() || typing && !state.query.is_empty() {
        parts.push(format!(
            "{} of {} shown",
            state.rows.shown_total,
            state.roadmap.tasks.len()
        ));
    }
    parts
}
