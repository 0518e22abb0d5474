//! The sections that are figures and tables: the header, progress by phase
//! and priority, the maturity ladder, costs, findings. The burn-up and the
//! timeline have files of their own.

use super::escape;
use super::svg::{bars, Row};
use crate::export::status::headline;
use crate::model::metrics::{Group, Metrics};
use crate::model::money::format_amount;
use crate::model::pace::{window_words, PaceForecast};
use crate::model::range::{format_number, format_percent};
use crate::model::schedule::{Dates, Forecast};
use crate::model::{Roadmap, Status};
use std::fmt::Write;

/// "2026-12-01" or "2026-12-01..2026-12-09".
pub fn dates(d: Dates) -> String {
    if d.low == d.high {
        d.low.to_string()
    } else {
        format!("{}..{}", d.low, d.high)
    }
}

/// Title, summary, source and the figures `roadmap status` prints, with the
/// forecast's end beside them.
pub fn header(roadmap: &Roadmap, m: &Metrics, forecast: &Forecast, pace: &PaceForecast) -> String {
    let p = &roadmap.project;
    let h = headline(roadmap, m);
    let mut out = String::from("<section class=\"header\" id=\"summary\">\n");
    let _ = writeln!(out, "<h1>{}</h1>", escape(&p.name));
    let _ = writeln!(
        out,
        "<p class=\"muted\">Roadmap report of {}</p>",
        forecast.today
    );
    if let Some(summary) = &p.summary {
        let _ = writeln!(out, "<p>{}</p>", escape(summary));
    }
    if let Some(source) = &p.source {
        let date = p
            .audit_date
            .map(|d| format!(", audit of {d}"))
            .unwrap_or_default();
        let _ = writeln!(
            out,
            "<p class=\"muted\">Source: {}{date}</p>",
            escape(source)
        );
    }
    out.push_str("<dl class=\"figures\">\n");
    let mut figure = |label: &str, text: &str| {
        let _ = writeln!(out, "<dt>{label}</dt><dd>{}</dd>", escape(text));
    };
    figure("Progress", &h.progress);
    figure("Effort", &h.effort);
    figure("Cost", &h.cost);
    if let Some(line) = &h.maturity {
        figure("Maturity", line);
    }
    if let Some(line) = &h.next_level {
        figure("Next level", line);
    }
    if let Some(line) = &h.blocked {
        figure("Blocked", line);
    }
    if let Some(line) = &h.open_findings {
        figure("Open", line);
    }
    let mut end = match forecast.end {
        Some(end) => format!("all open work done {}", dates(end)),
        None => "nothing left open".to_string(),
    };
    // As `roadmap forecast` warns: work nobody estimated took no time.
    if !forecast.unestimated.is_empty() {
        end.push_str(&format!(
            " ({} open task{} unestimated: given no time, so the dates are too early)",
            forecast.unestimated.len(),
            if forecast.unestimated.len() == 1 {
                ""
            } else {
                "s"
            }
        ));
    }
    figure("Forecast", &end);
    figure("At pace", &pace_line(pace));
    out.push_str("</dl>\n");
    if let Some(note) = forecast.team_note(roadmap) {
        let _ = writeln!(out, "<p class=\"note\">Forecast: {}</p>", escape(&note));
    }
    out.push_str("</section>\n");
    out
}

/// The second forecast, beside the capacity one: the hours a week the git
/// history shows were done, and when the next level and the end come at
/// that pace; or why there is no pace.
fn pace_line(f: &PaceForecast) -> String {
    let p = &f.pace;
    let Some(per_week) = p.hours_per_week else {
        return p.reason.clone().unwrap_or_else(|| "no pace".into());
    };
    let mut line = format!(
        "{} h/week over {} (from git)",
        format_number(per_week),
        window_words(p.weeks)
    );
    let next = f.levels.iter().find(|t| t.open > 0 && t.date.is_some());
    if let Some((t, date)) = next.and_then(|t| t.date.map(|d| (t, d))) {
        line.push_str(&format!(
            ": Level {} {} on {date}",
            t.level.unwrap_or_default(),
            t.name
        ));
    }
    match f.end.date {
        Some(date) => line.push_str(&format!(", all open work on {date}")),
        None if f.end.open == 0 => line.push_str(", nothing left open"),
        None => {}
    }
    line
}

