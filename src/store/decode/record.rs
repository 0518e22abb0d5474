//! Reading the typed fields of one table (a task, a phase, `[project]`),
//! reporting each wrong value where it stands and what was expected instead.

use super::Decoder;
use crate::model::kinds::UnknownWord;
use crate::model::{Effort, Money, Scale};
use chrono::NaiveDate;
use std::ops::Range;
use std::str::FromStr;
use toml_edit::{Item, TableLike, Value};

/// One table being decoded: its keys, where its header is (for "missing key"
/// errors) and how to name it in messages (`task #3`, later `task \`deploy\``).
pub(crate) struct Record<'t> {
    pub(crate) table: &'t dyn TableLike,
    pub(crate) span: Option<Range<usize>>,
    pub(crate) label: String,
}

impl<'t> Record<'t> {
    pub(crate) fn new(
        table: &'t dyn TableLike,
        span: Option<Range<usize>>,
        label: String,
    ) -> Record<'t> {
        Record { table, span, label }
    }

    fn get(&self, key: &str) -> Option<&'t Item> {
        self.table.get(key).filter(|item| !item.is_none())
    }

    /// Warns about every key not in `known`.
    pub(crate) fn check_keys(&self, known: &[&'static str], d: &mut Decoder<'_>) {
        for (key, _) in self.table.iter() {
            if !known.contains(&key) {
                let span = self.table.key(key).and_then(|k| k.span());
                d.unknown_key(key, span, &self.label, known);
            }
        }
    }

    /// Reports a missing required key at the table's header.
    pub(crate) fn missing(&self, key: &str, example: &str, d: &mut Decoder<'_>) {
        d.error_with_help(
            self.span.clone(),
            format!("{} has no `{key}`", self.label),
            format!("add `{key} = {example}`"),
        );
    }

    /// Reads a value with `read`. A value of the wrong TOML type is reported
    /// as "`key` must be EXPECTED, found WHAT"; `read` explains other bad values.
    fn read<T>(
        &self,
        key: &str,
        expected: &str,
        d: &mut Decoder<'_>,
        read: impl FnOnce(&Value) -> Result<T, Bad>,
    ) -> Option<T> {
        let item = self.get(key)?;
        let result = match item.as_value() {
            Some(value) => read(value),
            None => Err(Bad::Type),
        };
        match result {
            Ok(v) => Some(v),
            Err(Bad::Type) => {
                d.error(
                    item.span(),
                    format!("`{key}` must be {expected}, found {}", describe(item)),
                );
                None
            }
            Err(Bad::Value(message, help)) => {
                d.report(super::Severity::Error, item.span(), message, help);
                None
            }
        }
    }

    pub(crate) fn string(&self, key: &str, d: &mut Decoder<'_>) -> Option<String> {
        self.read(key, "a string", d, |v| {
            v.as_str().map(str::to_string).ok_or(Bad::Type)
        })
    }

    /// A string the record cannot do without.
    pub(crate) fn required_string(&self, key: &str, d: &mut Decoder<'_>) -> String {
        if self.get(key).is_none() {
            self.missing(key, "\"...\"", d);
            return String::new();
        }
        self.string(key, d).unwrap_or_default()
    }

    pub(crate) fn number(&self, key: &str, d: &mut Decoder<'_>) -> Option<f64> {
        self.read(key, "a number", d, |v| {
            let n = match v {
                Value::Integer(i) => *i.value() as f64,
                Value::Float(f) => *f.value(),
                _ => return Err(Bad::Type),
            };
            if n.is_finite() {
                Ok(n)
            } else {
                Err(Bad::message(format!(
                    "`{key}` must be a finite number, found {n}"
                )))
            }
        })
    }

    pub(crate) fn whole(&self, key: &str, d: &mut Decoder<'_>) -> Option<u32> {
        self.read(key, "a whole number", d, |v| {
            let i = v.as_integer().ok_or(Bad::Type)?;
            u32::try_from(i).map_err(|_| {
                Bad::message(format!(
                    "`{key}` must be a whole number from 0 to {}, found {i}",
                    u32::MAX
                ))
            })
        })
    }

    pub(crate) fn date(&self, key: &str, d: &mut Decoder<'_>) -> Option<NaiveDate> {
        self.read(key, "a date like 2025-10-17", d, |v| {
            let date = match v {
                Value::Datetime(dt) => {
                    let dt = dt.value();
                    match (dt.date, dt.time, dt.offset) {
                        (Some(date), None, None) => NaiveDate::from_ymd_opt(
                            i32::from(date.year),
                            u32::from(date.month),
                            u32::from(date.day),
                        ),
                        _ => None,
                    }
                }
                Value::String(s) => NaiveDate::parse_from_str(s.value().trim(), "%Y-%m-%d").ok(),
                _ => None,
            };
            date.ok_or(Bad::Type)
        })
    }

    pub(crate) fn effort(&self, key: &str, d: &mut Decoder<'_>) -> Option<Effort> {
        let expected = "a string like \"4h\"";
        self.read(key, expected, d, |v| match v {
            Value::String(s) => Effort::parse(s.value()).map_err(|e| Bad::message(e.to_string())),
            Value::Integer(_) | Value::Float(_) => Err(Bad::Value(
                format!("`{key}` must be {expected}, found {}", describe_value(v)),
                Some(format!(
                    "give the unit: `{key} = \"{}h\"` if hours were meant",
                    plain_number(v)
                )),
            )),
            _ => Err(Bad::Type),
        })
    }

    pub(crate) fn money(&self, key: &str, d: &mut Decoder<'_>) -> Option<Money> {
        let expected = "a number or a string like \"400-850\"";
        self.read(key, expected, d, |v| {
            let money = match v {
                Value::Integer(i) => Money::from_number(*i.value() as f64),
                Value::Float(f) => Money::from_number(*f.value()),
                Value::String(s) => Money::parse(s.value()),
                _ => return Err(Bad::Type),
            };
            money.map_err(|e| Bad::message(e.to_string()))
        })
    }

    /// One word of a closed vocabulary; an unknown word lists the allowed ones.
    pub(crate) fn word<T: FromStr<Err = UnknownWord>>(
        &self,
        key: &str,
        words: &[&str],
        d: &mut Decoder<'_>,
    ) -> Option<T> {
        let expected = format!("one of {}", words.join(", "));
        self.read(key, &expected, d, |v| {
            let s = v.as_str().ok_or(Bad::Type)?;
            s.parse::<T>().map_err(|e| Bad::message(e.to_string()))
        })
    }

    pub(crate) fn scale(&self, key: &str, d: &mut Decoder<'_>) -> Option<Scale> {
        self.read(key, "\"percent\" or \"/N\" like \"/10\"", d, |v| {
            v.as_str().and_then(Scale::parse).ok_or(Bad::Type)
        })
    }

    /// An array of ids (`findings`, `depends_on`, `requires`); each bad entry
    /// is reported where it stands.
    pub(crate) fn ids(&self, key: &str, d: &mut Decoder<'_>) -> Vec<String> {
        let Some(item) = self.get(key) else {
            return Vec::new();
        };
        let Some(array) = item.as_array() else {
            d.error(
                item.span(),
                format!(
                    "`{key}` must be an array of ids like [\"a\", \"b\"], found {}",
                    describe(item)
                ),
            );
            return Vec::new();
        };
        let mut ids = Vec::with_capacity(array.len());
        for value in array.iter() {
            match value.as_str() {
                Some(s) => ids.push(s.to_string()),
                None => d.error(
                    value.span(),
                    format!(
                        "each entry of `{key}` must be an id string, found {}",
                        describe_value(value)
                    ),
                ),
            }
        }
        ids
    }
}

