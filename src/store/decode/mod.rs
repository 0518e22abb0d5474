//! Turns a parsed TOML document into a [`Roadmap`] by walking its tables by
//! hand, so that every problem in the file is collected in one pass, each
//! with its own `line:col`, instead of stopping at the first one as a serde
//! derive would.

mod items;
mod record;

use super::diagnostic::{Diagnostic, Gravity, LineIndex};
use super::schema::{closest_key, ROOT_KEYS};
use crate::model::roadmap::FORMAT_VERSION;
use crate::model::validate::CONFLICT_KEY;
use crate::model::{Project, Roadmap, Task};
use record::{describe, Name, Record};
use std::ops::Range;
use toml::de::DeValue;

/// A parsed TOML table, borrowing its strings from the file's text.
pub(crate) type Table<'i> = toml::de::DeTable<'i>;
/// A parsed TOML value with the byte range it was read from.
pub(crate) type Item<'i> = toml::Spanned<DeValue<'i>>;

/// Collects diagnostics while decoding; each remembers its byte offset so the
/// final list reads in file order.
pub(crate) struct Decoder<'a> {
    file: &'a str,
    text: &'a str,
    found: Vec<(Option<Range<usize>>, Diagnostic)>,
    /// Errors that do not stop the load: unresolved merge conflicts, which
    /// a person must be able to open the file to settle.
    standing: Vec<(Option<Range<usize>>, Diagnostic)>,
}

impl<'a> Decoder<'a> {
    pub(crate) fn new(file: &'a str, text: &'a str) -> Decoder<'a> {
        Decoder {
            file,
            text,
            found: Vec::new(),
            standing: Vec::new(),
        }
    }

    pub(crate) fn report(
        &mut self,
        gravity: Gravity,
        span: Option<Range<usize>>,
        message: impl Into<String>,
        help: Option<String>,
    ) {
        let diagnostic = Diagnostic {
            gravity,
            file: self.file.to_string(),
            line: None,
            col: None,
            message: message.into(),
            help,
        };
        self.found.push((span, diagnostic));
    }

    /// Reports an error that leaves the file loadable (see `standing`).
    pub(crate) fn standing_error(
        &mut self,
        span: Option<Range<usize>>,
        message: impl Into<String>,
        help: Option<String>,
    ) {
        self.report(Gravity::Error, span, message, help);
        if let Some(last) = self.found.pop() {
            self.standing.push(last);
        }
    }

    pub(crate) fn error(&mut self, span: Option<Range<usize>>, message: impl Into<String>) {
        self.report(Gravity::Error, span, message, None);
    }

    pub(crate) fn error_with_help(
        &mut self,
        span: Option<Range<usize>>,
        message: impl Into<String>,
        help: impl Into<String>,
    ) {
        self.report(Gravity::Error, span, message, Some(help.into()));
    }

    /// Whether nothing at all was reported, not even a warning.
    pub(crate) fn is_clean(&self) -> bool {
        self.found.is_empty() && self.standing.is_empty()
    }

    pub(crate) fn has_errors(&self) -> bool {
        self.found.iter().any(|(_, d)| d.is_error())
    }

    /// Every diagnostic, errors first, each group in file order, located
    /// by line and column (counted only now, and only if there is anything
    /// to locate: a clean file costs no pass over its text).
    pub(crate) fn finish(mut self) -> Vec<Diagnostic> {
        self.found.append(&mut self.standing);
        self.found
            .sort_by_key(|(span, d)| (d.gravity, span.as_ref().map_or(0, |s| s.start)));
        if self.found.is_empty() {
            return Vec::new();
        }
        let lines = LineIndex::new(self.text);
        let mut last = None;
        self.found
            .into_iter()
            .map(|(span, d)| match span {
                Some(span) => {
                    let (line, col) = lines.position_after(span.start, &mut last);
                    d.at(line, col)
                }
                None => d,
            })
            .collect()
    }

    /// Warns about a key the format does not know, naming the likely intended
    /// one. Unknown keys are kept on save, so one holding a number too large
    /// to write back is an error now rather than a failed save later.
    pub(crate) fn unknown_key(
        &mut self,
        key: &str,
        span: Option<Range<usize>>,
        value: &Item<'_>,
        place: &str,
        known: &[&'static str],
    ) {
        let help = match closest_key(key, known) {
            Some(k) => format!("did you mean `{k}`? unknown keys are kept but ignored"),
            None => format!("known keys here: {}", known.join(", ")),
        };
        self.report(
            Gravity::Warning,
            span,
            format!("unknown key `{key}` in {place}"),
            Some(help),
        );
        if let Some(number) = unkeepable_number(value) {
            self.error_with_help(
                Some(number.span()),
                format!(
                    "`{key}` holds a number too large to keep: {}",
                    describe(number.get_ref())
                ),
                "roadmap keeps unknown keys when it saves, and cannot write this one back; fix or remove it",
            );
        }
    }
}

