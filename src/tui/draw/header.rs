//! The header: project, progress gauge, maturity and the next level, effort
//! left, cost committed and run-rate, unsaved marker. Recomputed figures come
//! from `Metrics`; this only lays them out.

use super::bar::gauge;
use super::format::{money, once_and_monthly, percent};
use crate::model::wording;
use crate::theme::{Meaning, Theme};
use crate::tui::state::State;
use crate::tui::text::{fit, sanitize, width};
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Paragraph;
use ratatui::Frame;

pub fn draw(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    if area.height == 0 {
        return;
    }
    let mut lines = vec![
        title_line(state, theme, area.width as usize),
        progress_line(state, theme, area.width as usize),
    ];
    if area.height >= 4 {
        lines.push(maturity_line(state, theme));
        lines.push(money_line(state, theme, area.width as usize));
    }
    lines.truncate(area.height as usize);
    frame.render_widget(
        Paragraph::new(lines).style(theme.style(Meaning::Base)),
        area,
    );
}

fn title_line(state: &State, theme: &Theme, cells: usize) -> Line<'static> {
    let file = state
        .path
        .as_ref()
        .and_then(|p| p.file_name())
        .map(|f| sanitize(&f.to_string_lossy()).into_owned());
    // "saved" only means something when there is a file to have saved to.
    let (marker, marker_style) = match (state.is_dirty(), &file) {
        (true, _) => ("● unsaved", theme.style(Meaning::Dirty)),
        (false, Some(_)) => ("saved", theme.style(Meaning::Muted)),
        (false, None) => ("", theme.style(Meaning::Muted)),
    };
    let notes: Vec<String> = file.into_iter().collect();
    let notes = if notes.is_empty() {
        String::new()
    } else {
        format!("{}  ", notes.join("  "))
    };
    let right = format!("{notes}{marker} ");
    let name = format!(" {}", sanitize(&state.roadmap.project.name));
    let room = cells.saturating_sub(width(&right));
    Line::from(vec![
        Span::styled(fit(&name, room), theme.style(Meaning::Title)),
        Span::styled(notes, theme.style(Meaning::Muted)),
        Span::styled(marker.to_string(), marker_style),
        Span::raw(" "),
    ])
}

fn progress_line(state: &State, theme: &Theme, cells: usize) -> Line<'static> {
    let m = &state.metrics;
    let p = &m.overall;
    let cal = state.roadmap.calendar();
    let bar_cells = if cells >= 100 {
        24
    } else if cells >= 70 {
        14
    } else {
        8
    };
    let mut first = vec![Span::styled(" Progress ", theme.style(Meaning::Muted))];
    first.extend(gauge(
        p.percent_by_count() / 100.0,
        bar_cells,
        theme.style(Meaning::GaugeDone),
        theme.style(Meaning::GaugeTodo),
    ));
    first.push(Span::styled(
        format!(
            " {}/{} tasks {}",
            p.tasks_done,
            p.tasks_counted(),
            percent(p.percent_by_count())
        ),
        theme.style(Meaning::Base),
    ));
    let base = theme.style(Meaning::Base);
    let mut groups = vec![first];
    // Late work comes right after the count: on a narrow screen it stays.
    let late = state.late();
    if !late.is_empty() {
        let mut said = Vec::new();
        if late.tasks_overdue > 0 {
            said.push(format!("{} overdue", late.tasks_overdue));
        }
        match late.phases_past_end {
            0 => {}
            1 => said.push("1 phase past end".to_string()),
            n => said.push(format!("{n} phases past end")),
        }
        groups.push(vec![Span::styled(
            format!(" · ! {}", said.join(", ")),
            theme.style(Meaning::Warning),
        )]);
    }
    // What the effort share covers, and never "0h left" for work nobody
    // estimated (the model words both, as `status` does).
    match p.percent_by_effort_known() {
        None => groups.push(vec![Span::styled(
            " · no effort estimates",
            theme.style(Meaning::Muted),
        )]),
        Some(_) => {
            // The whole wording when it fits beside the count, else the short one.
            let used: usize = groups[0].iter().map(|s| width(&s.content)).sum();
            let mut share = format!(" · {}", wording::effort_share(p));
            if used + width(&share) > cells {
                share = format!(" · {}", wording::effort_share_short(p));
            }
            groups.push(vec![Span::styled(share, base)]);
            let left =
                match wording::effort_left_short(m.effort.remaining, p.open_unestimated, &cal) {
                    Some(left) => format!("{left} left"),
                    None => "open work not estimated".to_string(),
                };
            groups.push(vec![Span::styled(format!(" · {left}"), base)]);
        }
    }
    if !m.blocked.is_empty() {
        groups.push(vec![Span::styled(
            format!(" · ⊘ {} blocked", m.blocked.len()),
            theme.style(Meaning::Blocked),
        )]);
    }
    if p.tasks_doing > 0 {
        groups.push(vec![Span::styled(
            format!(" · {} doing", p.tasks_doing),
            theme.style(Meaning::StatusDoing),
        )]);
    }
    fit_groups(groups, cells)
}

