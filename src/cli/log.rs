//! `roadmap log FILE`: the tasks that became done in the file's git
//! history, one line each, in the order they were done: the day (`done_on`,
//! else the commit's date), the commit's author, task id and title, effort
//! and cost (see `git::versions` for which commit completes a task).
//!
//! ```text
//! 2025-11-03  alice  health-checks  Add health checks  4h  $0
//! ```

use super::{args::LogArgs, envelope, output, Failure, Outcome};
use crate::git::versions::{Completion, Versions};
use crate::model::escape::sanitize_lines;
use crate::model::money::format_amount;
use crate::store;
use serde_json::{json, Value};

pub fn run(args: LogArgs) -> Outcome {
    if !args.file.is_file() {
        return Err(Failure::invalid(format!(
            "{}: no such file; give the path of a roadmap file in a git repository",
            args.file.display()
        )));
    }
    let versions = Versions::read(&args.file, store::parse_version)
        .map_err(|e| Failure::invalid(format!("{}: {e}", args.file.display())))?;
    let completions = versions.completions();
    if args.json {
        let entries: Vec<_> = completions.iter().map(entry).collect();
        return envelope::print(
            "log",
            true,
            json!({"file": args.file.display().to_string(), "completions": entries}),
        );
    }
    if completions.is_empty() {
        output::note(&format!(
            "{}: no task was checked off in its git history ({} commits)",
            args.file.display(),
            versions.versions.len()
        ));
        return Ok(());
    }
    // Titles and authors come from the file and its history: escape them first
    // so the columns are measured as they will print.
    let rows: Vec<[String; 6]> = completions
        .iter()
        .map(|c| row(c).map(|cell| sanitize_lines(&cell).into_owned()))
        .collect();
    let widths: Vec<usize> = (0..6)
        .map(|i| rows.iter().map(|r| r[i].chars().count()).max().unwrap_or(0))
        .collect();
    for r in &rows {
        let cells: Vec<String> = r
            .iter()
            .zip(&widths)
            .enumerate()
            .map(|(i, (cell, w))| {
                if i == 5 {
                    cell.clone()
                } else {
                    format!("{cell:<w$}")
                }
            })
            .collect();
        output::data(&format!("{}\n", cells.join("  ").trim_end()))?;
    }
    Ok(())
}

/// One completion as JSON: `day`, `commit`, `author`, `id`, `title`,
/// `effort` (as written, or null), `cost_once` and `cost_monthly` (`low`,
/// `high`, or null), `currency`.
fn entry(c: &Completion) -> Value {
    let money =
        |m: &Option<crate::model::Money>| m.map(|m| json!({"low": m.0.low, "high": m.0.high}));
    json!({
        "day": c.day().to_string(),
        "commit": c.commit,
        "author": c.author,
        "id": c.task,
        "title": c.title,
        "effort": c.effort.map(|e| e.to_string()),
        "cost_once": money(&c.cost_once),
        "cost_monthly": money(&c.cost_monthly),
        "currency": c.currency,
    })
}

/// date, author, id, title, effort, cost.
fn row(c: &Completion) -> [String; 6] {
    let effort = c
        .effort
        .as_ref()
        .map_or_else(|| "-".to_string(), |e| e.to_string());
    let mut cost = Vec::new();
    if let Some(once) = &c.cost_once {
        cost.push(format_amount(once.0, &c.currency));
    }
    if let Some(monthly) = &c.cost_monthly {
        cost.push(format!("{}/month", format_amount(monthly.0, &c.currency)));
    }
    [
        c.day().to_string(),
        c.author.clone(),
        c.task.clone(),
        c.title.clone(),
        effort,
        if cost.is_empty() {
            "-".into()
        } else {
            cost.join(" + ")
        },
    ]
}
