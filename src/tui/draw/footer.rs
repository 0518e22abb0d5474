//! The bottom line: the search box while typing, else the last message,
//! else the keys that matter most.

use crate::theme::{Meaning, Theme};
use crate::tui::action::Action;
use crate::tui::keymap::key_name;
use crate::tui::search::Fields;
use crate::tui::state::{Mode, State, Tone};
use crate::tui::text::sanitize;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

/// The actions the footer names, by the first key each has (a remapped
/// key shows as remapped; an action left without a key is not shown).
const HINTS: &[(Action, &str)] = &[
    (Action::Help, "help"),
    (Action::Search, "search"),
    (Action::Filter, "filter"),
    (Action::ToggleDone, "done"),
    (Action::EditTask, "edit"),
    (Action::AddTask, "add"),
    (Action::Undo, "undo"),
    (Action::Save, "save"),
    (Action::Quit, "quit"),
];

/// The Timeline's: its own keys first, then what works on its task.
const TIMELINE_HINTS: &[(Action, &str)] = &[
    (Action::Help, "help"),
    (Action::ShiftTime(-1), "back"),
    (Action::ShiftTime(1), "ahead"),
    (Action::TimeToday, "today"),
    (Action::TimeScale, "scale"),
    (Action::CycleGroup, "group"),
    (Action::ToggleDone, "done"),
    (Action::EditTask, "edit"),
    (Action::Quit, "quit"),
];

pub fn draw(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    if area.height == 0 {
        return;
    }
    let line = if let Mode::Search { input, .. } = &state.mode {
        // Title-only says so where the eye is, before the query.
        let titles = state.search_fields == Fields::Titles;
        let prefix = if titles { " titles/ " } else { " / " };
        let shown = sanitize(&input.text).into_owned();
        let cursor_x = area.x
            + prefix.len() as u16
            + crate::tui::text::width(&sanitize(
                &input.text.chars().take(input.cursor).collect::<String>(),
            )) as u16;
        if cursor_x < area.right() {
            frame.set_cursor_position(Position::new(cursor_x, area.y));
        }
        let count = if state.deferred.search_pending {
            "searching…".to_string()
        } else {
            format!("{} matches", state.hits.as_ref().map_or(0, |h| h.count))
        };
        Line::from(vec![
            Span::styled(prefix, theme.style(Meaning::Key)),
            Span::styled(shown, theme.style(Meaning::Base)),
            Span::styled(
                format!(
                    "   {count} · ctrl-t {} · ↑↓ pick · enter keep · esc cancel",
                    if titles { "all fields" } else { "titles only" }
                ),
                theme.style(Meaning::Muted),
            ),
        ])
    } else if let Some(msg) = &state.message {
        let style = theme.style(match msg.tone {
            Tone::Info => Meaning::Base,
            Tone::Success => Meaning::Success,
            Tone::Warning => Meaning::Warning,
            Tone::Error => Meaning::Error,
        });
        Line::from(Span::styled(format!(" {}", sanitize(&msg.text)), style))
    } else {
        let mut spans = vec![Span::raw(" ")];
        let hints = match state.view {
            crate::tui::view::View::Timeline => TIMELINE_HINTS,
            _ => HINTS,
        };
        for (action, what) in hints {
            let Some(key) = state.keys.keys_of(*action).first() else {
                continue;
            };
            spans.push(Span::styled(key_name(key), theme.style(Meaning::Key)));
            spans.push(Span::styled(
                format!(" {what}  "),
                theme.style(Meaning::Muted),
            ));
        }
        Line::from(spans)
    };
    frame.render_widget(Paragraph::new(line).style(theme.style(Meaning::Base)), area);
}
