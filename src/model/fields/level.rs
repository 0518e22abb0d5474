//! A maturity level's fields, in the order `docs/FORMAT.md` lists them.
//! Its number names it, as an id names a task.

use super::{Field, Kind, Presence, Shown, Value};
use crate::model::Level;
use std::borrow::Cow;

pub const LEVEL_FIELDS: &[Field<Level>] = &[
    Field {
        key: "level",
        kind: Kind::Whole,
        presence: Presence::Required("1"),
        label: "Level",
        hint: "",
        shown: Shown::NOWHERE,
        get: |l| Some(Value::Whole(l.level)),
        set: |l, v| l.level = v.and_then(|v| v.whole()).unwrap_or(l.level),
    },
    Field {
        key: "name",
        kind: Kind::Text,
        presence: Presence::Required("\"...\""),
        label: "Name",
        hint: "",
        shown: Shown::NOWHERE,
        get: |l| Some(Value::Text(Cow::Borrowed(&l.name))),
        set: |l, v| l.name = v.and_then(Value::into_text).unwrap_or_default(),
    },
    Field {
        key: "score",
        kind: Kind::Number,
        presence: Presence::Required("60"),
        label: "Score",
        hint: "",
        shown: Shown::NOWHERE,
        get: |l| Some(Value::Number(l.score)),
        set: |l, v| l.score = v.and_then(|v| v.number()).unwrap_or(l.score),
    },
    Field {
        key: "description",
        kind: Kind::Text,
        presence: Presence::Optional,
        label: "Description",
        hint: "",
        shown: Shown::NOWHERE,
        get: |l| {
            l.description
                .as_deref()
                .map(|d| Value::Text(Cow::Borrowed(d)))
        },
        set: |l, v| l.description = v.and_then(Value::into_text),
    },
    Field {
        key: "requires",
        kind: Kind::Ids,
        presence: Presence::Optional,
        label: "Requires",
        hint: "",
        shown: Shown::NOWHERE,
        get: |l| Some(Value::Ids(Cow::Borrowed(&l.requires))),
        set: |l, v| l.requires = v.and_then(Value::into_ids).unwrap_or_default(),
    },
    Field {
        key: "min_score",
        kind: Kind::Number,
        presence: Presence::Optional,
        label: "Minimum score",
        hint: "",
        shown: Shown::NOWHERE,
        get: |l| l.min_score.map(Value::Number),
        set: |l, v| l.min_score = v.and_then(|v| v.number()),
    },
];
