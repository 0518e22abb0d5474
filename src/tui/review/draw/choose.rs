//! The two `--into` popups: the selected row's conflicts (each field with
//! the team's value, the report's and the side taken) and the roadmap's
//! tasks the report no longer has (each with what becomes of it).

use crate::theme::{Meaning, Theme};
use crate::tui::draw::overlay::{centered, frame_box};
use crate::tui::review::settle::fate;
use crate::tui::review::source::Conflict;
use crate::tui::review::state::{Review, Side};
use crate::tui::text::{fit, sanitize};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

/// A value as the popups and the list show it.
pub fn shown(value: &Option<String>) -> String {
    sanitize(value.as_deref().unwrap_or("(none)")).into_owned()
}

/// `effort: team 1h · report 30min → ?` for conflict `c`.
pub fn conflict_text(state: &Review, c: usize) -> String {
    let Conflict {
        field,
        team,
        report,
        ..
    } = &state.source.conflicts[c];
    format!(
        "{field}: team {} · report {} → {}",
        shown(team),
        shown(report),
        state.side(c).map_or("?", |s| s.word())
    )
}

/// The row's form when the full one does not fit: `effort 1h≠30min ?`
/// while unsettled, `effort 30min (report)` once a side is taken.
pub fn conflict_short(state: &Review, c: usize) -> String {
    let Conflict {
        field,
        team,
        report,
        ..
    } = &state.source.conflicts[c];
    match state.side(c) {
        None => format!("{field} {}≠{} ?", shown(team), shown(report)),
        Some(Side::Team) => format!("{field} {} (team)", shown(team)),
        Some(Side::Report) => format!("{field} {} (report)", shown(report)),
    }
}

pub fn conflicts(frame: &mut Frame, body: Rect, state: &Review, selected: usize, theme: &Theme) {
    let row = &state.source.rows[state.cursor];
    let lines: Vec<(String, bool)> = row
        .conflicts
        .iter()
        .map(|&c| {
            let was = shown(&state.source.conflicts[c].was);
            (
                format!("{} (the report said {was})", conflict_text(state, c)),
                state.side(c).is_some(),
            )
        })
        .collect();
    let title = format!("Conflicts of line {}", row.line);
    list(
        frame,
        body,
        &title,
        " o keep the team's · t take the report's · u undo · esc back",
        &lines,
        selected,
        theme,
    );
}

pub fn removed(frame: &mut Frame, body: Rect, state: &Review, selected: usize, theme: &Theme) {
    let lines: Vec<(String, bool)> = state
        .source
        .removed
        .iter()
        .enumerate()
        .map(|(i, r)| {
            (
                format!(
                    "{} ({}): {} · {}",
                    sanitize(&r.id),
                    r.status,
                    sanitize(&r.title),
                    fate(state, i)
                ),
                !state.drops[i],
            )
        })
        .collect();
    let title = format!("No longer in the report ({})", lines.len());
    list(
        frame,
        body,
        &title,
        " y keep · d delete (todo only) · u undo · esc back",
        &lines,
        selected,
        theme,
    );
}

/// A framed list under a line of keys; `(text, settled)` per item.
fn list(
    frame: &mut Frame,
    body: Rect,
    title: &str,
    keys: &str,
    items: &[(String, bool)],
    selected: usize,
    theme: &Theme,
) {
    let w = body.width.saturating_sub(4).min(110);
    let h = (items.len() as u16 + 3).min(body.height.saturating_sub(1));
    let area = centered(body, w, h);
    let inner = frame_box(frame, area, title, theme);
    if inner.height == 0 {
        return;
    }
    let width = inner.width as usize;
    let mut lines = vec![Line::styled(fit(keys, width), theme.style(Meaning::Muted))];
    let room = inner.height as usize - 1;
    let first = selected.saturating_sub(room.saturating_sub(1));
    for (i, (text, settled)) in items.iter().enumerate().skip(first).take(room) {
        let pointer = if i == selected { "▸ " } else { "  " };
        let style = if i == selected {
            theme.style(Meaning::Selected)
        } else if *settled {
            theme.style(Meaning::Base)
        } else {
            theme.style(Meaning::Warning)
        };
        lines.push(Line::from(Span::styled(
            fit(&format!("{pointer}{text}"), width),
            style,
        )));
    }
    frame.render_widget(Paragraph::new(lines), inner);
}
