//! One function per kind of table in the format: read every field, report
//! every bad one, fill defaults where the format has them.

use super::record::{Name, Record};
use super::{record_tables, Decoder};
use crate::model::{
    Finding, FindingKind, Level, Maturity, Phase, Priority, Project, Scale, Severity, Status, Task,
};
use crate::store::schema::{
    FINDING_KEYS, LEVEL_KEYS, MATURITY_KEYS, PHASE_KEYS, PROJECT_KEYS, TASK_KEYS,
};

pub(super) fn project(r: &mut Record<'_, '_>, d: &mut Decoder<'_>) -> Project {
    r.check_keys(PROJECT_KEYS, d);
    let defaults = Project::new("");
    Project {
        name: r.required_string("name", d),
        summary: r.string("summary", d),
        source: r.string("source", d),
        audit_date: r.date("audit_date", d),
        currency: r.string("currency", d).unwrap_or(defaults.currency),
        hours_per_day: r
            .number("hours_per_day", d)
            .unwrap_or(defaults.hours_per_day),
        days_per_week: r
            .number("days_per_week", d)
            .unwrap_or(defaults.days_per_week),
    }
}

pub(super) fn maturity(r: &mut Record<'_, '_>, d: &mut Decoder<'_>) -> Maturity {
    r.check_keys(MATURITY_KEYS, d);
    let mut levels = Vec::new();
    if let Some(item) = r.get("levels") {
        for (i, (table, span)) in record_tables(item, "maturity.levels", d)
            .into_iter()
            .enumerate()
        {
            let mut record = Record::new(table, span, "maturity level", Name::Index(i));
            levels.push(level(&mut record, d));
        }
    }
    Maturity {
        baseline: r.number("baseline", d).unwrap_or(0.0),
        scale: r.scale("scale", d).unwrap_or(Scale::Percent),
        levels,
    }
}

fn level(r: &mut Record<'_, '_>, d: &mut Decoder<'_>) -> Level {
    r.check_keys(LEVEL_KEYS, d);
    let number = r.whole("level", d);
    if let Some(n) = number {
        r.name = Name::Number(n);
    } else if !r.has("level") {
        r.missing("level", "1", d);
    }
    let name = r.required_string("name", d);
    let score = r.number("score", d);
    if score.is_none() && !r.has("score") {
        r.missing("score", "60", d);
    }
    Level {
        level: number.unwrap_or(0),
        name,
        score: score.unwrap_or(0.0),
        description: r.string("description", d),
        requires: r.ids("requires", d),
        min_score: r.number("min_score", d),
    }
}

/// Reads the `id` first so that later messages can name the record by it.
fn identify(r: &mut Record<'_, '_>, d: &mut Decoder<'_>) -> String {
    let id = r.required_string("id", d);
    if let Some(written) = r.get("id").and_then(|v| v.get_ref().as_str()) {
        if !written.is_empty() {
            r.name = Name::Id(written);
        }
    }
    id
}

pub(super) fn finding(r: &mut Record<'_, '_>, d: &mut Decoder<'_>) -> Finding {
    let id = identify(r, d);
    r.check_keys(FINDING_KEYS, d);
    let category = r.required_string("category", d);
    let kind = r.word::<FindingKind>("kind", d);
    if kind.is_none() && !r.has("kind") {
        r.missing("kind", "\"gap\"", d);
    }
    let severity = r.word::<Severity>("severity", d);
    if severity.is_none() && !r.has("severity") {
        r.missing("severity", "\"medium\"", d);
    }
    Finding {
        id,
        category,
        kind: kind.unwrap_or(FindingKind::Gap),
        severity: severity.unwrap_or(Severity::Medium),
        title: r.required_string("title", d),
        detail: r.string("detail", d),
        score: r.number("score", d),
        target: r.number("target", d),
        max: r.number("max", d),
    }
}

pub(super) fn phase(r: &mut Record<'_, '_>, d: &mut Decoder<'_>) -> Phase {
    let id = identify(r, d);
    r.check_keys(PHASE_KEYS, d);
    Phase {
        id,
        name: r.required_string("name", d),
        window: r.string("window", d),
        start: r.date("start", d),
        end: r.date("end", d),
        description: r.string("description", d),
    }
}

pub(super) fn task(r: &mut Record<'_, '_>, d: &mut Decoder<'_>) -> Task {
    let id = identify(r, d);
    r.check_keys(TASK_KEYS, d);
    let phase = r.required_string("phase", d);
    let title = r.required_string("title", d);
    let mut task = Task::new(id, phase, title);
    task.priority = r
        .word::<Priority>("priority", d)
        .unwrap_or(Priority::Medium);
    task.status = r.word::<Status>("status", d).unwrap_or(Status::Todo);
    task.effort = r.effort("effort", d);
    task.cost_once = r.money("cost_once", d);
    task.cost_monthly = r.money("cost_monthly", d);
    task.category = r.string("category", d);
    task.level = r.whole("level", d);
    task.findings = r.ids("findings", d);
    task.depends_on = r.ids("depends_on", d);
    task.owner = r.string("owner", d);
    task.due = r.date("due", d);
    task.done_on = r.date("done_on", d);
    task.notes = r.string("notes", d);
    task.source_line = r.whole("source_line", d);
    task
}
