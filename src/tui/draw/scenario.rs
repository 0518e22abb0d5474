//! The scenario dialog (`W`): the form on top, the scenarios side by side
//! (the table `roadmap plan` prints), the chosen one's tasks below. The
//! chosen column is marked with `▶` as well as colour. While a big
//! roadmap's answer is being made the last table stays, under "computing…".

use super::overlay::{centered, frame_box};
use crate::export::whatif::rows;
use crate::theme::{Meaning, Theme};
use crate::tui::scenario::{Scenarios, FIELDS};
use crate::tui::state::State;
use crate::tui::text::{fit, sanitize};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

/// The label column's width.
const LABEL: usize = 9;

pub fn draw(frame: &mut Frame, area: Rect, state: &State, s: &Scenarios, theme: &Theme) {
    let outer = centered(area, 110, 30);
    let inner = frame_box(frame, outer, "What-if scenarios", theme);
    let w = inner.width as usize;
    let muted = theme.style(Meaning::Muted);
    let text = theme.style(Meaning::Overlay);
    let mut lines = vec![form(s, theme)];
    match (&s.error, &s.answer) {
        (Some(why), _) => lines.push(Line::from(Span::styled(
            sanitize(why).into_owned(),
            theme.style(Meaning::Error),
        ))),
        // An answer is being made on the worker: the last table stays.
        (None, Some(_)) if s.pending() => lines.push(Line::from(Span::styled(
            "computing… (the table below is the last form's)",
            theme.style(Meaning::Warning),
        ))),
        (None, None) if s.pending() => lines.push(Line::from(Span::styled(
            "computing…",
            theme.style(Meaning::Warning),
        ))),
        (None, _) => lines.push(Line::from(Span::styled(
            "empty fields: no limit; level: the next one",
            muted,
        ))),
    }
    match &s.answer {
        None => {}
        Some(Err(why)) => lines.push(Line::from(Span::styled(
            sanitize(why).into_owned(),
            theme.style(Meaning::Error),
        ))),
        Some(Ok(what)) => {
            let r = &state.roadmap;
            let col = (w.saturating_sub(LABEL) / 3).max(1);
            let titles: Vec<Span> = std::iter::once(Span::raw(" ".repeat(LABEL)))
                .chain(what.scenarios.iter().enumerate().map(|(i, sc)| {
                    let mark = if i == s.chosen { "▶ " } else { "  " };
                    let style = if i == s.chosen {
                        theme.style(Meaning::Selected)
                    } else {
                        theme.style(Meaning::Title)
                    };
                    Span::styled(
                        fit(&format!("{mark}{}", sc.kind.title(what.target)), col),
                        style,
                    )
                }))
                .collect();
            lines.push(Line::from(titles));
            for (label, cells) in rows(r, what) {
                let mut spans = vec![Span::styled(fit(label, LABEL), muted)];
                spans.extend(
                    cells
                        .iter()
                        .map(|c| Span::styled(fit(&format!("  {c}"), col), text)),
                );
                lines.push(Line::from(spans));
            }
            lines.push(Line::raw(""));
            let chosen = &what.scenarios[s.chosen];
            match &chosen.answer {
                Err(why) => lines.push(Line::from(Span::styled(
                    sanitize(&format!("unreachable: {why}")).into_owned(),
                    theme.style(Meaning::Warning),
                ))),
                Ok(p) => {
                    let ids: Vec<&str> = p.tasks.iter().map(|&i| r.tasks[i].id.as_str()).collect();
                    let list = if ids.is_empty() {
                        "nothing to do".to_string()
                    } else {
                        ids.join(", ")
                    };
                    lines.push(Line::from(vec![
                        Span::styled("Tasks: ", muted),
                        Span::styled(sanitize(&list).into_owned(), text),
                    ]));
                    for n in &p.notes {
                        lines.push(Line::from(Span::styled(format!("note: {n}"), muted)));
                    }
                }
            }
        }
    }
    // The keys, on the last line of the box.
    let body = Rect::new(
        inner.x,
        inner.y,
        inner.width,
        inner.height.saturating_sub(1),
    );
    frame.render_widget(
        Paragraph::new(lines).wrap(ratatui::widgets::Wrap { trim: false }),
        body,
    );
    if inner.height > 0 {
        let keys = Rect::new(inner.x, inner.y + inner.height - 1, inner.width, 1);
        frame.render_widget(
            Paragraph::new(Span::styled(
                fit(
                    "tab field · ↑/↓ choose · enter move its tasks to phase `next` · esc close",
                    w,
                ),
                muted,
            )),
            keys,
        );
    }
}

/// `Hours [40    ] By [          ] …`, the focused field marked `>`.
fn form<'a>(s: &Scenarios, theme: &Theme) -> Line<'a> {
    let mut spans = Vec::new();
    for (i, name) in FIELDS.iter().enumerate() {
        let focused = i == s.focus;
        let label = format!("{}{name} ", if focused { ">" } else { " " });
        spans.push(Span::styled(label, theme.style(Meaning::Muted)));
        let value = format!(
            "[{}]",
            fit(&sanitize(&s.fields[i].text), if i == 1 { 10 } else { 5 })
        );
        let style = if focused {
            theme.style(Meaning::Selected)
        } else {
            theme.style(Meaning::Overlay)
        };
        spans.push(Span::styled(value, style));
        spans.push(Span::raw(" "));
    }
    Line::from(spans)
}
