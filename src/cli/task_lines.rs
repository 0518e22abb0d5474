//! How `list`, `next` and `show` print tasks: one line per task for people
//! (status box, priority letter, id, phase, title, then what is known of
//! effort, owner, due date and blocking), or JSON in the commands'
//! envelope (`envelope.rs`) with `"file": PATH, "tasks": [TASK…]`, each
//! task the object `export --format json` writes.

use super::Outcome;
use super::{envelope, output};
use crate::export::json;
use crate::model::escape::{escape_into, needs_escape};
use crate::model::metrics::Metrics;
use crate::model::select::is_overdue;
use crate::model::Roadmap;
use chrono::NaiveDate;
use serde_json::{json, Value};
use std::path::Path;
use unicode_width::UnicodeWidthStr;

/// Prints the tasks at `indexes` one per line, ids and phases in columns.
pub fn print(r: &Roadmap, m: &Metrics, indexes: &[usize], today: NaiveDate) -> Outcome {
    let width = |f: fn(&crate::model::Task) -> &str| {
        indexes
            .iter()
            .map(|&i| one_line(f(&r.tasks[i])).width())
            .max()
            .unwrap_or(0)
    };
    let (id_w, phase_w) = (width(|t| &t.id), width(|t| &t.phase));
    let mut text = String::new();
    for &i in indexes {
        text.push_str(&line(r, m, i, today, id_w, phase_w));
        text.push('\n');
    }
    output::text(&text)
}

/// `[ ] C  backups  now  Automate database backups · 4h · @ana · due 2026-12-01 · ⊘ blocked`.
fn line(
    r: &Roadmap,
    m: &Metrics,
    i: usize,
    today: NaiveDate,
    id_w: usize,
    phase_w: usize,
) -> String {
    let t = &r.tasks[i];
    let pad = |s: &str, w: usize| {
        let s = one_line(s);
        let gap = w.saturating_sub(s.width());
        format!("{s}{}", " ".repeat(gap))
    };
    let mut out = format!(
        "{} {}  {}  {}  {}",
        t.status.symbol(),
        t.priority.letter(),
        pad(&t.id, id_w),
        pad(&t.phase, phase_w),
        one_line(&t.title)
    );
    let mut extra = |s: String| {
        out.push_str(" · ");
        out.push_str(&s);
    };
    if let Some(effort) = t.effort {
        extra(effort.to_string());
    }
    if let Some(owner) = &t.owner {
        extra(format!("@{}", one_line(owner)));
    }
    if let Some(due) = t.due {
        let late = if is_overdue(t, today) {
            " (overdue)"
        } else {
            ""
        };
        extra(format!("due {due}{late}"));
    }
    if m.is_blocked(i) {
        extra("⊘ blocked".into());
    }
    out
}

/// File text on one line: a newline or a control character as a visible symbol.
pub fn one_line(text: &str) -> String {
    let mut out = String::with_capacity(text.len());
    for c in text.chars() {
        if needs_escape(c) {
            escape_into(&mut out, c);
        } else {
            out.push(c);
        }
    }
    out
}

/// Prints the envelope `{"command", "ok": true, "file": FILE, "tasks": [...]}`.
pub fn print_json(
    command: &str,
    file: &Path,
    r: &Roadmap,
    m: &Metrics,
    indexes: &[usize],
) -> Outcome {
    let tasks: Vec<Value> = indexes
        .iter()
        .map(|&i| Value::Object(json::task(r, m, i)))
        .collect();
    envelope::print(
        command,
        true,
        json!({"file": file.display().to_string(), "tasks": tasks}),
    )
}

/// Prints a JSON value, pretty, with a final newline.
pub fn print_value(value: &Value) -> Outcome {
    output::data(&(crate::export::json_text::to_string_pretty(value) + "\n"))
}
