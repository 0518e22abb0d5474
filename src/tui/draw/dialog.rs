//! Questions: delete confirmation, quit with unsaved changes, save as, a
//! save that could not write.

use super::overlay::{centered, frame_box};
use crate::model::change::References;
use crate::model::Conflict;
use crate::theme::{Meaning, Theme};
use crate::tui::input::Input;
use crate::tui::state::{Confirm, State};
use crate::tui::text::{sanitize, width};
use ratatui::layout::{Position, Rect};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Wrap};
use ratatui::Frame;

pub fn confirm(frame: &mut Frame, area: Rect, question: &Confirm, theme: &Theme) {
    let (title, text, answers): (&str, String, &[(&str, &str)]) = match question {
        Confirm::SaveFailed { reason, .. } => return save_failed(frame, area, reason, theme),
        Confirm::Delete {
            id,
            title,
            references,
        } if !references.is_empty() => {
            let text = format!(
                "Delete “{}” ({})? {} Deleting also removes these mentions of it, \
                 in one step; undo brings everything back.",
                sanitize(title),
                sanitize(id),
                needed_by(references)
            );
            (
                "Delete task",
                text,
                &[("y", "delete it and the references"), ("n", "keep it")],
            )
        }
        Confirm::Delete { id, title, .. } => (
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
        Confirm::Overwrite { .. } => (
            "Overwrite the change on disk?",
            "The file changed on disk and you chose to keep yours: saving replaces their change."
                .to_string(),
            &[("y", "save over it"), ("n", "don't save")],
        ),
    };
    let rows = wrapped_rows(&text, 58) as u16;
    let outer = centered(area, 60, (rows + 4).max(6));
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

/// What names a task about to be deleted, in a sentence or two:
/// "`terraform` depends on it. Level 3 requires it."
fn needed_by(r: &References) -> String {
    const SHOWN: usize = 5;
    let mut parts = Vec::new();
    if !r.dependants.is_empty() {
        let mut ids: Vec<String> = r
            .dependants
            .iter()
            .take(SHOWN)
            .map(|id| format!("`{}`", sanitize(id)))
            .collect();
        if r.dependants.len() > SHOWN {
            ids.push(format!("{} more", r.dependants.len() - SHOWN));
        }
        let verb = if r.dependants.len() == 1 {
            "depends"
        } else {
            "depend"
        };
        parts.push(format!("{} {verb} on it.", and_list(&ids)));
    }
    if !r.levels.is_empty() {
        let numbers: Vec<String> = r.levels.iter().map(u32::to_string).collect();
        let (noun, verb) = if numbers.len() == 1 {
            ("Level", "requires")
        } else {
            ("Levels", "require")
        };
        parts.push(format!("{noun} {} {verb} it.", and_list(&numbers)));
    }
    if r.conflicts > 0 {
        let s = if r.conflicts == 1 { "" } else { "s" };
        parts.push(format!(
            "It has {} unsettled merge conflict{s}.",
            r.conflicts
        ));
    }
    parts.join(" ")
}

/// `a`, `a and b`, `a, b and c`.
fn and_list(items: &[String]) -> String {
    match items.split_last() {
        None => String::new(),
        Some((last, [])) => last.clone(),
        Some((last, rest)) => format!("{} and {last}", rest.join(", ")),
    }
}

/// Why the save failed (the store's words: step, path, cause), that the
/// changes are kept, and the way out. Tall enough for a long path; the keys
/// get the last row of their own, so they show however the text wraps.
fn save_failed(frame: &mut Frame, area: Rect, reason: &str, theme: &Theme) {
    const WIDTH: u16 = 66;
    let kept = "Your changes are kept here, not saved. Save them to another file \
                (a folder you can write to, a disk with room), or go back and keep working.";
    let reason = sanitize(reason).into_owned();
    let inner_width = usize::from(WIDTH.min(area.width).saturating_sub(2));
    let height = 2 + wrapped_rows(&reason, inner_width) + 1 + wrapped_rows(kept, inner_width) + 2;
    let outer = centered(area, WIDTH, u16::try_from(height).unwrap_or(u16::MAX));
    let inner = frame_box(frame, outer, "Not saved", theme);
    let lines = vec![
        Line::from(Span::styled(reason, theme.style(Meaning::Error))),
        Line::default(),
        Line::from(Span::styled(kept, theme.style(Meaning::Overlay))),
    ];
    let text_area = Rect {
        height: inner.height.saturating_sub(2),
        ..inner
    };
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: true }), text_area);
    if inner.height > 0 {
        let last = Rect {
            y: inner.y + inner.height - 1,
            height: 1,
            ..inner
        };
        let answers = [("a", "save elsewhere…"), ("esc", "back to the planner")];
        frame.render_widget(Paragraph::new(keys(&answers, theme)), last);
    }
}

