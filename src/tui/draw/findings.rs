//! The Findings view: findings by category, most severe first, with score →
//! target bars, the tasks addressing each, and unaddressed ones flagged.

use super::details::severity_tag;
use super::page::Page;
use crate::model::range::format_number;
use crate::model::scorecard::ScoreLine;
use crate::model::Finding;
use crate::theme::{Meaning, Theme};
use crate::tui::state::State;
use crate::tui::text::{fit, fit_right, sanitize};
use ratatui::text::{Line, Span};
use std::collections::HashMap;

pub fn build(state: &State, theme: &Theme, cells: u16, page: &mut Page) {
    let r = &state.roadmap;
    let cells = cells as usize;
    if r.findings.is_empty() {
        page.push(|| {
            Line::from(Span::styled(
                "  This roadmap records no findings.",
                theme.style(Meaning::Muted),
            ))
        });
        return;
    }
    let mut addressing: HashMap<&str, Vec<usize>> = HashMap::new();
    for (i, t) in r.tasks.iter().enumerate() {
        for f in &t.findings {
            addressing.entry(f.as_str()).or_default().push(i);
        }
    }
    let scores: HashMap<usize, &ScoreLine> = state
        .metrics
        .scorecard
        .iter()
        .map(|s| (s.finding, s))
        .collect();
    let mut order: Vec<usize> = (0..r.findings.len()).collect();
    order.sort_by(|&a, &b| {
        let (fa, fb) = (&r.findings[a], &r.findings[b]);
        fa.category
            .to_lowercase()
            .cmp(&fb.category.to_lowercase())
            .then(fa.severity.cmp(&fb.severity))
            .then(a.cmp(&b))
    });
    let unaddressed = &state.metrics.unaddressed;
    page.push(|| {
        Line::from(vec![
            Span::styled(
                format!(" {} findings", r.findings.len()),
                theme.style(Meaning::Title),
            ),
            Span::styled(
                format!(" · {} unaddressed", unaddressed.len()),
                if unaddressed.is_empty() {
                    theme.style(Meaning::Muted)
                } else {
                    theme.style(Meaning::Warning)
                },
            ),
        ])
    });
    let mut category: Option<&str> = None;
    for &fi in &order {
        let f = &r.findings[fi];
        if category != Some(f.category.as_str()) {
            category = Some(&f.category);
            page.blank();
            page.push(|| {
                Line::from(Span::styled(
                    format!(" {}", sanitize(&f.category)),
                    theme.style(Meaning::Phase),
                ))
            });
        }
        let tasks = addressing
            .get(f.id.as_str())
            .map(Vec::as_slice)
            .unwrap_or(&[]);
        let flagged = unaddressed.binary_search(&fi).is_ok();
        let scored = !scores.is_empty();
        page.push(|| {
            finding_line(
                theme,
                f,
                scores.get(&fi).copied(),
                scored,
                tasks,
                state,
                cells,
            )
        });
        page.push(|| tasks_line(theme, state, tasks, flagged, cells));
    }
}

fn finding_line(
    theme: &Theme,
    f: &Finding,
    score: Option<&ScoreLine>,
    any_scored: bool,
    tasks: &[usize],
    state: &State,
    cells: usize,
) -> Line<'static> {
    // Counted as the phases count: skipped tasks are out of both figures.
    let status = |t: usize| state.roadmap.tasks[t].status;
    let done = tasks
        .iter()
        .filter(|&&t| status(t) == crate::model::Status::Done)
        .count();
    let counted = tasks
        .iter()
        .filter(|&&t| status(t) != crate::model::Status::Skipped)
        .count();
    let wide = cells >= 100;
    // No column for scores when no finding has one.
    let score_cells = match (any_scored, wide) {
        (false, _) => 0,
        (true, true) => 34,
        (true, false) if cells >= 70 => 24,
        _ => 0,
    };
    let tasks_text = format!("{done}/{counted} done");
    let title_cells = cells.saturating_sub(2 + 5 + 9 + score_cells + 1 + 10);
    let mut spans = vec![
        Span::raw("  "),
        Span::styled(
            format!("{:<4} ", severity_tag(f.severity)),
            theme.severity(f.severity),
        ),
        Span::styled(
            format!("{:<8} ", f.kind.as_str()),
            theme.style(Meaning::Muted),
        ),
        Span::styled(
            fit(&sanitize(&f.title), title_cells),
            theme.style(Meaning::Base),
        ),
    ];
    if score_cells > 0 {
        spans.push(Span::raw(" "));
        match score {
            Some(s) => spans.extend(score_spans(theme, s, score_cells)),
            None => spans.push(Span::raw(" ".repeat(score_cells))),
        }
    }
    spans.push(Span::styled(
        format!(" {}", fit_right(&tasks_text, 9)),
        theme.style(Meaning::Muted),
    ));
    Line::from(spans)
}

/// `1 → 4.2 ███▓▓░░░··· 9/10`: where it started, where it is, the target.
fn score_spans(theme: &Theme, s: &ScoreLine, cells: usize) -> Vec<Span<'static>> {
    let label = format!(
        "{} → {}",
        format_number(s.score),
        format_number((s.current * 10.0).round() / 10.0)
    );
    // A finding without a target shows none (not its score as one).
    let goal = match s.has_target {
        true => format!(" {}/{}", format_number(s.target), format_number(s.max)),
        false => " no target".to_string(),
    };
    let bar_cells = cells.saturating_sub(10 + goal.chars().count() + 1);
    let at = |v: f64| {
        if s.max > 0.0 && v.is_finite() {
            ((v / s.max).clamp(0.0, 1.0) * bar_cells as f64).round() as usize
        } else {
            0
        }
    };
    let start = at(s.score.min(s.current));
    let now = at(s.current).max(start);
    let target = at(s.target).max(now);
    vec![
        Span::styled(fit_right(&label, 10), theme.style(Meaning::Base)),
        Span::raw(" "),
        Span::styled("█".repeat(start), theme.style(Meaning::BarScore)),
        Span::styled("█".repeat(now - start), theme.style(Meaning::GaugeDone)),
        Span::styled("░".repeat(target - now), theme.style(Meaning::BarTarget)),
        Span::styled("·".repeat(bar_cells - target), theme.style(Meaning::Muted)),
        Span::styled(goal, theme.style(Meaning::Muted)),
    ]
}

fn tasks_line(
    theme: &Theme,
    state: &State,
    tasks: &[usize],
    flagged: bool,
    cells: usize,
) -> Line<'static> {
    if flagged {
        let why = if tasks.is_empty() {
            "no task addresses it"
        } else {
            "every task addressing it is skipped"
        };
        return Line::from(Span::styled(
            format!("       ⚠ unaddressed: {why}"),
            theme.style(Meaning::Warning),
        ));
    }
    if tasks.is_empty() {
        return Line::from(Span::styled("       no tasks", theme.style(Meaning::Muted)));
    }
    let mut spans = vec![Span::styled("       ↳ ", theme.style(Meaning::Muted))];
    let mut used = 9;
    for (n, &t) in tasks.iter().enumerate() {
        let task = &state.roadmap.tasks[t];
        let text = format!("{} {}", task.status.symbol(), sanitize(&task.id));
        let w = crate::tui::text::width(&text) + 2;
        if used + w > cells.saturating_sub(8) && n > 0 {
            spans.push(Span::styled(
                format!("+{} more", tasks.len() - n),
                theme.style(Meaning::Muted),
            ));
            break;
        }
        used += w;
        spans.push(Span::styled(text, theme.status(task.status)));
        spans.push(Span::raw("  "));
    }
    Line::from(spans)
}
