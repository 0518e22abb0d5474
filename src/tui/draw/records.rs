//! The phases and findings lists, the form over one record (or the
//! project), and the question a delete asks. Drawing only: the dialog's
//! state is `tui::records`, its keys `update::records`.

use super::overlay::{centered, frame_box};
use crate::model::change::{addressing, phase_tasks};
use crate::model::Roadmap;
use crate::theme::{Meaning, Theme};
use crate::tui::records::{Deleting, Form, Kind, Records};
use crate::tui::text::{fit, sanitize, width};
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use ratatui::Frame;

const LABEL: usize = 15;

pub fn draw(frame: &mut Frame, area: Rect, r: &Roadmap, records: &Records, theme: &Theme) {
    if let Some((kind, cursor)) = records.list {
        list(frame, area, r, kind, cursor, theme);
    }
    if let Some(d) = &records.deleting {
        deleting(frame, area, r, d, theme);
    } else if let Some(form) = &records.form {
        form_box(frame, area, form, theme);
    }
}

fn muted<'a>(text: impl Into<String>, theme: &Theme) -> Span<'a> {
    Span::styled(text.into(), theme.style(Meaning::Muted))
}

fn plural(n: usize, one: &str) -> String {
    match n {
        1 => format!("1 {one}"),
        n => format!("{n} {one}s"),
    }
}

/// One row of the list: the record's id, name, when and how many tasks.
fn row(r: &Roadmap, kind: Kind, at: usize, cells: usize) -> Vec<(String, Meaning)> {
    let id_cells = (cells / 5).clamp(8, 22);
    match kind {
        Kind::Phases => {
            let p = &r.phases[at];
            let dates = match (p.start, p.end) {
                (None, None) => String::new(),
                (s, e) => format!(
                    "{} → {}",
                    s.map_or("…".into(), |d| d.to_string()),
                    e.map_or("…".into(), |d| d.to_string())
                ),
            };
            let tasks = plural(phase_tasks(r, &p.id).len(), "task");
            let fixed = id_cells + 1 + 12 + 1 + 10 + 1;
            let when_cells = if cells >= 110 { 24 } else { 0 };
            let name_cells = cells.saturating_sub(fixed + when_cells).max(6);
            let mut cols = vec![
                (fit(&sanitize(&p.id), id_cells) + " ", Meaning::Key),
                (fit(&sanitize(&p.name), name_cells) + " ", Meaning::Overlay),
                (
                    fit(&sanitize(p.window.as_deref().unwrap_or("")), 12) + " ",
                    Meaning::Muted,
                ),
            ];
            if when_cells > 0 {
                cols.push((fit(&dates, when_cells), Meaning::Muted));
            }
            cols.push((fit(&tasks, 10), Meaning::Muted));
            cols
        }
        Kind::Findings => {
            let f = &r.findings[at];
            let tasks = plural(addressing(r, &f.id).len(), "task");
            let cat_cells = if cells >= 110 { 16 } else { 0 };
            let fixed = id_cells + 1 + 9 + cat_cells + 9;
            let title_cells = cells.saturating_sub(fixed).max(6);
            let mut cols = vec![
                (fit(&sanitize(&f.id), id_cells) + " ", Meaning::Key),
                (fit(&f.severity.to_string(), 9), Meaning::Warning),
            ];
            if cat_cells > 0 {
                cols.push((fit(&sanitize(&f.category), cat_cells), Meaning::Muted));
            }
            cols.push((fit(&sanitize(&f.title), title_cells), Meaning::Overlay));
            cols.push((format!(" {}", fit(&tasks, 8)), Meaning::Muted));
            cols
        }
    }
}

fn list(frame: &mut Frame, area: Rect, r: &Roadmap, kind: Kind, cursor: usize, theme: &Theme) {
    let len = kind.len(r);
    let w = area.width.saturating_sub(4).min(130);
    let h = (len as u16 + 4).min(area.height.saturating_sub(2)).max(6);
    let title = match kind {
        Kind::Phases => format!("Phases ({len})"),
        Kind::Findings => format!("Findings ({len})"),
    };
    let inner = frame_box(frame, centered(area, w, h), &title, theme);
    let rows = (inner.height as usize).saturating_sub(2);
    let cells = (inner.width as usize).saturating_sub(2);
    // The cursor stays on screen: the list scrolls under it.
    let first = cursor.saturating_sub(rows.saturating_sub(1));
    let mut lines: Vec<Line> = Vec::new();
    if len == 0 {
        lines.push(Line::from(muted(
            match kind {
                Kind::Phases => "  No phases yet: a adds one.",
                Kind::Findings => "  No findings yet: a adds one.",
            },
            theme,
        )));
    }
    for at in (first..len).take(rows) {
        let mut spans = vec![if at == cursor {
            Span::styled("› ", theme.style(Meaning::Key))
        } else {
            Span::raw("  ")
        }];
        for (text, meaning) in row(r, kind, at, cells) {
            let style = if at == cursor {
                theme
                    .style(meaning)
                    .add_modifier(ratatui::style::Modifier::BOLD)
            } else {
                theme.style(meaning)
            };
            spans.push(Span::styled(text, style));
        }
        lines.push(Line::from(spans));
    }
    while lines.len() < rows {
        lines.push(Line::default());
    }
    lines.push(Line::default());
    let keys = match kind {
        Kind::Phases => "a add · enter edit · D delete · J/K move · u undo · esc close",
        Kind::Findings => "a add · enter edit · D delete · u undo · esc close",
    };
    lines.push(Line::from(muted(keys, theme)));
    frame.render_widget(
        Paragraph::new(lines).style(theme.style(Meaning::Overlay)),
        inner,
    );
}

