//! The roadmap as a markdown status report: headline figures, maturity, then
//! each phase as a checklist with priority, effort and cost, then findings.
//! Meant to be pasted into a wiki or a pull request.

use crate::model::effort::natural_range;
use crate::model::metrics::Metrics;
use crate::model::money::format_amount;
use crate::model::range::format_percent;
use crate::model::wording;
use crate::model::{Roadmap, Status, Task};
use std::fmt::Write;

pub fn render(roadmap: &Roadmap, m: &Metrics) -> String {
    let cal = roadmap.calendar();
    let cur = roadmap.project.currency.as_str();
    let mut out = String::new();
    let p = &roadmap.project;
    let _ = writeln!(out, "# {} — roadmap status\n", escape(&p.name));
    if let Some(summary) = &p.summary {
        let _ = writeln!(out, "{}\n", escape(summary));
    }
    if let Some(source) = &p.source {
        let date = p
            .audit_date
            .map(|d| format!(", audit of {d}"))
            .unwrap_or_default();
        let _ = writeln!(out, "_Source: {}{date}_\n", escape(source));
    }
    let o = &m.overall;
    let _ = writeln!(out, "| | |\n|---|---|");
    let _ = writeln!(
        out,
        "| Progress | {} of {} tasks ({} by count, {}) |",
        o.tasks_done,
        o.tasks_counted(),
        format_percent(o.percent_by_count()),
        wording::by_effort(o)
    );
    let _ = writeln!(
        out,
        "| Effort | {} left of {}{} |",
        wording::effort_left(m.effort.remaining, o.open_unestimated, &cal),
        natural_range(m.effort.total, &cal),
        roadmap.estimate_coverage_note()
    );
    let _ = writeln!(
        out,
        "| One-time cost | {} committed of {} |",
        format_amount(m.cost_once.done, cur),
        format_amount(m.cost_once.total, cur)
    );
    let _ = writeln!(
        out,
        "| Monthly cost | {} committed of {} |",
        format_amount(m.cost_monthly.done, cur),
        format_amount(m.cost_monthly.total, cur)
    );
    if let Some(line) = m.maturity_line() {
        let _ = writeln!(out, "| Maturity | {} |", escape(&line));
    }
    out.push('\n');

    if let Some(status) = &m.maturity {
        if !status.levels.is_empty() {
            let _ = writeln!(out, "## Maturity\n");
            for l in &status.levels {
                let mark = if l.reached { "x" } else { " " };
                let _ = writeln!(
                    out,
                    "- [{mark}] Level {} {} — {} ({} of {} tasks{})",
                    l.level,
                    escape(&l.name),
                    status.scale.format(l.score),
                    l.tasks_done,
                    l.tasks.len(),
                    match l.tasks_skipped {
                        0 => String::new(),
                        n => format!(", {n} skipped"),
                    }
                );
            }
            out.push('\n');
        }
    }

    for (group, phase) in m.by_phase.iter().zip(
        roadmap
            .phases
            .iter()
            .map(Some)
            .chain(std::iter::repeat(None)),
    ) {
        let window = phase
            .and_then(|p| p.window.as_deref())
            .map(|w| format!(" ({})", escape(w)))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "## {}{window} — {}/{} done\n",
            escape(&group.label),
            group.progress.tasks_done,
            group.progress.tasks_counted()
        );
        for task in roadmap.tasks.iter().filter(|t| t.phase == group.key) {
            let _ = writeln!(out, "{}", task_line(task, roadmap, cur));
        }
        out.push('\n');
    }

    if !roadmap.findings.is_empty() {
        let _ = writeln!(out, "## Findings\n");
        let _ = writeln!(
            out,
            "| Category | Finding | Kind | Severity | Score |\n|---|---|---|---|---|"
        );
        for f in &roadmap.findings {
            let score = match (f.score, f.target) {
                (Some(s), Some(t)) => {
                    format!("{} → {} / {}", num(s), num(t), num(f.max.unwrap_or(100.0)))
                }
                (Some(s), None) => format!("{} / {}", num(s), num(f.max.unwrap_or(100.0))),
                _ => String::new(),
            };
            let _ = writeln!(
                out,
                "| {} | {} | {} | {} | {} |",
                escape(&f.category),
                escape(&f.title),
                f.kind,
                f.severity,
                score
            );
        }
        out.push('\n');
    }
    out
}

fn task_line(task: &Task, roadmap: &Roadmap, cur: &str) -> String {
    let mark = match task.status {
        Status::Done => "[x]",
        _ => "[ ]",
    };
    let mut parts = vec![format!("**{}**", task.priority)];
    if let Some(e) = task.effort {
        parts.push(e.to_string());
    }
    if let Some(c) = task.cost_once {
        parts.push(format_amount(c.0, cur));
    }
    if let Some(c) = task.cost_monthly {
        parts.push(format!("{}/month", format_amount(c.0, cur)));
    }
    if let Some(l) = task.level {
        parts.push(format!("level {l}"));
    }
    let status = match task.status {
        Status::Doing => " _(in progress)_",
        Status::Skipped => " _(skipped)_",
        _ => "",
    };
    let title = if task.status == Status::Skipped {
        format!("~~{}~~", escape(&task.title))
    } else {
        escape(&task.title)
    };
    let done_on = task
        .done_on
        .map(|d| format!(" — done {d}"))
        .unwrap_or_default();
    let deps: Vec<&str> = task
        .depends_on
        .iter()
        .filter(|d| roadmap.task(d).is_some_and(|t| !t.status.is_closed()))
        .map(String::as_str)
        .collect();
    let blocked = if deps.is_empty() || task.status.is_closed() {
        String::new()
    } else {
        format!(" — waits on {}", deps.join(", "))
    };
    format!(
        "- {mark} {title}{status} — {}{done_on}{blocked}",
        parts.join(" · ")
    )
}

fn num(v: f64) -> String {
    crate::model::range::format_number(v)
}

/// Keeps user text from breaking the markdown: table pipes and control characters.
fn escape(text: &str) -> String {
    text.chars()
        .filter(|c| !c.is_control() || *c == '\n')
        .map(|c| if c == '\n' { ' ' } else { c })
        .collect::<String>()
        .replace('|', "\\|")
}
