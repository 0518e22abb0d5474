//! The marked form of a merge conflict in the file: a `conflict` key in the
//! table of the item at issue, holding one inline table per field,
//!
//! ```toml
//! conflict = { field = "effort", ours = "4h", theirs = "6h", base = "3h" }
//! ```
//!
//! or an array of them. It is plain TOML, so the file still loads (and the
//! TUI can open it); validation reports each entry as an error until a
//! person settles the field and deletes the entry. This module reads the
//! entries into `Roadmap::conflicts` and writes them back.

use crate::model::validate::CONFLICT_KEY;
use crate::model::{Conflict, Part, Roadmap};
use crate::store::decode::{Decoder, Item, Table};
use toml::de::DeValue;
use toml_edit::{TableLike, Value};

/// The keys of one conflict entry, in the order they are written.
const ENTRY_KEYS: &[&str] = &["field", "ours", "theirs", "base"];

/// Every conflict entry of the file, in file order: project, maturity,
/// levels, findings, phases, tasks. `roadmap` is the decoded file, whose
/// lists line up with the file's arrays.
pub(crate) fn decode(root: &Table<'_>, roadmap: &Roadmap, d: &mut Decoder<'_>) -> Vec<Conflict> {
    let mut out = Vec::new();
    // The part is named only for a table that has entries: most have none.
    let mut read = |table: &Table<'_>, part: &dyn Fn() -> Part, d: &mut Decoder<'_>| {
        if let Some(item) = table.get(CONFLICT_KEY) {
            entries(item, &part(), d, &mut out);
        }
    };
    if let Some(project) = root.get("project").and_then(as_table) {
        read(project, &|| Part::Project, d);
    }
    if let Some(maturity) = root.get("maturity").and_then(as_table) {
        read(maturity, &|| Part::Maturity, d);
        let levels = roadmap.maturity.iter().flat_map(|m| &m.levels);
        for (table, level) in tables(maturity.get("levels")).zip(levels) {
            read(table, &|| Part::Level(level.level), d);
        }
    }
    for (table, f) in tables(root.get("findings")).zip(&roadmap.findings) {
        read(table, &|| Part::Finding(f.id.clone()), d);
    }
    for (table, p) in tables(root.get("phases")).zip(&roadmap.phases) {
        read(table, &|| Part::Phase(p.id.clone()), d);
    }
    for (table, p) in tables(root.get("people")).zip(&roadmap.people) {
        read(table, &|| Part::Person(p.name.clone()), d);
    }
    for (table, t) in tables(root.get("tasks")).zip(&roadmap.tasks) {
        read(table, &|| Part::Task(t.id.clone()), d);
    }
    out
}

fn as_table<'t, 'i>(item: &'t Item<'i>) -> Option<&'t Table<'i>> {
    match item.get_ref() {
        DeValue::Table(t) => Some(t),
        _ => None,
    }
}

/// The tables of an array of tables; the decoder has already reported
/// anything else found there.
fn tables<'t, 'i>(item: Option<&'t Item<'i>>) -> impl Iterator<Item = &'t Table<'i>> {
    let array = match item.map(|i| i.get_ref()) {
        Some(DeValue::Array(array)) => Some(array),
        _ => None,
    };
    array
        .into_iter()
        .flat_map(|a| a.iter())
        .filter_map(as_table)
}

/// One entry or an array of entries.
fn entries(item: &Item<'_>, part: &Part, d: &mut Decoder<'_>, out: &mut Vec<Conflict>) {
    match item.get_ref() {
        DeValue::Table(t) => out.extend(entry(t, item, part, d)),
        DeValue::Array(array) => {
            for value in array.iter() {
                match value.get_ref() {
                    DeValue::Table(t) => out.extend(entry(t, value, part, d)),
                    _ => d.error_with_help(
                        Some(value.span()),
                        format!("each `{CONFLICT_KEY}` entry of {part} must be a table"),
                        HELP,
                    ),
                }
            }
        }
        _ => d.error_with_help(
            Some(item.span()),
            format!("`{CONFLICT_KEY}` of {part} must be a table or an array of tables"),
            HELP,
        ),
    }
}

