//! The footer (the prompt being typed, the last message, or the keys) and
//! the popups over the body: the merge picker and the quit question.

use crate::theme::{Meaning, Theme};
use crate::tui::draw::overlay::{centered, frame_box};
use crate::tui::keymap::{key_name, REVIEW};
use crate::tui::review::action::{Action, Field};
use crate::tui::review::fields::phase_list;
use crate::tui::review::state::{Mode, Review, Side};
use crate::tui::text::{fit, sanitize, width};
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

/// The actions the footer names, by their first keys: in full when the
/// line has room, else the fields folded into one hint.
const HINTS: &[(&[Action], &str)] = &[
    (&[Action::Keep, Action::Drop], "keep/drop"),
    (&[Action::KeepSection, Action::DropSection], "section"),
    (
        &[Action::Set(Field::Priority), Action::Set(Field::Phase)],
        "priority/phase",
    ),
    (
        &[Action::Set(Field::Effort), Action::Set(Field::Cost)],
        "effort/cost",
    ),
    (&[Action::Merge], "merge"),
    (&[Action::Undo], "undo"),
    (&[Action::Write], "write"),
    (&[Action::Quit], "quit"),
];
/// With `--into`, first: settling a conflict and the removed tasks.
const INTO_HINTS: &[(&[Action], &str)] = &[
    (
        &[Action::Settle(Side::Team), Action::Settle(Side::Report)],
        "ours/theirs",
    ),
    (&[Action::Removed], "removed"),
];
const SHORT_HINTS: &[(&[Action], &str)] = &[
    (&[Action::Keep, Action::Drop], "keep/drop"),
    (&[Action::KeepSection, Action::DropSection], "section"),
    (
        &[
            Action::Set(Field::Priority),
            Action::Set(Field::Phase),
            Action::Set(Field::Effort),
            Action::Set(Field::Cost),
        ],
        "fields",
    ),
    (&[Action::Merge], "merge"),
    (&[Action::Undo], "undo"),
    (&[Action::Write], "write"),
    (&[Action::Quit], "quit"),
];

pub fn footer(frame: &mut Frame, area: Rect, state: &Review, theme: &Theme) {
    let line = match &state.mode {
        Mode::Prompt {
            field,
            input,
            error,
        } => {
            let prefix = format!(" {}: ", field.word());
            let x = area.x
                + width(&prefix) as u16
                + width(&sanitize(
                    &input.text.chars().take(input.cursor).collect::<String>(),
                )) as u16;
            if x < area.right() {
                frame.set_cursor_position(Position::new(x, area.y));
            }
            let hint = match (error, field) {
                (Some(e), _) => format!("   {e}"),
                (None, Field::Phase) => format!("   {}", phase_list(state)),
                (None, _) => "   enter set · empty: the report's · esc cancel".into(),
            };
            Line::from(vec![
                Span::styled(prefix, theme.style(Meaning::Key)),
                Span::styled(
                    sanitize(&input.text).into_owned(),
                    theme.style(Meaning::Base),
                ),
                Span::styled(
                    hint,
                    theme.style(if error.is_some() {
                        Meaning::Error
                    } else {
                        Meaning::Muted
                    }),
                ),
            ])
        }
        _ => match &state.message {
            Some(m) => Line::styled(format!(" {}", sanitize(m)), theme.style(Meaning::Base)),
            None => hints(theme, area.width as usize, state.source.into),
        },
    };
    let fitted = Paragraph::new(line);
    frame.render_widget(fitted, area);
}

fn hints(theme: &Theme, room: usize, into: bool) -> Line<'static> {
    let spans = |table: &[(&[Action], &str)]| {
        let mut spans = Vec::new();
        let into = if into { INTO_HINTS } else { &[] };
        for (actions, word) in into.iter().chain(table) {
            let keys: Vec<String> = actions
                .iter()
                .filter_map(|a| REVIEW.iter().find(|b| b.action == *a))
                .map(|b| key_name(&b.keys[0]))
                .collect();
            if keys.is_empty() {
                continue;
            }
            spans.push(Span::styled(
                format!(" {}", keys.join("/")),
                theme.style(Meaning::Key),
            ));
            spans.push(Span::styled(
                format!(" {word}"),
                theme.style(Meaning::Muted),
            ));
        }
        Line::from(spans)
    };
    let long = spans(HINTS);
    if long.width() <= room {
        long
    } else {
        spans(SHORT_HINTS)
    }
}

pub fn draw(frame: &mut Frame, body: Rect, state: &Review, theme: &Theme) {
    match &state.mode {
        Mode::Quit => {
            let area = centered(body, 52, 5);
            let inner = frame_box(frame, area, "Leave the review?", theme);
            let lines = vec![
                Line::styled(" Nothing has been written.", theme.style(Meaning::Base)),
                Line::styled(
                    " y leave without writing · n stay",
                    theme.style(Meaning::Muted),
                ),
            ];
            frame.render_widget(Paragraph::new(lines), inner);
        }
        Mode::Merge { query, selected } => {
            let w = body.width.saturating_sub(8).min(90);
            let h = body.height.saturating_sub(2).min(16);
            let area = centered(body, w, h);
            let row = &state.source.rows[state.cursor];
            let title = format!("Merge line {} into…", row.line);
            let inner = frame_box(frame, area, &title, theme);
            if inner.height < 2 {
                return;
            }
            let targets = state.merge_targets(state.cursor, &query.text);
            let mut lines = vec![Line::from(vec![
                Span::styled(" > ", theme.style(Meaning::Key)),
                Span::styled(
                    sanitize(&query.text).into_owned(),
                    theme.style(Meaning::Base),
                ),
                Span::styled(
                    format!("   {} kept candidates · ↑↓ enter esc", targets.len()),
                    theme.style(Meaning::Muted),
                ),
            ])];
            let room = inner.height as usize - 1;
            let first = selected.saturating_sub(room.saturating_sub(1));
            for (i, &t) in targets.iter().enumerate().skip(first).take(room) {
                let r = &state.source.rows[t];
                let text = fit(
                    &format!(
                        "{}L{:<5} {}",
                        if i == *selected { "▸" } else { " " },
                        r.line,
                        sanitize(&r.title)
                    ),
                    inner.width as usize,
                );
                let style = if i == *selected {
                    theme.style(Meaning::Selected)
                } else {
                    theme.style(Meaning::Base)
                };
                lines.push(Line::styled(text, style));
            }
            frame.render_widget(Paragraph::new(lines), inner);
        }
        Mode::Conflicts { selected } => {
            super::choose::conflicts(frame, body, state, *selected, theme)
        }
        Mode::Removed { selected } => super::choose::removed(frame, body, state, *selected, theme),
        Mode::List | Mode::Prompt { .. } => {}
    }
}
