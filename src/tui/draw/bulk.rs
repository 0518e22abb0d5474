//! The prompt for setting fields on every marked task (`B`): one line of
//! `key=value`s, as `roadmap set` takes them.

use super::overlay::{centered, frame_box};
use crate::theme::{Meaning, Theme};
use crate::tui::input::Input;
use crate::tui::state::State;
use crate::tui::text::{sanitize, width};
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use ratatui::Frame;

pub fn draw(frame: &mut Frame, area: Rect, state: &State, input: &Input, theme: &Theme) {
    let outer = centered(area, 72, 7);
    let n = state.marked.len();
    let title = format!("Set on {n} marked task{}", if n == 1 { "" } else { "s" });
    let inner = frame_box(frame, outer, &title, theme);
    let muted = theme.style(Meaning::Muted);
    let lines = vec![
        Line::from(vec![
            Span::styled("Set: ", muted),
            Span::styled(
                sanitize(&input.text).into_owned(),
                theme.style(Meaning::Overlay),
            ),
        ]),
        Line::from(Span::styled(
            "fields: status priority phase owner level (and any of `roadmap set`)",
            muted,
        )),
        Line::from(Span::styled(
            "e.g. priority=high owner=ana · one undo for all · enter set · esc cancel",
            muted,
        )),
    ];
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
    let before: String = input.text.chars().take(input.cursor).collect();
    let pos = Position::new(inner.x + 5 + width(&sanitize(&before)) as u16, inner.y);
    if inner.contains(pos) {
        frame.set_cursor_position(pos);
    }
}
