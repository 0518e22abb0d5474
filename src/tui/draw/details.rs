//! The details pane: everything about the selected task (findings it
//! addresses, dependencies, notes, dates), or about the selected phase.

use super::format::{hours, once_and_monthly, percent};
use crate::model::fields::TASK_FIELDS;
use crate::model::Task;
use crate::theme::{Meaning, Theme};
use crate::tui::rows::Row;
use crate::tui::state::State;
use crate::tui::text::sanitize;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph, Wrap};
use ratatui::Frame;

pub fn draw(frame: &mut Frame, area: Rect, state: &State, theme: &Theme) {
    let (title, lines) = match state.selected_row() {
        Some(Row::Task(t)) => match state.roadmap.tasks.get(t as usize) {
            Some(task) => (
                format!(" {} ", sanitize(&task.id)),
                task_lines(state, theme, t as usize, task),
            ),
            None => (String::new(), Vec::new()),
        },
        Some(Row::Phase(g)) => (
            format!(" {} ", state.group.name()),
            phase_lines(state, theme, g as usize),
        ),
        None => (String::new(), Vec::new()),
    };
    let block = Block::default()
        .borders(if area.x == 0 {
            Borders::TOP
        } else {
            Borders::LEFT
        })
        .padding(ratatui::widgets::Padding::horizontal(1))
        .border_style(theme.style(Meaning::Border))
        .title(Span::styled(title, theme.style(Meaning::Muted)));
    // Scrolled (`}`), but never past its last line.
    let scroll = state.details_offset().min(lines.len().saturating_sub(1));
    frame.render_widget(
        Paragraph::new(lines)
            .block(block)
            .wrap(Wrap { trim: false })
            .scroll((scroll.min(u16::MAX as usize) as u16, 0))
            .style(theme.style(Meaning::Base)),
        area,
    );
}

fn label(theme: &Theme, text: &str) -> Span<'static> {
    Span::styled(format!("{text} "), theme.style(Meaning::Muted))
}

fn task_lines(state: &State, theme: &Theme, index: usize, task: &Task) -> Vec<Line<'static>> {
    let r = &state.roadmap;
    let cal = r.calendar();
    let base = theme.style(Meaning::Base);
    let mut lines = vec![Line::from(Span::styled(
        sanitize(&task.title).into_owned(),
        theme.style(Meaning::Title),
    ))];

    let mut status = vec![
        Span::styled(
            format!("{} {}", task.status.symbol(), task.status),
            theme.status(task.status),
        ),
        Span::raw("  "),
        Span::styled(
            format!(" {} ", task.priority.letter()),
            theme.priority(task.priority),
        ),
        Span::styled(format!(" {}", task.priority), base),
    ];
    if let Some(l) = task.level {
        status.push(Span::styled(format!("  level {l}"), base));
    }
    if state.metrics.is_blocked(index) {
        status.push(Span::styled("  ⊘ blocked", theme.style(Meaning::Blocked)));
    }
    lines.push(Line::from(status));

    let mut figures = vec![label(theme, "Effort")];
    figures.push(Span::styled(
        match task.effort {
            Some(e) if e.unit == crate::model::EffortUnit::Hours => e.to_string(),
            Some(e) => format!("{e} ({})", in_hours(e.in_hours(&cal))),
            None => "not estimated".into(),
        },
        base,
    ));
    let once = task.cost_once.map(|m| m.0).unwrap_or_default();
    let monthly = task.cost_monthly.map(|m| m.0).unwrap_or_default();
    if !once.is_zero() || !monthly.is_zero() {
        figures.push(label(theme, "  Cost"));
        figures.push(Span::styled(
            once_and_monthly(once, monthly, &r.project.currency),
            base,
        ));
    }
    lines.push(Line::from(figures));

    let mut meta = Vec::new();
    let phase_name = r
        .phase(&task.phase)
        .map(|p| p.name.clone())
        .unwrap_or_else(|| format!("{} (no such phase)", task.phase));
    meta.push(label(theme, "Phase"));
    meta.push(Span::styled(sanitize(&phase_name).into_owned(), base));
    // The plain facts the field table puts here, in its order.
    for field in TASK_FIELDS.iter().filter(|f| f.shown.in_details) {
        if let Some(value) = (field.get)(task) {
            meta.push(label(theme, &format!("  {}", field.label)));
            meta.push(Span::styled(
                sanitize(&value.to_text(", ")).into_owned(),
                base,
            ));
        }
    }
    lines.push(Line::from(meta));
    if let Some(line) = task.source_line {
        lines.push(Line::from(Span::styled(
            format!(
                "from {} line {line}",
                report_name(r.project.source.as_deref())
            ),
            theme.style(Meaning::Muted),
        )));
    }

    if !task.findings.is_empty() {
        lines.push(Line::from(label(theme, "Addresses")));
        for id in &task.findings {
            let line = match r.finding(id) {
                Some(f) => Line::from(vec![
                    Span::raw("  • "),
                    Span::styled(
                        format!("{:<4} ", severity_tag(f.severity)),
                        theme.severity(f.severity),
                    ),
                    Span::styled(sanitize(&f.title).into_owned(), base),
                    Span::styled(
                        format!(" ({})", sanitize(&f.category)),
                        theme.style(Meaning::Muted),
                    ),
                ]),
                None => Line::from(Span::styled(
                    format!("  • {} (no such finding)", sanitize(id)),
                    theme.style(Meaning::Error),
                )),
            };
            lines.push(line);
        }
    }
    if !task.depends_on.is_empty() {
        lines.push(Line::from(label(theme, "Depends on")));
        for id in &task.depends_on {
            let line = match state.task_by_id(id) {
                Some(dep) => Line::from(vec![
                    Span::raw("  "),
                    Span::styled(dep.status.symbol(), theme.status(dep.status)),
                    Span::raw(" "),
                    Span::styled(sanitize(&dep.title).into_owned(), base),
                    if dep.status.is_closed() {
                        Span::raw("")
                    } else {
                        Span::styled(" ⊘ open", theme.style(Meaning::Blocked))
                    },
                ]),
                None => Line::from(Span::styled(
                    format!("  {} (no such task)", sanitize(id)),
                    theme.style(Meaning::Error),
                )),
            };
            lines.push(line);
        }
    }
    if let Some(notes) = &task.notes {
        lines.push(Line::from(label(theme, "Notes")));
        for l in notes.lines() {
            lines.push(Line::from(Span::styled(format!("  {}", sanitize(l)), base)));
        }
    }
    lines
}

