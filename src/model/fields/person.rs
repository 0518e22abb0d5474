//! A person's fields (`[[people]]`), in the order `docs/FORMAT.md` lists them.

use super::{text, Field, Kind, Presence, Shown, Value};
use crate::model::Person;

pub const PERSON_FIELDS: &[Field<Person>] = &[
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
        key: "hours_per_week",
        kind: Kind::Number,
        presence: Presence::Required("40"),
        label: "Hours per week",
        hint: "",
        shown: Shown::NOWHERE,
        get: |p| Some(Value::Number(p.hours_per_week)),
        set: |p, v| p.hours_per_week = v.and_then(|v| v.number()).unwrap_or(p.hours_per_week),
    },
    Field {
        key: "focus",
        kind: Kind::Number,
        presence: Presence::Optional,
        label: "Focus",
        hint: "",
        shown: Shown::NOWHERE,
        get: |p| p.focus.map(Value::Number),
        set: |p, v| p.focus = v.and_then(|v| v.number()),
    },
    // Date ranges written as strings: a list, like `depends_on`.
    Field {
        key: "off",
        kind: Kind::Ids,
        presence: Presence::Optional,
        label: "Days off",
        hint: "",
        shown: Shown::NOWHERE,
        get: |p| Some(Value::Ids(std::borrow::Cow::Borrowed(&p.off))),
        set: |p, v| p.off = v.and_then(Value::into_ids).unwrap_or_default(),
    },
];
