//! Questions: delete confirmation, quit with unsaved changes, save as, a
//! save that could not write or was refused.

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

pub fn confirm(frame: &mut Frame, area: Rect, state: &State, question: &Confirm, theme: &Theme) {
    let (title, text, answers): (&str, String, &[(&str, &str)]) = match question {
        Confirm::SaveFailed { reason, scroll, .. } => {
            return save_failed(frame, area, reason, *scroll, theme)
        }
        Confirm::NotSaved { reason, scroll } => {
            return not_saved(frame, area, reason, *scroll, theme)
        }
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
        Confirm::Rename {
            old,
            new,
            references,
        } => {
            let also = if references.is_empty() {
                "Nothing else names it.".to_string()
            } else {
                let n =
                    references.dependants.len() + references.levels.len() + references.conflicts;
                let (s, verb) = if n == 1 {
                    ("", "changes")
                } else {
                    ("s", "change")
                };
                format!("{} {n} reference{s} {verb} with it.", needed_by(references))
            };
            (
                "Rename task",
                format!(
                    "Rename `{}` to `{}`? {also} One step; undo brings the old id back.",
                    sanitize(old),
                    sanitize(new)
                ),
                &[("y", "rename"), ("n", "keep the id")],
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
            match state.unsaved_steps() {
                Some(1) => "This roadmap has 1 unsaved change: quitting without saving loses it."
                    .to_string(),
                Some(n) if n > 1 => format!(
                    "This roadmap has {n} unsaved changes: quitting without saving loses them."
                ),
                _ => "This roadmap has changes that are not saved.".to_string(),
            },
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

/// Under a write that failed: what is kept and the way out.
const KEPT_UNWRITTEN: &str = "Your changes are kept here, not saved. Save them to another file \
    (a folder you can write to, a disk with room), or go back and keep working.";

/// Under any other refusal: what is kept and what to do.
const KEPT_REFUSED: &str = "Your changes are kept here, not saved. Go back to the planner, \
    change what this names (u undoes the last change) and save again, or save to another \
    file with S.";

/// A save that could not write: why (the store's words: step, path,
/// cause), that the changes are kept, and the way out.
fn save_failed(frame: &mut Frame, area: Rect, reason: &str, scroll: usize, theme: &Theme) {
    let message = Message::unwritten(reason);
    let answers = [("a", "save elsewhere…"), ("esc", "back to the planner")];
    message.draw(frame, area, &answers, scroll, theme);
}

/// A save refused for another reason, the whole of it.
fn not_saved(frame: &mut Frame, area: Rect, reason: &str, scroll: usize, theme: &Theme) {
    let message = Message::refused(reason);
    message.draw(
        frame,
        area,
        &[("esc", "back to the planner")],
        scroll,
        theme,
    );
}

/// How far the open save failure's text can scroll at the current size.
pub fn message_max_scroll(state: &State) -> usize {
    let message = match &state.mode {
        crate::tui::state::Mode::Confirm(Confirm::SaveFailed { reason, .. }) => {
            Message::unwritten(reason)
        }
        crate::tui::state::Mode::Confirm(Confirm::NotSaved { reason, .. }) => {
            Message::refused(reason)
        }
        _ => return 0,
    };
    let (_, rows, visible) = message.layout(Rect::new(0, 0, state.size.0, state.size.1));
    rows.saturating_sub(visible)
}

/// A "Not saved" box: the reason (every line of it), what is kept, and the
/// keys on a row of their own at the bottom, so they show however long the
/// text; a text taller than the screen scrolls.
struct Message<'a> {
    width: u16,
    reason: &'a str,
    kept: &'static str,
}

impl<'a> Message<'a> {
    fn unwritten(reason: &'a str) -> Message<'a> {
        Message {
            width: 66,
            reason,
            kept: KEPT_UNWRITTEN,
        }
    }

    fn refused(reason: &'a str) -> Message<'a> {
        Message {
            width: 76,
            reason,
            kept: KEPT_REFUSED,
        }
    }

    fn reason_lines(&self) -> impl Iterator<Item = String> + '_ {
        self.reason.lines().map(|l| sanitize(l).into_owned())
    }

    /// The box, the rows its text takes and how many of them show.
    fn layout(&self, area: Rect) -> (Rect, usize, usize) {
        let inner_width = usize::from(self.width.min(area.width).saturating_sub(2));
        let reason: usize = self
            .reason_lines()
            .map(|l| wrapped_rows(&l, inner_width))
            .sum();
        let rows = reason.max(1) + 1 + wrapped_rows(self.kept, inner_width);
        let height = u16::try_from(rows + 4).unwrap_or(u16::MAX);
        let outer = centered(area, self.width, height);
        (outer, rows, usize::from(outer.height.saturating_sub(4)))
    }

    fn draw(
        &self,
        frame: &mut Frame,
        area: Rect,
        answers: &[(&str, &str)],
        scroll: usize,
        theme: &Theme,
    ) {
        let (outer, rows, visible) = self.layout(area);
        let inner = frame_box(frame, outer, "Not saved", theme);
        let mut lines: Vec<Line> = self
            .reason_lines()
            .map(|l| Line::from(Span::styled(l, theme.style(Meaning::Error))))
            .collect();
        lines.push(Line::default());
        lines.push(Line::from(Span::styled(
            self.kept,
            theme.style(Meaning::Overlay),
        )));
        let text_area = Rect {
            height: inner.height.saturating_sub(2),
            ..inner
        };
        let scroll = scroll.min(rows.saturating_sub(visible));
        frame.render_widget(
            Paragraph::new(lines)
                .wrap(Wrap { trim: true })
                .scroll((u16::try_from(scroll).unwrap_or(u16::MAX), 0)),
            text_area,
        );
        if inner.height > 0 {
            let last = Rect {
                y: inner.y + inner.height - 1,
                height: 1,
                ..inner
            };
            let mut answers = answers.to_vec();
            if rows > visible {
                answers.push(("j/k", "scroll"));
            }
            frame.render_widget(Paragraph::new(keys(&answers, theme)), last);
        }
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

/// The new id of a task being renamed, and why the last one was refused.
pub fn rename(
    frame: &mut Frame,
    area: Rect,
    id: &str,
    input: &Input,
    error: Option<&str>,
    theme: &Theme,
) {
    let outer = centered(area, 60, 6);
    let inner = frame_box(frame, outer, &format!("Rename {}", sanitize(id)), theme);
    let shown = sanitize(&input.text).into_owned();
    let lines = vec![
        Line::from(vec![
            Span::styled("New id: ", theme.style(Meaning::Muted)),
            Span::styled(shown, theme.style(Meaning::Overlay)),
        ]),
        match error {
            Some(e) => Line::from(Span::styled(
                sanitize(e).into_owned(),
                theme.style(Meaning::Error),
            )),
            None => Line::from(Span::styled(
                "enter rename (asks first) · esc cancel",
                theme.style(Meaning::Muted),
            )),
        },
    ];
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
    let before: String = input.text.chars().take(input.cursor).collect();
    let pos = Position::new(inner.x + 8 + width(&sanitize(&before)) as u16, inner.y);
    if inner.contains(pos) {
        frame.set_cursor_position(pos);
    }
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
    // Wrapped, not cut: a long file name or conflict is read whole.
    let inner_width = area.width.min(76).saturating_sub(2) as usize;
    let rows: usize = lines
        .iter()
        .map(|l| {
            let text: String = l.spans.iter().map(|s| s.content.as_ref()).collect();
            wrapped_rows(&text, inner_width)
        })
        .sum();
    let outer = centered(area, 76, rows as u16 + 2);
    let inner = frame_box(frame, outer, "Changed on disk", theme);
    frame.render_widget(Paragraph::new(lines).wrap(Wrap { trim: false }), inner);
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
        use crate::tui::{Msg, SaveFailure, SaveResult, Saved};
        let state = {
            let mut s = State::new(
                crate::tui::fixture::roadmap(),
                Some("plan.toml".into()),
                chrono::NaiveDate::MIN,
            );
            crate::tui::update(
                &mut s,
                crate::tui::Msg::Resize {
                    width: 80,
                    height: 24,
                },
            );
            let reason = format!("{}/plan.toml cannot be written", "/deep".repeat(60));
            let failure = SaveFailure::CannotWrite {
                path: "plan.toml".into(),
                reason,
            };
            let result = SaveResult::Failed(failure);
            crate::tui::update(&mut s, Msg::Saved(Saved { file: None, result }));
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
