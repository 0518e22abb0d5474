//! One row per task, for spreadsheets. Ranges are split into low and high columns.

use crate::model::metrics::Metrics;
use crate::model::Roadmap;

const HEADER: [&str; 19] = [
    "id",
    "phase",
    "title",
    "priority",
    "status",
    "effort",
    "effort_hours_low",
    "effort_hours_high",
    "cost_once_low",
    "cost_once_high",
    "cost_monthly_low",
    "cost_monthly_high",
    "category",
    "level",
    "findings",
    "depends_on",
    "blocked",
    "done_on",
    "owner",
];

pub fn render(roadmap: &Roadmap, m: &Metrics) -> String {
    let cal = roadmap.calendar();
    let mut w = csv::Writer::from_writer(Vec::new());
    let opt = |v: Option<f64>| {
        v.map(crate::model::range::format_number)
            .unwrap_or_default()
    };
    // Writing to a Vec cannot fail; a failed record would only drop that row.
    let _ = w.write_record(HEADER);
    for (i, t) in roadmap.tasks.iter().enumerate() {
        let hours = t.effort.map(|e| e.in_hours(&cal));
        let record = [
            t.id.clone(),
            t.phase.clone(),
            t.title.clone(),
            t.priority.to_string(),
            t.status.to_string(),
            t.effort.map(|e| e.to_string()).unwrap_or_default(),
            opt(hours.map(|h| h.low)),
            opt(hours.map(|h| h.high)),
            opt(t.cost_once.map(|c| c.0.low)),
            opt(t.cost_once.map(|c| c.0.high)),
            opt(t.cost_monthly.map(|c| c.0.low)),
            opt(t.cost_monthly.map(|c| c.0.high)),
            t.category.clone().unwrap_or_default(),
            t.level.map(|l| l.to_string()).unwrap_or_default(),
            t.findings.join(" "),
            t.depends_on.join(" "),
            m.is_blocked(i).to_string(),
            t.done_on.map(|d| d.to_string()).unwrap_or_default(),
            t.owner.clone().unwrap_or_default(),
        ];
        let _ = w.write_record(&record);
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}