fn progress_row(g: &Group) -> Row {
    let p = &g.progress;
    Row {
        label: g.label.clone(),
        fraction: p.percent_by_count() / 100.0,
        value: format!(
            "{}/{} done · {}",
            p.tasks_done,
            p.tasks_counted(),
            format_percent(p.percent_by_count())
        ),
    }
}

/// Done by count per phase (every phase) and per priority (those with tasks).
pub fn progress(m: &Metrics) -> String {
    let phases: Vec<Row> = m.by_phase.iter().map(progress_row).collect();
    let priorities: Vec<Row> = priority_groups(m).map(progress_row).collect();
    format!(
        "<section id=\"progress\">\n<h2>Progress</h2>\n<h3>By phase</h3>\n{}<h3>By priority</h3>\n{}</section>\n",
        bars("phases", &phases),
        bars("priorities", &priorities)
    )
}

/// The priorities `status` lists: those with at least one task.
pub fn priority_groups(m: &Metrics) -> impl Iterator<Item = &Group> {
    m.by_priority.iter().filter(|g| g.progress.tasks_total > 0)
}

/// The ladder: one bar per level (its share of effort done), then a table
/// with what each level holds and when the forecast reaches it.
pub fn maturity(roadmap: &Roadmap, m: &Metrics, forecast: &Forecast) -> String {
    let mut out = String::from("<section id=\"maturity\">\n<h2>Maturity</h2>\n");
    let Some(status) = &m.maturity else {
        out.push_str(
            "<p class=\"note\">The file has no maturity model ([maturity]).</p>\n</section>\n",
        );
        return out;
    };
    let h = headline(roadmap, m);
    if let Some(line) = &h.maturity {
        let _ = writeln!(out, "<p><strong>{}</strong></p>", escape(line));
    }
    match &h.next_level {
        Some(line) => {
            let _ = writeln!(out, "<p>Next level: {}</p>", escape(line));
        }
        None => out.push_str("<p>The top level is reached.</p>\n"),
    }
    if status.levels.is_empty() {
        out.push_str("<p class=\"note\">The model lists no levels.</p>\n</section>\n");
        return out;
    }
    let rows: Vec<Row> = status
        .levels
        .iter()
        .map(|l| Row {
            label: format!("Level {} {}", l.level, l.name),
            fraction: l.fraction,
            value: format!(
                "{} of {} tasks · {} of effort",
                l.tasks_done,
                l.tasks.len(),
                format_percent(l.fraction * 100.0)
            ),
        })
        .collect();
    out.push_str(&bars("levels", &rows));
    out.push_str("<table>\n<tr><th>Level</th><th>Name</th><th class=\"num\">Score</th><th class=\"num\">Tasks done</th><th>Forecast</th></tr>\n");
    for l in &status.levels {
        let when = match forecast.levels.iter().find(|f| f.level == l.level) {
            _ if l.reached => "reached".to_string(),
            Some(f) => f
                .finish
                .map_or("no open work".to_string(), |d| format!("by {}", dates(d))),
            None => String::new(),
        };
        let gates = if l.unmet_gates.is_empty() {
            String::new()
        } else {
            format!(
                "<br><span class=\"muted\">waits on {}</span>",
                escape(&l.unmet_gates.join(", "))
            )
        };
        let _ = writeln!(
            out,
            "<tr{}><td>{}</td><td>{}</td><td class=\"num\">{}</td><td class=\"num\">{}/{}</td><td>{}{gates}</td></tr>",
            if l.reached { " class=\"reached\"" } else { "" },
            l.level,
            escape(&l.name),
            escape(&status.scale.format(l.score)),
            l.tasks_done,
            l.tasks.len(),
            when
        );
    }
    out.push_str("</table>\n</section>\n");
    out
}

/// Which groups a cost chart shows: those with any amount of that kind.
pub fn cost_groups(groups: &[Group], monthly: bool) -> impl Iterator<Item = &Group> {
    groups.iter().filter(move |g| {
        let f = if monthly {
            &g.cost_monthly
        } else {
            &g.cost_once
        };
        f.total.high > 0.0
    })
}

