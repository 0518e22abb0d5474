//! The editor popup: one line per field, the focused one marked, the
//! refused field's message in the error colour. The notes take several
//! rows, wrapped to the form's width and scrolled to keep the cursor in
//! view (the layout is `textarea`'s, which `update` moves the cursor by).

use super::overlay::{centered, frame_box};
use crate::model::fields::{field, Kind, TASK_FIELDS};
use crate::model::Priority;
use crate::theme::{Meaning, Theme};
use crate::tui::editor::{form, notes_rows, Editor, Target, Value, LABEL, WIDTH};
use crate::tui::input::Input;
use crate::tui::text::{fit, sanitize, truncate, width};
use crate::tui::textarea;
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use ratatui::Frame;

pub fn draw(frame: &mut Frame, area: Rect, editor: &Editor, theme: &Theme) {
    let title = match &editor.target {
        Target::Existing { id } => format!("Edit {}", sanitize(id)),
        Target::New { phase } => format!("New task in {}", sanitize(phase)),
    };
    let form = form();
    let notes = notes_rows(area.height, form.len() - 1);
    let outer = centered(area, WIDTH, (form.len() + notes) as u16 + 4);
    let inner = frame_box(frame, outer, &title, theme);
    let value_cells = (inner.width as usize).saturating_sub(LABEL + 1);
    let mut lines = Vec::new();
    let mut cursor = None;
    for (i, (field, value)) in form.iter().zip(&editor.values).enumerate() {
        let focused = i == editor.focus;
        let failed = editor
            .error
            .as_ref()
            .is_some_and(|(key, _)| *key == field.key);
        let label_style = if failed {
            theme.style(Meaning::Error)
        } else if focused {
            theme.style(Meaning::Key)
        } else {
            theme.style(Meaning::Muted)
        };
        let mut spans = vec![Span::styled(
            fit(
                &format!("{}{}", if focused { "›" } else { " " }, field.label),
                LABEL,
            ),
            label_style,
        )];
        spans.push(Span::raw(" "));
        match value {
            Value::Text(input) if field.key == "notes" => {
                let first = lines.len();
                let (rows, at) = notes_lines(input, focused, value_cells, notes, theme);
                let mut rows = rows.into_iter();
                if input.text.is_empty() && !focused {
                    spans.push(Span::styled(field.hint, theme.style(Meaning::Muted)));
                } else {
                    spans.extend(rows.next().unwrap_or_default().spans);
                }
                lines.push(Line::from(spans));
                lines.extend(rows);
                if let Some((x, row)) = at {
                    cursor = Some((x, first + row));
                }
                continue;
            }
            Value::Text(input) => {
                let chars: Vec<char> = input.text.chars().collect();
                // Keep the cursor in view on long values.
                let start = input.cursor.saturating_sub(value_cells.saturating_sub(1));
                let visible: String = chars[start.min(chars.len())..].iter().collect();
                if input.text.is_empty() && !focused {
                    spans.push(Span::styled(field.hint, theme.style(Meaning::Muted)));
                } else {
                    spans.push(Span::styled(
                        fit(&sanitize(&visible), value_cells),
                        theme.style(Meaning::Overlay),
                    ));
                }
                if focused {
                    let before: String = chars
                        [start.min(chars.len())..input.cursor.min(chars.len())]
                        .iter()
                        .collect();
                    cursor = Some((width(&sanitize(&before)), lines.len()));
                }
            }
            Value::Pick { names, index, .. } => {
                let name = names.get(*index).map_or("", |s| s.as_str());
                spans.push(Span::styled("◂ ", theme.style(Meaning::Muted)));
                spans.push(Span::styled(
                    truncate(&sanitize(name), value_cells.saturating_sub(4)),
                    theme.style(Meaning::Overlay),
                ));
                spans.push(Span::styled(" ▸", theme.style(Meaning::Muted)));
            }
            Value::Choice { words, index } => {
                let word = words.get(*index).copied().unwrap_or("");
                let style = if field.kind == Kind::Priority {
                    word.parse::<Priority>()
                        .map(|p| theme.priority(p))
                        .unwrap_or_default()
                } else {
                    theme.style(Meaning::Overlay)
                };
                let letter = word.chars().next().unwrap_or(' ').to_ascii_uppercase();
                spans.push(Span::styled("◂ ", theme.style(Meaning::Muted)));
                spans.push(Span::styled(format!("{letter} {word}"), style));
                spans.push(Span::styled(" ▸", theme.style(Meaning::Muted)));
            }
        }
        lines.push(Line::from(spans));
    }
    lines.push(Line::default());
    match &editor.error {
        Some((key, msg)) => lines.push(Line::from(Span::styled(
            format!(
                "{}: {}",
                field(TASK_FIELDS, key).map_or(*key, |f| f.label),
                sanitize(msg)
            ),
            theme.style(Meaning::Error),
        ))),
        None => lines.push(Line::from(Span::styled(
            if editor.on_notes() {
                "enter apply · alt-enter new line · ↑↓ lines · ctrl-e $EDITOR · esc cancel"
            } else {
                "enter apply · esc cancel · tab/↑↓ field · ←/→ change choice"
            },
            theme.style(Meaning::Muted),
        ))),
    }
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

/// The notes' rows as drawn, `rows` of them (the first goes beside the
/// label), and where the cursor is among them when the field has focus.
/// Scrolled so the cursor's row is in view; a row that says how many are
/// above or below stands in the label column.
fn notes_lines(
    input: &Input,
    focused: bool,
    cells: usize,
    rows: usize,
    theme: &Theme,
) -> (Vec<Line<'static>>, Option<(usize, usize)>) {
    let spans = textarea::rows(&input.text, cells);
    let (row, col) = textarea::locate(&input.text, &spans, input.cursor);
    let top = if focused {
        (row + 1).saturating_sub(rows)
    } else {
        0
    };
    let chars: Vec<char> = input.text.chars().collect();
    let mut out = Vec::with_capacity(rows);
    for k in 0..rows {
        let text: String = spans
            .get(top + k)
            .map(|s| chars[s.start..s.end].iter().collect())
            .unwrap_or_default();
        let below = spans.len().saturating_sub(top + rows);
        let label = match k {
            _ if k + 1 == rows && below > 0 && k > 0 => format!("  ↓ {below} more"),
            1 if top > 0 => format!("  ↑ {top} above"),
            _ => String::new(),
        };
        let mut line = Vec::new();
        if k > 0 {
            line.push(Span::styled(
                fit(&label, LABEL),
                theme.style(Meaning::Muted),
            ));
            line.push(Span::raw(" "));
        }
        line.push(Span::styled(
            fit(&sanitize(&text), cells),
            theme.style(Meaning::Overlay),
        ));
        out.push(Line::from(line));
    }
    let at = (focused && row >= top && row < top + rows).then_some((col, row - top));
    (out, at)
}
