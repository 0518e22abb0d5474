//! Turns a parsed TOML document into a [`Roadmap`] by walking its tables by
//! hand, so that every problem in the file is collected in one pass, each
//! with its own `line:col`, instead of stopping at the first one as a serde
//! derive would.

mod items;
mod record;

use super::diagnostic::{Diagnostic, LineIndex, Severity};
use super::schema::{closest_key, ROOT_KEYS};
use crate::model::roadmap::FORMAT_VERSION;
use crate::model::{Project, Roadmap};
use record::{describe, Record};
use std::ops::Range;
use toml_edit::{Item, TableLike};

/// Collects diagnostics while decoding; each remembers its byte offset so the
/// final list reads in file order.
pub(crate) struct Decoder<'a> {
    file: &'a str,
    lines: LineIndex<'a>,
    found: Vec<(usize, Diagnostic)>,
}

impl<'a> Decoder<'a> {
    pub(crate) fn new(file: &'a str, text: &'a str) -> Decoder<'a> {
        Decoder {
            file,
            lines: LineIndex::new(text),
            found: Vec::new(),
        }
    }

    pub(crate) fn report(
        &mut self,
        severity: Severity,
        span: Option<Range<usize>>,
        message: impl Into<String>,
        help: Option<String>,
    ) {
        let mut diagnostic = Diagnostic {
            severity,
            file: self.file.to_string(),
            line: None,
            col: None,
            message: message.into(),
            help,
        };
        let offset = span.as_ref().map_or(0, |s| s.start);
        if let Some((line, col)) = self.lines.span_start(span) {
            diagnostic = diagnostic.at(line, col);
        }
        self.found.push((offset, diagnostic));
    }

    pub(crate) fn error(&mut self, span: Option<Range<usize>>, message: impl Into<String>) {
        self.report(Severity::Error, span, message, None);
    }

    pub(crate) fn error_with_help(
        &mut self,
        span: Option<Range<usize>>,
        message: impl Into<String>,
        help: impl Into<String>,
    ) {
        self.report(Severity::Error, span, message, Some(help.into()));
    }

    pub(crate) fn has_errors(&self) -> bool {
        self.found.iter().any(|(_, d)| d.is_error())
    }

    /// Every diagnostic, errors first, each group in file order.
    pub(crate) fn finish(mut self) -> Vec<Diagnostic> {
        self.found.sort_by_key(|(offset, d)| (d.severity, *offset));
        self.found.into_iter().map(|(_, d)| d).collect()
    }

    /// Warns about a key the format does not know, naming the likely intended one.
    pub(crate) fn unknown_key(
        &mut self,
        key: &str,
        span: Option<Range<usize>>,
        place: &str,
        known: &[&'static str],
    ) {
        let help = match closest_key(key, known) {
            Some(k) => format!("did you mean `{k}`? unknown keys are kept but ignored"),
            None => format!("known keys here: {}", known.join(", ")),
        };
        self.report(
            Severity::Warning,
            span,
            format!("unknown key `{key}` in {place}"),
            Some(help),
        );
    }
}

/// Decodes the whole document. The roadmap is complete only when the decoder
/// holds no errors afterwards; otherwise it carries placeholders.
pub(crate) fn decode(doc: &toml_edit::Document<String>, d: &mut Decoder<'_>) -> Roadmap {
    let root = doc.as_table();
    let version = decode_version(root.get("version"), d);
    let mut roadmap = Roadmap::new(Project::new(""));
    roadmap.version = version.unwrap_or(FORMAT_VERSION);
    if version.is_some_and(|v| v > FORMAT_VERSION) {
        // A newer format may mean anything; listing its "unknown" keys would only confuse.
        return roadmap;
    }

    for (key, item) in root.iter() {
        if !ROOT_KEYS.contains(&key) {
            let span = root.key(key).and_then(|k| k.span());
            d.unknown_key(key, span, "the file", ROOT_KEYS);
        }
        let _ = item;
    }

    match root.get("project") {
        Some(item) => match item.as_table_like() {
            Some(table) => {
                let mut record = Record::new(table, item.span(), "[project]".into());
                roadmap.project = items::project(&mut record, d);
            }
            None => d.error_with_help(
                item.span(),
                format!("`project` must be a table, found {}", describe(item)),
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
        match item.as_table_like() {
            Some(table) => {
                let mut record = Record::new(table, item.span(), "[maturity]".into());
                roadmap.maturity = Some(items::maturity(&mut record, d));
            }
            None => d.error(
                item.span(),
                format!("`maturity` must be a table, found {}", describe(item)),
            ),
        }
    }

    roadmap.findings = decode_records(root, "findings", "finding", d, items::finding);
    roadmap.phases = decode_records(root, "phases", "phase", d, items::phase);
    roadmap.tasks = decode_records(root, "tasks", "task", d, items::task);
    roadmap
}

fn decode_version(item: Option<&Item>, d: &mut Decoder<'_>) -> Option<u32> {
    let Some(item) = item else {
        d.error_with_help(
            None,
            "the file has no `version`",
            format!("add `version = {FORMAT_VERSION}` as the first line"),
        );
        return None;
    };
    let Some(v) = item.as_integer() else {
        d.error(
            item.span(),
            format!(
                "`version` must be a whole number like {FORMAT_VERSION}, found {}",
                describe(item)
            ),
        );
        return None;
    };
    if v > i64::from(FORMAT_VERSION) {
        d.error_with_help(
            item.span(),
            format!("this file is format version {v}, written by a newer roadmap"),
            format!("upgrade roadmap to read it; this build reads version {FORMAT_VERSION}"),
        );
        return Some(u32::try_from(v).unwrap_or(u32::MAX));
    }
    if v < 1 {
        d.error(
            item.span(),
            format!("`version` must be {FORMAT_VERSION}, found {v}"),
        );
        return None;
    }
    u32::try_from(v).ok()
}

/// Decodes `[[key]]` tables (or an inline array of tables) one record each.
fn decode_records<T>(
    root: &toml_edit::Table,
    key: &str,
    noun: &str,
    d: &mut Decoder<'_>,
    decode_one: fn(&mut Record<'_>, &mut Decoder<'_>) -> T,
) -> Vec<T> {
    let Some(item) = root.get(key) else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (i, table, span) in record_tables(item, key, d) {
        let mut record = Record::new(table, span, format!("{noun} #{}", i + 1));
        out.push(decode_one(&mut record, d));
    }
    out
}

/// The tables of an array of tables, whichever way the file writes it.
pub(crate) fn record_tables<'t>(
    item: &'t Item,
    key: &str,
    d: &mut Decoder<'_>,
) -> Vec<(usize, &'t dyn TableLike, Option<Range<usize>>)> {
    match item {
        Item::ArrayOfTables(array) => array
            .iter()
            .enumerate()
            .map(|(i, t)| (i, t as &dyn TableLike, t.span()))
            .collect(),
        Item::Value(toml_edit::Value::Array(array)) => {
            let mut out = Vec::new();
            for (i, value) in array.iter().enumerate() {
                match value.as_inline_table() {
                    Some(t) => out.push((i, t as &dyn TableLike, t.span())),
                    None => d.error(
                        value.span(),
                        format!(
                            "each entry of `{key}` must be a table, found {}",
                            record::describe_value(value)
                        ),
                    ),
                }
            }
            out
        }
        other => {
            d.error_with_help(
                other.span(),
                format!(
                    "`{key}` must be an array of tables, found {}",
                    describe(other)
                ),
                format!("write each entry as a [[{key}]] section"),
            );
            Vec::new()
        }
    }
}

#[cfg(test)]
mod tests;
