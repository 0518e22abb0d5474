//! Two lines: what is reviewed and where it goes; the counts of the
//! lead's decisions and what the kept set adds up to.

use crate::model::effort::natural_range;
use crate::model::money::format_amount;
use crate::theme::{Meaning, Theme};
use crate::tui::review::state::Review;
use crate::tui::review::tally::tally;
use crate::tui::text::{fit, sanitize};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

pub fn draw(frame: &mut Frame, area: Rect, state: &Review, theme: &Theme) {
    let s = &state.source;
    let t = tally(state);
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
    if !s.removed.is_empty() {
        counts.push(Span::styled(
            format!(" · {} no longer in the report", s.removed.len()),
            theme.style(Meaning::Warning),
        ));
    }
    let lines = vec![
        Line::styled(
            fit(&title, area.width as usize),
            theme.style(Meaning::Title),
        ),
        Line::from(counts),
    ];
    frame.render_widget(
        Paragraph::new(lines).style(theme.style(Meaning::Base)),
        area,
    );
}
