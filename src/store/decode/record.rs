//! Reading the typed fields of one table (a task, a phase, `[project]`),
//! reporting each wrong value where it stands and what was expected instead.

use super::{Decoder, Item, Table};
use crate::model::kinds::UnknownWord;
use crate::model::{Effort, FindingKind, Money, Priority, Scale, Severity, Status};
use chrono::NaiveDate;
use std::ops::Range;
use std::str::FromStr;
use toml::de::DeValue;

/// One table being decoded: its keys, where its header is (for "missing key"
/// errors) and how to name it in messages (`task #3`, later `task \`deploy\``).
pub(crate) struct Record<'t, 'i> {
    pub(crate) table: &'t Table<'i>,
    pub(crate) span: Option<Range<usize>>,
    /// What kind of table this is: `task`, `[project]`.
    noun: &'static str,
    pub(crate) name: Name<'t>,
}

/// How a record is told apart from its siblings in messages. Kept as parts
/// and only formatted when there is something to report.
#[derive(Clone, Copy)]
pub(crate) enum Name<'t> {
    /// The only table of its kind (`[project]`).
    Alone,
    /// Its position, before its id is known: `task #3`.
    Index(usize),
    /// Its id: ``task `deploy` ``.
    Id(&'t str),
    /// A level's number: `maturity level 2`.
    Number(u32),
}

impl<'t, 'i> Record<'t, 'i> {
    pub(crate) fn new(
        table: &'t Table<'i>,
        span: Range<usize>,
        noun: &'static str,
        name: Name<'t>,
    ) -> Record<'t, 'i> {
        Record {
            table,
            span: Some(span),
            noun,
            name,
        }
    }

    /// The record as messages name it.
    pub(crate) fn label(&self) -> String {
        let noun = self.noun;
        match self.name {
            Name::Alone => noun.to_string(),
            Name::Index(i) => format!("{noun} #{}", i + 1),
            Name::Id(id) => format!("{noun} `{id}`"),
            Name::Number(n) => format!("{noun} {n}"),
        }
    }

    pub(crate) fn get(&self, key: &str) -> Option<&'t Item<'i>> {
        self.table.get(key)
    }

    pub(crate) fn has(&self, key: &str) -> bool {
        self.table.contains_key(key)
    }