const HELP: &str = "a conflict entry reads { field = \"effort\", ours = \"4h\", theirs = \"6h\", base = \"3h\" }; settle the field and delete the entry";

fn entry(table: &Table<'_>, at: &Item<'_>, part: &Part, d: &mut Decoder<'_>) -> Option<Conflict> {
    let mut ok = true;
    for (key, _) in table.iter() {
        if !ENTRY_KEYS.contains(&key.get_ref().as_ref()) {
            ok = false;
            d.error_with_help(
                Some(key.span()),
                format!(
                    "unknown key `{}` in a conflict entry of {part}",
                    key.get_ref()
                ),
                format!("a conflict entry has only {}", ENTRY_KEYS.join(", ")),
            );
        }
    }
    let mut text = |key: &str, d: &mut Decoder<'_>| -> Option<String> {
        let item = table.get(key)?;
        match item.get_ref().as_str() {
            Some(s) => Some(s.to_string()),
            None => {
                ok = false;
                d.error_with_help(
                    Some(item.span()),
                    format!("`{key}` of a conflict entry of {part} must be a string"),
                    HELP,
                );
                None
            }
        }
    };
    let field = text("field", d);
    let ours = text("ours", d);
    let theirs = text("theirs", d);
    let base = text("base", d);
    let field = match field {
        Some(f) if !f.trim().is_empty() => f,
        _ => {
            d.error_with_help(
                Some(at.span()),
                format!("a conflict entry of {part} names no `field`"),
                HELP,
            );
            return None;
        }
    };
    ok.then(|| Conflict {
        part: part.clone(),
        field,
        ours,
        theirs,
        base,
    })
}

/// Writes each part's conflicts that differ between `old` and `new` into
/// the document: the `conflict` key is replaced, added at the end of the
/// part's table, or removed.
pub(crate) fn patch(root: &mut toml_edit::Table, old: &[Conflict], new: &[Conflict]) {
    if old == new {
        return;
    }
    let mut parts: Vec<&Part> = old.iter().chain(new).map(|c| &c.part).collect();
    parts.sort();
    parts.dedup();
    for part in parts {
        let before: Vec<&Conflict> = old.iter().filter(|c| c.part == *part).collect();
        let after: Vec<&Conflict> = new.iter().filter(|c| c.part == *part).collect();
        if before == after {
            continue;
        }
        let Some(table) = table_of(root, part) else {
            continue;
        };
        let inline = table.is_inline();
        let table = table.0;
        let removed = table.remove(CONFLICT_KEY);
        if let (true, Some(suffix)) = (inline, removed.as_ref().and_then(value_suffix)) {
            // The space before `}` goes back to what is now the last value.
            let last = table
                .iter_mut()
                .filter_map(|(_, i)| i.as_value_mut())
                .last();
            if let Some(last) = last {
                last.decor_mut().set_suffix(suffix);
            }
        }
        if let Some(mut value) = value(&after) {
            if inline {
                // `{ a = 1 }`: the space before `}` moves to the new last value.
                let last = table
                    .iter_mut()
                    .filter_map(|(_, i)| i.as_value_mut())
                    .last();
                if let Some(last) = last {
                    let suffix = last.decor().suffix().cloned();
                    last.decor_mut().set_suffix("");
                    if let Some(suffix) = suffix {
                        value.decor_mut().set_suffix(suffix);
                    }
                }
                value.decor_mut().set_prefix(" ");
            }
            table.insert(CONFLICT_KEY, toml_edit::Item::Value(value));
        }
    }
}

fn value_suffix(item: &toml_edit::Item) -> Option<toml_edit::RawString> {
    item.as_value()?.decor().suffix().cloned()
}