fn cost_chart(name: &str, groups: &[Group], monthly: bool, cur: &str) -> String {
    let shown: Vec<&Group> = cost_groups(groups, monthly).collect();
    let what = if monthly { "monthly" } else { "one-time" };
    if shown.is_empty() {
        return format!("<p class=\"note\">No {what} costs.</p>\n");
    }
    let figures = |g: &Group| if monthly { g.cost_monthly } else { g.cost_once };
    let max = shown
        .iter()
        .map(|g| figures(g).total.high)
        .fold(0.0, f64::max);
    let rows: Vec<Row> = shown
        .iter()
        .map(|g| {
            let f = figures(g);
            Row {
                label: g.label.clone(),
                fraction: f.total.high / max,
                value: format!(
                    "{}{} · {} committed",
                    format_amount(f.total, cur),
                    if monthly { "/month" } else { "" },
                    format_amount(f.done, cur)
                ),
            }
        })
        .collect();
    bars(name, &rows)
}

/// One-time and monthly money by phase and by category.
pub fn costs(roadmap: &Roadmap, m: &Metrics) -> String {
    let cur = roadmap.project.currency.as_str();
    let mut out = String::from("<section id=\"costs\">\n<h2>Costs</h2>\n");
    let _ = writeln!(
        out,
        "<p>One-time {} (committed {}); monthly {} (committed {}); run-rate {}/year.</p>",
        escape(&format_amount(m.cost_once.total, cur)),
        escape(&format_amount(m.cost_once.done, cur)),
        escape(&format_amount(m.cost_monthly.total, cur)),
        escape(&format_amount(m.cost_monthly.done, cur)),
        escape(&format_amount(m.run_rate_total(), cur)),
    );
    for (title, groups, key) in [
        ("phase", &m.by_phase, "phases"),
        ("category", &m.by_category, "categories"),
    ] {
        let _ = writeln!(out, "<h3>One-time by {title}</h3>");
        out.push_str(&cost_chart(&format!("cost-once-{key}"), groups, false, cur));
        let _ = writeln!(out, "<h3>Monthly by {title}</h3>");
        out.push_str(&cost_chart(
            &format!("cost-monthly-{key}"),
            groups,
            true,
            cur,
        ));
    }
    out.push_str("</section>\n");
    out
}

/// Each finding with its score and the tasks that address it; the ones
/// `status` counts as open with no task (its `unaddressed`) are marked.
pub fn findings(roadmap: &Roadmap, m: &Metrics) -> String {
    let mut out = String::from("<section id=\"findings\">\n<h2>Findings</h2>\n");
    if roadmap.findings.is_empty() {
        out.push_str("<p class=\"note\">The file lists no findings.</p>\n</section>\n");
        return out;
    }
    out.push_str("<table>\n<tr><th>Severity</th><th>Category</th><th>Finding</th><th class=\"num\">Score</th><th>Addressed by</th></tr>\n");
    for (i, f) in roadmap.findings.iter().enumerate() {
        let open = m.unaddressed.contains(&i);
        let tasks: Vec<String> = roadmap
            .tasks
            .iter()
            .filter(|t| t.findings.contains(&f.id))
            .map(|t| {
                let mark = match t.status {
                    Status::Done => "✓ ",
                    Status::Skipped => "✗ ",
                    Status::Doing => "▶ ",
                    Status::Todo => "",
                };
                format!("{mark}{}", escape(&t.title))
            })
            .collect();
        let score = match (f.score, f.target) {
            (Some(s), Some(t)) => format!(
                "{} → {} / {}",
                format_number(s),
                format_number(t),
                format_number(f.max.unwrap_or(100.0))
            ),
            (Some(s), None) => {
                format!(
                    "{} / {}",
                    format_number(s),
                    format_number(f.max.unwrap_or(100.0))
                )
            }
            _ => String::new(),
        };
        let severity = f.severity.to_string();
        let _ = writeln!(
            out,
            "<tr{}><td class=\"sev-{}\">{}</td><td>{}</td><td>{}</td><td class=\"num\">{}</td><td>{}</td></tr>",
            if open { " class=\"unaddressed\"" } else { "" },
            escape(&severity.to_lowercase()),
            escape(&severity),
            escape(&f.category),
            escape(&f.title),
            escape(&score),
            if open {
                "<em>no task addresses it</em>".to_string()
            } else if tasks.is_empty() {
                "—".to_string()
            } else {
                tasks.join("<br>")
            }
        );
    }
    out.push_str("</table>\n</section>\n");
    out
}
