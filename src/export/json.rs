//! The whole roadmap plus its computed figures as JSON, for dashboards and scripts.

use super::status;
use crate::model::fields::{
    Field, Value as FieldValue, FINDING_FIELDS, LEVEL_FIELDS, PERSON_FIELDS, PHASE_FIELDS,
    PROJECT_FIELDS, TASK_FIELDS,
};
use crate::model::metrics::Metrics;
use crate::model::schedule::Forecast;
use crate::model::Roadmap;
use serde_json::{json, Map, Value};

pub fn render(roadmap: &Roadmap, m: &Metrics, forecast: &Forecast) -> String {
    render_with_pace(roadmap, m, forecast, None)
}

/// The same, with the pace forecast from the file's git history as `pace`
/// (what `status --json` carries) when the caller read it.
pub fn render_with_pace(
    roadmap: &Roadmap,
    m: &Metrics,
    forecast: &Forecast,
    pace: Option<&crate::model::pace::PaceForecast>,
) -> String {
    let tasks: Vec<Value> = (0..roadmap.tasks.len())
        .map(|i| Value::Object(task(roadmap, m, i)))
        .collect();
    let phases: Vec<Value> = roadmap
        .phases
        .iter()
        .map(|p| Value::Object(object(p, PHASE_FIELDS)))
        .collect();
    let findings: Vec<Value> = roadmap
        .findings
        .iter()
        .map(|f| Value::Object(object(f, FINDING_FIELDS)))
        .collect();
    let people: Vec<Value> = roadmap
        .people
        .iter()
        .map(|p| Value::Object(object(p, PERSON_FIELDS)))
        .collect();
    let maturity = roadmap.maturity.as_ref().map(|mt| {
        let levels: Vec<Value> = mt
            .levels
            .iter()
            .map(|l| Value::Object(object(l, LEVEL_FIELDS)))
            .collect();
        json!({"baseline": mt.baseline, "scale": mt.scale.as_file_str(), "levels": levels})
    });
    let mut doc = json!({
        "version": roadmap.version,
        "project": object(&roadmap.project, PROJECT_FIELDS),
        "maturity": maturity,
        "findings": findings,
        "phases": phases,
        "tasks": tasks,
        "people": people,
        "status": status::json(roadmap, m),
        "forecast": super::forecast::json(roadmap, forecast, false),
    });
    if let Some(pace) = pace {
        doc["pace"] = super::pace::json(pace);
    }
    super::json_text::to_string_pretty(&doc) + "\n"
}

/// The task at position `index` as the export writes it: every field
/// (`null` when unset), `effort_hours` (`low`, `high`) and `blocked`. The
/// command line's `list`, `show` and `next` print the same object.
pub fn task(roadmap: &Roadmap, m: &Metrics, index: usize) -> Map<String, Value> {
    let t = &roadmap.tasks[index];
    let mut task = object(t, TASK_FIELDS);
    let hours = t.effort.map(|e| {
        let h = e.in_hours(&roadmap.calendar());
        json!({"low": h.low, "high": h.high})
    });
    task.insert("effort_hours".into(), json!(hours));
    task.insert("blocked".into(), json!(m.is_blocked(index)));
    task
}

/// A record as an object of its fields, every one of them (`null` when unset).
fn object<R>(record: &R, fields: &'static [Field<R>]) -> Map<String, Value> {
    fields
        .iter()
        .map(|f| {
            let value = (f.get)(record).map_or(Value::Null, |v| json_value(&v));
            (f.key.to_string(), value)
        })
        .collect()
}

fn json_value(value: &FieldValue<'_>) -> Value {
    match value {
        FieldValue::Text(text) => json!(text),
        FieldValue::Priority(p) => json!(p),
        FieldValue::Status(s) => json!(s),
        FieldValue::FindingKind(k) => json!(k),
        FieldValue::Severity(s) => json!(s),
        FieldValue::Number(n) => json!(n),
        FieldValue::Effort(e) => json!(e.to_string()),
        FieldValue::Money(m) => json!({"low": m.0.low, "high": m.0.high}),
        FieldValue::Whole(n) => json!(n),
        FieldValue::Date(d) => json!(d.to_string()),
        FieldValue::Ids(ids) => json!(ids),
    }
}
