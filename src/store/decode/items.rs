//! One function per kind of table in the format: read every field, report
//! every bad one, fill defaults where the format has them.

use super::record::{Name, Record};
use super::{record_tables, Decoder};
use crate::model::fields::{
    Field, Kind, Presence, Value, FINDING_FIELDS, LEVEL_FIELDS, PERSON_FIELDS, PHASE_FIELDS,
    PROJECT_FIELDS, TASK_FIELDS,
};
use crate::model::{
    Finding, FindingKind, Level, Maturity, Person, Phase, Priority, Project, Scale, Severity,
    Status, Task,
};
use crate::store::schema::{
    FINDING_KEYS, LEVEL_KEYS, MATURITY_KEYS, PERSON_KEYS, PHASE_KEYS, PROJECT_KEYS, TASK_KEYS,
};

pub(super) fn project(r: &mut Record<'_, '_>, d: &mut Decoder<'_>) -> Project {
    r.check_keys(PROJECT_KEYS, d);
    let mut project = Project::new("");
    read_fields(r, d, PROJECT_FIELDS, &mut project);
    project
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
    // The number names the level in later messages, as an id names a task.
    let number = r.whole("level", d);
    if let Some(n) = number {
        r.name = Name::Number(n);
    } else if !r.has("level") {
        r.missing("level", "1", d);
    }
    let mut level = Level {
        level: number.unwrap_or(0),
        name: String::new(),
        score: 0.0,
        description: None,
        requires: Vec::new(),
        min_score: None,
    };
    read_fields(r, d, &LEVEL_FIELDS[1..], &mut level);
    level
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
    let mut finding = Finding {
        id,
        category: String::new(),
        kind: FindingKind::Gap,
        severity: Severity::Medium,
        title: String::new(),
        detail: None,
        score: None,
        target: None,
        max: None,
    };
    read_fields(r, d, FINDING_FIELDS, &mut finding);
    finding
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

/// A person is named by `name` (tasks' `owner` refers to it), read first
/// so later messages can name the table by it.
pub(super) fn person(r: &mut Record<'_, '_>, d: &mut Decoder<'_>) -> Person {
    if let Some(written) = r.get("name").and_then(|v| v.get_ref().as_str()) {
        if !written.is_empty() {
            r.name = Name::Id(written);
        }
    }
    r.check_keys(PERSON_KEYS, d);
    let mut person = Person::new("", 0.0);
    read_fields(r, d, PERSON_FIELDS, &mut person);
    person
}

pub(super) fn task(r: &mut Record<'_, '_>, d: &mut Decoder<'_>) -> Task {
    let id = identify(r, d);
    r.check_keys(TASK_KEYS, d);
    let mut task = Task::new(id, "", "");
    read_fields(r, d, TASK_FIELDS, &mut task);
    task
}

/// Reads each field but the id (read first, by `identify`) into `record`,
/// in the table's order, reporting every bad one and every required one
/// left out; a field left out keeps the value `record` has, its default.
fn read_fields<R>(
    r: &mut Record<'_, '_>,
    d: &mut Decoder<'_>,
    fields: &'static [Field<R>],
    record: &mut R,
) {
    for f in fields {
        let key = f.key;
        if let Presence::Required(example) = f.presence {
            if f.kind != Kind::Id && !r.has(key) {
                r.missing(key, example, d);
                continue;
            }
        }
        let value = match f.kind {
            Kind::Id => continue,
            Kind::Text => r.string(key, d).map(|s| Value::Text(s.into())),
            Kind::Priority => r.word::<Priority>(key, d).map(Value::Priority),
            Kind::Status => r.word::<Status>(key, d).map(Value::Status),
            Kind::FindingKind => r.word::<FindingKind>(key, d).map(Value::FindingKind),
            Kind::Severity => r.word::<Severity>(key, d).map(Value::Severity),
            Kind::Effort => r.effort(key, d).map(Value::Effort),
            Kind::Money => r.money(key, d).map(Value::Money),
            Kind::Whole => r.whole(key, d).map(Value::Whole),
            Kind::Number => r.number(key, d).map(Value::Number),
            Kind::Date => r.date(key, d).map(Value::Date),
            Kind::Ids => Some(Value::Ids(r.ids(key, d).into())),
        };
        if value.is_some() {
            (f.set)(record, value);
        }
    }
}
