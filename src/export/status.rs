//! `roadmap status`: the summary for people (text) and for scripts (`--json`).
//! The JSON keys are a contract scripts rely on, listed in README.md
//! (`status --json`), where additions are documented too. A range is reported as its mid value with `_low` and `_high` beside it.

use crate::model::effort::natural_range;
use crate::model::metrics::{Group, Metrics};
use crate::model::money::format_amount;
use crate::model::range::format_percent;
use crate::model::wording;
use crate::model::{Priority, Range, Roadmap};
use serde_json::{json, Map, Value};

fn put_range(map: &mut Map<String, Value>, key: &str, range: Range) {
    map.insert(key.into(), json!(round2(range.mid())));
    map.insert(format!("{key}_low"), json!(round2(range.low)));
    map.insert(format!("{key}_high"), json!(round2(range.high)));
}

fn round2(v: f64) -> f64 {
    (v * 100.0).round() / 100.0
}

fn group_json(g: &Group, id_key: &str) -> Value {
    let mut map = Map::new();
    map.insert(id_key.into(), json!(g.key));
    map.insert("name".into(), json!(g.label));
    map.insert("tasks_total".into(), json!(g.progress.tasks_total));
    map.insert("tasks_done".into(), json!(g.progress.tasks_done));
    map.insert("tasks_skipped".into(), json!(g.progress.tasks_skipped));
    map.insert(
        "percent_done_count".into(),
        json!(round2(g.progress.percent_by_count())),
    );
    map.insert(
        "percent_done_effort".into(),
        json!(g.progress.percent_by_effort_known().map(round2)),
    );
    map.insert("tasks_estimated".into(), json!(g.progress.tasks_estimated));
    map.insert(
        "tasks_unestimated".into(),
        json!(g.progress.tasks_unestimated()),
    );
    put_range(&mut map, "effort_total_hours", g.effort.total);
    put_range(&mut map, "effort_remaining_hours", g.effort.remaining);
    put_range(&mut map, "cost_once_total", g.cost_once.total);
    put_range(&mut map, "cost_monthly_total", g.cost_monthly.total);
    Value::Object(map)
}

