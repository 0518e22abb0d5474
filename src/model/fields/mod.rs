//! Each record's fields, declared once: the key the file writes, the kind
//! of value, whether a record can do without it, how people name it, and
//! how to read it from the record and write it back. The store decodes,
//! encodes, reads fast, merges and settles conflicts through these tables;
//! the exports and the planner's editor and details pane show them. A new
//! task field is a member of `Task` and a line of [`TASK_FIELDS`].

mod finding;
mod level;
mod person;
mod phase;
mod project;
mod task;

pub use finding::FINDING_FIELDS;
pub use level::LEVEL_FIELDS;
pub use person::PERSON_FIELDS;
pub use phase::PHASE_FIELDS;
pub use project::PROJECT_FIELDS;
pub use task::TASK_FIELDS;

use super::{Effort, FindingKind, Money, Priority, Severity, Status};
use chrono::NaiveDate;
use std::borrow::Cow;

/// What a field holds, which says how it is written and read.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Kind {
    /// The record's identity, a slug (`deploy-worker`).
    Id,
    Text,
    Priority,
    Status,
    FindingKind,
    Severity,
    Effort,
    Money,
    /// A whole number from 0 (a maturity level, a line number).
    Whole,
    /// Any finite number (a score, hours in a day).
    Number,
    Date,
    /// A list of ids of other records (`depends_on`), or of other short
    /// texts written as a list of strings (a person's days `off`).
    Ids,
}

/// Whether a record can do without the field.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Presence {
    /// The file must give it; the example is what the message about a
    /// missing one suggests writing (`"..."` for a text).
    Required(&'static str),
    /// Always has a value; the file may leave it out for the default.
    Defaulted,
    /// May be absent (a list: empty).
    Optional,
}

/// Where the planner shows a field, besides the ways every field is shown
/// (the file, the exports).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Shown {
    /// A line of the task editor's form.
    pub in_editor: bool,
    /// The line of plain facts in the details pane (`Owner ana  Due …`).
    pub in_details: bool,
}

impl Shown {
    pub const NOWHERE: Shown = Shown {
        in_editor: false,
        in_details: false,
    };
    pub const EDITOR: Shown = Shown {
        in_editor: true,
        in_details: false,
    };
    pub const DETAILS: Shown = Shown {
        in_editor: false,
        in_details: true,
    };
    pub const BOTH: Shown = Shown {
        in_editor: true,
        in_details: true,
    };
}

/// A field's value, borrowed from the record it was read from or owned to
/// be written into one.
#[derive(Debug, Clone, PartialEq)]
pub enum Value<'a> {
    Text(Cow<'a, str>),
    Priority(Priority),
    Status(Status),
    FindingKind(FindingKind),
    Severity(Severity),
    Effort(Effort),
    Money(Money),
    Whole(u32),
    Number(f64),
    Date(NaiveDate),
    Ids(Cow<'a, [String]>),
}

impl Value<'_> {
    pub fn into_text(self) -> Option<String> {
        match self {
            Value::Text(text) => Some(text.into_owned()),
            _ => None,
        }
    }

    pub fn into_ids(self) -> Option<Vec<String>> {
        match self {
            Value::Ids(ids) => Some(ids.into_owned()),
            _ => None,
        }
    }

    pub fn priority(&self) -> Option<Priority> {
        match self {
            Value::Priority(p) => Some(*p),
            _ => None,
        }
    }

    pub fn status(&self) -> Option<Status> {
        match self {
            Value::Status(s) => Some(*s),
            _ => None,
        }
    }

    pub fn finding_kind(&self) -> Option<FindingKind> {
        match self {
            Value::FindingKind(k) => Some(*k),
            _ => None,
        }
    }

    pub fn severity(&self) -> Option<Severity> {
        match self {
            Value::Severity(s) => Some(*s),
            _ => None,
        }
    }

    pub fn number(&self) -> Option<f64> {
        match self {
            Value::Number(n) => Some(*n),
            _ => None,
        }
    }

    pub fn effort(&self) -> Option<Effort> {
        match self {
            Value::Effort(e) => Some(*e),
            _ => None,
        }
    }

    pub fn money(&self) -> Option<Money> {
        match self {
            Value::Money(m) => Some(*m),
            _ => None,
        }
    }

    pub fn whole(&self) -> Option<u32> {
        match self {
            Value::Whole(n) => Some(*n),
            _ => None,
        }
    }

    pub fn date(&self) -> Option<NaiveDate> {
        match self {
            Value::Date(d) => Some(*d),
            _ => None,
        }
    }

    /// The value as a person types it: `4h`, `$400-850`, `2025-12-01`;
    /// ids separated by `sep`.
    pub fn to_text(&self, sep: &str) -> String {
        match self {
            Value::Text(text) => text.to_string(),
            Value::Priority(p) => p.to_string(),
            Value::Status(s) => s.to_string(),
            Value::FindingKind(k) => k.to_string(),
            Value::Severity(s) => s.to_string(),
            Value::Effort(e) => e.to_string(),
            Value::Money(m) => m.to_string(),
            Value::Whole(n) => n.to_string(),
            Value::Number(n) => super::range::format_number(*n),
            Value::Date(d) => d.to_string(),
            Value::Ids(ids) => ids.join(sep),
        }
    }
}

