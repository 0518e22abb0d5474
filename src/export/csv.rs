//! One row per task, for spreadsheets. Ranges are split into low and high
//! columns. The columns are the model's task fields named here, each
//! written as a person types it, and a few figures worked out from them.

use crate::model::fields::{field, Value, TASK_FIELDS};
use crate::model::metrics::Metrics;
use crate::model::range::format_number;
use crate::model::{Calendar, Roadmap, Task};

/// One column of the sheet.
#[derive(Clone, Copy)]
enum Column {
    /// A task field, under its key.
    Field(&'static str),
    /// The effort in hours, low or high end.
    Hours(End),
    /// A cost field (`cost_once`, `cost_monthly`), low or high end.
    Cost(&'static str, End),
    /// Whether an open dependency holds the task up.
    Blocked,
}

#[derive(Clone, Copy)]
enum End {
    Low,
    High,
}

use Column::*;
use End::*;

const COLUMNS: [(&str, Column); 19] = [
    ("id", Field("id")),
    ("phase", Field("phase")),
    ("title", Field("title")),
    ("priority", Field("priority")),
    ("status", Field("status")),
    ("effort", Field("effort")),
    ("effort_hours_low", Hours(Low)),
    ("effort_hours_high", Hours(High)),
    ("cost_once_low", Cost("cost_once", Low)),
    ("cost_once_high", Cost("cost_once", High)),
    ("cost_monthly_low", Cost("cost_monthly", Low)),
    ("cost_monthly_high", Cost("cost_monthly", High)),
    ("category", Field("category")),
    ("level", Field("level")),
    ("findings", Field("findings")),
    ("depends_on", Field("depends_on")),
    ("blocked", Blocked),
    ("done_on", Field("done_on")),
    ("owner", Field("owner")),
];

pub fn render(roadmap: &Roadmap, m: &Metrics) -> String {
    let cal = roadmap.calendar();
    let mut w = csv::Writer::from_writer(Vec::new());
    // Writing to a Vec cannot fail; a failed record would only drop that row.
    let _ = w.write_record(COLUMNS.map(|(name, _)| name));
    // Each column's field, found once rather than for every row.
    let fields = COLUMNS.map(|(_, column)| match column {
        Field(key) | Cost(key, _) => field(TASK_FIELDS, key),
        Hours(_) | Blocked => None,
    });
    for (i, t) in roadmap.tasks.iter().enumerate() {
        let mut at = 0;
        let record = COLUMNS.map(|(_, column)| {
            let value = fields[at].and_then(|f| (f.get)(t));
            at += 1;
            cell(t, column, value, &cal, m.is_blocked(i))
        });
        let _ = w.write_record(&record);
    }
    String::from_utf8(w.into_inner().unwrap_or_default()).unwrap_or_default()
}

/// The text of `column` for task `t`, whose field there (if the column
/// shows one) has `value`.
fn cell(
    t: &Task,
    column: Column,
    value: Option<Value<'_>>,
    cal: &Calendar,
    blocked: bool,
) -> String {
    let end = |low: f64, high: f64, end| match end {
        Low => format_number(low),
        High => format_number(high),
    };
    match column {
        Field(_) => value.map(|v| v.to_text(" ")).unwrap_or_default(),
        Hours(at) => t
            .effort
            .map(|e| e.in_hours(cal))
            .map(|h| end(h.low, h.high, at))
            .unwrap_or_default(),
        Cost(_, at) => match value {
            Some(Value::Money(money)) => end(money.0.low, money.0.high, at),
            _ => String::new(),
        },
        Blocked => blocked.to_string(),
    }
}