/// Joins groups of spans left to right, leaving out any group that would not
/// fit, so a narrow terminal loses the least important figures whole rather
/// than half a number.
fn fit_groups(groups: Vec<Vec<Span<'static>>>, cells: usize) -> Line<'static> {
    let mut used = 0;
    let mut spans = Vec::new();
    for (i, group) in groups.into_iter().enumerate() {
        let w: usize = group.iter().map(|s| width(&s.content)).sum();
        if i == 0 || used + w <= cells {
            used += w;
            spans.extend(group);
        }
    }
    Line::from(spans)
}

fn maturity_line(state: &State, theme: &Theme) -> Line<'static> {
    match state.metrics.maturity_line() {
        Some(line) => Line::from(vec![
            Span::styled(" Maturity ", theme.style(Meaning::Muted)),
            Span::styled(sanitize(&line).into_owned(), theme.style(Meaning::Accent)),
        ]),
        None => Line::from(Span::styled(
            " No maturity model",
            theme.style(Meaning::Muted),
        )),
    }
}

fn money_line(state: &State, theme: &Theme, cells: usize) -> Line<'static> {
    let m = &state.metrics;
    let cur = &state.roadmap.project.currency;
    let cal = state.roadmap.calendar();
    let (muted, base) = (theme.style(Meaning::Muted), theme.style(Meaning::Base));
    let mut groups = Vec::new();
    if let Some(next) = m.maturity.as_ref().and_then(|s| s.next.as_ref()) {
        // What is left to reach the next level: tasks, then effort and cost when known.
        let mut left = vec![match next.tasks_tagged {
            0 => "no tasks tagged".to_string(),
            _ => format!("{} tasks", next.tasks_open.len()),
        }];
        if let Some(effort) = (!next.effort_left.is_zero())
            .then(|| wording::effort_left_short(next.effort_left, next.open_unestimated, &cal))
            .flatten()
        {
            left.push(effort);
        }
        if !next.cost_once_left.is_zero() || !next.cost_monthly_left.is_zero() {
            left.push(once_and_monthly(
                next.cost_once_left,
                next.cost_monthly_left,
                cur,
            ));
        }
        groups.push(vec![
            Span::styled(format!(" Next L{}: ", next.level), muted),
            Span::styled(left.join(" · "), base),
            Span::styled(" │", theme.style(Meaning::Border)),
        ]);
    }
    if m.cost_once.total.is_zero() && m.cost_monthly.total.is_zero() {
        groups.push(vec![Span::styled(" No costs recorded", muted)]);
        return fit_groups(groups, cells);
    }
    groups.push(vec![
        Span::styled(" Committed ", muted),
        Span::styled(
            once_and_monthly(m.cost_once.done, m.cost_monthly.done, cur),
            base,
        ),
    ]);
    groups.push(vec![
        Span::styled(" of ", muted),
        Span::styled(
            once_and_monthly(m.cost_once.total, m.cost_monthly.total, cur),
            base,
        ),
    ]);
    groups.push(vec![
        Span::styled(" · run-rate ", muted),
        Span::styled(format!("{}/yr", money(m.run_rate_total(), cur)), base),
    ]);
    fit_groups(groups, cells)
}
