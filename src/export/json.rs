//! The whole roadmap plus its computed figures as JSON, for dashboards and scripts.

use super::status;
use crate::model::metrics::Metrics;
use crate::model::{Money, Roadmap};
use serde_json::{json, Value};

pub fn render(roadmap: &Roadmap, m: &Metrics) -> String {
    let cal = roadmap.calendar();
    let money = |m: Option<Money>| m.map(|m| json!({"low": m.0.low, "high": m.0.high}));
    let tasks: Vec<Value> = roadmap
        .tasks
        .iter()
        .enumerate()
        .map(|(i, t)| {
            json!({
                "id": t.id, "phase": t.phase, "title": t.title,
                "priority": t.priority, "status": t.status,
                "effort": t.effort.map(|e| e.to_string()),
                "effort_hours": t.effort.map(|e| { let h = e.in_hours(&cal); json!({"low": h.low, "high": h.high}) }),
                "cost_once": money(t.cost_once), "cost_monthly": money(t.cost_monthly),
                "category": t.category, "level": t.level, "findings": t.findings,
                "depends_on": t.depends_on, "blocked": m.is_blocked(i), "owner": t.owner,
                "due": t.due.map(|d| d.to_string()), "done_on": t.done_on.map(|d| d.to_string()),
                "notes": t.notes, "source_line": t.source_line,
            })
        })
        .collect();
    let phases: Vec<Value> = roadmap
        .phases
        .iter()
        .map(|p| {
            json!({"id": p.id, "name": p.name, "window": p.window,
            "start": p.start.map(|d| d.to_string()), "end": p.end.map(|d| d.to_string()),
            "description": p.description})
        })
        .collect();
    let findings: Vec<Value> = roadmap
        .findings
        .iter()
        .map(|f| json!({"id": f.id, "category": f.category, "kind": f.kind, "severity": f.severity,
            "title": f.title, "detail": f.detail, "score": f.score, "target": f.target, "max": f.max}))
        .collect();
    let maturity = roadmap.maturity.as_ref().map(|mt| {
        json!({"baseline": mt.baseline, "scale": mt.scale.as_file_str(),
            "levels": mt.levels.iter().map(|l| json!({"level": l.level, "name": l.name, "score": l.score,
                "description": l.description, "requires": l.requires, "min_score": l.min_score})).collect::<Vec<_>>()})
    });
    let p = &roadmap.project;
    let doc = json!({
        "version": roadmap.version,
        "project": {"name": p.name, "summary": p.summary, "source": p.source,
            "audit_date": p.audit_date.map(|d| d.to_string()), "currency": p.currency,
            "hours_per_day": p.hours_per_day, "days_per_week": p.days_per_week},
        "maturity": maturity,
        "findings": findings,
        "phases": phases,
        "tasks": tasks,
        "status": status::json(roadmap, m),
    });
    super::json_text::to_string_pretty(&doc) + "\n"
}