/// A number in `value` (searched without recursion, however deep the
/// nesting) beyond what a 64-bit integer or a finite float can hold.
fn unkeepable_number<'v, 'i>(value: &'v Item<'i>) -> Option<&'v Item<'i>> {
    let mut pending = vec![value];
    while let Some(item) = pending.pop() {
        match item.get_ref() {
            DeValue::Integer(i) if record::integer(i).is_none() => return Some(item),
            DeValue::Float(f) => {
                let text = f.as_str();
                let overflows = text.parse::<f64>().map_or(true, |x| x.is_infinite());
                if overflows && !text.contains("inf") {
                    return Some(item);
                }
            }
            DeValue::Array(array) => pending.extend(array.iter()),
            DeValue::Table(table) => pending.extend(table.iter().map(|(_, v)| v)),
            _ => {}
        }
    }
    None
}

/// Decodes the whole document. The roadmap is complete only when the decoder
/// holds no errors afterwards; otherwise it carries placeholders.
pub(crate) fn decode(root: &Table<'_>, d: &mut Decoder<'_>) -> Roadmap {
    let version = decode_version(root.get("version"), d);
    let mut roadmap = Roadmap::new(Project::new(""));
    roadmap.version = version.unwrap_or(FORMAT_VERSION);
    if version.is_some_and(|v| v > FORMAT_VERSION) {
        // A newer format may mean anything; listing its "unknown" keys would only confuse.
        return roadmap;
    }

    for (key, value) in root.iter() {
        if !ROOT_KEYS.contains(&key.get_ref().as_ref()) {
            d.unknown_key(
                key.get_ref(),
                Some(key.span()),
                value,
                "the file",
                ROOT_KEYS,
            );
        }
    }

    match root.get("project") {
        Some(item) => match item.get_ref() {
            DeValue::Table(table) => {
                let mut record = Record::new(table, item.span(), "[project]", Name::Alone);
                roadmap.project = items::project(&mut record, d);
            }
            other => d.error_with_help(
                Some(item.span()),
                format!("`project` must be a table, found {}", describe(other)),
                "write it as a [project] section with at least `name = \"...\"`",
            ),
        },
        None => d.error_with_help(
            None,
            "the file has no [project] table",
            "add a [project] section with at least `name = \"...\"`",
        ),
    }

    if let Some(item) = root.get("maturity") {
        match item.get_ref() {
            DeValue::Table(table) => {
                let mut record = Record::new(table, item.span(), "[maturity]", Name::Alone);
                roadmap.maturity = Some(items::maturity(&mut record, d));
            }
            other => d.error(
                Some(item.span()),
                format!("`maturity` must be a table, found {}", describe(other)),
            ),
        }
    }

    roadmap.findings = decode_records(root, "findings", "finding", d, items::finding);
    roadmap.phases = decode_records(root, "phases", "phase", d, items::phase);
    roadmap.people = decode_records(root, "people", "person", d, items::person);
    roadmap.tasks = decode_records(root, "tasks", "task", d, items::task);
    roadmap.conflicts = super::merge::marker::decode(root, &roadmap, d);
    roadmap
}

