//! The what-if scenarios (`model::whatif`) as people and scripts read them:
//! one table with a column per scenario (`roadmap plan`, the planner's
//! scenario overlay) and the JSON of `roadmap plan --json`.

use crate::model::effort::natural_hours;
use crate::model::money::format_amount;
use crate::model::range::format_number;
use crate::model::whatif::{Ask, Pick, WhatIf};
use crate::model::{Range, Roadmap};
use serde_json::{json, Value};

/// The rows of the side-by-side table: a label, then one cell per scenario.
pub fn rows(r: &Roadmap, w: &WhatIf) -> Vec<(&'static str, Vec<String>)> {
    let cal = r.calendar();
    let currency = &r.project.currency;
    let cell = |f: &dyn Fn(&Pick) -> String| -> Vec<String> {
        w.scenarios
            .iter()
            .map(|s| match &s.answer {
                Ok(p) => f(p),
                Err(_) => "—".into(),
            })
            .collect()
    };
    let money = |v: f64| format_amount(Range::point(v), currency);
    vec![
        ("Tasks", cell(&|p| p.tasks.len().to_string())),
        (
            "Effort",
            // In hours, as `--hours` is given, with the calendar's unit.
            cell(&|p| {
                let h = format!("{} h", format_number((p.hours * 10.0).round() / 10.0));
                let h = match natural_hours(p.hours, &cal) {
                    n if p.hours >= cal.hours_per_day && n != h.replace(' ', "") => {
                        format!("{h} ({n})")
                    }
                    _ => h,
                };
                match p.unestimated.len() {
                    0 => h,
                    n => format!("{h} + {n} unestimated"),
                }
            }),
        ),
        ("One-time", cell(&|p| money(p.once))),
        ("Monthly", cell(&|p| format!("{}/mo", money(p.monthly)))),
        (
            "Level",
            cell(&|p| match &p.level {
                Some((n, name)) => format!("{n} {name}"),
                None => "0".into(),
            }),
        ),
        ("Score", cell(&|p| w.scale.format(p.score))),
        (
            "Finish",
            cell(&|p| p.finish.map_or("nothing to do".into(), |d| d.to_string())),
        ),
        (
            "Exact",
            cell(&|p| {
                if p.exact {
                    "yes".into()
                } else {
                    format!(
                        "no, within {}",
                        format_number((p.gap * 100.0).round() / 100.0)
                    )
                }
            }),
        ),
    ]
}

/// What the question was: where the roadmap stands and the budget.
pub fn heading(r: &Roadmap, w: &WhatIf, ask: &Ask) -> String {
    let now = match &w.level_now {
        Some((n, name)) => format!("Level {n} {name}"),
        None => "Level 0".into(),
    };
    let mut budget = Vec::new();
    if let Some(h) = ask.hours {
        budget.push(format!("{} h", format_number(h)));
    }
    if let (Some(by), Some(c)) = (ask.by, w.capacity) {
        budget.push(format!("by {by} ({} h of work)", format_number(c.round())));
    }
    let currency = &r.project.currency;
    if let Some(m) = ask.once {
        budget.push(format!(
            "{} one-time",
            format_amount(Range::point(m), currency)
        ));
    }
    if let Some(m) = ask.monthly {
        budget.push(format!("{}/mo", format_amount(Range::point(m), currency)));
    }
    let budget = if budget.is_empty() {
        "no limit".to_string()
    } else {
        budget.join(", ")
    };
    format!(
        "Now {now} at {}; aiming at Level {}; budget: {budget}",
        w.scale.format(w.score_now),
        w.target
    )
}

/// The whole text report: heading, table, then each scenario's tasks.
pub fn text(r: &Roadmap, w: &WhatIf, ask: &Ask) -> String {
    let mut out = format!("What-if for {}\n{}\n\n", r.project.name, heading(r, w, ask));
    let titles: Vec<String> = w.scenarios.iter().map(|s| s.kind.title(w.target)).collect();
    let rows = rows(r, w);
    let width = titles
        .iter()
        .chain(rows.iter().flat_map(|(_, c)| c))
        .map(|s| s.chars().count())
        .max()
        .unwrap_or(0)
        + 2;
    let line = |label: &str, cells: &[String]| {
        let mut l = format!("{label:<10}");
        for c in cells {
            l.push_str(&format!("{c:<width$}"));
        }
        l.trim_end().to_string() + "\n"
    };
    out.push_str(&line("", &titles));
    for (label, cells) in &rows {
        out.push_str(&line(label, cells));
    }
    for (s, title) in w.scenarios.iter().zip(&titles) {
        out.push_str(&format!("\n{title}\n"));
        match &s.answer {
            Err(why) => out.push_str(&format!("  unreachable: {why}\n")),
            Ok(p) if p.tasks.is_empty() => out.push_str("  nothing to do\n"),
            Ok(p) => {
                for &i in &p.tasks {
                    let t = &r.tasks[i];
                    let mark = if p.unestimated.contains(&i) {
                        " (unestimated)"
                    } else {
                        ""
                    };
                    out.push_str(&format!("  {}  {}{mark}\n", t.id, t.title));
                }
            }
        }
        if let Ok(p) = &s.answer {
            for n in &p.notes {
                out.push_str(&format!("  note: {n}\n"));
            }
        }
    }
    out
}

/// `roadmap plan --json`'s own keys (the envelope adds `command`, `ok`).
pub fn json(r: &Roadmap, w: &WhatIf, ask: &Ask) -> Value {
    let scenarios: Vec<Value> = w
        .scenarios
        .iter()
        .map(|s| {
            let mut v = json!({"scenario": s.kind.key(), "title": s.kind.title(w.target)});
            match &s.answer {
                Err(why) => {
                    v["reachable"] = json!(false);
                    v["reason"] = json!(why);
                }
                Ok(p) => {
                    let ids = |list: &[usize]| -> Vec<&str> {
                        list.iter().map(|&i| r.tasks[i].id.as_str()).collect()
                    };
                    v["reachable"] = json!(true);
                    v["tasks"] = json!(ids(&p.tasks));
                    v["hours"] = json!(p.hours);
                    v["unestimated"] = json!(ids(&p.unestimated));
                    v["cost_once"] = json!(p.once);
                    v["cost_monthly"] = json!(p.monthly);
                    v["score"] = json!(p.score);
                    v["level"] = json!(p.level.as_ref().map(|l| l.0));
                    v["level_name"] = json!(p.level.as_ref().map(|l| &l.1));
                    v["finish"] = json!(p.finish.map(|d| d.to_string()));
                    v["exact"] = json!(p.exact);
                    v["gap"] = json!(p.gap);
                    v["notes"] = json!(p.notes);
                }
            }
            v
        })
        .collect();
    json!({
        "target_level": w.target,
        "score_now": w.score_now,
        "level_now": w.level_now.as_ref().map(|l| l.0),
        "ask": {
            "hours": ask.hours,
            "by": ask.by.map(|d| d.to_string()),
            "capacity_hours": w.capacity,
            "hours_limit": w.hours_limit,
            "once": ask.once,
            "monthly": ask.monthly,
            "level": ask.level,
        },
        "scenarios": scenarios,
    })
}
