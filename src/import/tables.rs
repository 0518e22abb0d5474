//! Tasks from table rows: a table whose header names the work (Task, Action,
//! Recommendation, Item…) gives one task per row, with priority, effort,
//! cost, phase and owner read from the columns that name them.

use super::context::Context;
use super::cost;
use super::draft::{Drafts, PhaseDraft, PrioritySource, TaskDraft};
use super::effort;
use super::priority::{self, Legend};
use super::tasks::apply_cost;
use super::text::{clean_title, words};
use super::window::{find_horizon, find_window};
use super::WarningKind;

struct Columns {
    title: usize,
    priority: Option<usize>,
    effort: Option<usize>,
    cost: Option<usize>,
    phase: Option<usize>,
    status: Option<usize>,
    notes: Vec<usize>,
}

fn columns(header: &[String]) -> Option<Columns> {
    let head: Vec<String> = header.iter().map(|h| words(h).join(" ")).collect();
    let find = |names: &[&str]| {
        head.iter().position(|h| {
            names
                .iter()
                .any(|n| h == n || h.starts_with(&format!("{n} ")))
        })
    };
    let title = find(&[
        "task",
        "tasks",
        "action",
        "actions",
        "recommendation",
        "item",
        "title",
        "what",
        "initiative",
        "activity",
        "work item",
        "deliverable",
        "fix",
        "tarefa",
        "ação",
        "acción",
        "tâche",
    ])?;
    let priority = find(&[
        "priority",
        "prio",
        "urgency",
        "severity",
        "prioridade",
        "prioridad",
        "priorité",
    ]);
    let effort = find(&[
        "effort",
        "estimate",
        "estimated effort",
        "hours",
        "time",
        "duration",
        "esforço",
        "esfuerzo",
    ]);
    let cost = find(&["cost", "costs", "budget", "price", "custo", "coste", "coût"]);
    let phase = find(&[
        "phase", "timeline", "when", "window", "sprint", "week", "deadline", "fase", "quando",
    ]);
    let status = find(&["status", "state", "done"]);
    let used = [Some(title), priority, effort, cost, phase, status];
    let notes = (0..header.len())
        .filter(|i| !used.contains(&Some(*i)))
        .collect();
    Some(Columns {
        title,
        priority,
        effort,
        cost,
        phase,
        status,
        notes,
    })
}

/// Reads a task table; returns whether the table was one.
pub fn from_table(
    header: &[String],
    rows: &[(usize, Vec<String>)],
    ctx: &Context,
    legend: &Legend,
    out: &mut Drafts,
) -> bool {
    let Some(cols) = columns(header) else {
        return false;
    };
    for (line, cells) in rows {
        let cell = |i: Option<usize>| {
            i.and_then(|i| cells.get(i))
                .map(|c| c.trim())
                .filter(|c| !c.is_empty())
        };
        let title = clean_title(cell(Some(cols.title)).unwrap_or(""));
        if title.is_empty() {
            continue;
        }
        let mut task = TaskDraft::new(title, *line);
        if let Some(p) = cell(cols.priority) {
            match priority::from_words(p).or_else(|| legend.read(p)) {
                Some(p) => task.priority = Some((p, PrioritySource::Own)),
                None => out.warn(
                    Some(*line),
                    WarningKind::UnparsedValue,
                    format!("priority `{p}` is not one of critical, high, medium, low, P0-P3"),
                ),
            }
        }
        if let Some(e) = cell(cols.effort) {
            match effort::as_value(e).map(|f| f.effort) {
                Some(Ok(effort)) => task.effort = Some(effort),
                Some(Err(msg)) => out.warn(Some(*line), WarningKind::UnparsedValue, msg),
                None => out.warn(
                    Some(*line),
                    WarningKind::UnparsedValue,
                    format!("effort `{e}` is not a duration (write e.g. `3 days`, `40-60 hours`)"),
                ),
            }
        }
        if let Some(c) = cell(cols.cost) {
            match cost::find(c) {
                Some(found) => apply_cost(&mut task, found, *line, out),
                None if cost::says_free(c) => {}
                None => out.warn(
                    Some(*line),
                    WarningKind::UnparsedValue,
                    format!("cost `{c}` is not an amount (write e.g. `$50/month`)"),
                ),
            }
        }
        if let Some(s) = cell(cols.status) {
            let ws = words(s);
            task.done = s.contains('✅')
                || s.contains('☑')
                || ws
                    .iter()
                    .any(|w| matches!(w.as_str(), "done" | "complete" | "completed" | "yes"));
        }
        for i in &cols.notes {
            if let (Some(h), Some(c)) = (header.get(*i), cell(Some(*i))) {
                task.notes.push(format!("{}: {c}", clean_title(h)));
            }
        }
        super::walk::place(&mut task, ctx, out);
        if let Some(when) = cell(cols.phase) {
            let window = find_window(when)
                .map(|w| w.text)
                .or_else(|| Some(when.to_string()));
            task.phase = Some(out.phase_index(PhaseDraft {
                name: clean_title(when),
                window,
                horizon: find_horizon(when),
                priority: None,
                line: *line,
                mentions: Vec::new(),
            }));
        }
        out.tasks.push(task);
    }
    true
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_task_table_gives_one_task_per_row() {
        let header: Vec<String> = ["#", "Action", "Priority", "Effort", "Cost", "When", "Owner"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let rows = vec![
            (
                3,
                ["1", "Add health checks", "P0", "4h", "", "Week 1", "Ana"]
                    .iter()
                    .map(|s| s.to_string())
                    .collect(),
            ),
            (
                4,
                ["2", "Buy APM", "High", "2 days", "$50/month", "Month 2", ""]
                    .iter()
                    .map(|s| s.to_string())
                    .collect(),
            ),
        ];
        let mut out = Drafts::default();
        assert!(from_table(
            &header,
            &rows,
            &Context::default(),
            &Legend::default(),
            &mut out
        ));
        assert_eq!(out.tasks.len(), 2);
        assert_eq!(out.tasks[0].title, "Add health checks");
        assert_eq!(
            out.tasks[0].priority.map(|p| p.0),
            Some(crate::model::Priority::Critical)
        );
        assert_eq!(
            out.tasks[1].cost_monthly.map(|m| m.to_string()).as_deref(),
            Some("50")
        );
        assert_eq!(out.phases.len(), 2);
        assert_eq!(out.phases[0].window.as_deref(), Some("Week 1"));
        assert!(out.tasks[0].notes.contains(&"Owner: Ana".to_string()));
    }

    #[test]
    fn a_scorecard_is_not_a_task_table() {
        let header: Vec<String> = ["Category", "Score"]
            .iter()
            .map(|s| s.to_string())
            .collect();
        let mut out = Drafts::default();
        assert!(!from_table(
            &header,
            &[],
            &Context::default(),
            &Legend::default(),
            &mut out
        ));
    }
}