/// A table found in the document, and whether it is written inline.
struct Found<'d>(&'d mut dyn TableLike, bool);

impl Found<'_> {
    fn is_inline(&self) -> bool {
        self.1
    }
}

/// The table of `part` in the document, written or inline.
fn table_of<'d>(root: &'d mut toml_edit::Table, part: &Part) -> Option<Found<'d>> {
    let (parent, key, wanted): (&mut toml_edit::Table, &str, Wanted) = match part {
        Part::Project => return alone(root.get_mut("project")?),
        Part::Maturity => return alone(root.get_mut("maturity")?),
        Part::Level(n) => {
            let maturity = root.get_mut("maturity")?.as_table_mut()?;
            (maturity, "levels", Wanted::Level(i64::from(*n)))
        }
        Part::Finding(id) => (root, "findings", Wanted::Id(id)),
        Part::Phase(id) => (root, "phases", Wanted::Id(id)),
        Part::Person(name) => (root, "people", Wanted::Name(name)),
        Part::Task(id) => (root, "tasks", Wanted::Id(id)),
    };
    match parent.get_mut(key)? {
        toml_edit::Item::ArrayOfTables(array) => array
            .iter_mut()
            .find(|t| wanted.matches(*t))
            .map(|t| Found(t, false)),
        toml_edit::Item::Value(Value::Array(array)) => array
            .iter_mut()
            .filter_map(Value::as_inline_table_mut)
            .find(|t| wanted.matches(*t))
            .map(|t| Found(t, true)),
        _ => None,
    }
}

/// `[project]` or `project = { … }`.
fn alone(item: &mut toml_edit::Item) -> Option<Found<'_>> {
    let inline = item.is_inline_table();
    item.as_table_like_mut().map(|t| Found(t, inline))
}

/// How a record's table is recognised: by `id`, or a level by its number.
enum Wanted<'a> {
    Id(&'a str),
    /// A person, whose table is named by `name`.
    Name(&'a str),
    Level(i64),
}

impl Wanted<'_> {
    fn matches(&self, table: &dyn TableLike) -> bool {
        match self {
            Wanted::Id(id) => table.get("id").and_then(|i| i.as_str()) == Some(id),
            Wanted::Name(name) => table.get("name").and_then(|i| i.as_str()) == Some(name),
            Wanted::Level(n) => table.get("level").and_then(|i| i.as_integer()) == Some(*n),
        }
    }
}

/// The `conflict` value for one part's entries: an inline table, or an
/// array of them one per line; nothing when there are none.
pub(crate) fn value(conflicts: &[&Conflict]) -> Option<Value> {
    let text = match conflicts {
        [] => return None,
        [one] => inline(one),
        many => {
            let lines: String = many.iter().map(|c| format!("  {},\n", inline(c))).collect();
            format!("[\n{lines}]")
        }
    };
    // The text is built from escaped strings only, so it always parses.
    let mut value: Value = text.parse().ok()?;
    value.decor_mut().clear();
    Some(value)
}

fn inline(c: &Conflict) -> String {
    let mut parts = vec![format!("field = {}", quote(&c.field))];
    for (key, v) in [("ours", &c.ours), ("theirs", &c.theirs), ("base", &c.base)] {
        if let Some(v) = v {
            parts.push(format!("{key} = {}", quote(v)));
        }
    }
    format!("{{ {} }}", parts.join(", "))
}