/// Rows `text` takes wrapped at word boundaries to `width` columns (words
/// longer than a row are split), as the paragraph will draw it.
fn wrapped_rows(text: &str, width: usize) -> usize {
    let width = width.max(1);
    let mut rows = 1;
    let mut used = 0;
    for word in text.split_whitespace() {
        let w = crate::tui::text::width(word);
        let need = if used == 0 { w } else { used + 1 + w };
        if need <= width {
            used = need;
        } else {
            if used > 0 {
                rows += 1;
            }
            rows += w.saturating_sub(1) / width;
            used = w - (w.saturating_sub(1) / width) * width;
        }
    }
    rows
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

/// The file changed on disk under unsaved edits: what merging would do, and
/// the three ways out.
pub fn changed(
    frame: &mut Frame,
    area: Rect,
    state: &State,
    conflicts: &[Conflict],
    theme: &Theme,
) {
    let name = state
        .file
        .as_ref()
        .map(|f| f.document.file_name().to_string())
        .unwrap_or_else(|| "The file".into());
    let mut lines = vec![Line::from(Span::styled(
        format!(
            "{} changed on disk and you have unsaved changes.",
            sanitize(&name)
        ),
        theme.style(Meaning::Overlay),
    ))];
    if conflicts.is_empty() {
        lines.push(Line::from(Span::styled(
            "They merge cleanly.",
            theme.style(Meaning::Overlay),
        )));
    } else {
        lines.push(Line::from(Span::styled(
            format!(
                "Merging conflicts in {} places (both values would be kept, marked):",
                conflicts.len()
            ),
            theme.style(Meaning::Overlay),
        )));
        lines.extend(conflict_list(conflicts, None, 6, theme));
    }
    lines.push(Line::default());
    lines.push(keys(
        &[("m", "merge"), ("k", "keep mine"), ("t", "take theirs")],
        theme,
    ));
    let outer = centered(area, 76, lines.len() as u16 + 2);
    let inner = frame_box(frame, outer, "Changed on disk", theme);
    frame.render_widget(Paragraph::new(lines), inner);
}

/// The conflicts a merge left: where, which field, both values.
pub fn conflicts(
    frame: &mut Frame,
    area: Rect,
    conflicts: &[Conflict],
    cursor: usize,
    theme: &Theme,
) {
    let room = area.height.saturating_sub(6) as usize;
    let mut lines = conflict_list(conflicts, Some(cursor), room, theme);
    lines.push(Line::default());
    lines.push(keys(
        &[
            ("j/k", "move"),
            ("o", "keep ours"),
            ("t", "take theirs"),
            ("enter", "close"),
        ],
        theme,
    ));
    let outer = centered(area, 76, lines.len() as u16 + 2);
    let inner = frame_box(frame, outer, "Merge conflicts", theme);
    frame.render_widget(Paragraph::new(lines), inner);
}

/// The conflicts around `cursor`, the selected one marked (none: from the top).
fn conflict_list(
    conflicts: &[Conflict],
    cursor: Option<usize>,
    room: usize,
    theme: &Theme,
) -> Vec<Line<'static>> {
    let room = room.max(1);
    let first = cursor.map_or(0, |c| c.saturating_add(1).saturating_sub(room));
    let mut lines: Vec<Line> = conflicts
        .iter()
        .enumerate()
        .skip(first)
        .take(room)
        .map(|(i, c)| {
            let text = c.to_string();
            let text = text.strip_prefix("conflict in ").unwrap_or(&text);
            let (mark, style) = if Some(i) == cursor {
                ("▸", theme.style(Meaning::Selected))
            } else {
                ("•", theme.style(Meaning::Overlay))
            };
            Line::from(Span::styled(format!("{mark} {}", sanitize(text)), style))
        })
        .collect();
    if conflicts.is_empty() {
        lines.push(Line::from(Span::styled(
            "No conflicts left.",
            theme.style(Meaning::Muted),
        )));
    } else if conflicts.len() > first + room {
        lines.push(Line::from(Span::styled(
            format!("  and {} more", conflicts.len() - first - room),
            theme.style(Meaning::Muted),
        )));
    }
    lines
}

fn keys(answers: &[(&str, &str)], theme: &Theme) -> Line<'static> {
    let mut spans = Vec::new();
    for (k, what) in answers {
        spans.push(Span::styled(k.to_string(), theme.style(Meaning::Key)));
        spans.push(Span::styled(
            format!(" {what}   "),
            theme.style(Meaning::Overlay),
        ));
    }
    Line::from(spans)
}

#[cfg(test)]
mod save_failed_tests {
    use super::*;

    #[test]
    fn rows_wrap_at_words_and_split_long_ones() {
        assert_eq!(wrapped_rows("one two three", 13), 1);
        assert_eq!(wrapped_rows("one two three", 12), 2);
        assert_eq!(wrapped_rows("/a/very/long/path/that/does/not/fit", 10), 4);
        assert_eq!(wrapped_rows("", 10), 1);
    }

    #[test]
    fn the_keys_show_however_long_the_reason() {
        let state = {
            let mut s = State::new(
                crate::tui::fixture::roadmap(),
                Some("plan.toml".into()),
                chrono::NaiveDate::MIN,
            );
            crate::tui::update::resized(&mut s, 80, 24);
            let reason = format!("{}/plan.toml cannot be written", "/deep".repeat(60));
            crate::tui::update::save_failed(&mut s, "plan.toml".into(), reason);
            s
        };
        let screen = crate::tui::buffer_text(&crate::tui::render_buffer(
            &state,
            80,
            24,
            &Theme::fallback(),
        ));
        assert!(screen.contains("a save elsewhere"), "{screen}");
        assert!(screen.contains("Not saved"), "{screen}");
    }
}
