//! The project's fields, in the order `docs/FORMAT.md` lists them.

use super::{text, Field, Kind, Presence, Shown, Value};
use crate::model::Project;

pub const PROJECT_FIELDS: &[Field<Project>] = &[
    Field {
        key: "name",
        kind: Kind::Text,
        presence: Presence::Required("\"...\""),
        label: "Name",
        hint: "",
        shown: Shown::NOWHERE,
        get: |p| text(&p.name),
        set: |p, v| p.name = v.and_then(Value::into_text).unwrap_or_default(),
    },
    Field {
        key: "summary",
        kind: Kind::Text,
        presence: Presence::Optional,
        label: "Summary",
        hint: "",
        shown: Shown::NOWHERE,
        get: |p| p.summary.as_deref().and_then(text),
        set: |p, v| p.summary = v.and_then(Value::into_text),
    },
    Field {
        key: "source",
        kind: Kind::Text,
        presence: Presence::Optional,
        label: "Source",
        hint: "",
        shown: Shown::NOWHERE,
        get: |p| p.source.as_deref().and_then(text),
        set: |p, v| p.source = v.and_then(Value::into_text),
    },
    Field {
        key: "audit_date",
        kind: Kind::Date,
        presence: Presence::Optional,
        label: "Audit date",
        hint: "",
        shown: Shown::NOWHERE,
        get: |p| p.audit_date.map(Value::Date),
        set: |p, v| p.audit_date = v.and_then(|v| v.date()),
    },
    Field {
        key: "currency",
        kind: Kind::Text,
        presence: Presence::Defaulted,
        label: "Currency",
        hint: "",
        shown: Shown::NOWHERE,
        get: |p| text(&p.currency),
        set: |p, v| {
            if let Some(currency) = v.and_then(Value::into_text) {
                p.currency = currency;
            }
        },
    },
    Field {
        key: "hours_per_day",
        kind: Kind::Number,
        presence: Presence::Defaulted,
        label: "Hours per day",
        hint: "",
        shown: Shown::NOWHERE,
        get: |p| Some(Value::Number(p.hours_per_day)),
        set: |p, v| p.hours_per_day = v.and_then(|v| v.number()).unwrap_or(p.hours_per_day),
    },
    Field {
        key: "days_per_week",
        kind: Kind::Number,
        presence: Presence::Defaulted,
        label: "Days per week",
        hint: "",
        shown: Shown::NOWHERE,
        get: |p| Some(Value::Number(p.days_per_week)),
        set: |p, v| p.days_per_week = v.and_then(|v| v.number()).unwrap_or(p.days_per_week),
    },
];
