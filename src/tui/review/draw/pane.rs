//! The report beside the list: the lines around the selected candidate's,
//! numbered, control characters shown as symbols, the candidate's own line
//! highlighted; the candidate's verdict on the pane's title.

use crate::theme::{Meaning, Theme};
use crate::tui::review::state::Review;
use crate::tui::text::{fit, sanitize};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};
use ratatui::Frame;

pub fn draw(frame: &mut Frame, area: Rect, state: &Review, theme: &Theme) {
    let source = &state.source;
    let row = source.rows.get(state.cursor);
    let title = match row {
        // A conflict in full, whatever the row had room for.
        Some(r) if !r.conflicts.is_empty() => {
            let texts: Vec<String> = r
                .conflicts
                .iter()
                .map(|&c| super::choose::conflict_text(state, c))
                .collect();
            let settled = r.conflicts.iter().all(|&c| state.side(c).is_some());
            let sign = if settled { "✔" } else { "⚠" };
            format!(" line {} · {sign} {} · o/t ", r.line, texts.join("; "))
        }
        Some(r) => format!(
            " line {} · {:.0}% · {} ",
            r.line,
            r.confidence * 100.0,
            if r.reason.is_empty() {
                "no reason given"
            } else {
                &r.reason
            }
        ),
        None => format!(" {} ", source.name),
    };
    let block = Block::default()
        .borders(Borders::TOP)
        .border_style(theme.style(Meaning::Border))
        .title(Span::styled(
            fit(&sanitize(&title), area.width.saturating_sub(2) as usize),
            theme.style(Meaning::Title),
        ));
    let inner = block.inner(area);
    frame.render_widget(block, area);
    let height = inner.height as usize;
    if height == 0 {
        return;
    }
    let at = row.map_or(1, |r| r.line).max(1) - 1;
    let first = at
        .saturating_sub(height / 3)
        .min(source.lines.len().saturating_sub(height));
    let digits = (first + height).to_string().len();
    let lines: Vec<Line> = source
        .lines
        .iter()
        .enumerate()
        .skip(first)
        .take(height)
        .map(|(i, text)| {
            let number = format!("{:>digits$} ", i + 1);
            let body = fit(
                &sanitize(text),
                (inner.width as usize).saturating_sub(digits + 1),
            );
            if i == at {
                Line::from(vec![
                    Span::styled(number, theme.style(Meaning::Key)),
                    Span::styled(body, theme.style(Meaning::Selected)),
                ])
            } else {
                Line::from(vec![
                    Span::styled(number, theme.style(Meaning::Muted)),
                    Span::styled(body, theme.style(Meaning::Base)),
                ])
            }
        })
        .collect();
    frame.render_widget(Paragraph::new(lines), inner);
}
