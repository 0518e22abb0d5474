//! `roadmap show [FILE] ID [--json]`: every field of one task (labelled as
//! the field tables name them), what it depends on and what waits on it.
//! FILE defaults to ./roadmap.toml, like `status`.

use super::edit::suggestion;
use super::envelope;
use super::task_lines::one_line;
use super::{args::ShowArgs, load_chosen, output, print_warnings, Failure, Outcome};
use crate::export::json;
use crate::model::change::dependents;
use crate::model::fields::TASK_FIELDS;
use crate::model::metrics::Metrics;
use crate::model::select::{is_in, is_overdue, State};
use crate::model::Roadmap;
use chrono::NaiveDate;
use serde_json::{json, Value};
use std::path::PathBuf;

pub fn run(args: ShowArgs, today: NaiveDate) -> Outcome {
    let file = match (&args.file, args.example) {
        (_, true) => PathBuf::from(super::EXAMPLE_NAME),
        (Some(file), false) => file.clone(),
        (None, false) => PathBuf::from("roadmap.toml"),
    };
    let loaded = load_chosen(args.file, args.example, "show")?;
    print_warnings(&loaded);
    let r = &loaded.roadmap;
    let Some(index) = r.task_index(&args.id) else {
        return Err(Failure::invalid(format!(
            "{}: no task `{}`{}",
            file.display(),
            args.id,
            suggestion(r, &args.id, &file)
        )));
    };
    let m = Metrics::compute(r);
    let needed_by = dependents(r, &args.id);
    let ready = is_in(r, &m, index, State::Ready, today);
    let overdue = is_overdue(&r.tasks[index], today);
    if args.json {
        let mut task = json::task(r, &m, index);
        task.insert("ready".into(), json!(ready));
        task.insert("overdue".into(), json!(overdue));
        task.insert("dependents".into(), json!(needed_by));
        return envelope::print(
            "show",
            true,
            json!({"file": file.display().to_string(), "task": Value::Object(task)}),
        );
    }
    output::text(&text(r, &m, index, &needed_by, today))
}

/// The task as a block of `Label  value` lines.
fn text(r: &Roadmap, m: &Metrics, index: usize, needed_by: &[&str], today: NaiveDate) -> String {
    let t = &r.tasks[index];
    let mut out = format!("{}  {}\n", one_line(&t.id), one_line(&t.title));
    let mut row = |label: &str, value: String| {
        out.push_str(&format!("  {label:<13} {value}\n"));
    };
    for field in TASK_FIELDS {
        if matches!(field.key, "id" | "title" | "notes" | "depends_on") {
            continue;
        }
        let Some(value) = (field.get)(t) else {
            continue;
        };
        let mut text = one_line(&value.to_text(", "));
        if text.is_empty() {
            continue;
        }
        if field.key == "phase" {
            if let Some(p) = r.phase(&t.phase) {
                text.push_str(&format!(" ({})", one_line(&p.name)));
            }
        }
        row(field.label, text);
    }
    if !t.depends_on.is_empty() {
        let deps: Vec<String> = t
            .depends_on
            .iter()
            .map(|d| match r.task(d) {
                Some(dep) => format!("{} ({})", one_line(d), dep.status),
                None => format!("{} (missing)", one_line(d)),
            })
            .collect();
        row("Depends on", deps.join(", "));
    }
    if !needed_by.is_empty() {
        row("Needed by", one_line(&needed_by.join(", ")));
    }
    let state = if t.status.is_closed() {
        t.status.to_string()
    } else if m.is_blocked(index) {
        "blocked".to_string()
    } else {
        "ready".to_string()
    };
    let late = if is_overdue(t, today) {
        ", overdue"
    } else {
        ""
    };
    row("State", format!("{state}{late}"));
    if let Some(notes) = &t.notes {
        out.push_str("  Notes\n");
        for line in notes.lines() {
            out.push_str(&format!("    {}\n", one_line(line)));
        }
    }
    out
}