fn form_box(frame: &mut Frame, area: Rect, form: &Form, theme: &Theme) {
    let n = form.inputs.len() as u16;
    let outer = centered(area, 72, n + 5);
    let inner = frame_box(frame, outer, &sanitize(&form.title()), theme);
    let value_cells = (inner.width as usize).saturating_sub(LABEL + 1);
    let mut lines = Vec::new();
    let mut cursor = None;
    for (i, input) in form.inputs.iter().enumerate() {
        let focused = i == form.focus;
        let failed = form
            .error
            .as_ref()
            .is_some_and(|e| e.contains(&format!("`{}`", form.keys[i])));
        let label_style = match (failed, focused) {
            (true, _) => theme.style(Meaning::Error),
            (false, true) => theme.style(Meaning::Key),
            _ => theme.style(Meaning::Muted),
        };
        let mark = if focused { "›" } else { " " };
        let mut spans = vec![
            Span::styled(
                fit(&format!("{mark}{}", form.labels[i]), LABEL),
                label_style,
            ),
            Span::raw(" "),
        ];
        let chars: Vec<char> = input.text.chars().collect();
        // The focused field keeps its cursor in view; the others show their start.
        let start = match focused {
            true => input.cursor.saturating_sub(value_cells.saturating_sub(1)),
            false => 0,
        };
        let visible: String = chars[start.min(chars.len())..].iter().collect();
        if input.text.is_empty() && !focused {
            spans.push(muted(form.hints[i], theme));
        } else {
            spans.push(Span::styled(
                fit(&sanitize(&visible), value_cells),
                theme.style(Meaning::Overlay),
            ));
        }
        if focused {
            let before: String = chars[start.min(chars.len())..input.cursor.min(chars.len())]
                .iter()
                .collect();
            cursor = Some((width(&sanitize(&before)), i));
        }
        lines.push(Line::from(spans));
    }
    lines.push(Line::default());
    lines.push(match &form.error {
        Some(e) => Line::from(Span::styled(
            sanitize(e).into_owned(),
            theme.style(Meaning::Error),
        )),
        None => Line::from(muted(
            "enter apply (u undoes) · esc cancel · tab/↑↓ field",
            theme,
        )),
    });
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .style(theme.style(Meaning::Overlay)),
        inner,
    );
    if let Some((x, row)) = cursor {
        let pos = Position::new(inner.x + (LABEL + 1 + x) as u16, inner.y + row as u16);
        if inner.contains(pos) {
            frame.set_cursor_position(pos);
        }
    }
}

fn deleting(frame: &mut Frame, area: Rect, r: &Roadmap, d: &Deleting, theme: &Theme) {
    let text = |s: String| Span::styled(s, theme.style(Meaning::Overlay));
    let (title, mut lines) = match d {
        Deleting::Phase { id, tasks: 0, .. } => (
            format!("Delete phase {}", sanitize(id)),
            vec![Line::from(text(format!(
                "Delete phase {}? It holds no tasks.",
                sanitize(id)
            )))],
        ),
        Deleting::Phase { id, tasks, to } => {
            let target = r.phases.get(*to).map_or("", |p| p.name.as_str());
            (
                format!("Delete phase {}", sanitize(id)),
                vec![
                    Line::from(text(format!(
                        "Phase {} holds {}. Delete it and move them to:",
                        sanitize(id),
                        plural(*tasks, "task")
                    ))),
                    Line::from(vec![
                        muted("  ◂ ", theme),
                        Span::styled(sanitize(target).into_owned(), theme.style(Meaning::Key)),
                        muted(" ▸", theme),
                    ]),
                ],
            )
        }
        Deleting::Finding { id, tasks } if tasks.is_empty() => (
            format!("Delete finding {}", sanitize(id)),
            vec![Line::from(text(format!(
                "Delete finding {}? No task addresses it.",
                sanitize(id)
            )))],
        ),
        Deleting::Finding { id, tasks } => (
            format!("Delete finding {}", sanitize(id)),
            vec![Line::from(text(format!(
                "Finding {} is addressed by {}. Deleting it takes it out of their findings too.",
                sanitize(id),
                sanitize(&tasks.join(", "))
            )))],
        ),
    };
    lines.push(Line::default());
    let keys = match d {
        Deleting::Phase { tasks, .. } if *tasks > 0 => "enter delete · ←/→ choose · esc keep",
        _ => "enter delete · esc keep",
    };
    lines.push(Line::from(muted(keys, theme)));
    let inner = frame_box(frame, centered(area, 64, 7), &title, theme);
    frame.render_widget(
        Paragraph::new(lines)
            .wrap(Wrap { trim: false })
            .style(theme.style(Meaning::Overlay)),
        inner,
    );
}
