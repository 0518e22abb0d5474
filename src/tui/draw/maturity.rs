//! The Maturity view: every level with its score, a gauge of the effort done
//! in it and its tasks as a checklist; then the category scorecard as bars.

use super::bar::gauge;
use super::format::{once_and_monthly, percent};
use super::page::Page;
use crate::model::maturity::LevelStatus;
use crate::model::range::format_number;
use crate::theme::{Meaning, Theme};
use crate::tui::state::State;
use crate::tui::text::{fit, sanitize};
use ratatui::text::{Line, Span};

pub fn build(state: &State, theme: &Theme, cells: u16, page: &mut Page) {
    let cells = cells as usize;
    let Some(m) = state.metrics.maturity.as_ref() else {
        page.push(|| {
            Line::from(Span::styled(
                "  This roadmap has no maturity model.",
                theme.style(Meaning::Muted),
            ))
        });
        super::burnup::build(state, theme, cells, page);
        scorecard(state, theme, cells, page);
        return;
    };
    let baseline = state
        .roadmap
        .maturity
        .as_ref()
        .map_or(0.0, |mm| mm.baseline);
    page.push(|| {
        Line::from(vec![
            Span::styled(
                format!(" Score {}", m.scale.format(m.score)),
                theme.style(Meaning::Title),
            ),
            Span::styled(
                format!(" · baseline {}", m.scale.format(baseline)),
                theme.style(Meaning::Muted),
            ),
            Span::styled(
                match &m.level {
                    Some((n, name)) => match m.skipped_to_reach() {
                        0 => format!(" · Level {n} {} reached", sanitize(name)),
                        k => format!(" · Level {n} {} reached · {k} skipped", sanitize(name)),
                    },
                    None => " · no level reached yet".into(),
                },
                theme.style(Meaning::Accent),
            ),
        ])
    });
    super::burnup::build(state, theme, cells, page);
    for level in &m.levels {
        page.blank();
        page.push(|| level_line(state, theme, level, cells));
        let is_next = m.next.as_ref().is_some_and(|n| n.level == level.level);
        if is_next {
            page.push(|| next_line(state, theme));
        }
        if let Some(desc) = state
            .roadmap
            .maturity
            .as_ref()
            .and_then(|mm| mm.levels.iter().find(|l| l.level == level.level))
            .and_then(|l| l.description.as_deref())
        {
            page.push(|| {
                Line::from(Span::styled(
                    format!("     {}", fit(&sanitize(desc), cells.saturating_sub(5))),
                    theme.style(Meaning::Muted),
                ))
            });
        }
        for gate in &level.unmet_gates {
            page.push(|| {
                Line::from(Span::styled(
                    format!("     ! {}", sanitize(gate)),
                    theme.style(Meaning::Warning),
                ))
            });
        }
        for &t in &level.tasks {
            page.push(|| task_line(state, theme, t, cells));
        }
    }
    scorecard(state, theme, cells, page);
}

fn level_line(state: &State, theme: &Theme, level: &LevelStatus, cells: usize) -> Line<'static> {
    let Some(m) = state.metrics.maturity.as_ref() else {
        return Line::default();
    };
    let (mark, mark_style) = if level.reached {
        ("✓", theme.style(Meaning::Success))
    } else {
        ("·", theme.style(Meaning::Muted))
    };
    let counted = level
        .tasks
        .iter()
        .filter(|&&t| {
            state
                .roadmap
                .tasks
                .get(t)
                .is_some_and(|t| t.status != crate::model::Status::Skipped)
        })
        .count();
    // A level that stands on skipped tasks says so ("· 4 skipped").
    let skipped = match level.tasks_skipped {
        0 => String::new(),
        n => format!(" · {n} skipped"),
    };
    let right = format!(
        " {:>5} · {}/{} done{skipped}",
        percent(level.fraction * 100.0),
        level.tasks_done,
        counted
    );
    let gauge_cells = if cells >= 100 { 20 } else { 10 };
    let name = format!("Level {} {}", level.level, sanitize(&level.name));
    let name_cells = cells.saturating_sub(3 + 9 + gauge_cells + right.chars().count() + 1);
    let mut spans = vec![
        Span::styled(format!(" {mark} "), mark_style),
        Span::styled(fit(&name, name_cells), theme.style(Meaning::Phase)),
        Span::styled(
            format!(" {:>8}", m.scale.format(level.score)),
            theme.style(Meaning::Accent),
        ),
        Span::raw(" "),
    ];
    spans.extend(gauge(
        level.fraction,
        gauge_cells,
        theme.style(Meaning::GaugeDone),
        theme.style(Meaning::GaugeTodo),
    ));
    spans.push(Span::styled(right, theme.style(Meaning::Muted)));
    Line::from(spans)
}

