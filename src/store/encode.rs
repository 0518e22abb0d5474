//! The canonical TOML of each part of a roadmap: which keys, in which order,
//! written how. `to_toml` builds whole files from it; the patcher compares
//! old and new fields key by key and rewrites only those that differ.
//!
//! Every value is written losslessly (numbers keep all their digits, even
//! inside strings like `"0.75-1.5h"`) so that text always loads back to the
//! roadmap it came from.

use crate::model::fields::{
    Field, Value as FieldValue, FINDING_FIELDS, LEVEL_FIELDS, PERSON_FIELDS, PHASE_FIELDS,
    PROJECT_FIELDS, TASK_FIELDS,
};
use crate::model::{
    Effort, Finding, Level, Maturity, Money, Person, Phase, Project, Roadmap, Scale, Task,
};
use chrono::{Datelike, NaiveDate};
use toml_edit::{Array, ArrayOfTables, DocumentMut, Item, Table, Value};

/// A table's fields in canonical order; `None` means "not written".
pub(crate) type Fields = Vec<(&'static str, Option<Value>)>;

/// The canonical text of a whole roadmap, for new files.
pub fn to_toml(roadmap: &Roadmap) -> String {
    let mut doc = canonical_document(roadmap);
    let text = doc.to_string();
    // Scanning the text is cheaper than visiting every value of a big
    // roadmap, and almost no roadmap needs a string respelled.
    if !super::strings::needs_respelling(&text) {
        return text;
    }
    super::strings::respell_new_strings(&mut doc, false);
    doc.to_string()
}

/// The canonical document of a whole roadmap.
pub(crate) fn canonical_document(roadmap: &Roadmap) -> DocumentMut {
    let mut doc = DocumentMut::new();
    let root = doc.as_table_mut();
    root.insert(
        "version",
        Item::Value(Value::from(i64::from(roadmap.version))),
    );
    root.insert(
        "project",
        Item::Table(table(project_fields(&roadmap.project))),
    );
    if let Some(maturity) = &roadmap.maturity {
        root.insert("maturity", Item::Table(maturity_table(maturity)));
    }
    let arrays = [
        (
            "findings",
            array(roadmap.findings.iter().map(finding_fields)),
        ),
        ("phases", array(roadmap.phases.iter().map(phase_fields))),
        ("people", array(roadmap.people.iter().map(person_fields))),
        ("tasks", array(roadmap.tasks.iter().map(task_fields))),
    ];
    for (key, tables) in arrays {
        if !tables.is_empty() {
            root.insert(key, Item::ArrayOfTables(tables));
        }
    }
    super::merge::marker::patch(root, &[], &roadmap.conflicts);
    doc
}

/// A table holding the written fields, in order.
pub(crate) fn table(fields: Fields) -> Table {
    let mut table = Table::new();
    for (key, value) in fields {
        if let Some(value) = value {
            table.insert(key, Item::Value(value));
        }
    }
    table
}

fn array(tables: impl Iterator<Item = Fields>) -> ArrayOfTables {
    tables.map(table).collect()
}

pub(crate) fn maturity_table(maturity: &Maturity) -> Table {
    let mut t = table(maturity_fields(maturity));
    if !maturity.levels.is_empty() {
        t.insert(
            "levels",
            Item::ArrayOfTables(array(maturity.levels.iter().map(level_fields))),
        );
    }
    t
}

pub(crate) fn project_fields(p: &Project) -> Fields {
    fields_of(p, PROJECT_FIELDS)
}

/// The maturity table's own values; its levels are an array of their own.
pub(crate) fn maturity_fields(m: &Maturity) -> Fields {
    vec![
        ("baseline", Some(number(m.baseline))),
        ("scale", Some(text(&scale(m.scale)))),
    ]
}

pub(crate) fn level_fields(l: &Level) -> Fields {
    fields_of(l, LEVEL_FIELDS)
}

pub(crate) fn finding_fields(f: &Finding) -> Fields {
    fields_of(f, FINDING_FIELDS)
}

pub(crate) fn phase_fields(p: &Phase) -> Fields {
    fields_of(p, PHASE_FIELDS)
}

pub(crate) fn person_fields(p: &Person) -> Fields {
    fields_of(p, PERSON_FIELDS)
}

pub(crate) fn task_fields(t: &Task) -> Fields {
    fields_of(t, TASK_FIELDS)
}

/// A record's fields as its table in the model lists them.
fn fields_of<R>(record: &R, fields: &'static [Field<R>]) -> Fields {
    fields
        .iter()
        .map(|f| (f.key, (f.get)(record).and_then(|v| written(&v))))
        .collect()
}

/// A field's value as the file writes it; an empty list is not written.
fn written(value: &FieldValue<'_>) -> Option<Value> {
    Some(match value {
        FieldValue::Text(s) => text(s),
        FieldValue::Priority(p) => text(p.as_str()),
        FieldValue::Status(s) => text(s.as_str()),
        FieldValue::FindingKind(k) => text(k.as_str()),
        FieldValue::Severity(s) => text(s.as_str()),
        FieldValue::Effort(e) => effort(e),
        FieldValue::Money(m) => money(m),
        FieldValue::Whole(n) => Value::from(i64::from(*n)),
        FieldValue::Number(n) => number(*n),
        FieldValue::Date(d) => date(*d),
        FieldValue::Ids(list) => return ids(list),
    })
}

/// A string; toml_edit writes one with line breaks as a `"""` block.
fn text(s: &str) -> Value {
    Value::from(s)
}

/// Whole numbers as TOML integers (`8`, not `8.0`), others as floats.
fn number(n: f64) -> Value {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        Value::from(n as i64)
    } else {
        Value::from(n)
    }
}

/// A number inside a string, with every digit kept and no exponent.
fn exact(n: f64) -> String {
    if n.fract() == 0.0 && n.abs() < 1e15 {
        format!("{}", n as i64)
    } else {
        format!("{n}")
    }
}

/// TOML dates where TOML can hold them (years 0-9999), strings otherwise.
fn date(d: NaiveDate) -> Value {
    match (
        u16::try_from(d.year()),
        u8::try_from(d.month()),
        u8::try_from(d.day()),
    ) {
        (Ok(year), Ok(month), Ok(day)) if year <= 9999 => Value::from(toml_edit::Datetime {
            date: Some(toml_edit::Date { year, month, day }),
            time: None,
            offset: None,
        }),
        _ => Value::from(d.format("%Y-%m-%d").to_string()),
    }
}

/// `"4h"`, `"40-60h"`: the canonical form, losslessly.
fn effort(e: &Effort) -> Value {
    let unit = e.unit.suffix();
    let r = e.amount;
    if r.low == r.high {
        text(&format!("{}{unit}", exact(r.low)))
    } else {
        text(&format!("{}-{}{unit}", exact(r.low), exact(r.high)))
    }
}

/// A point as a number (`50`), a range as a string (`"400-850"`).
fn money(m: &Money) -> Value {
    let r = m.0;
    if r.low == r.high {
        number(r.low)
    } else {
        text(&format!("{}-{}", exact(r.low), exact(r.high)))
    }
}

fn scale(s: Scale) -> String {
    match s {
        Scale::Percent => "percent".into(),
        Scale::OutOf(n) => format!("/{}", exact(n)),
    }
}

/// An id list, or nothing when it is empty.
fn ids(list: &[String]) -> Option<Value> {
    if list.is_empty() {
        return None;
    }
    let array: Array = list.iter().map(String::as_str).collect();
    Some(Value::Array(array))
}