    /// Warns about every key not in `known`.
    pub(crate) fn check_keys(&self, known: &[&'static str], d: &mut Decoder<'_>) {
        for (key, value) in self.table.iter() {
            if !known.contains(&key.get_ref().as_ref()) {
                d.unknown_key(key.get_ref(), Some(key.span()), value, &self.label(), known);
            }
        }
    }

    /// Reports a missing required key at the table's header.
    pub(crate) fn missing(&self, key: &str, example: &str, d: &mut Decoder<'_>) {
        d.error_with_help(
            self.span.clone(),
            format!("{} has no `{key}`", self.label()),
            format!("add `{key} = {example}`"),
        );
    }

    /// Reads a value with `read`. A value of the wrong TOML type is reported
    /// as "`key` must be EXPECTED, found WHAT"; `read` explains other bad values.
    fn read<T>(
        &self,
        key: &str,
        expected: Expect<'_>,
        d: &mut Decoder<'_>,
        read: impl FnOnce(&DeValue<'i>) -> Result<T, Bad>,
    ) -> Option<T> {
        let item = self.get(key)?;
        match read(item.get_ref()) {
            Ok(v) => Some(v),
            Err(Bad::Type) => {
                d.error(
                    Some(item.span()),
                    format!(
                        "`{key}` must be {expected}, found {}",
                        describe(item.get_ref())
                    ),
                );
                None
            }
            Err(Bad::Value(message, help)) => {
                d.report(super::Gravity::Error, Some(item.span()), message, help);
                None
            }
        }
    }

    pub(crate) fn string(&self, key: &str, d: &mut Decoder<'_>) -> Option<String> {
        self.read(key, Expect::Text("a string"), d, |v| {
            v.as_str().map(str::to_string).ok_or(Bad::Type)
        })
    }

    /// A string the record cannot do without.
    pub(crate) fn required_string(&self, key: &str, d: &mut Decoder<'_>) -> String {
        if !self.has(key) {
            self.missing(key, "\"...\"", d);
            return String::new();
        }
        self.string(key, d).unwrap_or_default()
    }

    pub(crate) fn number(&self, key: &str, d: &mut Decoder<'_>) -> Option<f64> {
        self.read(key, Expect::Text("a number"), d, |v| {
            let n = match v {
                DeValue::Integer(i) => integer(i).map(|i| i as f64),
                DeValue::Float(f) => f.as_str().parse::<f64>().ok(),
                _ => return Err(Bad::Type),
            };
            match n {
                Some(n) if n.is_finite() => Ok(n),
                _ => Err(Bad::message(format!(
                    "`{key}` must be a finite number, found {}",
                    describe(v)
                ))),
            }
        })
    }

    pub(crate) fn whole(&self, key: &str, d: &mut Decoder<'_>) -> Option<u32> {
        self.read(key, Expect::Text("a whole number"), d, |v| {
            let DeValue::Integer(i) = v else {
                return Err(Bad::Type);
            };
            integer(i)
                .and_then(|i| u32::try_from(i).ok())
                .ok_or_else(|| {
                    Bad::message(format!(
                        "`{key}` must be a whole number from 0 to {}, found {}",
                        u32::MAX,
                        i
                    ))
                })
        })
    }

    pub(crate) fn date(&self, key: &str, d: &mut Decoder<'_>) -> Option<NaiveDate> {
        self.read(key, Expect::Text("a date like 2025-10-17"), d, |v| {
            let date = match v {
                DeValue::Datetime(dt) => match (dt.date, dt.time, dt.offset) {
                    (Some(date), None, None) => NaiveDate::from_ymd_opt(
                        i32::from(date.year),
                        u32::from(date.month),
                        u32::from(date.day),
                    ),
                    _ => None,
                },
                DeValue::String(s) => NaiveDate::parse_from_str(s.trim(), "%Y-%m-%d").ok(),
                _ => None,
            };
            date.ok_or(Bad::Type)
        })
    }

    pub(crate) fn effort(&self, key: &str, d: &mut Decoder<'_>) -> Option<Effort> {
        let expected = "a string like \"4h\"";
        self.read(key, Expect::Text(expected), d, |v| match v {
            DeValue::String(s) => Effort::parse(s).map_err(|e| Bad::message(e.to_string())),
            DeValue::Integer(_) | DeValue::Float(_) => Err(Bad::Value(
                format!("`{key}` must be {expected}, found {}", describe(v)),
                Some(format!(
                    "give the unit: `{key} = \"{}h\"` if hours were meant",
                    number_text(v)
                )),
            )),
            _ => Err(Bad::Type),
        })
    }

    pub(crate) fn money(&self, key: &str, d: &mut Decoder<'_>) -> Option<Money> {
        let expected = "a number or a string like \"400-850\"";
        self.read(key, Expect::Text(expected), d, |v| {
            let money = match v {
                DeValue::Integer(i) => match integer(i) {
                    Some(i) => Money::from_number(i as f64),
                    None => Money::parse(i.as_str()),
                },
                DeValue::Float(f) => Money::from_number(f.as_str().parse().unwrap_or(f64::NAN)),
                DeValue::String(s) => Money::parse(s),
                _ => return Err(Bad::Type),
            };
            money.map_err(|e| Bad::message(e.to_string()))
        })
    }

    /// One word of a closed vocabulary; an unknown word lists the allowed ones.
    pub(crate) fn word<T: Vocabulary>(&self, key: &str, d: &mut Decoder<'_>) -> Option<T> {
        self.read(key, Expect::OneOf(T::WORDS), d, |v| {
            let s = v.as_str().ok_or(Bad::Type)?;
            // Files almost always spell the word exactly; only others need the full parse.
            if let Some(i) = T::WORDS.iter().position(|w| *w == s) {
                return Ok(T::ALL[i]);
            }
            s.parse::<T>().map_err(|e| Bad::message(e.to_string()))
        })
    }

    pub(crate) fn scale(&self, key: &str, d: &mut Decoder<'_>) -> Option<Scale> {
        self.read(
            key,
            Expect::Text("\"percent\" or \"/N\" like \"/10\""),
            d,
            |v| v.as_str().and_then(Scale::parse).ok_or(Bad::Type),
        )
    }

    /// An array of ids (`findings`, `depends_on`, `requires`); each bad entry
    /// is reported where it stands.
    pub(crate) fn ids(&self, key: &str, d: &mut Decoder<'_>) -> Vec<String> {
        let Some(item) = self.get(key) else {
            return Vec::new();
        };
        let DeValue::Array(array) = item.get_ref() else {
            d.error(
                Some(item.span()),
                format!(
                    "`{key}` must be an array of ids like [\"a\", \"b\"], found {}",
                    describe(item.get_ref())
                ),
            );
            return Vec::new();
        };
        let mut ids = Vec::with_capacity(array.len());
        for value in array.iter() {
            match value.get_ref().as_str() {
                Some(s) => ids.push(s.to_string()),
                None => d.error(
                    Some(value.span()),
                    format!(
                        "each entry of `{key}` must be an id string, found {}",
                        describe(value.get_ref())
                    ),
                ),
            }
        }
        ids
    }
}

/// A closed vocabulary of the model (`Priority`, `Status`...), whose `ALL`
/// and `WORDS` list the same values in the same order.
pub(crate) trait Vocabulary: Copy + FromStr<Err = UnknownWord> + 'static {
    const ALL: &'static [Self];
    const WORDS: &'static [&'static str];
}