/// The `status --json` object.
pub fn json(roadmap: &Roadmap, m: &Metrics) -> Value {
    let mut map = Map::new();
    map.insert("project".into(), json!(roadmap.project.name));
    map.insert("currency".into(), json!(roadmap.project.currency));
    map.insert("tasks_total".into(), json!(m.overall.tasks_total));
    map.insert("tasks_done".into(), json!(m.overall.tasks_done));
    map.insert("tasks_doing".into(), json!(m.overall.tasks_doing));
    map.insert("tasks_skipped".into(), json!(m.overall.tasks_skipped));
    map.insert("tasks_blocked".into(), json!(m.blocked.len()));
    map.insert(
        "percent_done_count".into(),
        json!(round2(m.overall.percent_by_count())),
    );
    // Null, not 0, when no counted task is estimated: nothing to take a share of.
    map.insert(
        "percent_done_effort".into(),
        json!(m.overall.percent_by_effort_known().map(round2)),
    );
    map.insert("tasks_estimated".into(), json!(m.overall.tasks_estimated));
    map.insert(
        "tasks_unestimated".into(),
        json!(m.overall.tasks_unestimated()),
    );
    map.insert(
        "tasks_open_unestimated".into(),
        json!(m.overall.open_unestimated),
    );
    put_range(&mut map, "effort_total_hours", m.effort.total);
    put_range(&mut map, "effort_done_hours", m.effort.done);
    put_range(&mut map, "effort_remaining_hours", m.effort.remaining);
    put_range(&mut map, "cost_once_total", m.cost_once.total);
    put_range(&mut map, "cost_once_done", m.cost_once.done);
    put_range(&mut map, "cost_once_remaining", m.cost_once.remaining);
    put_range(&mut map, "cost_monthly_total", m.cost_monthly.total);
    put_range(&mut map, "cost_monthly_done", m.cost_monthly.done);
    put_range(&mut map, "cost_monthly_remaining", m.cost_monthly.remaining);
    put_range(&mut map, "run_rate_annual", m.run_rate_total());
    put_range(
        &mut map,
        "run_rate_annual_committed",
        m.run_rate_committed(),
    );

    let maturity = m.maturity.as_ref();
    let level = maturity.and_then(|s| s.level.as_ref());
    let next = maturity.and_then(|s| s.next.as_ref());
    map.insert(
        "maturity_level".into(),
        json!(level.map(|l| l.0).unwrap_or(0)),
    );
    map.insert("maturity_name".into(), json!(level.map(|l| l.1.clone())));
    map.insert(
        "maturity_score".into(),
        json!(maturity.map(|s| round2(s.score))),
    );
    map.insert(
        "maturity_scale".into(),
        json!(maturity.map(|s| s.scale.as_file_str())),
    );
    map.insert("maturity_line".into(), json!(m.maturity_line()));
    map.insert(
        "maturity_tasks_skipped".into(),
        json!(maturity.map(|s| s.skipped_to_reach())),
    );
    map.insert(
        "maturity_level_strict".into(),
        json!(maturity.map(|s| s.level_strict().map_or(0, |l| l.0))),
    );
    map.insert("next_level".into(), json!(next.map(|n| n.level)));
    map.insert(
        "next_level_name".into(),
        json!(next.map(|n| n.name.clone())),
    );
    map.insert("next_level_score".into(), json!(next.map(|n| n.score)));
    map.insert(
        "next_level_tasks_total".into(),
        json!(next.map(|n| n.tasks_total)),
    );
    map.insert(
        "next_level_tasks_done".into(),
        json!(next.map(|n| n.tasks_done)),
    );
    map.insert(
        "next_level_tasks_open".into(),
        json!(next.map(|n| n
            .tasks_open
            .iter()
            .map(|&i| roadmap.tasks[i].id.clone())
            .collect::<Vec<_>>())),
    );
    if let Some(n) = next {
        put_range(&mut map, "next_level_effort_hours", n.effort_left);
        put_range(&mut map, "next_level_cost_once", n.cost_once_left);
        put_range(&mut map, "next_level_cost_monthly", n.cost_monthly_left);
    }

    map.insert(
        "phases".into(),
        Value::Array(m.by_phase.iter().map(|g| group_json(g, "id")).collect()),
    );
    let mut priorities = Map::new();
    for p in Priority::ALL {
        let g = m.priority(*p);
        let mut entry = Map::new();
        entry.insert("total".into(), json!(g.progress.tasks_total));
        entry.insert("done".into(), json!(g.progress.tasks_done));
        entry.insert("skipped".into(), json!(g.progress.tasks_skipped));
        put_range(&mut entry, "effort_total_hours", g.effort.total);
        priorities.insert(p.as_str().into(), Value::Object(entry));
    }
    map.insert("priorities".into(), Value::Object(priorities));
    map.insert(
        "categories".into(),
        Value::Array(m.by_category.iter().map(|g| group_json(g, "id")).collect()),
    );
    map.insert(
        "levels".into(),
        Value::Array(
            maturity
                .map(|s| {
                    s.levels
                        .iter()
                        .map(|l| {
                            json!({
                                "level": l.level, "name": l.name, "score": l.score,
                                "reached": l.reached, "tasks_total": l.tasks.len(),
                                "tasks_done": l.tasks_done, "tasks_skipped": l.tasks_skipped,
                                "percent_done_effort": round2(l.fraction * 100.0),
                            })
                        })
                        .collect()
                })
                .unwrap_or_default(),
        ),
    );
    map.insert(
        "blocked_tasks".into(),
        json!(m
            .blocked
            .iter()
            .map(|&i| roadmap.tasks[i].id.clone())
            .collect::<Vec<_>>()),
    );
    map.insert(
        "unaddressed_findings".into(),
        json!(m
            .unaddressed
            .iter()
            .map(|&i| roadmap.findings[i].id.clone())
            .collect::<Vec<_>>()),
    );
    Value::Object(map)
}

/// The headline figures of `roadmap status`, one line each without its
/// label, so the HTML report shows the very same words and numbers.
#[derive(Debug, Clone, PartialEq)]
pub struct Headline {
    pub progress: String,
    pub effort: String,
    pub cost: String,
    pub maturity: Option<String>,
    /// What the next maturity level still costs.
    pub next_level: Option<String>,
    pub blocked: Option<String>,
    pub open_findings: Option<String>,
}

