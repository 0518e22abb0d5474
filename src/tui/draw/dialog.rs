//! Questions: delete confirmation, quit with unsaved changes, save as.

use super::overlay::{centered, frame_box};
use crate::theme::{Meaning, Theme};
use crate::tui::input::Input;
use crate::tui::state::Confirm;
use crate::tui::text::{sanitize, width};
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use ratatui::Frame;

pub fn confirm(frame: &mut Frame, area: Rect, question: &Confirm, theme: &Theme) {
    let (title, text, answers): (&str, String, &[(&str, &str)]) = match question {
        Confirm::Delete { id, title } => (
            "Delete task",
            format!(
                "Delete “{}” ({})? Undo brings it back.",
                sanitize(title),
                sanitize(id)
            ),
            &[("y", "delete"), ("n", "keep it")],
        ),
        Confirm::Quit => (
            "Unsaved changes",
            "This roadmap has changes that are not saved.".to_string(),
            &[
                ("s", "save and quit"),
                ("q", "quit without saving"),
                ("esc", "stay"),
            ],
        ),
    };
    let outer = centered(area, 60, 6);
    let inner = frame_box(frame, outer, title, theme);
    let mut keys = Vec::new();
    for (k, what) in answers {
        keys.push(Span::styled(k.to_string(), theme.style(Meaning::Key)));
        keys.push(Span::styled(
            format!(" {what}   "),
            theme.style(Meaning::Overlay),
        ));
    }
    let lines = vec![
        Line::from(Span::styled(text, theme.style(Meaning::Overlay))),
        Line::default(),
        Line::from(keys),
    ];
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
}

pub fn save_as(frame: &mut Frame, area: Rect, input: &Input, theme: &Theme) {
    let outer = centered(area, 60, 5);
    let inner = frame_box(frame, outer, "Save as", theme);
    let shown = sanitize(&input.text).into_owned();
    let lines = vec![
        Line::from(vec![
            Span::styled("File: ", theme.style(Meaning::Muted)),
            Span::styled(shown, theme.style(Meaning::Overlay)),
        ]),
        Line::from(Span::styled(
            "enter save · esc cancel",
            theme.style(Meaning::Muted),
        )),
    ];
    frame.render_widget(Paragraph::new(lines), inner);
    let before: String = input.text.chars().take(input.cursor).collect();
    let pos = Position::new(inner.x + 6 + width(&sanitize(&before)) as u16, inner.y);
    if inner.contains(pos) {
        frame.set_cursor_position(pos);
    }
}