/// The report a roadmap was imported from, by its file name
/// (`audit.md`, not the path it was imported by).
fn report_name(source: Option<&str>) -> String {
    let name = source
        .map(|s| {
            std::path::Path::new(s)
                .file_name()
                .and_then(|n| n.to_str())
                .unwrap_or(s)
        })
        .filter(|n| !n.trim().is_empty())
        .unwrap_or("the report");
    sanitize(name).into_owned()
}

/// Always in hours, for showing what `2d` means under the project's calendar.
fn in_hours(r: crate::model::Range) -> String {
    use crate::model::range::format_number;
    if r.is_point() {
        format!("{}h", format_number(r.low))
    } else {
        format!("{}-{}h", format_number(r.low), format_number(r.high))
    }
}

pub fn severity_tag(s: crate::model::Severity) -> &'static str {
    use crate::model::Severity::*;
    match s {
        Critical => "CRIT",
        High => "HIGH",
        Medium => "MED",
        Low => "LOW",
        Info => "INFO",
    }
}

fn phase_lines(state: &State, theme: &Theme, g: usize) -> Vec<Line<'static>> {
    let Some(group) = state.groups().get(g) else {
        return Vec::new();
    };
    let r = &state.roadmap;
    let cal = r.calendar();
    let base = theme.style(Meaning::Base);
    let p = &group.progress;
    let mut lines = vec![Line::from(Span::styled(
        sanitize(&group.label).into_owned(),
        theme.style(Meaning::Title),
    ))];
    if let Some(phase) = r.phase(&group.key) {
        let mut when = Vec::new();
        if let Some(w) = &phase.window {
            when.push(Span::styled(sanitize(w).into_owned(), base));
        }
        if let (Some(s), Some(e)) = (phase.start, phase.end) {
            when.push(Span::styled(format!("  {s} → {e}"), base));
        }
        if !when.is_empty() {
            lines.push(Line::from(when));
        }
    }
    lines.push(Line::from(vec![
        label(theme, "Tasks"),
        Span::styled(
            format!(
                "{}/{} done ({}) · {} doing · {} skipped",
                p.tasks_done,
                p.tasks_counted(),
                percent(p.percent_by_count()),
                p.tasks_doing,
                p.tasks_skipped
            ),
            base,
        ),
    ]));
    lines.push(Line::from(vec![
        label(theme, "Effort"),
        Span::styled(
            format!(
                "{} of {} left ({})",
                crate::model::wording::effort_left(
                    group.effort.remaining,
                    p.open_unestimated,
                    &cal
                ),
                hours(group.effort.total, &cal),
                match p.percent_by_effort_known() {
                    Some(share) => format!("{} done by effort", percent(share)),
                    None => "no estimates".to_string(),
                }
            ),
            base,
        ),
    ]));
    lines.push(Line::from(vec![
        label(theme, "Cost"),
        Span::styled(
            format!(
                "{} committed of {}",
                once_and_monthly(
                    group.cost_once.done,
                    group.cost_monthly.done,
                    &r.project.currency
                ),
                once_and_monthly(
                    group.cost_once.total,
                    group.cost_monthly.total,
                    &r.project.currency
                )
            ),
            base,
        ),
    ]));
    if let Some(d) = r.phase(&group.key).and_then(|p| p.description.as_deref()) {
        for l in d.lines() {
            lines.push(Line::from(Span::styled(
                sanitize(l).into_owned(),
                theme.style(Meaning::Muted),
            )));
        }
    }
    lines
}
