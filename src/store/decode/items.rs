//! One function per kind of table in the format: read every field, report
//! every bad one, fill defaults where the format has them.

use super::record::{Name, Record};
use super::{record_tables, Decoder};
use crate::model::fields::{Field, Kind, Presence, Value, PHASE_FIELDS, TASK_FIELDS};
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
    let mut phase = Phase {
        id,
        name: String::new(),
        window: None,
        start: None,
        end: None,
        description: None,
    };
    read_fields(r, d, PHASE_FIELDS, &mut phase);
    phase
}

pub(super) fn task(r: &mut Record<'_, '_>, d: &mut Decoder<'_>) -> Task {
    let id = identify(r, d);
    r.check_keys(TASK_KEYS, d);
    let mut task = Task::new(id, "", "");
    read_fields(r, d, TASK_FIELDS, &mut task);
    task
}

/// Reads each field but the id (read first, by `identify`) into `record`,
/// in the table's order, reporting every bad one; a field left out keeps
/// the value `record` has, its default.
fn read_fields<R>(
    r: &mut Record<'_, '_>,
    d: &mut Decoder<'_>,
    fields: &'static [Field<R>],
    record: &mut R,
) {
    for f in fields {
        let key = f.key;
        let value = match (f.kind, f.presence) {
            (Kind::Id, _) => continue,
            (Kind::Text, Presence::Required) => Some(Value::Text(r.required_string(key, d).into())),
            (Kind::Text, _) => r.string(key, d).map(|s| Value::Text(s.into())),
            (Kind::Priority, _) => r.word::<Priority>(key, d).map(Value::Priority),
            (Kind::Status, _) => r.word::<Status>(key, d).map(Value::Status),
            (Kind::Effort, _) => r.effort(key, d).map(Value::Effort),
            (Kind::Money, _) => r.money(key, d).map(Value::Money),
            (Kind::Whole, _) => r.whole(key, d).map(Value::Whole),
            (Kind::Date, _) => r.date(key, d).map(Value::Date),
            (Kind::Ids, _) => Some(Value::Ids(r.ids(key, d).into())),
        };
        if value.is_some() {
            (f.set)(record, value);
        }
    }
}