fn decode_version(item: Option<&Item<'_>>, d: &mut Decoder<'_>) -> Option<u32> {
    let Some(item) = item else {
        d.error_with_help(
            None,
            "the file has no `version`",
            format!("add `version = {FORMAT_VERSION}` as the first line"),
        );
        return None;
    };
    let span = Some(item.span());
    let DeValue::Integer(integer) = item.get_ref() else {
        d.error(
            span,
            format!(
                "`version` must be a whole number like {FORMAT_VERSION}, found {}",
                describe(item.get_ref())
            ),
        );
        return None;
    };
    let v = record::integer(integer).unwrap_or(i64::MAX);
    if v > i64::from(FORMAT_VERSION) {
        d.error_with_help(
            span,
            format!("this file is format version {integer}, written by a newer roadmap"),
            format!("upgrade roadmap to read it; this build reads version {FORMAT_VERSION}"),
        );
        return Some(u32::try_from(v).unwrap_or(u32::MAX));
    }
    if v < 1 {
        d.error(
            span,
            format!("`version` must be {FORMAT_VERSION}, found {v}"),
        );
        return None;
    }
    u32::try_from(v).ok()
}

/// Decodes a piece of the file that holds nothing but `[[tasks]]` tables
/// (see `store::chunks`). Nothing when the piece holds anything else, or a
/// task carries a merge conflict: those are read with the whole document.
pub(crate) fn decode_task_piece(root: &Table<'_>, d: &mut Decoder<'_>) -> Option<Vec<Task>> {
    let item = root.get("tasks")?;
    let DeValue::Array(array) = item.get_ref() else {
        return None;
    };
    let has_conflict = |v: &Item<'_>| match v.get_ref() {
        DeValue::Table(t) => t.contains_key(CONFLICT_KEY),
        _ => true,
    };
    if root.len() != 1 || array.iter().any(has_conflict) {
        return None;
    }
    Some(decode_records(root, "tasks", "task", d, items::task))
}

/// Decodes `[[key]]` tables (or an inline array of tables) one record each.
fn decode_records<T>(
    root: &Table<'_>,
    key: &str,
    noun: &'static str,
    d: &mut Decoder<'_>,
    decode_one: fn(&mut Record<'_, '_>, &mut Decoder<'_>) -> T,
) -> Vec<T> {
    let Some(item) = root.get(key) else {
        return Vec::new();
    };
    let tables = record_tables(item, key, d);
    let mut out = Vec::with_capacity(tables.len());
    for (i, (table, span)) in tables.into_iter().enumerate() {
        let mut record = Record::new(table, span, noun, Name::Index(i));
        out.push(decode_one(&mut record, d));
    }
    out
}

/// The tables of an array of tables, `[[key]]` sections or an inline array.
pub(crate) fn record_tables<'t, 'i>(
    item: &'t Item<'i>,
    key: &str,
    d: &mut Decoder<'_>,
) -> Vec<(&'t Table<'i>, Range<usize>)> {
    let DeValue::Array(array) = item.get_ref() else {
        d.error_with_help(
            Some(item.span()),
            format!(
                "`{key}` must be an array of tables, found {}",
                describe(item.get_ref())
            ),
            format!("write each entry as a [[{key}]] section"),
        );
        return Vec::new();
    };
    let mut out = Vec::with_capacity(array.len());
    for value in array.iter() {
        match value.get_ref() {
            DeValue::Table(t) => out.push((t, value.span())),
            other => d.error(
                Some(value.span()),
                format!(
                    "each entry of `{key}` must be a table, found {}",
                    describe(other)
                ),
            ),
        }
    }
    out
}

#[cfg(test)]
mod tests;
