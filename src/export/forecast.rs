//! The forecast (`model::schedule`) for people (text) and scripts (JSON):
//! `roadmap forecast`, and the `forecast` object `status --json` and
//! `export --format json` carry. Keys are listed in README.md ("JSON
//! output", `forecast`).

use crate::model::range::format_number;
use crate::model::schedule::{Dates, Forecast};
use crate::model::Roadmap;
use serde_json::{json, Map, Value};

fn put_dates(map: &mut Map<String, Value>, key: &str, dates: Option<Dates>) {
    map.insert(
        format!("{key}_low"),
        json!(dates.map(|d| d.low.to_string())),
    );
    map.insert(
        format!("{key}_high"),
        json!(dates.map(|d| d.high.to_string())),
    );
}

/// The `forecast` object: per level, per phase, the end, the critical path,
/// what is at risk and what is unestimated. `tasks` adds one entry per
/// placed task (the `forecast` command's own output).
pub fn json(roadmap: &Roadmap, f: &Forecast, tasks: bool) -> Value {
    let mut map = Map::new();
    map.insert("from".into(), json!(f.today.to_string()));
    map.insert("assumed_team".into(), json!(f.assumed_team));
    map.insert("note".into(), json!(f.team_note(roadmap)));
    let people: Vec<Value> = f
        .people
        .iter()
        .map(|(name, hours)| json!({"name": name, "hours_per_week": hours}))
        .collect();
    map.insert("people".into(), json!(people));
    put_dates(&mut map, "end", f.end);
    let levels: Vec<Value> = f
        .levels
        .iter()
        .map(|l| {
            let mut m = Map::new();
            m.insert("level".into(), json!(l.level));
            m.insert("name".into(), json!(l.name));
            m.insert("open".into(), json!(l.open));
            put_dates(&mut m, "finish", l.finish);
            Value::Object(m)
        })
        .collect();
    map.insert("levels".into(), json!(levels));
    let phases: Vec<Value> = f
        .phases
        .iter()
        .map(|p| {
            let mut m = Map::new();
            m.insert("id".into(), json!(p.id));
            m.insert("name".into(), json!(p.name));
            m.insert("open".into(), json!(p.open));
            put_dates(&mut m, "start", p.start);
            put_dates(&mut m, "finish", p.finish);
            m.insert("end".into(), json!(p.end.map(|d| d.to_string())));
            m.insert("at_risk".into(), json!(p.at_risk));
            Value::Object(m)
        })
        .collect();
    map.insert("phases".into(), json!(phases));
    map.insert("critical_path".into(), json!(f.critical_path));
    map.insert("at_risk".into(), json!(f.at_risk));
    map.insert("unestimated".into(), json!(f.unestimated.len()));
    map.insert("unestimated_ids".into(), json!(f.unestimated));
    map.insert("unscheduled".into(), json!(f.unscheduled));
    if tasks {
        let list: Vec<Value> = f
            .tasks
            .iter()
            .map(|t| {
                let mut m = Map::new();
                m.insert("id".into(), json!(t.id));
                m.insert("who".into(), json!(f.who(t)));
                put_dates(&mut m, "start", Some(t.start));
                put_dates(&mut m, "finish", Some(t.finish));
                m.insert("critical".into(), json!(t.critical));
                m.insert("at_risk".into(), json!(t.at_risk));
                m.insert("estimated".into(), json!(t.estimated));
                Value::Object(m)
            })
            .collect();
        map.insert("tasks".into(), json!(list));
    }
    Value::Object(map)
}

/// `2026-12-11`, or `2026-12-11..2027-01-08` when the ends differ.
fn dates(d: Dates) -> String {
    if d.low == d.high {
        d.low.to_string()
    } else {
        format!("{}..{}", d.low, d.high)
    }
}

/// Ids in a line, the first `MAX_NAMED` of them and how many more.
fn named(ids: &[String], sep: &str) -> String {
    const MAX_NAMED: usize = 12;
    let mut text = ids
        .iter()
        .take(MAX_NAMED)
        .cloned()
        .collect::<Vec<_>>()
        .join(sep);
    if ids.len() > MAX_NAMED {
        text.push_str(&format!(" and {} more", ids.len() - MAX_NAMED));
    }
    text
}

/// The forecast as people read it.
pub fn text(roadmap: &Roadmap, f: &Forecast) -> String {
    let mut out = format!("Forecast for {} from {}\n", roadmap.project.name, f.today);
    if let Some(note) = f.team_note(roadmap) {
        out.push_str(&format!("note: {note}\n"));
    } else {
        let people: Vec<String> = f
            .people
            .iter()
            .map(|(name, hours)| format!("{name} {} h/week", format_number(*hours)))
            .collect();
        out.push_str(&format!("People: {}\n", people.join(", ")));
    }
    match f.end {
        Some(end) => out.push_str(&format!(
            "End: {} ({} open task{}; low..high from the estimates' ranges)\n",
            dates(end),
            f.tasks.len(),
            if f.tasks.len() == 1 { "" } else { "s" }
        )),
        None => out.push_str("End: nothing open\n"),
    }
    if !f.levels.is_empty() {
        out.push_str("\nLevels\n");
        for l in &f.levels {
            let when = l.finish.map_or_else(|| "no open work".to_string(), dates);
            out.push_str(&format!("  {} {:<24} {when}\n", l.level, l.name));
        }
    }
    if !f.phases.is_empty() {
        out.push_str("\nPhases\n");
        let width = f
            .phases
            .iter()
            .map(|p| p.id.chars().count())
            .max()
            .unwrap_or(0);
        for p in &f.phases {
            let when = match (p.start, p.finish) {
                (Some(s), Some(e)) => format!("{} → {}", dates(s), dates(e)),
                _ => "nothing open".to_string(),
            };
            let risk = match (p.at_risk, p.end) {
                (true, Some(end)) => format!("  AT RISK: ends {end}"),
                _ => String::new(),
            };
            out.push_str(&format!("  {:<width$}  {when}{risk}\n", p.id));
        }
    }
    if !f.critical_path.is_empty() {
        out.push_str(&format!(
            "\nCritical path ({}): {}\n",
            f.critical_path.len(),
            named(&f.critical_path, " → ")
        ));
    }
    if !f.at_risk.is_empty() {
        out.push_str(&format!(
            "At risk ({}): {}\n",
            f.at_risk.len(),
            named(&f.at_risk, ", ")
        ));
    }
    if !f.unestimated.is_empty() {
        out.push_str(&format!(
            "Unestimated ({}): given no time, so the dates are too early: {}\n",
            f.unestimated.len(),
            named(&f.unestimated, ", ")
        ));
    }
    if !f.unscheduled.is_empty() {
        out.push_str(&format!(
            "Not placed ({}, a dependency loop): {}\n",
            f.unscheduled.len(),
            named(&f.unscheduled, ", ")
        ));
    }
    out
}