/// One field of records of type `R`.
pub struct Field<R: 'static> {
    /// The key the file writes it under (`cost_once`).
    pub key: &'static str,
    pub kind: Kind,
    pub presence: Presence,
    /// How people call it (`One-time cost`).
    pub label: &'static str,
    /// What to type, shown beside the field when it is empty in the editor.
    pub hint: &'static str,
    pub shown: Shown,
    /// The field's value in a record; `None` when it has none.
    pub get: fn(&R) -> Option<Value<'_>>,
    /// Writes the value into a record; `None` unsets an optional field and
    /// leaves any other as it is.
    pub set: fn(&mut R, Option<Value<'_>>),
}

impl<R> Field<R> {
    /// The value as a person types it (`4h`, `2025-12-01`, `high`), read
    /// with the model's own parsers, the text taken as it is. Lists are not
    /// typed this way.
    pub fn parse(&self, text: &str) -> Result<Value<'static>, String> {
        Ok(match self.kind {
            Kind::Id | Kind::Text => Value::Text(Cow::Owned(text.to_string())),
            Kind::Priority => Value::Priority(text.parse().map_err(|e| format!("{e}"))?),
            Kind::Status => Value::Status(text.parse().map_err(|e| format!("{e}"))?),
            Kind::FindingKind => Value::FindingKind(text.parse().map_err(|e| format!("{e}"))?),
            Kind::Severity => Value::Severity(text.parse().map_err(|e| format!("{e}"))?),
            Kind::Effort => Value::Effort(Effort::parse(text).map_err(|e| e.to_string())?),
            Kind::Money => Value::Money(Money::parse(text).map_err(|e| e.to_string())?),
            Kind::Whole => Value::Whole(text.parse().map_err(|_| {
                format!(
                    "`{text}` is not a {} number (write e.g. `2`)",
                    self.label.to_lowercase()
                )
            })?),
            Kind::Number => Value::Number(
                text.parse::<f64>()
                    .ok()
                    .filter(|n| n.is_finite())
                    .ok_or_else(|| format!("`{text}` is not a number (write e.g. `60`)"))?,
            ),
            Kind::Date => Value::Date(
                NaiveDate::parse_from_str(text, "%Y-%m-%d")
                    .map_err(|_| format!("`{text}` is not a date (write e.g. `2025-12-01`)"))?,
            ),
            Kind::Ids => return Err(format!("`{}` is a list of ids, not typed", self.key)),
        })
    }
}

/// The field of `fields` written under `key`.
/// A borrowed text field as a value: the getter every table uses.
fn text(text: &str) -> Option<Value<'_>> {
    Some(Value::Text(std::borrow::Cow::Borrowed(text)))
}

pub fn field<R>(fields: &'static [Field<R>], key: &str) -> Option<&'static Field<R>> {
    fields.iter().find(|f| f.key == key)
}

/// The keys of `fields` in order, then `conflict` (the entry a merge adds
/// to any table), as the format lists a table's keys.
pub const fn keys_then_conflict<R, const N: usize>(fields: &[Field<R>]) -> [&'static str; N] {
    let mut keys = [""; N];
    let mut i = 0;
    while i < fields.len() {
        keys[i] = fields[i].key;
        i += 1;
    }
    keys[i] = "conflict";
    keys
}

#[cfg(test)]
mod tests;