/// A TOML basic string on one line: an inline table cannot break lines.
fn quote(text: &str) -> String {
    let mut out = String::with_capacity(text.len() + 2);
    out.push('"');
    for c in text.chars() {
        match c {
            '"' => out.push_str("\\\""),
            '\\' => out.push_str("\\\\"),
            '\n' => out.push_str("\\n"),
            '\t' => out.push_str("\\t"),
            '\r' => out.push_str("\\r"),
            c if c.is_control() => out.push_str(&format!("\\u{:04X}", u32::from(c))),
            c => out.push(c),
        }
    }
    out.push('"');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn conflict(part: Part, field: &str, ours: Option<&str>, theirs: Option<&str>) -> Conflict {
        Conflict {
            part,
            field: field.into(),
            ours: ours.map(str::to_string),
            theirs: theirs.map(str::to_string),
            base: Some("3h".into()),
        }
    }

    #[test]
    fn one_entry_is_an_inline_table_several_an_array() {
        let a = conflict(Part::Task("a".into()), "effort", Some("4h"), Some("6h"));
        let b = conflict(Part::Task("a".into()), "notes", Some("x\n\"y\""), None);
        assert_eq!(
            value(&[&a]).map(|v| v.to_string()),
            Some(r#"{ field = "effort", ours = "4h", theirs = "6h", base = "3h" }"#.into())
        );
        assert_eq!(
            value(&[&a, &b]).map(|v| v.to_string()),
            Some(
                "[\n  { field = \"effort\", ours = \"4h\", theirs = \"6h\", base = \"3h\" },\n  { field = \"notes\", ours = \"x\\n\\\"y\\\"\", base = \"3h\" },\n]"
                    .into()
            )
        );
        assert!(value(&[]).is_none());
    }

    #[test]
    fn quoting_escapes_everything_toml_forbids_on_one_line() {
        assert_eq!(quote("a\u{7}b\\"), "\"a\\u0007b\\\\\"");
        let v: Value = format!("{{ x = {} }}", quote("\u{1b}[1m\r\n"))
            .parse()
            .unwrap();
        let t = v.as_inline_table().unwrap();
        assert_eq!(t.get("x").and_then(Value::as_str), Some("\u{1b}[1m\r\n"));
    }

    #[test]
    fn inline_tables_get_the_entry_before_their_closing_brace() {
        let text = "version = 1\nproject = { name = \"P\" }\ntasks = [\n  { id = \"a\", phase = \"p\" },\n]\n";
        let mut doc: toml_edit::DocumentMut = text.parse().unwrap();
        let c = conflict(Part::Task("a".into()), "effort", Some("4h"), None);
        patch(doc.as_table_mut(), &[], std::slice::from_ref(&c));
        assert_eq!(
            doc.to_string(),
            "version = 1\nproject = { name = \"P\" }\ntasks = [\n  { id = \"a\", phase = \"p\", conflict = { field = \"effort\", ours = \"4h\", base = \"3h\" } },\n]\n"
        );
        patch(doc.as_table_mut(), &[c], &[]);
        assert_eq!(doc.to_string(), text);
    }

    #[test]
    fn patch_adds_replaces_and_removes_the_key_in_the_right_table() {
        let text = "version = 1\n[project]\nname = \"P\"\n\n[[tasks]]\nid = \"a\" # first\nphase = \"p\"\n\n[[tasks]]\nid = \"b\"\nphase = \"p\"\n";
        let mut doc: toml_edit::DocumentMut = text.parse().unwrap();
        let c = conflict(Part::Task("b".into()), "effort", Some("4h"), Some("6h"));
        let p = conflict(Part::Project, "name", Some("P"), Some("Q"));
        patch(doc.as_table_mut(), &[], &[p.clone(), c.clone()]);
        assert_eq!(
            doc.to_string(),
            "version = 1\n[project]\nname = \"P\"\nconflict = { field = \"name\", ours = \"P\", theirs = \"Q\", base = \"3h\" }\n\n[[tasks]]\nid = \"a\" # first\nphase = \"p\"\n\n[[tasks]]\nid = \"b\"\nphase = \"p\"\nconflict = { field = \"effort\", ours = \"4h\", theirs = \"6h\", base = \"3h\" }\n"
        );
        patch(doc.as_table_mut(), &[p, c], &[]);
        assert_eq!(
            doc.to_string(),
            text,
            "removing the entries restores the bytes"
        );
    }
}
