//! The filter menu popup.

use super::overlay::{centered, frame_box};
use crate::theme::{Meaning, Theme};
use crate::tui::filter::Filters;
use crate::tui::state::State;
use crate::tui::text::{fit, sanitize};
use crate::tui::update::{filter_items, FilterItem};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

pub fn draw(frame: &mut Frame, area: Rect, state: &State, cursor: usize, theme: &Theme) {
    let items = filter_items(state);
    let owners = Filters::owners(&state.roadmap.tasks);
    let levels = Filters::levels(&state.roadmap.tasks);
    let categories = Filters::categories(&state.roadmap.tasks);
    let outer = centered(area, 56, items.len() as u16 + 6);
    let inner = frame_box(
        frame,
        outer,
        "Filter · space flips · 0 clears · esc closes",
        theme,
    );
    let f = &state.filters;
    let h = inner.height.saturating_sub(2) as usize;
    // Keep the cursor in view when there are many phases.
    let first = cursor.saturating_sub(h.saturating_sub(1));
    let mut lines: Vec<Line> = items
        .iter()
        .enumerate()
        .skip(first)
        .take(h)
        .map(|(i, item)| {
            let (on, label, style, radio) = match item {
                FilterItem::Priority(p) => (
                    f.priorities[*p as usize],
                    format!("priority {} {}", p.letter(), p),
                    theme.priority(*p),
                    false,
                ),
                FilterItem::Status(s) => (
                    f.statuses[*s as usize],
                    format!("status   {} {}", s.symbol(), s),
                    theme.status(*s),
                    false,
                ),
                FilterItem::Overdue => (
                    f.overdue.is_some(),
                    "due      ! overdue (open, due before today)".to_string(),
                    theme.style(Meaning::Overlay),
                    false,
                ),
                FilterItem::Unestimated => (
                    f.unestimated,
                    "effort   not estimated".to_string(),
                    theme.style(Meaning::Overlay),
                    false,
                ),
                FilterItem::Blocked => (
                    f.blocked,
                    "deps     ⊘ blocked (waits on an open task)".to_string(),
                    theme.style(Meaning::Blocked),
                    false,
                ),
                FilterItem::AnyLevel => (
                    f.level.is_none(),
                    "level    any".to_string(),
                    theme.style(Meaning::Overlay),
                    true,
                ),
                FilterItem::Level(i) => {
                    let level = levels.get(*i).copied().flatten();
                    (
                        levels.get(*i).is_some_and(|l| f.level == Some(*l)),
                        match level {
                            Some(n) => format!("level    {}", level_name(state, n)),
                            None => "level    (untagged)".to_string(),
                        },
                        theme.style(Meaning::Overlay),
                        true,
                    )
                }
                FilterItem::AnyCategory => (
                    f.category.is_none(),
                    "category any".to_string(),
                    theme.style(Meaning::Overlay),
                    true,
                ),
                FilterItem::Category(i) => {
                    let c = categories.get(*i).map(String::as_str).unwrap_or("");
                    (
                        f.category.as_deref() == Some(c),
                        if c.is_empty() {
                            "category (none)".to_string()
                        } else {
                            format!("category {}", sanitize(c))
                        },
                        theme.style(Meaning::Overlay),
                        true,
                    )
                }
                FilterItem::AnyOwner => (
                    f.owner.is_none(),
                    "owner    any".to_string(),
                    theme.style(Meaning::Overlay),
                    true,
                ),
                FilterItem::Owner(i) => {
                    let o = owners.get(*i).map(String::as_str).unwrap_or("");
                    (
                        f.owner.as_deref() == Some(o),
                        if o.is_empty() {
                            "owner    (unassigned)".to_string()
                        } else {
                            format!("owner    @{}", sanitize(o))
                        },
                        theme.style(Meaning::Overlay),
                        true,
                    )
                }
                FilterItem::AnyPhase => (
                    f.phase.is_none(),
                    "phase    any".to_string(),
                    theme.style(Meaning::Overlay),
                    true,
                ),
                FilterItem::Phase(g) => {
                    let key = state.metrics.by_phase.get(*g).map(|g| g.key.as_str());
                    let label = state
                        .metrics
                        .by_phase
                        .get(*g)
                        .map(|g| sanitize(&g.label).into_owned())
                        .unwrap_or_default();
                    (
                        f.phase.as_deref() == key,
                        format!("phase    {label}"),
                        theme.style(Meaning::Overlay),
                        true,
                    )
                }
            };
            let mark = match (radio, on) {
                (false, true) => "[x]",
                (false, false) => "[ ]",
                (true, true) => "(•)",
                (true, false) => "( )",
            };
            let selected = i == cursor;
            let line = Line::from(vec![
                Span::styled(
                    if selected { "› " } else { "  " },
                    theme.style(Meaning::Accent),
                ),
                Span::styled(format!("{mark} "), theme.style(Meaning::Overlay)),
                Span::styled(
                    fit(&label, (inner.width as usize).saturating_sub(6)),
                    if matches!(item, FilterItem::Priority(_)) {
                        theme.style(Meaning::Overlay)
                    } else {
                        style
                    },
                ),
            ]);
            if selected {
                line.style(theme.style(Meaning::Selected))
            } else {
                line
            }
        })
        .collect();
    lines.push(Line::default());
    lines.push(Line::from(Span::styled(
        format!(
            "{} of {} tasks shown",
            state.rows.shown_total,
            state.roadmap.tasks.len()
        ),
        theme.style(Meaning::Muted),
    )));
    frame.render_widget(
        Paragraph::new(lines).style(theme.style(Meaning::Overlay)),
        inner,
    );
}

/// "2 Basic Automation" when the maturity model names level `n`, else "2".
fn level_name(state: &State, n: u32) -> String {
    let name = state
        .roadmap
        .maturity
        .as_ref()
        .and_then(|m| m.levels.iter().find(|l| l.level == n))
        .map(|l| sanitize(&l.name).into_owned());
    match name {
        Some(name) => format!("{n} {name}"),
        None => n.to_string(),
    }
}