/// Why a value was refused.
enum Bad {
    /// The value has the wrong TOML type; the caller words the message.
    Type,
    /// The value has the right type but says something impossible.
    Value(String, Option<String>),
}

impl Bad {
    fn message(message: String) -> Bad {
        Bad::Value(message, None)
    }
}

/// A number as written for a help line: `4`, `1.5`.
fn plain_number(value: &Value) -> String {
    match value {
        Value::Integer(i) => i.value().to_string(),
        Value::Float(f) => f.value().to_string(),
        other => describe_value(other),
    }
}

/// What a value is, for "found ..." in messages: `integer 4`, `string "x"`.
pub(crate) fn describe_value(value: &Value) -> String {
    match value {
        Value::String(s) => {
            let text = s.value();
            if text.chars().count() > 40 {
                let short: String = text.chars().take(40).collect();
                format!("string {:?}…", short)
            } else {
                format!("string {text:?}")
            }
        }
        Value::Integer(i) => format!("integer {}", i.value()),
        Value::Float(f) => format!("float {}", f.value()),
        Value::Boolean(b) => format!("boolean {}", b.value()),
        Value::Datetime(dt) => {
            let dt = dt.value();
            let kind = if dt.time.is_some() {
                "date-time"
            } else {
                "date"
            };
            format!("{kind} {dt}")
        }
        Value::Array(_) => "an array".into(),
        Value::InlineTable(_) => "an inline table".into(),
    }
}

pub(crate) fn describe(item: &Item) -> String {
    match item {
        Item::None => "nothing".into(),
        Item::Value(v) => describe_value(v),
        Item::Table(_) => "a table".into(),
        Item::ArrayOfTables(_) => "an array of tables".into(),
    }
}