/// The headline figures `roadmap status` prints above its tables.
pub fn headline(roadmap: &Roadmap, m: &Metrics) -> Headline {
    let cal = roadmap.calendar();
    let cur = roadmap.project.currency.as_str();
    let o = &m.overall;
    let progress = format!(
        "{} of {} tasks done ({} by count, {}){}",
        o.tasks_done,
        o.tasks_counted(),
        format_percent(o.percent_by_count()),
        wording::by_effort(o),
        if o.tasks_skipped > 0 {
            format!(", {} skipped", o.tasks_skipped)
        } else {
            String::new()
        }
    );
    let coverage = roadmap.estimate_coverage_note();
    let effort = format!(
        "{} left of {} ({} done{coverage})",
        left_hours(m.effort.remaining, o.open_unestimated, &cal),
        hours_and_natural(m.effort.total, &cal),
        natural_range(m.effort.done, &cal)
    );
    let cost = format!(
        "one-time {} committed of {}; monthly {} committed of {}; run-rate {}/year",
        format_amount(m.cost_once.done, cur),
        format_amount(m.cost_once.total, cur),
        format_amount(m.cost_monthly.done, cur),
        format_amount(m.cost_monthly.total, cur),
        format_amount(m.run_rate_total(), cur),
    );
    let maturity = m.maturity_line();
    let next_level = maturity
        .as_ref()
        .and_then(|_| m.maturity.as_ref()?.next.as_ref())
        .map(|next| {
            format!(
                "to reach Level {}: {}, {}, {} one-time + {}/month",
                next.level,
                next.open_words(),
                wording::effort_left(next.effort_left, next.open_unestimated, &cal),
                format_amount(next.cost_once_left, cur),
                format_amount(next.cost_monthly_left, cur),
            )
        });
    let blocked = (!m.blocked.is_empty()).then(|| {
        format!(
            "{} waiting on open dependencies",
            plural(m.blocked.len(), "task")
        )
    });
    let open_findings = (!m.unaddressed.is_empty()).then(|| {
        let ids: Vec<&str> = m
            .unaddressed
            .iter()
            .map(|&i| roadmap.findings[i].id.as_str())
            .collect();
        format!(
            "{} no task addresses: {}",
            plural(ids.len(), "finding"),
            ids.join(", ")
        )
    });
    Headline {
        progress,
        effort,
        cost,
        maturity,
        next_level,
        blocked,
        open_findings,
    }
}

/// The human summary printed by `roadmap status`.
pub fn text(roadmap: &Roadmap, m: &Metrics) -> String {
    let cal = roadmap.calendar();
    let h = headline(roadmap, m);
    let mut out = String::new();
    out.push_str(&format!("{}\n", roadmap.project.name));
    out.push_str(&format!("Progress  {}\n", h.progress));
    out.push_str(&format!("Effort    {}\n", h.effort));
    out.push_str(&format!("Cost      {}\n", h.cost));
    if let Some(line) = &h.maturity {
        out.push_str(&format!("Maturity  {line}\n"));
        if let Some(next) = &h.next_level {
            out.push_str(&format!("          {next}\n"));
        }
    }
    if let Some(line) = &h.blocked {
        out.push_str(&format!("Blocked   {line}\n"));
    }
    if let Some(line) = &h.open_findings {
        out.push_str(&format!("Open      {line}\n"));
    }
    out.push_str("\nPhases\n");
    for g in &m.by_phase {
        out.push_str(&format!(
            "  {:<40} {:>3}/{:<3} {:>6}  {} left\n",
            truncate(&g.label, 40),
            g.progress.tasks_done,
            g.progress.tasks_counted(),
            format_percent(g.progress.percent_by_count()),
            wording::effort_left(g.effort.remaining, g.progress.open_unestimated, &cal)
        ));
    }
    out.push_str("\nPriorities\n");
    for g in &m.by_priority {
        if g.progress.tasks_total > 0 {
            out.push_str(&format!(
                "  {:<10} {:>3}/{:<3} {:>6}\n",
                g.label,
                g.progress.tasks_done,
                g.progress.tasks_counted(),
                format_percent(g.progress.percent_by_count())
            ));
        }
    }
    out
}

/// The effort left in hours and naturally, with the open tasks it leaves
/// out ([`wording::effort_left`]): never `0h` for work nobody estimated.
fn left_hours(range: Range, open_unestimated: usize, cal: &crate::model::Calendar) -> String {
    if open_unestimated == 0 || range.is_zero() {
        return match open_unestimated {
            0 => hours_and_natural(range, cal),
            n => wording::effort_left(range, n, cal),
        };
    }
    let tasks = wording::effort_left(Range::ZERO, open_unestimated, cal);
    format!("{} + {tasks}", hours_and_natural(range, cal))
}

fn hours_and_natural(range: Range, cal: &crate::model::Calendar) -> String {
    let natural = natural_range(range, cal);
    let (low, high) = (
        crate::model::range::format_number(range.low),
        crate::model::range::format_number(range.high),
    );
    // Bounds that print alike print once: `5h`, not `5-5h`.
    let hours = if low == high {
        format!("{low}h")
    } else {
        format!("{low}-{high}h")
    };
    if natural == hours {
        hours
    } else {
        format!("{hours} ({natural})")
    }
}

fn truncate(s: &str, max: usize) -> String {
    if s.chars().count() <= max {
        s.to_string()
    } else {
        let mut t: String = s.chars().take(max - 1).collect();
        t.push('…');
        t
    }
}

/// "1 task", "3 tasks".
fn plural(n: usize, word: &str) -> String {
    if n == 1 {
        format!("1 {word}")
    } else {
        format!("{n} {word}s")
    }
}