fn next_line(state: &State, theme: &Theme) -> Line<'static> {
    let Some(next) = state
        .metrics
        .maturity
        .as_ref()
        .and_then(|m| m.next.as_ref())
    else {
        return Line::default();
    };
    let cal = state.roadmap.calendar();
    // Effort and cost only when the plan records them, rather than "0h · $0".
    let mut parts = vec![next.open_words()];
    // Never "0h" for open work without an estimate.
    if !next.effort_left.is_zero() {
        parts.push(crate::model::wording::effort_left(
            next.effort_left,
            next.open_unestimated,
            &cal,
        ));
    } else if next.open_unestimated > 0 {
        parts.push("none estimated".to_string());
    }
    if !next.cost_once_left.is_zero() || !next.cost_monthly_left.is_zero() {
        parts.push(once_and_monthly(
            next.cost_once_left,
            next.cost_monthly_left,
            &state.roadmap.project.currency,
        ));
    }
    Line::from(vec![
        Span::styled("     next: ", theme.style(Meaning::Key)),
        Span::styled(
            match next.tasks_tagged {
                0 => parts.join(" · "),
                _ => format!("{} to reach it", parts.join(" · ")),
            },
            theme.style(Meaning::Base),
        ),
    ])
}

fn task_line(state: &State, theme: &Theme, t: usize, cells: usize) -> Line<'static> {
    let Some(task) = state.roadmap.tasks.get(t) else {
        return Line::default();
    };
    let effort = task.effort.map(|e| e.to_string()).unwrap_or_default();
    let title_cells = cells.saturating_sub(5 + 4 + 4 + effort.chars().count() + 3);
    let mut spans = vec![
        Span::raw("     "),
        Span::styled(task.status.symbol(), theme.status(task.status)),
        Span::raw(" "),
        Span::styled(
            format!(" {} ", task.priority.letter()),
            theme.priority(task.priority),
        ),
        Span::raw(" "),
        Span::styled(
            fit(&sanitize(&task.title), title_cells),
            theme.style(Meaning::Base),
        ),
        Span::styled(format!(" {effort}"), theme.style(Meaning::Muted)),
    ];
    if state.metrics.is_blocked(t) {
        spans.push(Span::styled(" ⊘", theme.style(Meaning::Blocked)));
    }
    Line::from(spans)
}

fn scorecard(state: &State, theme: &Theme, cells: usize, page: &mut Page) {
    let lines = &state.metrics.scorecard;
    if lines.is_empty() {
        return;
    }
    page.blank();
    page.push(|| {
        Line::from(Span::styled(
            " Category scorecard",
            theme.style(Meaning::Title),
        ))
    });
    let label_cells = (cells / 3).clamp(12, 40);
    for s in lines {
        let Some(f) = state.roadmap.findings.get(s.finding) else {
            continue;
        };
        page.push(|| {
            let label = format!("{} · {}", sanitize(&f.category), sanitize(&f.title));
            let target = match s.has_target {
                true => format!(
                    "target {} of {}",
                    format_number(s.target),
                    format_number(s.max)
                ),
                false => format!("of {}, no target", format_number(s.max)),
            };
            let numbers = format!(
                " {} → {} ({target})",
                format_number(s.score),
                format_number((s.current * 10.0).round() / 10.0),
            );
            let bar_cells = cells.saturating_sub(3 + label_cells + numbers.chars().count() + 1);
            let at = |v: f64| {
                if s.max > 0.0 && v.is_finite() {
                    ((v / s.max).clamp(0.0, 1.0) * bar_cells as f64).round() as usize
                } else {
                    0
                }
            };
            let now = at(s.current);
            let target = at(s.target).max(now);
            Line::from(vec![
                Span::raw("   "),
                Span::styled(fit(&label, label_cells), theme.style(Meaning::Base)),
                Span::raw(" "),
                Span::styled("█".repeat(now), theme.style(Meaning::GaugeDone)),
                Span::styled("░".repeat(target - now), theme.style(Meaning::BarTarget)),
                Span::styled("·".repeat(bar_cells - target), theme.style(Meaning::Muted)),
                Span::styled(numbers, theme.style(Meaning::Muted)),
            ])
        });
    }
}
