//! A finding's fields, in the order `docs/FORMAT.md` lists them.

use super::{Field, Kind, Presence, Shown, Value};
use crate::model::Finding;
use std::borrow::Cow;

fn text(text: &str) -> Option<Value<'_>> {
    Some(Value::Text(Cow::Borrowed(text)))
}

pub const FINDING_FIELDS: &[Field<Finding>] = &[
    Field {
        key: "id",
        kind: Kind::Id,
        presence: Presence::Required("\"...\""),
        label: "Id",
        hint: "",
        shown: Shown::NOWHERE,
        get: |f| text(&f.id),
        set: |f, v| f.id = v.and_then(Value::into_text).unwrap_or_default(),
    },
    Field {
        key: "category",
        kind: Kind::Text,
        presence: Presence::Required("\"...\""),
        label: "Category",
        hint: "",
        shown: Shown::NOWHERE,
        get: |f| text(&f.category),
        set: |f, v| f.category = v.and_then(Value::into_text).unwrap_or_default(),
    },
    Field {
        key: "kind",
        kind: Kind::FindingKind,
        presence: Presence::Required("\"gap\""),
        label: "Kind",
        hint: "",
        shown: Shown::NOWHERE,
        get: |f| Some(Value::FindingKind(f.kind)),
        set: |f, v| f.kind = v.and_then(|v| v.finding_kind()).unwrap_or(f.kind),
    },
    Field {
        key: "severity",
        kind: Kind::Severity,
        presence: Presence::Required("\"medium\""),
        label: "Severity",
        hint: "",
        shown: Shown::NOWHERE,
        get: |f| Some(Value::Severity(f.severity)),
        set: |f, v| f.severity = v.and_then(|v| v.severity()).unwrap_or(f.severity),
    },
    Field {
        key: "title",
        kind: Kind::Text,
        presence: Presence::Required("\"...\""),
        label: "Title",
        hint: "",
        shown: Shown::NOWHERE,
        get: |f| text(&f.title),
        set: |f, v| f.title = v.and_then(Value::into_text).unwrap_or_default(),
    },
    Field {
        key: "detail",
        kind: Kind::Text,
        presence: Presence::Optional,
        label: "Detail",
        hint: "",
        shown: Shown::NOWHERE,
        get: |f| f.detail.as_deref().and_then(text),
        set: |f, v| f.detail = v.and_then(Value::into_text),
    },
    Field {
        key: "score",
        kind: Kind::Number,
        presence: Presence::Optional,
        label: "Score",
        hint: "",
        shown: Shown::NOWHERE,
        get: |f| f.score.map(Value::Number),
        set: |f, v| f.score = v.and_then(|v| v.number()),
    },
    Field {
        key: "target",
        kind: Kind::Number,
        presence: Presence::Optional,
        label: "Target",
        hint: "",
        shown: Shown::NOWHERE,
        get: |f| f.target.map(Value::Number),
        set: |f, v| f.target = v.and_then(|v| v.number()),
    },
    Field {
        key: "max",
        kind: Kind::Number,
        presence: Presence::Optional,
        label: "Max",
        hint: "",
        shown: Shown::NOWHERE,
        get: |f| f.max.map(Value::Number),
        set: |f, v| f.max = v.and_then(|v| v.number()),
    },
];
