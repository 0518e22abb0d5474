//! Two lines: what is reviewed and where it goes; the counts of the
//! lead's decisions and what the kept set adds up to.

use crate::model::effort::natural_range;
use crate::model::money::format_amount;
use crate::theme::{Meaning, Theme};
use crate::tui::review::source::Status;
use crate::tui::review::state::Review;
use crate::tui::text::{fit, sanitize};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

pub fn draw(frame: &mut Frame, area: Rect, state: &Review, theme: &Theme) {
    let s = &state.source;
    let t = state.tally.get(state);
    let title = format!(
        " Review of {} → {} · {} candidates in {} sections",
        sanitize(&s.name),
        sanitize(&state.target),
        s.rows.len(),
        s.groups.len()
    );
    let mut sums = vec![format!("{} tasks", t.tasks)];
    if t.hours.high > 0.0 {
        sums.push(natural_range(t.hours, &s.calendar));
    }
    if t.once.high > 0.0 {
        sums.push(format_amount(t.once, &s.currency));
    }
    if t.monthly.high > 0.0 {
        sums.push(format!("{}/mo", format_amount(t.monthly, &s.currency)));
    }
    sums.push(format!("{} levels", t.levels));
    let mut counts = vec![
        Span::styled(format!(" kept {}", t.kept), theme.style(Meaning::Success)),
        Span::styled(" · ", theme.style(Meaning::Muted)),
        Span::styled(
            format!("dropped {}", t.dropped),
            theme.style(Meaning::Error),
        ),
        Span::styled(" · ", theme.style(Meaning::Muted)),
    ];
    if t.merged > 0 {
        counts.push(Span::styled(
            format!("merged {}", t.merged),
            theme.style(Meaning::Accent),
        ));
        counts.push(Span::styled(" · ", theme.style(Meaning::Muted)));
    }
    counts.push(Span::styled(
        format!("undecided {}", t.undecided),
        theme.style(Meaning::Warning),
    ));
    counts.push(Span::styled(
        format!("   plan: {}", sums.join(" · ")),
        theme.style(Meaning::Title),
    ));
    let mut lines = vec![
        Line::styled(
            fit(&title, area.width as usize),
            theme.style(Meaning::Title),
        ),
        Line::from(counts),
    ];
    if s.into {
        lines.push(into_line(state, theme));
    }
    frame.render_widget(
        Paragraph::new(lines).style(theme.style(Meaning::Base)),
        area,
    );
}

/// `--into`: the kept rows by what they do to the roadmap, the conflicts
/// left to settle, the tasks the report no longer has (the footer names
/// the keys for the last two: `o`/`t`, `r`).
fn into_line(state: &Review, theme: &Theme) -> Line<'static> {
    let s = &state.source;
    let count = |status: Status| {
        (0..s.rows.len())
            .filter(|&r| state.kept(r) && s.rows[r].status == Some(status))
            .count()
    };
    // A candidate kept in the review that the reimport did not place is new.
    let new = (0..s.rows.len())
        .filter(|&r| state.kept(r) && s.rows[r].status.is_none_or(|st| st == Status::New))
        .count();
    let open = (0..s.conflicts.len())
        .filter(|&c| state.side(c).is_none())
        .count();
    let deleted = state.drops.iter().filter(|d| **d).count();
    let muted = theme.style(Meaning::Muted);
    let dot = || Span::styled(" · ", muted);
    let mut spans = vec![
        Span::styled(" → ", muted),
        Span::styled(format!("{new} new"), theme.style(Meaning::Success)),
        dot(),
        Span::styled(
            format!("{} changed", count(Status::Changed)),
            theme.style(Meaning::Accent),
        ),
        dot(),
        Span::styled(format!("{} matched", count(Status::Matched)), muted),
        dot(),
        Span::styled(
            format!(
                "{} conflict{} ({open} open)",
                s.conflicts.len(),
                if s.conflicts.len() == 1 { "" } else { "s" }
            ),
            theme.style(if open > 0 {
                Meaning::Warning
            } else {
                Meaning::Base
            }),
        ),
        dot(),
    ];
    let removed = if deleted > 0 {
        format!("{} removed, {deleted} deleted", s.removed.len())
    } else {
        format!("{} removed", s.removed.len())
    };
    spans.push(Span::styled(
        removed,
        theme.style(if s.removed.is_empty() {
            Meaning::Muted
        } else {
            Meaning::Warning
        }),
    ));
    Line::from(spans)
}
