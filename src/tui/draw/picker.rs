//! The dependencies and findings picker: the query, then the candidates
//! (only the rows that fit are formatted), each marked when it is on the
//! task's list, then the refusal or the keys.

use super::overlay::{centered, frame_box};
use crate::model::Roadmap;
use crate::theme::{Meaning, Theme};
use crate::tui::picker::Picker;
use crate::tui::text::{fit, sanitize, width};
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use ratatui::Frame;

pub fn draw(frame: &mut Frame, area: Rect, roadmap: &Roadmap, picker: &Picker, theme: &Theme) {
    let task = roadmap
        .task(&picker.task)
        .map_or(picker.task.clone(), |t| sanitize(&t.title).into_owned());
    let title = format!("{} · {}", picker.relation.title(), task);
    let outer = centered(area, 78, area.height.saturating_sub(4).max(8));
    let inner = frame_box(frame, outer, &title, theme);
    let cells = inner.width as usize;
    // Query, the count, the list, a blank, the message (three rows: a
    // loop of long ids wraps).
    let list_rows = (inner.height as usize).saturating_sub(6);
    let query = sanitize(&picker.input.text);
    let mut lines = vec![
        Line::from(vec![
            Span::styled("› ", theme.style(Meaning::Key)),
            Span::styled(query.to_string(), theme.style(Meaning::Overlay)),
        ]),
        Line::from(Span::styled(
            format!(
                "{} of {} listed · {} chosen",
                picker.matches.len(),
                match picker.relation {
                    crate::tui::picker::Relation::DependsOn =>
                        roadmap.tasks.len().saturating_sub(1),
                    crate::tui::picker::Relation::Findings => roadmap.findings.len(),
                },
                picker.chosen.len()
            ),
            theme.style(Meaning::Muted),
        )),
    ];
    let first = picker.cursor.saturating_sub(list_rows.saturating_sub(1));
    for (row, &at) in picker
        .matches
        .iter()
        .enumerate()
        .skip(first)
        .take(list_rows)
    {
        let Some((id, label)) = picker.candidate(roadmap, at) else {
            continue;
        };
        let here = row == picker.cursor;
        let mark = if picker.is_chosen(id) { "[x]" } else { "[ ]" };
        let id_cells = 28.min(cells / 3);
        let text = format!(
            "{}{mark} {} {}",
            if here { "›" } else { " " },
            fit(&sanitize(id), id_cells),
            sanitize(label)
        );
        let style = if here {
            theme.style(Meaning::Selected)
        } else {
            theme.style(Meaning::Overlay)
        };
        lines.push(Line::from(Span::styled(fit(&text, cells), style)));
    }
    while lines.len() < list_rows + 2 {
        lines.push(Line::default());
    }
    lines.push(Line::default());
    lines.push(match &picker.error {
        Some(e) => Line::from(Span::styled(
            sanitize(e).into_owned(),
            theme.style(Meaning::Error),
        )),
        None => Line::from(Span::styled(
            "type to narrow · space add/remove · enter apply · esc cancel",
            theme.style(Meaning::Muted),
        )),
    });
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .style(theme.style(Meaning::Overlay)),
        inner,
    );
    let before: String = picker
        .input
        .text
        .chars()
        .take(picker.input.cursor)
        .collect();
    let pos = Position::new(inner.x + 2 + width(&sanitize(&before)) as u16, inner.y);
    if inner.contains(pos) {
        frame.set_cursor_position(pos);
    }
}
