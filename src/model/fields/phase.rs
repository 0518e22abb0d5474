//! A phase's fields, in the order `docs/FORMAT.md` lists them.

use super::{text, Field, Kind, Presence, Shown, Value};
use crate::model::Phase;

pub const PHASE_FIELDS: &[Field<Phase>] = &[
    Field {
        key: "id",
        kind: Kind::Id,
        presence: Presence::Required("\"...\""),
        label: "Id",
        hint: "",
        shown: Shown::NOWHERE,
        get: |p| text(&p.id),
        set: |p, v| p.id = v.and_then(Value::into_text).unwrap_or_default(),
    },
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
        key: "window",
        kind: Kind::Text,
        presence: Presence::Optional,
        label: "Window",
        hint: "",
        shown: Shown::NOWHERE,
        get: |p| p.window.as_deref().and_then(text),
        set: |p, v| p.window = v.and_then(Value::into_text),
    },
    Field {
        key: "start",
        kind: Kind::Date,
        presence: Presence::Optional,
        label: "Start",
        hint: "",
        shown: Shown::NOWHERE,
        get: |p| p.start.map(Value::Date),
        set: |p, v| p.start = v.and_then(|v| v.date()),
    },
    Field {
        key: "end",
        kind: Kind::Date,
        presence: Presence::Optional,
        label: "End",
        hint: "",
        shown: Shown::NOWHERE,
        get: |p| p.end.map(Value::Date),
        set: |p, v| p.end = v.and_then(|v| v.date()),
    },
    Field {
        key: "description",
        kind: Kind::Text,
        presence: Presence::Optional,
        label: "Description",
        hint: "",
        shown: Shown::NOWHERE,
        get: |p| p.description.as_deref().and_then(text),
        set: |p, v| p.description = v.and_then(Value::into_text),
    },
];
