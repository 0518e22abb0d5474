//! The pace forecast (`model::pace`) for people (text, printed after the
//! capacity forecast) and scripts (the `pace` object of `forecast --json`
//! and `status --json`; keys in README.md, "JSON output").

use crate::model::pace::{window_words, PaceForecast, PaceTarget};
use crate::model::range::format_number;
use serde_json::{json, Value};

fn target_json(t: &PaceTarget, reason: Option<&str>) -> Value {
    let why = match (t.date, t.open) {
        (Some(_), _) => None,
        (None, 0) => Some("nothing open"),
        (None, _) => reason,
    };
    json!({
        "level": t.level,
        "name": t.name,
        "open": t.open,
        "hours_left": t.hours_left,
        "unestimated": t.unestimated,
        "date": t.date.map(|d| d.to_string()),
        "reason": why,
    })
}

/// The `pace` object.
pub fn json(f: &PaceForecast) -> Value {
    let p = &f.pace;
    let reason = p.reason.as_deref();
    json!({
        "weeks": p.weeks,
        "from": p.from.to_string(),
        "to": p.to.to_string(),
        "days": p.days(),
        "hours_per_week": p.hours_per_week,
        "hours_done": p.hours_done,
        "tasks_done": p.tasks_done,
        "unestimated_done": p.unestimated_done,
        "by_week": p.by_week,
        "reason": reason,
        "levels": f.levels.iter().map(|t| target_json(t, reason)).collect::<Vec<_>>(),
        "end": target_json(&f.end, reason),
    })
}

fn when(t: &PaceTarget) -> String {
    let Some(date) = t.date else {
        return "no open work".into();
    };
    let mut left = format!("{} h left", format_number(t.hours_left));
    if t.unestimated > 0 {
        left.push_str(&format!(
            "; {} unestimated task{} not counted",
            t.unestimated,
            if t.unestimated == 1 { "" } else { "s" }
        ));
    }
    format!("{date} ({left})")
}

/// The pace section, starting with a blank line.
pub fn text(f: &PaceForecast) -> String {
    let p = &f.pace;
    let window = window_words(p.weeks);
    let Some(per_week) = p.hours_per_week else {
        let reason = p.reason.as_deref().unwrap_or("no pace");
        return format!("\nPace ({window}, from git): {}\n", reason);
    };
    let mut out = format!(
        "\nPace ({window}, from git): {} h/week: {} h in {} task{} checked off {}..{}\n",
        format_number(per_week),
        format_number(p.hours_done),
        p.tasks_done,
        if p.tasks_done == 1 { "" } else { "s" },
        p.from,
        p.to
    );
    if p.days() < i64::from(p.weeks) * 7 {
        out.push_str(&format!(
            "  (the history starts {}: {} days measured, not {})\n",
            p.from,
            p.days(),
            i64::from(p.weeks) * 7
        ));
    }
    let weeks: Vec<String> = p.by_week.iter().map(|h| format_number(*h)).collect();
    out.push_str(&format!("  by week, oldest first: {} h\n", weeks.join(" ")));
    out.push_str(&match p.weeks {
        1 => "At the last week's pace\n".to_string(),
        n => format!("At the last {n} weeks' pace\n"),
    });
    for t in &f.levels {
        let level = t.level.unwrap_or_default();
        out.push_str(&format!("  {level} {:<24} {}\n", t.name, when(t)));
    }
    out.push_str(&format!("  {:<26} {}\n", "End", when(&f.end)));
    out
}
