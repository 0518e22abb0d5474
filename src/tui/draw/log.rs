//! The log of the session's changes (`L`): each step, newest first, with
//! one line per task and field it changed.

use super::overlay::{centered, frame_box};
use crate::theme::{Meaning, Theme};
use crate::tui::state::LogEntry;
use crate::tui::text::{fit, sanitize};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

/// A line of the log: a step, or one thing it changed.
enum Item<'a> {
    Step(usize, &'a str),
    Change(&'a str),
}

fn items(log: &[LogEntry]) -> impl Iterator<Item = Item<'_>> {
    log.iter().enumerate().rev().flat_map(|(n, e)| {
        std::iter::once(Item::Step(n + 1, e.what.as_str()))
            .chain(e.lines.iter().map(|l| Item::Change(l.as_str())))
    })
}

pub fn line_count(log: &[LogEntry]) -> usize {
    log.iter().map(|e| 1 + e.lines.len()).sum()
}

pub fn draw(frame: &mut Frame, area: Rect, log: &[LogEntry], scroll: usize, theme: &Theme) {
    let outer = centered(area, 84, (line_count(log).max(1) as u16).saturating_add(2));
    let title = match log.len() {
        1 => "1 change this session · esc closes".to_string(),
        n => format!("{n} changes this session · esc closes"),
    };
    let inner = frame_box(frame, outer, &title, theme);
    let cells = inner.width as usize;
    let lines: Vec<Line> = if log.is_empty() {
        vec![Line::from(Span::styled(
            "No changes yet in this session.",
            theme.style(Meaning::Muted),
        ))]
    } else {
        // Only the rows on screen are built: a long session stays cheap.
        items(log)
            .skip(scroll)
            .take(inner.height as usize)
            .map(|item| match item {
                Item::Step(n, what) => Line::from(vec![
                    Span::styled(format!("{n:>3} "), theme.style(Meaning::Muted)),
                    Span::styled(
                        fit(&sanitize(what), cells.saturating_sub(4)),
                        theme.style(Meaning::Phase),
                    ),
                ]),
                Item::Change(text) => Line::from(Span::styled(
                    format!("      {}", fit(&sanitize(text), cells.saturating_sub(6))),
                    theme.style(Meaning::Overlay),
                )),
            })
            .collect()
    };
    frame.render_widget(
        Paragraph::new(lines).style(theme.style(Meaning::Overlay)),
        inner,
    );
}