macro_rules! vocabulary {
    ($($t:ty),+) => {
        $(impl Vocabulary for $t {
            const ALL: &'static [Self] = <$t>::ALL;
            const WORDS: &'static [&'static str] = <$t>::WORDS;
        })+
    };
}

vocabulary!(Priority, Status, Severity, FindingKind);

/// What a field should hold, worded only when a message needs it.
#[derive(Clone, Copy)]
enum Expect<'a> {
    Text(&'a str),
    /// A closed vocabulary: "one of critical, high, medium, low".
    OneOf(&'a [&'a str]),
}

impl std::fmt::Display for Expect<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Expect::Text(text) => f.write_str(text),
            Expect::OneOf(words) => write!(f, "one of {}", words.join(", ")),
        }
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

/// A TOML integer as i64, or nothing when it does not fit.
pub(crate) fn integer(i: &toml::de::DeInteger<'_>) -> Option<i64> {
    i64::from_str_radix(i.as_str(), i.radix()).ok()
}

/// A number as written, for a help line: `4`, `1.5`.
fn number_text(value: &DeValue<'_>) -> String {
    match value {
        DeValue::Integer(i) => i.to_string(),
        DeValue::Float(f) => f.as_str().to_string(),
        other => describe(other),
    }
}

/// What a value is, for "found ..." in messages: `integer 4`, `string "x"`.
pub(crate) fn describe(value: &DeValue<'_>) -> String {
    match value {
        DeValue::String(text) => {
            if text.chars().count() > 40 {
                let short: String = text.chars().take(40).collect();
                format!("string {short:?}…")
            } else {
                format!("string {text:?}")
            }
        }
        DeValue::Integer(i) => format!("integer {i}"),
        DeValue::Float(f) => format!("float {}", f.as_str()),
        DeValue::Boolean(b) => format!("boolean {b}"),
        DeValue::Datetime(dt) => {
            let kind = if dt.time.is_some() {
                "date-time"
            } else {
                "date"
            };
            format!("{kind} {dt}")
        }
        DeValue::Array(_) => "an array".into(),
        DeValue::Table(_) => "a table".into(),
    }
}
